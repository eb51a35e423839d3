#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

TEST(FrontMatter, FillsMetaAndEveryFieldAsText) {
  Read r = read(
      "+++\n"
      "title = \"许昌竞争情报快递\"\n"
      "issue = \"2025年第1期\"\n"
      "date = 2025-01-06\n"
      "publisher = \"许昌市科学技术情报研究所\"\n"
      "copies = 1_000\n"
      "ratio = 3.50\n"
      "colour = 0x1F\n"
      "[extra]\n"
      "approval = \"豫内资准字\"\n"
      "+++\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const IssueMeta& m = r.doc.meta;
  EXPECT_EQ(m.title, "许昌竞争情报快递");
  EXPECT_EQ(m.issue, "2025年第1期");
  EXPECT_EQ(m.date, "2025-01-06");
  EXPECT_EQ(m.publisher, "许昌市科学技术情报研究所");
  EXPECT_EQ(m.fields.size(), 8u);
  EXPECT_EQ(m.fields.at("title"), "许昌竞争情报快递");
  EXPECT_EQ(m.fields.at("date"), "2025-01-06");
  // Numbers keep the spelling of the manuscript.
  EXPECT_EQ(m.fields.at("copies"), "1_000");
  EXPECT_EQ(m.fields.at("ratio"), "3.50");
  EXPECT_EQ(m.fields.at("colour"), "0x1F");
  EXPECT_EQ(m.fields.at("extra.approval"), "豫内资准字");
  EXPECT_TRUE(r.doc.sections.empty());
}

TEST(FrontMatter, AcceptsIsoDateWrittenAsString) {
  Read r = read("+++\ntitle = \"快递\"\nissue = \"第1期\"\ndate = \"2025-01-06\"\n+++\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_EQ(r.doc.meta.date, "2025-01-06");
}

// A string date must be a real date: 2025-02-30 used to become 2 March in
// the PDF's dates.
TEST(FrontMatter, RefusesAStringDateThatIsNoRealDate) {
  Read r = read("+++\ntitle = \"快递\"\nissue = \"第1期\"\ndate = \"2025-02-30\"\n+++\n");
  ASSERT_EQ(r.diags.items().size(), 1u) << r.diags.format_all();
  EXPECT_EQ(r.diags.items()[0].message, "'date' must be a date like 2025-01-06");
  EXPECT_EQ(r.diags.items()[0].span.line, 4);
}

TEST(FrontMatter, TomlSyntaxErrorIsReportedAtManuscriptLineAndCharacterColumn) {
  // Line 5 of the file is line 4 of the TOML; toml++ points at 多, the 19th
  // character (the line holds three-byte characters before it).
  Read r = read(
      "+++\n"
      "title = \"许昌竞争情报快递\"\n"
      "issue = \"2025年第1期\"\n"
      "date = 2025-01-06\n"
      "publisher = \"许昌市\" 多余\n"
      "+++\n"
      "# 编者的话\n");
  ASSERT_EQ(r.diags.size(), 1u) << r.diags.format_all();
  const Diagnostic& d = r.diags.items()[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.span.file, "issue.md");
  EXPECT_EQ(d.span.line, 5);
  EXPECT_EQ(d.span.column, 19);
  EXPECT_EQ(d.message.rfind("front matter is not valid TOML: ", 0), 0u) << d.message;
  // The Markdown is still read, so all problems show in one run.
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "编者的话");
  EXPECT_EQ(r.doc.sections[0].span.line, 7);
}

TEST(FrontMatter, MissingKeysAreErrorsNamingTheKey) {
  Read r = read("+++\ntitle = \"快递\"\n+++\n");
  EXPECT_THAT(r.messages(),
              ElementsAre("issue.md:1:1: error: front matter has no 'issue' key\n"
                          "issue.md:1:1: note: add issue = \"2025年第1期\" between the +++ lines",
                          "issue.md:1:1: error: front matter has no 'date' key\n"
                          "issue.md:1:1: note: add date = 2025-01-06 between the +++ lines"));
}

TEST(FrontMatter, WrongTypesAreErrorsAtTheValue) {
  Read r = read("+++\ntitle = 5\nissue = \"第1期\"\ndate = \"下周一\"\n+++\n");
  ASSERT_EQ(r.diags.size(), 2u) << r.diags.format_all();
  EXPECT_EQ(r.diags.items()[0].span.line, 2);
  EXPECT_EQ(r.diags.items()[0].span.column, 9);
  EXPECT_EQ(r.diags.items()[0].message, "'title' must be a string");
  EXPECT_EQ(r.diags.items()[1].span.line, 4);
  EXPECT_EQ(r.diags.items()[1].span.column, 8);
  EXPECT_EQ(r.diags.items()[1].message, "'date' must be a date like 2025-01-06");
  EXPECT_EQ(r.doc.meta.fields.at("title"), "5");
}

TEST(FrontMatter, UnterminatedIsAnErrorAtTheOpeningFence) {
  Read r = read("+++\ntitle = \"快递\"\n# 编者的话\n正文\n");
  EXPECT_THAT(r.messages(),
              ElementsAre("issue.md:1:1: error: front matter opened with +++ is never closed\n"
                          "issue.md:1:1: note: add a line with only +++ after the last key"));
  EXPECT_TRUE(r.doc.sections.empty());
}

TEST(FrontMatter, MissingFrontMatterIsOneErrorAndTheBodyIsStillRead) {
  Read r = read("# 编者的话\n\n正文\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].message, "the manuscript has no front matter (title, issue, date)");
  EXPECT_EQ(r.diags.items()[0].span.line, 1);
  EXPECT_EQ(r.diags.items()[0].span.column, 1);
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "编者的话");
  EXPECT_EQ(r.doc.sections[0].span.line, 1);
}

TEST(FrontMatter, YamlFenceGetsAHint) {
  Read r = read("---\ntitle: 快递\n---\n");
  ASSERT_EQ(r.diags.size(), 1u);
  ASSERT_EQ(r.diags.items()[0].hints.size(), 2u);
  EXPECT_EQ(r.diags.items()[0].hints[1],
            "paiban reads TOML front matter between +++ lines, not YAML between ---");
}

TEST(FrontMatter, BodyKeepsItsRealLineNumbers) {
  Read r = read_body("\n\n# 编者的话\n\n正文\n");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].span.line, 8);
  EXPECT_EQ(first_blocks(r).at(0).span.line, 10);
  EXPECT_EQ(first_blocks(r).at(0).inlines.at(0).span.line, 10);
}

}  // namespace
}  // namespace paiban::manuscript::test
