#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "manuscript/source_text.h"
#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

TEST(Robustness, EmptyInputIsOneClearError) {
  Read r = read("");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].severity, Severity::error);
  EXPECT_EQ(r.diags.items()[0].span.line, 1);
  EXPECT_EQ(r.diags.items()[0].span.column, 1);
  EXPECT_EQ(r.diags.items()[0].message, "the manuscript has no front matter (title, issue, date)");
  EXPECT_TRUE(r.doc.sections.empty());
  EXPECT_EQ(r.doc.path, "issue.md");
}

TEST(Robustness, OnlyFrontMatterIsAnEmptyDocument) {
  Read r = read(kFrontMatter);
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_EQ(r.doc.meta.issue, "2025年第1期");
  EXPECT_TRUE(r.doc.sections.empty());
  // Without a final newline too.
  Read r2 = read("+++\ntitle = \"快递\"\nissue = \"第1期\"\ndate = 2025-01-06\n+++");
  EXPECT_TRUE(r2.diags.empty()) << r2.diags.format_all();
  EXPECT_EQ(r2.doc.meta.title, "快递");
}

TEST(Robustness, BinaryGarbageIsAnEncodingError) {
  const char bytes[] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n', '\0', '\xff', '\xfe'};
  Read r = read(std::string_view(bytes, sizeof bytes));
  ASSERT_EQ(r.diags.size(), 2u) << r.diags.format_all();
  EXPECT_EQ(r.diags.items()[0].message, "the manuscript is not valid UTF-8 text");
  EXPECT_EQ(r.diags.items()[0].span.line, 1);
  EXPECT_EQ(r.diags.items()[0].span.column, 1);
  EXPECT_EQ(r.diags.items()[1].message, "the manuscript has no front matter (title, issue, date)");
}

TEST(Robustness, InvalidByteIsReportedAtItsCharacterPosition) {
  Read r = read_body("# 标题\n\n正文\xC3(续)\n");
  ASSERT_EQ(r.diags.size(), 1u) << r.diags.format_all();
  EXPECT_EQ(r.diags.items()[0].span.line, 8);
  EXPECT_EQ(r.diags.items()[0].span.column, 3);
  // cmark puts U+FFFD for the bad byte; the rest survives.
  EXPECT_EQ(plain_text(first_blocks(r).at(0).inlines), "正文\xEF\xBF\xBD(续)");
}

TEST(Robustness, NulByteIsNotText) {
  Read r = read_body(std::string("正文\0正文", 13));
  ASSERT_GE(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].message,
            "the manuscript contains a NUL byte; it is not a text file");
  EXPECT_EQ(r.diags.items()[0].span.line, 6);
  EXPECT_EQ(r.diags.items()[0].span.column, 3);
}

TEST(Robustness, CrlfLineEndingsReadLikeLf) {
  Read r = read(
      "+++\r\ntitle = \"快递\"\r\nissue = \"第1期\"\r\ndate = 2025-01-06\r\n+++\r\n"
      "# 编者的话\r\n\r\n第一行\r\n第二行  \r\n第三行\r\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_EQ(r.doc.meta.title, "快递");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "编者的话");
  const auto& runs = first_blocks(r).at(0).inlines;
  EXPECT_THAT(describe(runs),
              ElementsAre("text:第一行", "soft", "text:第二行", "hard", "text:第三行"));
  EXPECT_EQ(runs[4].span.line, 10);
}

TEST(Robustness, LoneCrIsALineEnding) {
  Read r = read("+++\rtitle = \"快递\"\rissue = \"第1期\"\rdate = 2025-01-06\r+++\r# 编者的话\r");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].span.line, 6);
}

TEST(Robustness, ByteOrderMarkIsDroppedAndDoesNotShiftColumns) {
  Read r = read("\xEF\xBB\xBF" + kFrontMatter + "# 编者的话\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_EQ(r.doc.meta.title, "许昌竞争情报快递");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "编者的话");

  Read bare = read("\xEF\xBB\xBF# 编者的话\n\n**正文**\n");
  ASSERT_EQ(bare.diags.size(), 1u);  // no front matter
  ASSERT_EQ(bare.doc.sections.size(), 1u);
  EXPECT_EQ(bare.doc.sections[0].title, "编者的话");
  EXPECT_EQ(bare.doc.sections[0].span.column, 1);
  EXPECT_EQ(first_blocks(bare).at(0).inlines.at(0).span.column, 3);
}

TEST(Robustness, UnclosedDelimitersAndDeepNestingDoNotBreak) {
  // As deep as the nesting limit allows (nesting_test.cpp: deeper is an error).
  std::string deep(48, '>');
  Read r = read_body(deep + " 深\n\n" + std::string(300, '*') + "\n\n**未闭合（\n\n[链接(\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const auto& blocks = first_blocks(r);
  ASSERT_GE(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, Block::Kind::quote);
  EXPECT_EQ(plain_text(blocks.back().inlines), "[链接(");
}

}  // namespace
}  // namespace paiban::manuscript::test

namespace paiban::manuscript {
namespace {

// SourceText copies well-formed text in stretches: what it keeps, where it
// puts U+FFFD and which spot it reports first must not depend on that.
TEST(SourceText, LineEndsBadBytesAndNulAtTheirPlaces) {
  const std::string raw(
      "\xEF\xBB\xBF"
      "a\r\n\xE5\xBF\xAB\rc\0d\xFF"
      "e\n\xC0\x80"
      "f\n",
      20);
  const SourceText t(raw);
  EXPECT_TRUE(t.had_bom());
  EXPECT_EQ(t.text(),
            "a\n\xE5\xBF\xAB\nc\xEF\xBF\xBD"
            "d\xEF\xBF\xBD"
            "e\n\xEF\xBF\xBD\xEF\xBF\xBD"
            "f\n");
  EXPECT_EQ(t.line_count(), 4);
  EXPECT_EQ(t.line(2), "\xE5\xBF\xAB");
  EXPECT_EQ(t.line(4),
            "\xEF\xBF\xBD\xEF\xBF\xBD"
            "f");
  const EncodingProblem p = t.first_encoding_problem();
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(p.column, 2);
  EXPECT_TRUE(p.nul);
  const SourceText clean("plain\nlines\n");
  EXPECT_EQ(clean.text(), "plain\nlines\n");
  EXPECT_EQ(clean.first_encoding_problem().line, 0);
  EXPECT_EQ(clean.line_count(), 2);
}

}  // namespace
}  // namespace paiban::manuscript
