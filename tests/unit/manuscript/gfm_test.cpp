// Every CommonMark and GFM construct the reader can meet is either set (it
// reaches the Document as something the engine prints) or reported at its
// file:line:col. Nothing is dropped silently.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

// The warnings of a read, as "line:col message".
std::vector<std::string> warnings(const Read& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diags.items())
    out.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " +
                  d.message);
  return out;
}

// Every construct in one manuscript. Markdown starts on line 6.
const char* const kEverything =
    "# 栏目\n"                                             // 6  ATX heading: a section
    "\n"                                                   // 7
    "文章\n"                                               // 8  setext heading: an article
    "----\n"                                               // 9
    "\n"                                                   // 10
    "正文*强调*与**加粗**、`代码`、&amp;、\\*星号\\*。\n"  // 11
    "硬换行  \n"                                           // 12
    "第二行\n"                                             // 13
    "\n"                                                   // 14
    "> 引文\n"                                             // 15
    "\n"                                                   // 16
    "- 甲\n"                                               // 17
    "- [ ] 待办\n"                                         // 18
    "- [x] 已办\n"                                         // 19
    "\n"                                                   // 20
    "1. 一\n"                                              // 21
    "\n"                                                   // 22
    "***\n"                                                // 23
    "\n"                                                   // 24
    "```\n"                                                // 25
    "code\n"                                               // 26
    "```\n"                                                // 27
    "\n"                                                   // 28
    "    缩进\n"                                           // 29
    "\n"                                                   // 30
    "<div>块</div>\n"                                      // 31
    "\n"                                                   // 32
    "<!-- pagebreak -->\n"                                 // 33
    "\n"                                                   // 34
    "![图1 说明](a.png)\n"                                 // 35
    "\n"                                                   // 36
    "见[网站](https://a.cn)、<https://b.cn>、https://c.cn 与 "
    "~~删除~~<b>粗</b>![小图](s.png)。\n"  // 37
    "\n"                                   // 38
    "[参考]: https://ref.cn\n"             // 39
    "\n"                                   // 40
    "| 名称 | 数值 |\n"                    // 41
    "|:--|--:|\n"                          // 42
    "| 出口 | 103.6 |\n"                   // 43
    "\n"                                   // 44
    "正文有注[^n]。\n"                     // 45
    "\n"                                   // 46
    "[^n]: 注文。\n"                       // 47
    "\n"                                   // 48
    "＃ 全角标题\n"                        // 49
    "\n"                                   // 50
    "##没有空格\n"                         // 51
    "\n"                                   // 52
    "[https://d.cn](https://d.cn)\n";      // 53

TEST(Gfm, EveryConstructIsSetOrReported) {
  Read r = read_body(kEverything);
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "栏目");
  ASSERT_EQ(r.doc.sections[0].articles.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].articles[0].title_text, "文章");
  const auto& blocks = first_blocks(r);
  std::vector<Block::Kind> kinds;
  for (const Block& b : blocks) kinds.push_back(b.kind);
  using K = Block::Kind;
  // Fenced and indented code are code blocks (the indented one is also
  // reported); <div> is reported; the rest are blocks.
  EXPECT_THAT(
      kinds, ElementsAre(K::paragraph, K::quote, K::list, K::list, K::thematic_break, K::code_block,
                         K::code_block, K::page_break, K::figure, K::paragraph, K::table,
                         K::paragraph, K::paragraph, K::paragraph, K::paragraph));
  // Inline styles, entities and escapes.
  EXPECT_THAT(describe(blocks[0].inlines),
              ElementsAre("text:正文", "em:强调", "text:与", "strong:加粗", "text:、", "code:代码",
                          "text:、&、*星号*。", "soft", "text:硬换行", "hard", "text:第二行"));
  // Task items carry their box.
  ASSERT_EQ(blocks[2].children.size(), 3u);
  EXPECT_EQ(blocks[2].children[0].task, Block::Task::none);
  EXPECT_EQ(blocks[2].children[1].task, Block::Task::open);
  EXPECT_EQ(blocks[2].children[2].task, Block::Task::done);
  EXPECT_TRUE(blocks[3].ordered);
  // Links keep their targets; strikethrough is marked; inline HTML and the
  // inline image are reported.
  EXPECT_THAT(describe(blocks[9].inlines), ElementsAre("text:见", "text@https://a.cn:网站",
                                                       "text:、", "text@https://b.cn:https://b.cn",
                                                       "text:、", "text@https://c.cn:https://c.cn",
                                                       "text: 与 ", "text~:删除", "text:粗。"));
  // The table: header row, body row, alignments.
  const Block& table = blocks[10];
  ASSERT_EQ(table.table_rows.size(), 2u);
  EXPECT_TRUE(table.table_rows[0].header);
  EXPECT_EQ(plain_text(table.table_rows[1].cells[1].inlines), "103.6");
  EXPECT_EQ(table.table_rows[1].cells[1].span.line, 43);
  EXPECT_THAT(table.table_align, ElementsAre(Block::ColumnAlign::left, Block::ColumnAlign::right));
  // Look-alike headings stay text.
  EXPECT_EQ(plain_text(blocks[12].inlines), "＃ 全角标题");
  EXPECT_EQ(plain_text(blocks[13].inlines), "##没有空格");

  EXPECT_THAT(warnings(r),
              ElementsAre("29:5 text indented by four or more spaces was read as code",
                          "31:1 raw HTML '<div>块</div>' was skipped",
                          "37:21 the link's text is its URL 'https://b.cn'; it is printed as text",
                          "37:57 raw HTML '<b>' was skipped", "37:61 raw HTML '</b>' was skipped",
                          "37:65 image inside running text was skipped",
                          "49:1 a line starting with a full-width '＃' is text, not a heading",
                          "51:1 a line starting with '##' without a space is text, not a heading",
                          "53:1 the link's text is its URL 'https://d.cn'; it is printed as text",
                          "39:1 '[参考]:' was taken as a link definition that no link uses; the "
                          "line does not print"));
  // The footnote mark carries its note's text.
  EXPECT_THAT(describe(blocks[11].inlines),
              ElementsAre("text:正文有注", "note[text:注文。]", "text:。"));
}

