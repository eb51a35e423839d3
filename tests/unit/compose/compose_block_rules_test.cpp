// Block rules of real manuscripts: nested lists with hanging indents, code
// blocks kept line for line, label paragraphs kept with their text, and a
// heading right under a heading.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

ColumnSpec unbalanced_pair() {
  ColumnSpec spec;
  spec.count = 2;
  spec.balance = false;
  return spec;
}

const PageLine* find_line(const std::vector<PageLine>& lines, const std::string& start) {
  for (const auto& l : lines)
    if (l.text.rfind(start, 0) == 0) return &l;
  return nullptr;
}

// Glyph runs on the first page.
std::vector<PlacedRun> runs_of(const page::PagedDocument& doc) {
  std::vector<PlacedRun> out = placed_runs(doc);
  std::erase_if(out, [](const PlacedRun& r) { return r.page != 0; });
  return out;
}

class BlockRulesTest : public ComposeTest {
 protected:
  BlockRulesTest() {
    sheet_.typography.list_indent = Length::pt(30);  // three body characters
    sheet_.typography.list_marker_gap = Length::pt(5);
  }
};

TEST_F(BlockRulesTest, NestedListsIndentPerLevelAndHangWrappedLines) {
  FlowBuilder flow("issue/tour.md");
  flow.list_paragraph(han("甲", 30), "body", list_item(1, true, 1));  // 21 a line at level 1
  flow.list_paragraph(han("乙", 25), "body", list_item(2, true, 1));  // 18 a line at level 2
  flow.list_paragraph(han("丙", 5), "body", list_item(3, false));
  flow.list_paragraph(han("丁", 5), "body", list_item(1, true, 2));
  flow.list_paragraph(han("戊", 30), "body", list_item(1, true, 2, false));  // 2nd paragraph of 2.
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  const double left = column_x(0, 0);
  // Level 1 text at one list indent, level 2 at two, level 3 at three;
  // every wrapped line hangs under its item's text.
  std::map<std::string, std::vector<double>> text_x;
  for (const auto& r : runs_of(doc))
    for (const char* mark : {"甲", "乙", "丙", "丁", "戊"})
      if (r.text.rfind(mark, 0) == 0) text_x[mark].push_back(r.x - left);
  ASSERT_EQ(text_x["甲"].size(), 2u);
  EXPECT_NEAR(text_x["甲"][0], 30, 0.01);
  EXPECT_NEAR(text_x["甲"][1], 30, 0.01);
  ASSERT_EQ(text_x["乙"].size(), 2u);
  EXPECT_NEAR(text_x["乙"][0], 60, 0.01);
  EXPECT_NEAR(text_x["乙"][1], 60, 0.01);
  ASSERT_EQ(text_x["丙"].size(), 1u);
  EXPECT_NEAR(text_x["丙"][0], 90, 0.01);
  ASSERT_EQ(text_x["戊"].size(), 2u);
  EXPECT_NEAR(text_x["戊"][0], 30, 0.01);
  EXPECT_NEAR(text_x["戊"][1], 30, 0.01);
  // Markers per level: 1. / （1） / ■ (the third bullet), each inside its
  // level's indent and clear of the text by the gap.
  const auto runs = runs_of(doc);
  std::vector<PlacedRun> markers;
  for (const auto& r : runs)
    if (r.text == "1." || r.text == "2." || r.text == "（1）" || r.text == "■")
      markers.push_back(r);
  ASSERT_EQ(markers.size(), 4u);
  EXPECT_EQ(markers[0].text, "1.");
  EXPECT_EQ(markers[1].text, "（1）");
  EXPECT_EQ(markers[2].text, "■");
  EXPECT_EQ(markers[3].text, "2.");
  EXPECT_GE(markers[0].x - left, 0);
  EXPECT_LT(markers[0].x - left, 30 - 5 - 5);     // "1." is wider than 5 pt
  EXPECT_GE(markers[1].x - left, 30 - 5 - 0.01);  // （ may hang its blank into the gap
  EXPECT_LT(markers[1].x - left, 60 - 5 - 15);
  EXPECT_GE(markers[2].x - left, 60 - 0.01);
  EXPECT_LT(markers[2].x - left, 90 - 5 - 2);
  // A bullet is set at half size, centred on the text's em box: raised.
  EXPECT_LT(markers[2].y, find_line(lines, "丙")->y - 1);
  // The second paragraph of item 2 has no marker of its own.
  int twos = 0;
  for (const auto& r : runs) twos += r.text == "2.";
  EXPECT_EQ(twos, 1);
  // The marker stands on its item's first baseline.
  for (const auto& r : runs)
    if (r.text.rfind("甲", 0) == 0) {
      EXPECT_NEAR(markers[0].y, r.y, 0.01);
      break;
    }
}

