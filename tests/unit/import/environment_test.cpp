// `paiban import` reads its inputs — the .docx files and the recipe — through
// the Environment, as every other stage does: an environment that serves
// files from memory is all it needs, and a file the environment does not
// serve is not read, even when it is on disk.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include "import/import_request.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

namespace fs = std::filesystem;

// Files from memory only; remembers what it was asked for.
class MemoryEnvironment final : public Environment {
 public:
  void add_file(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  std::set<std::string> asked() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return asked_;
  }

  std::optional<std::string> read_file(const std::string& path) const override {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      asked_.insert(path);
    }
    const auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
  }
  std::string why_unreadable(const std::string& path) const override {
    return files_.count(path) ? std::string() : "not among the test's in-memory files";
  }
  std::optional<FontLocation> find_font(const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::optional<int64_t> source_date_epoch() const override { return std::nullopt; }

 private:
  std::map<std::string, std::string> files_;
  mutable std::mutex mutex_;
  mutable std::set<std::string> asked_;
};

// A built .docx's bytes (DocxBuilder writes through libzip to a file).
std::string docx_bytes(const DocxBuilder& builder, const fs::path& scratch) {
  builder.write(scratch);
  std::ifstream in(scratch, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  fs::remove(scratch);
  return bytes;
}

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(ImportEnvironment, TheDocxAndTheRecipeComeFromTheEnvironment) {
  const fs::path dir = scratch_dir();
  MemoryEnvironment env;
  // Paths that exist nowhere on disk.
  const std::string folder = "/in-memory/稿件";
  env.add_file(folder + "/工信部.docx",
               docx_bytes(DocxBuilder()
                              .styles(style("2", "heading 1"))
                              .body(p("工信部推动创新", "2") + p("正文一。") + p("正文二。")),
                          dir / "a.docx"));
  env.add_file(folder + "/issue.toml",
               "title = \"许昌竞争情报快递\"\nissue = \"2025年第2期\"\ndate = 2025-02-03\n\n"
               "[[section]]\ntitle = \"行业动态\"\nfiles = [\"工信部.docx\"]\n");
  ASSERT_FALSE(fs::exists(folder));

  ImportRequest request;
  request.recipe = folder + "/issue.toml";
  request.output = "-";
  std::ostringstream out, err;
  ASSERT_EQ(run_import(request, env, out, err), kImportOk) << err.str();
  EXPECT_EQ(out.str(),
            "+++\ntitle = \"许昌竞争情报快递\"\nissue = \"2025年第2期\"\ndate = 2025-02-03\n"
            "+++\n\n# 行业动态\n\n## 工信部推动创新\n\n正文一。\n\n正文二。\n");
  EXPECT_TRUE(has(err.str(), "imported 1 document(s)")) << err.str();
  const std::set<std::string> asked = env.asked();
  EXPECT_TRUE(asked.count(folder + "/issue.toml"));
  EXPECT_TRUE(asked.count(folder + "/工信部.docx"));
}

TEST(ImportEnvironment, AFileOnDiskTheEnvironmentDoesNotServeIsNotRead) {
  const fs::path dir = scratch_dir();
  const fs::path on_disk = dir / "行业动态-工信部.docx";
  DocxBuilder().body(p("正文。")).write(on_disk);
  ASSERT_TRUE(fs::exists(on_disk));
  MemoryEnvironment env;  // serves nothing
  ImportRequest request;
  request.inputs = {{on_disk.string(), ""}};
  request.output = (dir / "issue.md").string();
  std::ostringstream out, err;
  EXPECT_EQ(run_import(request, env, out, err), kImportBadInput);
  EXPECT_TRUE(has(err.str(), on_disk.string() +
                                 ": error: cannot open the file: not among the test's "
                                 "in-memory files"))
      << err.str();
  EXPECT_TRUE(has(err.str(), "nothing was written")) << err.str();
  EXPECT_FALSE(fs::exists(dir / "issue.md"));
  EXPECT_EQ(env.asked(), std::set<std::string>{on_disk.string()});
}

TEST(ImportEnvironment, AnUnreadableRecipeSaysWhy) {
  MemoryEnvironment env;
  ImportRequest request;
  request.recipe = "/in-memory/none.toml";
  request.output = "-";
  std::ostringstream out, err;
  EXPECT_EQ(run_import(request, env, out, err), kImportBadInput);
  EXPECT_TRUE(has(err.str(),
                  "/in-memory/none.toml: error: cannot open the recipe: not among "
                  "the test's in-memory files"))
      << err.str();
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace paiban::import::test
