// Several documents into one issue: sections, titles, front matter, recipe.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "import/front_matter_writer.h"
#include "import/import_request.h"
#include "import/issue_builder.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), {});
}

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(ImportIssue, SectionFromFileName) {
  EXPECT_EQ(section_from_file_name("dir/行业动态-工信部推动5G.docx"), "行业动态");
  EXPECT_EQ(section_from_file_name("行业趋势_肠衣.docx"), "行业趋势");
  EXPECT_EQ(section_from_file_name("编者的话 2025.docx"), "编者的话");
  EXPECT_EQ(section_from_file_name("news-1.docx"), "");
  EXPECT_EQ(section_from_file_name("肠衣.docx"), "");
  EXPECT_EQ(section_from_file_name("一-太短.docx"), "");
}

TEST(ImportIssue, FrontMatterIsTomlWithPlaceholdersForMissingKeys) {
  EXPECT_EQ(
      write_front_matter(
          {{"title", "许昌\"快递\""}, {"date", "2025-01-06"}, {"notice", "内部资料"}}),
      "+++\ntitle = \"许昌\\\"快递\\\"\"\n# issue = \"2025年第1期\"   # paiban import: fill in\n"
      "date = 2025-01-06\nnotice = \"内部资料\"\n+++\n");
  // Not a date: kept as text for the editor to correct.
  EXPECT_TRUE(has(write_front_matter({{"date", "下周一"}}), "\ndate = \"下周一\"\n"));
}

class ImportIssueRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir();
    DocxBuilder()
        .styles(style("2", "heading 1"))
        .core("许昌竞争情报快递", "2025-01-03T09:30:00Z")
        .body(p("工信部推动创新", "2") + p("正文一。") + p("图1 示意"))
        .write(dir_ / "行业动态-工信部.docx");
    DocxBuilder().body(p("没有标题的正文。")).write(dir_ / "科普.docx");
    DocxBuilder().body(p("刊物改版了。")).write(dir_ / "编者的话-致读者.docx");
    DocxBuilder()
        .styles(style("h", "heading 1"))
        .body(p("行业趋势", "h") + p("第一篇。"))
        .write(dir_ / "t.docx");
  }
  fs::path dir_;
};

TEST_F(ImportIssueRun, SectionsTitlesAndFrontMatterFromTheFirstFile) {
  ImportRequest request;
  request.inputs = {{(dir_ / "编者的话-致读者.docx").string(), ""},
                    {(dir_ / "行业动态-工信部.docx").string(), ""},
                    {(dir_ / "科普.docx").string(), ""},
                    {(dir_ / "t.docx").string(), "行业趋势"}};
  request.output = (dir_ / "issue.md").string();
  request.front_matter["issue"] = "2025年第1期";
  std::ostringstream out, err;
  ASSERT_EQ(run_import(request, disk(), out, err), 0) << err.str();
  // 科普.docx has no section in its name: it stays in the one before. It has
  // no title: the file name is used, with a warning. t.docx's title equals
  // its section's name: no article title (like 编者的话).
  EXPECT_EQ(
      read(dir_ / "issue.md"),
      "+++\n# title = \"许昌竞争情报快递\"   # paiban import: fill in\nissue = \"2025年第1期\"\n"
      "date = 2025-01-06\n+++\n\n# 编者的话\n\n刊物改版了。\n\n# 行业动态\n\n## 工信部推动创新\n\n"
      "正文一。\n\n图1 示意\n\n## 科普\n\n没有标题的正文。\n\n# 行业趋势\n\n第一篇。\n");
  EXPECT_TRUE(has(err.str(), "科普.docx: warning: the document does not start with a title"))
      << err.str();
  EXPECT_TRUE(
      has(err.str(), "front matter 'date' = '2025-01-06' was taken from the document properties"))
      << err.str();
}

TEST_F(ImportIssueRun, RecipeListsSectionsAndFrontMatter) {
  std::ofstream(dir_ / "issue.toml")
      << "title = \"许昌竞争情报快递\"\nissue = \"2025年第2期\"\n"
         "date = 2025-02-03\npublisher = \"情报所\"\n\n"
         "[[section]]\ntitle = \"行业趋势\"\nfiles = [\"t.docx\"]\n\n"
         "[[section]]\ntitle = \"行业动态\"\nfiles = [\"行业动态-工信部.docx\"]\n";
  ImportRequest request;
  request.recipe = (dir_ / "issue.toml").string();
  request.output = "-";
  request.front_matter["issue"] = "2025年第3期";  // the command line wins
  std::ostringstream out, err;
  ASSERT_EQ(run_import(request, disk(), out, err), 0) << err.str();
  EXPECT_EQ(out.str().rfind(
                "+++\ntitle = \"许昌竞争情报快递\"\nissue = \"2025年第3期\"\ndate = 2025-02-03\n"
                "publisher = \"情报所\"\n+++\n\n# 行业趋势\n\n第一篇。\n",
                0),
            0u)
      << out.str();
  EXPECT_TRUE(has(out.str(), "# 行业动态\n\n## 工信部推动创新\n")) << out.str();

  std::ofstream(dir_ / "bad.toml")
      << "title = \"x\"\n[[section]]\ntitle = \"行业动态\"\nfiles = \"a.docx\"\n";
  request.recipe = (dir_ / "bad.toml").string();
  std::ostringstream out2, err2;
  EXPECT_EQ(run_import(request, disk(), out2, err2), 2);
  EXPECT_TRUE(has(err2.str(), "bad.toml:2:1: error: a [[section]] needs title")) << err2.str();
}

}  // namespace
}  // namespace paiban::import::test