TEST_F(BlockRulesTest, ListMarkersComeFromTheStyle) {
  sheet_.typography.numbering = {"第一", "a)"};
  sheet_.typography.bullets = {"▪"};
  FlowBuilder flow("issue/tour.md");
  flow.list_paragraph(han("甲", 3), "body", list_item(1, true, 12));
  flow.list_paragraph(han("乙", 3), "body", list_item(2, true, 28));
  flow.list_paragraph(han("丙", 3), "body", list_item(4, false));
  const auto runs = runs_of(compose(flow));
  std::set<std::string> texts;
  for (const auto& r : runs) texts.insert(r.text);
  EXPECT_TRUE(texts.count("第十二")) << "一 stands for the number in Chinese";
  EXPECT_TRUE(texts.count("ab)")) << "a counts on past z: 28 = ab";
  EXPECT_TRUE(texts.count("▪")) << "deeper levels repeat the last bullet";
}

TEST_F(BlockRulesTest, ATaskItemsBoxIsItsMarkerAtTheTextsSize) {
  FlowBuilder flow("issue/tour.md");
  ListItemSpec open = list_item(1);
  open.marker_text = "□";
  flow.list_paragraph(han("甲", 3), "body", open);
  flow.list_paragraph(han("乙", 3), "body", list_item(1));
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  const double left = column_x(0, 0);
  std::vector<PlacedRun> boxes, bullets;
  for (const auto& r : runs_of(doc)) {
    if (r.text == "□") boxes.push_back(r);
    if (r.text == "●") bullets.push_back(r);
  }
  ASSERT_EQ(boxes.size(), 1u);
  ASSERT_EQ(bullets.size(), 1u) << "the plain item keeps the style's bullet";
  // The box stands on its item's baseline (not raised like a smaller
  // bullet) and ends the gap before the text.
  const PageLine* first = find_line(lines, "□");  // the box is part of its line
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text, "□甲甲甲");
  EXPECT_NEAR(boxes[0].x - left, 30 - 5 - 10, 0.01);  // a 10 pt box, 5 pt gap, text at 30
  for (const auto& r : runs_of(doc))
    if (r.text.rfind("甲", 0) == 0) {
      EXPECT_NEAR(boxes[0].y, r.y, 0.01);
    }
  for (const auto& r : runs_of(doc))
    if (r.text.rfind("乙", 0) == 0) {
      EXPECT_LT(bullets[0].y, r.y - 1);
    }
}