TEST(Gfm, FootnoteMarksCarryTheirNotesAndStrayNotesAreReported) {
  Read r = read_body(
      "甲[^a]乙[^长]。[^a]\n"
      "\n"
      "[^a]: 第一条注，**加粗**。\n"
      "[^长]: 第一段。\n"
      "\n"
      "    第二段。\n"
      "[^无]: 没有标记的注。\n");
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_THAT(describe(blocks[0].inlines),
              ElementsAre("text:甲", "note[text:第一条注， strong:加粗 text:。]", "text:乙",
                          "note[text:第一段。 hard text:第二段。]", "text:。",
                          "note[text:第一条注， strong:加粗 text:。]"));
  ASSERT_EQ(warnings(r).size(), 1u) << r.diags.format_all();
  EXPECT_THAT(warnings(r)[0], ::testing::HasSubstr("the note [^无] has no mark in the text"));
}

TEST(Gfm, StrikethroughKeepsItsTextAndIsMarked) {
  Read r = read_body("甲~~删除~~乙\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  EXPECT_THAT(describe(first_blocks(r).at(0).inlines),
              ElementsAre("text:甲", "text~:删除", "text:乙"));
}

TEST(Gfm, AHashtagInsideALineIsNoHeadingLookalike) {
  Read r = read_body("话题 #两会# 的讨论\n\n\\#转义\n");
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
}

TEST(Gfm, ShortTableRowsArePaddedToTheColumns) {
  Read r = read_body("| 甲 | 乙 | 丙 |\n|---|---|---|\n| 1 |\n");
  ASSERT_EQ(first_blocks(r).at(0).kind, Block::Kind::table);
  const auto& rows = first_blocks(r)[0].table_rows;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells.size(), 3u);
  EXPECT_EQ(plain_text(rows[1].cells[0].inlines), "1");
}

