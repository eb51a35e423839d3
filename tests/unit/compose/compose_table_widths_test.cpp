// Automatic column widths on the page (docs/typography.md R14): a short
// column beside a long one keeps its labels on one line; columns that
// cannot all be whole share the measure equally, numbers never broken.
#include <gmock/gmock.h>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

TableSpec plain_table(std::size_t columns) {
  TableSpec t;
  t.columns.resize(columns);
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.numbered = false;
  t.continuation_label.clear();
  return t;
}

std::vector<PlacedRun> runs_of(const page::PagedDocument& doc, const std::string& text) {
  std::vector<PlacedRun> out;
  for (const PlacedRun& r : placed_runs(doc))
    if (r.text == text) out.push_back(r);
  return out;
}

// The left end of the table's rules on the first page.
double table_left(const page::PagedDocument& doc) {
  for (const auto& item : doc.pages[0].items)
    if (const auto* s = std::get_if<page::Stroke>(&item)) return s->from.x.to_pt();
  return -1;
}

// The x of the decimal point in the run reading `text`.
double point_x(const page::PagedDocument& doc, const std::string& text) {
  for (const auto& item : doc.pages[0].items) {
    const auto* run = std::get_if<page::GlyphRun>(&item);
    if (!run) continue;
    std::string all;
    for (const auto& g : run->glyphs) all += g.text;
    if (all != text) continue;
    double x = run->origin.x.to_pt();
    for (const auto& g : run->glyphs) {
      if (g.text == ".") return x;
      x += g.advance.to_pt();
    }
  }
  return -1;
}

TEST_F(ComposeTest, AShortColumnBesideLongTextKeepsEveryLabelOnOneLine) {
  // | 指标 | 说明 | with 200-character explanations: the labels' column
  // takes its most (the widest label and the padding), 说明 the rest.
  const std::vector<std::string> labels = {"出口额", "进口额", "贸易顺差额"};
  TableSpec t = plain_table(2);
  t.rows.push_back(text_row({"指标", "说明"}, true));
  const std::vector<std::string> fills = {"甲", "乙", "丙"};
  for (std::size_t i = 0; i < labels.size(); ++i) {
    std::string text;
    for (int k = 0; k < 200; ++k) text += fills[i];
    t.rows.push_back(text_row({labels[i], text}));
  }
  FlowBuilder flow("issue/tour.md");
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  // Each label whole on one line, at the cell's padding.
  double widest = 0;
  for (const std::string& label : labels) {
    const auto runs = runs_of(doc, label);
    ASSERT_EQ(runs.size(), 1u) << label << " is not on one line";
    EXPECT_NEAR(runs[0].x, column_x(runs[0].page, 0) + 3, 0.01);
    widest = std::max(widest, runs[0].width);
  }
  ASSERT_GT(widest, 0);
  // The explanations start after the labels' column: its most, no more.
  const double second = widest + 2 * 3;
  int text_lines = 0;
  for (const PlacedRun& r : placed_runs(doc))
    if (r.text.find("甲甲") != std::string::npos) {
      const double left = column_x(r.page, 0);
      EXPECT_NEAR(r.x, left + second + 3, 0.01);
      EXPECT_LE(r.x + r.width, left + 240 - 3 + 0.01);
      ++text_lines;
    }
  // 200 characters at about 174 pt: at least 11 lines, not 200.
  EXPECT_GE(text_lines, 11);
  EXPECT_LE(text_lines, 14);
}