TEST_F(BlockRulesTest, ACodeBlockKeepsEveryLineAndItsIndentation) {
  FlowBuilder flow("issue/tour.md");
  std::vector<InlineRun> code;
  const auto line = [&](const std::string& text) {
    if (!code.empty()) {
      InlineRun br;
      br.kind = InlineRun::Kind::hard_break;
      code.push_back(br);
    }
    if (text.empty()) return;
    InlineRun r;
    r.text = text;
    r.code = true;
    r.span = {"tour.md", 3, 1};
    code.push_back(r);
  };
  line("def f(x):");
  line("    if x:");
  line("");
  line("        return [x, x]  # 注释");
  // 10 pt mono: 5 pt a Latin character; the measure is 240 − 2 × 5 = 230 pt.
  line("y = f(1) + f(2) + f(3) + f(4) + f(5) + f(6) + f(7) + f(8) + f(9) + f(10)");
  flow.code_block(code, "code");
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  const double left = column_x(0, 0) + 5;
  // The mark stands apart from its line (more than 12 pt right of it).
  ASSERT_EQ(lines.size(), 6u) << "the empty line prints nothing but keeps its place";
  EXPECT_EQ(lines[0].text, "def f(x):");
  EXPECT_NEAR(lines[0].x, left, 0.01);
  // Never justified: every character one 5 pt cell, spaces too.
  EXPECT_NEAR(lines[0].right - lines[0].x, 9 * 5, 0.01);
  // Indentation as typed, in the copied text and on the page.
  EXPECT_EQ(lines[1].text, "    if x:");
  EXPECT_NEAR(lines[1].right - left, 9 * 5, 0.01);
  EXPECT_EQ(lines[2].text, "        return [x, x]  # 注释");
  EXPECT_NEAR(lines[2].right - left, 25 * 5 + 2 * 10, 0.01);  // Han in mono: full cells
  EXPECT_EQ(grid_line(lines[2].y) - grid_line(lines[1].y), 2) << "the blank line stays";
  // 74 characters do not fit 46 cells: broken at a space, a mark at the measure.
  EXPECT_EQ(lines[3].text.rfind("y = f(1) + f(2)", 0), 0u);
  EXPECT_LE(lines[3].right, left + 230 + 0.01);
  const std::string rest = lines[4].text;
  EXPECT_EQ(rest.rfind("f(", 0), 0u) << "broken after a space, the space kept before the break";
  EXPECT_EQ(lines[5].text, "⏎");
  EXPECT_NEAR(lines[5].right, left + 230, 0.01) << "the mark ends at the measure";
  EXPECT_EQ(lines[3].text.size() + rest.size(),
            std::string("y = f(1) + f(2) + f(3) + f(4) + f(5) + f(6) + f(7) + f(8) + f(9) + "
                        "f(10)")
                .size());
  int marks = 0;
  for (const auto& r : runs_of(doc))
    if (r.text == "⏎") {
      ++marks;
      EXPECT_EQ(r.artifact, page::Artifact::layout) << "the mark is not part of the copied code";
      EXPECT_NEAR(r.y, lines[3].y, 0.01);
    }
  EXPECT_EQ(marks, 1);
  // A tint behind every line, across the whole measure.
  int fills = 0;
  for (const auto& it : doc.pages[0].items)
    if (const auto* f = std::get_if<page::Fill>(&it)) {
      ++fills;
      EXPECT_NEAR(f->rect.x.to_pt(), column_x(0, 0), 0.01);
      EXPECT_NEAR(f->rect.width.to_pt(), 240, 0.01);
    }
  EXPECT_EQ(fills, 6);  // five code lines and the blank one
  EXPECT_FALSE(diags_.has_errors()) << diags_.format_all();
}

// "4、SurfSense" at a column foot goes with the paragraph it labels.
TEST_F(BlockRulesTest, ALabelParagraphKeepsWithItsText) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced_pair());
  flow.paragraph(han("甲", 11 * 19), "body");  // 19 lines: one grid line left
  flow.paragraph(words("4、Surf"), "body");
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  const PageLine* label = find_line(lines, "4、Surf");
  ASSERT_NE(label, nullptr);
  EXPECT_EQ(column_of(*label), 1);
  EXPECT_EQ(grid_line(label->y), 0);
}

// A one-line paragraph that ends a sentence is text: it may end a column.
TEST_F(BlockRulesTest, AOneLineSentenceIsNoLabel) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced_pair());
  flow.paragraph(han("甲", 11 * 19), "body");
  flow.paragraph(words("短句。”"), "body");
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  const PageLine* line = find_line(lines, "短句");
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(column_of(*line), 0);
  EXPECT_EQ(grid_line(line->y), 19);
}

// A heading right under a heading drops its space before: the section head
// stays with the article title it heads.
TEST_F(BlockRulesTest, AHeadingUnderAHeadingDropsItsSpaceBefore) {
  sheet_.styles["h2"].space_before = Length::pt(16);
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(han("甲", 22), "body");
  flow.heading(words("栏目"), "h1", 1);
  flow.heading(words("文章"), "h2", 2);
  flow.paragraph(han("乙", 22), "body");
  flow.heading(words("再一篇"), "h2", 2);
  const auto lines = lines_where(compose(flow), [](double) { return true; });
  const PageLine* section = find_line(lines, "栏目");
  const PageLine* article = find_line(lines, "文章");
  const PageLine* next = find_line(lines, "再一篇");
  const PageLine* body = find_line(lines, "乙");
  ASSERT_TRUE(section && article && next && body);
  // h1 (16 on 24 pt) takes two grid lines, its text 4 pt down, baseline
  // 18.08 pt into its line; h2 (12 on 16 pt) one line, baseline at 12.56:
  // straight under the section head, no empty line between them.
  EXPECT_NEAR(article->y - section->y, 2 * kPitch - 4 - 18.08 + 12.56, 0.01);
  // After text, h2 keeps its grid line of space (body baseline 11.8 pt in).
  EXPECT_NEAR(next->y - body->y, kPitch - 11.8 + kPitch + 12.56, 0.01);
}

}  // namespace
}  // namespace paiban::testing