// cmark-gfm drops the cells of a row past the header's columns; each such
// row is reported, counting cells as GFM splits them (a '|' in code splits
// too, an escaped one does not; a table may stand in a quote).
TEST(Gfm, ARowWithMoreCellsThanTheTableHasColumnsIsReported) {
  Read r = read_body(
      "| 甲 | 乙 |\n"      // 6
      "|---|---|\n"        // 7
      "| 1 | 2 | 3 |\n"    // 8: 3 cells
      "| `a|b` | c |\n"    // 9: 3 cells ("`a", "b`", "c")
      "| x \\| y | z |\n"  // 10: 2 cells
      "甲 | 乙\n"          // 11: 2 cells, no outer pipes
      "\n"                 // 12
      "> | 丙 |\n"         // 13
      "> |:-:|\n"          // 14
      "> | 4 | 5 |\n");    // 15: 2 cells
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 2u);
  ASSERT_EQ(blocks[0].table_rows.size(), 5u);
  EXPECT_EQ(plain_text(blocks[0].table_rows[1].cells[1].inlines), "2");
  EXPECT_EQ(plain_text(blocks[0].table_rows[3].cells[0].inlines), "x | y");
  EXPECT_EQ(plain_text(blocks[0].table_rows[4].cells[1].inlines), "乙");
  ASSERT_EQ(blocks[1].kind, Block::Kind::quote);
  EXPECT_THAT(
      warnings(r),
      ElementsAre(
          "8:1 this table row has 3 cells but the table has 2 columns; the cells after column 2 "
          "were dropped",
          "9:1 this table row has 3 cells but the table has 2 columns; the cells after column 2 "
          "were dropped",
          "15:3 this table row has 2 cells but the table has 1 columns; the cells after column 1 "
          "were dropped"));
}

// Marks find their note whatever the case of the label (as cmark-gfm
// matches them); a label defined twice prints its first definition and the
// second is reported where it stands.
TEST(Gfm, NoteLabelsIgnoreCaseAndASecondDefinitionIsReported) {
  Read r = read_body(
      "甲[^Note]乙[^d]。\n"    // 6
      "\n"                     // 7
      "[^NOTE]: 大写定义。\n"  // 8
      "[^d]: 第一次。\n"       // 9
      "\n"                     // 10
      "[^d]: 第二次。\n");     // 11
  const auto& blocks = first_blocks(r);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_THAT(
      describe(blocks[0].inlines),
      ElementsAre("text:甲", "note[text:大写定义。]", "text:乙", "note[text:第一次。]", "text:。"));
  EXPECT_THAT(warnings(r), ElementsAre("11:1 the note [^d] is defined again; only its first "
                                       "definition (line 9) is printed"));
}

// cmark-gfm takes "[label]: …" at a paragraph's start as a link definition
// and keeps no trace of it: one no link uses, and a note label with a space
// (no footnote in GFM), are reported where they stand; used definitions,
// lines inside a paragraph, code, one an image uses and a real note are not.
TEST(Gfm, LinkDefinitionsThatPrintNothingAreReported) {
  Read r = read_body(
      "正文[^a b]第一句，见[报告][r]。\n"  // 6
      "\n"                                 // 7
      "[^a b]: 注释的文字\n"               // 8
      "\n"                                 // 9
      "[未用]: https://example.com/x\n"    // 10
      "[R]: https://example.com/r\n"       // 11: used (labels ignore case)
      "\n"                                 // 12
      "段落。\n"                           // 13
      "[续行]: 这一行属于上面的段落\n"     // 14: text
      "\n"                                 // 15
      "> - [引用中]:\n"                    // 16
      ">   https://example.com/q\n"        // 17
      "\n"                                 // 18
      "```\n"                              // 19
      "[代码]: https://example.com/c\n"    // 20
      "```\n"                              // 21
      "\n"                                 // 22
      "[^正常]: 没有标记的注。\n"          // 23
      "\n"                                 // 24
      "![图一][图]\n"                      // 25: a figure
      "\n"                                 // 26
      "[图]: a.png\n");                    // 27: used by the image
  const auto& blocks = first_blocks(r);
  ASSERT_FALSE(blocks.empty());
  EXPECT_THAT(plain_text(blocks[0].inlines), ::testing::HasSubstr("^a b"));
  EXPECT_EQ(blocks.back().kind, Block::Kind::figure);
  EXPECT_EQ(blocks.back().image_path, "a.png");
  EXPECT_THAT(
      warnings(r),
      ElementsAre("23:1 the note [^正常] has no mark in the text and is not printed",
                  "8:1 '[^a b]:' was taken as a link definition, not a note: a note's label "
                  "cannot contain spaces",
                  "10:1 '[未用]:' was taken as a link definition that no link uses; the line does "
                  "not print",
                  "16:5 '[引用中]:' was taken as a link definition that no link uses; the line "
                  "does not print"));
  const std::string all = r.diags.format_all();
  EXPECT_THAT(all, ::testing::HasSubstr("write the label without spaces, here and in its marks"));
  EXPECT_THAT(all, ::testing::HasSubstr("its marks print as linked words"));
}

}  // namespace
}  // namespace paiban::manuscript::test