TEST_F(ComposeTest, ColumnsThatCannotAllBeWholeShareTheMeasureAndNumbersStayWhole) {
  // Six columns of six-character heads need 6 × 66 pt; 240 pt are there.
  // A number column whose number is wider than the even share keeps it
  // whole; the other five share the rest equally and break their heads.
  TableSpec t = plain_table(6);
  t.columns[5].align = TableColumn::Align::decimal;
  t.rows.push_back(text_row(
      {"第一季度出口", "第二季度出口", "第三季度出口", "第四季度出口", "全年合计出口", "同比"},
      true));
  t.rows.push_back(text_row({"一", "二", "三", "四", "五", "12345678.25"}));
  t.rows.push_back(text_row({"一", "二", "三", "四", "五", "3.5"}));
  FlowBuilder flow("issue/tour.md");
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  const double left = table_left(doc);
  ASSERT_GT(left, 0) << diags_.format_all();
  const auto big = runs_of(doc, "12345678.25");
  ASSERT_EQ(big.size(), 1u) << "the number was broken";
  const double number_column = big[0].width + 2 * 3;
  const double share = (240 - number_column) / 5;
  const std::vector<std::string> one = {"一", "二", "三", "四", "五"};
  for (std::size_t c = 0; c < one.size(); ++c) {
    const auto runs = runs_of(doc, one[c]);
    ASSERT_EQ(runs.size(), 2u) << one[c];
    EXPECT_NEAR(runs[0].x, left + static_cast<double>(c) * share + 3, 0.01) << "column " << c;
  }
  EXPECT_NEAR(big[0].x, left + 5 * share + 3, 0.01);
  // The share's inner width is under three characters: each head is set
  // in three lines of two (第一 / 季度 / 出口), none of one character.
  ASSERT_LT(share - 6, 30);
  ASSERT_GT(share - 6, 20);
  EXPECT_EQ(runs_of(doc, "季度").size(), 4u);
  EXPECT_EQ(runs_of(doc, "合计").size(), 1u);
  EXPECT_EQ(runs_of(doc, "出口").size(), 5u);
  // The decimal points still line up: 3.5's point under 12345678.25's.
  EXPECT_NEAR(point_x(doc, "12345678.25"), point_x(doc, "3.5"), 0.01);
}

TEST_F(ComposeTest, TextInANumberColumnIsSetFlushRightAndBreaks) {
  // A `--:` column of figures with one remark among them: the numbers line
  // up on their points and stay whole, the remark breaks like text, flush
  // right, and the table keeps to its 240 pt column instead of growing to
  // the remark's length.
  TableSpec t = plain_table(2);
  t.columns[1].align = TableColumn::Align::decimal;
  t.rows.push_back(text_row({"指标", "数值"}, true));
  t.rows.push_back(text_row({"出口额", "103.6亿元"}));
  t.rows.push_back(text_row({"增速", "↑12.5%"}));
  std::string remark;
  for (int k = 0; k < 60; ++k) remark += "注";
  t.rows.push_back(text_row({"说明", remark}));
  FlowBuilder flow("issue/tour.md");
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  const double left = table_left(doc);
  ASSERT_GT(left, 0) << diags_.format_all();
  // Rules as long as the column: the table did not grow.
  for (const auto& item : doc.pages[0].items) {
    if (const auto* s = std::get_if<page::Stroke>(&item)) {
      EXPECT_NEAR(s->to.x.to_pt() - s->from.x.to_pt(), 240, 0.01);
    }
  }
  // The remark in several lines, each ending at the column's right padding.
  int remark_lines = 0;
  for (const PlacedRun& r : placed_runs(doc))
    if (r.text.find("注注") != std::string::npos) {
      EXPECT_NEAR(r.x + r.width, left + 240 - 3, 0.01) << "line " << remark_lines;
      ++remark_lines;
    }
  EXPECT_GE(remark_lines, 3);
  // The figures whole, their points in line.
  ASSERT_EQ(runs_of(doc, "103.6亿元").size(), 1u);
  ASSERT_EQ(runs_of(doc, "↑12.5%").size(), 1u);
  EXPECT_NEAR(point_x(doc, "103.6亿元"), point_x(doc, "↑12.5%"), 0.01);
  EXPECT_TRUE(diags_.empty()) << diags_.format_all();
}

}  // namespace
}  // namespace paiban::testing
