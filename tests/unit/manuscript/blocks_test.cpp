#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

TEST(Blocks, ImageAloneInParagraphIsAFigure) {
  Read r = read_body("# 图\n\n![图1 许昌**市区**](images/map.png)\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const Block& b = first_blocks(r).at(0);
  EXPECT_EQ(b.kind, Block::Kind::figure);
  EXPECT_EQ(b.image_path, "images/map.png");
  EXPECT_THAT(describe(b.inlines), ElementsAre("text:图1 许昌", "strong:市区"));
  EXPECT_EQ(b.span.line, 8);
}

TEST(Blocks, FigureWithoutPathIsAnError) {
  Read r = read_body("![图1]()\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(r.diags.items()[0]),
            "issue.md:6:1: error: figure has no image path\n"
            "issue.md:6:1: note: write the path in the parentheses: ![caption](images/photo.jpg)");
}

TEST(Blocks, ImageInsideTextIsSkippedWithWarning) {
  Read r = read_body("文字![图](a.png)文字\n");
  EXPECT_THAT(describe(first_blocks(r).at(0).inlines), ElementsAre("text:文字文字"));
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].severity, Severity::warning);
  EXPECT_EQ(r.diags.items()[0].span.line, 6);
  EXPECT_EQ(r.diags.items()[0].span.column, 3);
}

TEST(Blocks, BreakCommentsOnTheirOwnLine) {
  Read r = read_body("甲\n\n<!-- pagebreak -->\n\n乙\n\n<!--columnbreak-->\n\n---\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[1].kind, Block::Kind::page_break);
  EXPECT_EQ(blocks[1].span.line, 8);
  EXPECT_EQ(blocks[3].kind, Block::Kind::column_break);
  EXPECT_EQ(blocks[3].span.line, 12);
  EXPECT_EQ(blocks[4].kind, Block::Kind::thematic_break);
  EXPECT_EQ(blocks[4].span.line, 14);
}

TEST(Blocks, OtherRawHtmlIsSkippedWithWarningAtItsPosition) {
  Read r = read_body("甲\n\n<div class=\"x\">\n\n中文<span>乙</span>\n\n<!-- 编辑备注 -->\n");
  ASSERT_EQ(first_blocks(r).size(), 2u);
  EXPECT_THAT(describe(first_blocks(r)[1].inlines), ElementsAre("text:中文乙"));
  ASSERT_EQ(r.diags.size(), 4u) << r.diags.format_all();
  for (const Diagnostic& d : r.diags.items()) EXPECT_EQ(d.severity, Severity::warning);
  EXPECT_EQ(r.diags.items()[0].message, "raw HTML '<div class=\"x\">' was skipped");
  EXPECT_EQ(r.diags.items()[0].span.line, 8);
  EXPECT_EQ(r.diags.items()[0].span.column, 1);
  EXPECT_EQ(r.diags.items()[1].message, "raw HTML '<span>' was skipped");
  EXPECT_EQ(r.diags.items()[1].span.line, 10);
  EXPECT_EQ(r.diags.items()[1].span.column, 3);
  EXPECT_EQ(r.diags.items()[2].span.column, 10);
  EXPECT_EQ(r.diags.items()[3].message, "raw HTML '<!-- 编辑备注 -->' was skipped");
  EXPECT_EQ(r.diags.items()[3].span.line, 12);
}

TEST(Blocks, BreakCommentInsideParagraphIsAWarning) {
  Read r = read_body("文字<!-- pagebreak -->文字\n");
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].message, "a break comment inside a paragraph was skipped");
  EXPECT_EQ(r.diags.items()[0].span.column, 3);
}

TEST(Blocks, QuotesAndLists) {
  Read r = read_body("> 引文一\n> 引文二\n\n1. 第一\n2. 第二\n\n- 甲\n- 乙\n  - 丙\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, Block::Kind::quote);
  ASSERT_EQ(blocks[0].children.size(), 1u);
  EXPECT_EQ(plain_text(blocks[0].children[0].inlines), "引文一引文二");
  EXPECT_EQ(blocks[0].children[0].inlines[2].span.line, 7);
  EXPECT_EQ(blocks[0].children[0].inlines[2].span.column, 3);

  EXPECT_EQ(blocks[1].kind, Block::Kind::list);
  EXPECT_TRUE(blocks[1].ordered);
  ASSERT_EQ(blocks[1].children.size(), 2u);
  EXPECT_EQ(blocks[1].children[1].kind, Block::Kind::list_item);
  EXPECT_EQ(blocks[1].children[1].span.line, 10);
  EXPECT_EQ(plain_text(blocks[1].children[1].children.at(0).inlines), "第二");

  EXPECT_FALSE(blocks[2].ordered);
  ASSERT_EQ(blocks[2].children.size(), 2u);
  const Block& second = blocks[2].children[1];
  ASSERT_EQ(second.children.size(), 2u);
  EXPECT_EQ(second.children[1].kind, Block::Kind::list);
  EXPECT_EQ(plain_text(second.children[1].children.at(0).children.at(0).inlines), "丙");
}

TEST(Blocks, HeadingInsideQuoteStaysAHeadingWithWarning) {
  Read r = read_body("> # 引用标题\n");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  const Block& quote = first_blocks(r).at(0);
  ASSERT_EQ(quote.children.size(), 1u);
  EXPECT_EQ(quote.children[0].kind, Block::Kind::heading);
  EXPECT_EQ(quote.children[0].level, 3);
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].span.column, 3);
}

TEST(Blocks, IndentedParagraphIsCodeWithWarning) {
  Read r = read_body("    首行缩进的段落\n");
  const Block& b = first_blocks(r).at(0);
  EXPECT_EQ(b.kind, Block::Kind::code_block);
  EXPECT_THAT(describe(b.inlines), ElementsAre("code:首行缩进的段落"));
  EXPECT_EQ(b.inlines[0].span.column, 5);
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags.items()[0].message, "text indented by four or more spaces was read as code");
  EXPECT_EQ(r.diags.items()[0].span.line, 6);
}

TEST(Blocks, FencedCodeIsCodeLinesWithHardBreaks) {
  Read r = read_body("```\n第一行\n第二行\n```\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  const Block& b = first_blocks(r).at(0);
  EXPECT_EQ(b.kind, Block::Kind::code_block);
  EXPECT_THAT(describe(b.inlines), ElementsAre("code:第一行", "hard", "code:第二行"));
  EXPECT_EQ(b.inlines[2].span.line, 8);
}

TEST(Blocks, CodeKeepsIndentationAndEmptyLines) {
  Read r = read_body("```python\nif x:\n    y()\n\n    z()\n```\n");
  const Block& b = first_blocks(r).at(0);
  EXPECT_EQ(b.kind, Block::Kind::code_block);
  EXPECT_THAT(describe(b.inlines),
              ElementsAre("code:if x:", "hard", "code:    y()", "hard", "hard", "code:    z()"));
}

TEST(Blocks, AnOrderedListKeepsItsStartNumber) {
  Read r = read_body("3. 三\n4. 四\n\n- 甲\n");
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_TRUE(blocks[0].ordered);
  EXPECT_EQ(blocks[0].start, 3);
  EXPECT_FALSE(blocks[1].ordered);
}

TEST(Blocks, SmartPunctuationIsOff) {
  // Characters reach the page as written: no curly quotes, no dashes.
  EXPECT_EQ(plain_text(runs_of("\"Llama3 70B\" -- GPT-4o ... 'x'\n")),
            "\"Llama3 70B\" -- GPT-4o ... 'x'");
}

}  // namespace
}  // namespace paiban::manuscript::test
