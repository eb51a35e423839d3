// Tables through the whole composition: caption, header repeated under the
// continuation label after a page break, rows kept whole, decimal points
// lined up, a wide table across a column set, misuse named.
#include <gmock/gmock.h>

#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

// A 三线表 of `body` rows: 地区 | 数值.
TableSpec long_table(int body) {
  TableSpec t;
  t.columns.resize(2);
  t.columns[1].align = TableColumn::Align::decimal;
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.caption = words("各地数值");
  t.rows.push_back(text_row({"地区", "数值"}, true));
  t.rows.back().rule_below = Length::pt(0.5);
  for (int i = 1; i <= body; ++i)
    t.rows.push_back(text_row({"地区" + std::to_string(i), std::to_string(i) + ".5"}));
  return t;
}

std::vector<PageLine> lines_starting(const std::vector<PageLine>& lines, const std::string& text) {
  std::vector<PageLine> out;
  for (const auto& l : lines)
    if (l.text.rfind(text, 0) == 0) out.push_back(l);
  return out;
}

std::vector<PageLine> lines_with(const std::vector<PageLine>& lines, const std::string& text) {
  std::vector<PageLine> out;
  for (const auto& l : lines)
    if (l.text.find(text) != std::string::npos) out.push_back(l);
  return out;
}

// A table's rows as text: the lines on one baseline of a page, left to
// right, joined with " | ".
std::vector<PageLine> table_rows(const std::vector<PageLine>& lines) {
  std::vector<PageLine> out;
  for (const auto& l : lines) {
    auto it = std::find_if(out.begin(), out.end(), [&](const PageLine& o) {
      return o.page == l.page && std::abs(o.y - l.y) < 0.01;
    });
    if (it == out.end()) {
      out.push_back(l);
    } else if (l.x > it->x) {
      it->text += " | " + l.text;
    } else {
      it->text = l.text + " | " + it->text;
      it->x = l.x;
    }
  }
  return out;
}

TEST_F(ComposeTest, ALongTableRepeatsItsHeaderUnderTheContinuationLabel) {
  FlowBuilder flow("issue/tour.md");
  flow.table(long_table(40));
  const page::PagedDocument doc = compose(flow);
  ASSERT_GE(doc.pages.size(), 3u) << diags_.format_all();
  const auto lines = table_rows(body_lines(doc));
  // The caption once, numbered; the label on every page after the first.
  ASSERT_EQ(lines_starting(lines, "表1").size(), 1u);
  EXPECT_EQ(lines_starting(lines, "表1")[0].text, "表1　各地数值");
  const auto labels = lines_with(lines, "续表1");
  EXPECT_EQ(labels.size(), doc.pages.size() - 1);
  for (std::size_t p = 1; p < doc.pages.size(); ++p) {
    std::vector<PageLine> on_page;
    for (const auto& l : lines)
      if (l.page == static_cast<int>(p)) on_page.push_back(l);
    ASSERT_GE(on_page.size(), 3u);
    EXPECT_EQ(on_page[0].text, "续表1") << "page " << p + 1;
    EXPECT_EQ(on_page[1].text, "地区 | 数值") << "page " << p + 1;
  }
  // Every body row exactly once, in order.
  int expected = 1;
  for (const auto& l : lines) {
    if (l.text.rfind("地区", 0) != 0 || l.text.find("数值") != std::string::npos) continue;
    EXPECT_EQ(l.text, "地区" + std::to_string(expected) + " | " + std::to_string(expected) + ".5");
    ++expected;
  }
  EXPECT_EQ(expected, 41);
}

TEST_F(ComposeTest, ATableRowIsNeverSplitAcrossPages) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t = long_table(12);
  // Row 9 has a cell of four lines at the table's 240 pt measure.
  std::string tall;
  for (int i = 0; i < 70; ++i) tall += "长";
  t.rows[9].cells[0] = text_cell(tall);
  for (int i = 0; i < 3; ++i) flow.paragraph(han("文", 180), "body");
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  std::set<int> pages;
  int count = 0;
  for (const auto& l : lines)
    if (l.text.find("长长") != std::string::npos) {
      pages.insert(l.page);
      ++count;
    }
  EXPECT_GE(count, 2);
  EXPECT_EQ(pages.size(), 1u) << "the tall row was split";
}

TEST_F(ComposeTest, DecimalPointsLineUp) {
  FlowBuilder flow("issue/tour.md");
  TableSpec t;
  t.columns.resize(2);
  t.columns[1].align = TableColumn::Align::decimal;
  t.numbered = false;
  t.continuation_label.clear();
  t.rows = {text_row({"项目", "金额"}, true), text_row({"甲", "3.5"}), text_row({"乙", "103.25"}),
            text_row({"丙", "12"})};
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  // The x where each number's point stands (or would stand, after "12").
  std::vector<double> points;
  for (const auto& item : doc.pages[0].items) {
    const auto* run = std::get_if<page::GlyphRun>(&item);
    if (!run) continue;
    double x = run->origin.x.to_pt();
    std::string text;
    double point = -1;
    for (const auto& g : run->glyphs) {
      if (g.text == ".") point = x;
      text += g.text;
      x += g.advance.to_pt();
    }
    if (text == "12") point = x;
    if (text == "3.5" || text == "103.25" || text == "12") points.push_back(point);
  }
  ASSERT_EQ(points.size(), 3u);
  EXPECT_NEAR(points[0], points[1], 0.01);
  EXPECT_NEAR(points[1], points[2], 0.01);
}

TEST_F(ComposeTest, AWideTableSpansTheColumnsOfItsSet) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("甲", 44), "body");
  TableSpec t = long_table(3);
  t.span_columns = true;
  t.columns[0].width = TableColumn::Width::fraction;
  flow.table(t);
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  // The table's rules run across the type area (240 pt), not a column (110).
  double widest = 0;
  for (const auto& item : doc.pages[0].items)
    if (const auto* s = std::get_if<page::Stroke>(&item))
      widest = std::max(widest, (s->to.x - s->from.x).to_pt());
  EXPECT_NEAR(widest, 240, 0.01);
  // 甲 balanced in two columns above the table, 乙 below it.
  const auto jia = lines_with(lines, "甲");
  const auto yi = lines_with(lines, "乙");
  const auto caption = lines_starting(lines, "表1");
  ASSERT_FALSE(jia.empty());
  ASSERT_FALSE(yi.empty());
  ASSERT_EQ(caption.size(), 1u);
  for (const auto& l : jia) EXPECT_LT(l.y, caption[0].y);
  for (const auto& l : yi) EXPECT_GT(l.y, caption[0].y);
  EXPECT_EQ(column_of(jia.back()), 1);
}

// A table whose columns do not fit its column even at their least spans
// the type area without being asked to; a number is never broken inside
// (its least width is the whole number), and a table that fits stays in
// its column.
TEST_F(ComposeTest, ATableTooWideForItsColumnSpansTheColumnsAndKeepsNumbersWhole) {
  auto widest_rule = [](const page::PagedDocument& doc) {
    double widest = 0;
    for (const auto& item : doc.pages[0].items)
      if (const auto* s = std::get_if<page::Stroke>(&item))
        widest = std::max(widest, (s->to.x - s->from.x).to_pt());
    return widest;
  };
  auto in_columns = [](FlowBuilder& flow, const TableSpec& t) {
    ColumnSpec two;
    two.count = 2;
    flow.begin_columns(two);
    flow.paragraph(han("甲", 44), "body");
    flow.table(t);
    flow.paragraph(han("乙", 44), "body");
    flow.end_columns();
  };
  TableSpec wide;
  wide.columns.resize(5);
  wide.rule_top = wide.rule_bottom = Length::pt(1);
  wide.rows.push_back(text_row({"一", "二", "三", "四", "五"}, true));
  wide.rows.push_back(text_row({"1234.56", "2234.56", "3234.56", "4234.56", "5234.56"}));
  FlowBuilder flow("issue/tour.md");
  in_columns(flow, wide);
  const page::PagedDocument doc = compose(flow);
  EXPECT_NEAR(widest_rule(doc), 240, 0.01) << "across the type area, not the 110 pt column";
  const auto rows = table_rows(body_lines(doc));
  // Cells 6 pt apart read as one line: every number whole, the row on one line.
  EXPECT_EQ(lines_starting(rows, "1234.562234.563234.564234.565234.56").size(), 1u);
  const auto caption = lines_starting(body_lines(doc), "表1");
  ASSERT_EQ(caption.size(), 1u);
  for (const auto& l : lines_with(body_lines(doc), "乙")) EXPECT_GT(l.y, caption[0].y);
  EXPECT_EQ(diags_.format_all().find("runs past the column"), std::string::npos)
      << diags_.format_all();

  TableSpec narrow;
  narrow.columns.resize(2);
  narrow.rule_top = narrow.rule_bottom = Length::pt(1);
  narrow.rows.push_back(text_row({"项目", "数值"}, true));
  narrow.rows.push_back(text_row({"甲", "1.5"}));
  FlowBuilder narrow_flow("issue/tour.md");
  in_columns(narrow_flow, narrow);
  EXPECT_NEAR(widest_rule(compose(narrow_flow)), 110, 0.01) << "a table that fits keeps its column";
}

// A cell spanning two columns and per-column rules, stroke by stroke.
// Columns 40 | 60 | 80 pt from the type area's left (40 pt on page 1),
// rules after column 1 (0.5 pt) and column 2 (0.25 pt); rows in the 9/14
// table style with 2.25 pt padding: header 37–57 (1 pt top rule, 0.5 pt rule
// below), the spanning row 57–75.5, the last row 75.5–95 (1 pt bottom rule).
TEST_F(ComposeTest, ACellSpanningColumnsAndColumnRulesStandWhereTheColumnsSay) {
  sheet_.styles["table"] = make_style("table", "song", 9, 14);
  sheet_.styles["table_header"] = make_style("table_header", "hei", 9, 14);
  FlowBuilder flow("issue/tour.md");
  TableSpec t;
  t.columns.resize(3);
  const double widths[] = {40, 60, 80};
  for (std::size_t c = 0; c < 3; ++c) {
    t.columns[c].width = TableColumn::Width::fixed;
    t.columns[c].fixed = Length::pt(widths[c]);
  }
  t.columns[0].rule_after = Length::pt(0.5);
  t.columns[1].rule_after = Length::pt(0.25);
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.numbered = false;
  t.continuation_label.clear();
  t.rows.push_back(text_row({"甲", "乙", "丙"}, true));
  t.rows.back().rule_below = Length::pt(0.5);
  TableRow spanning;
  spanning.cells = {TableCell{words("合并单元格的内容"), 2}, text_cell("三")};
  t.rows.push_back(spanning);
  t.rows.push_back(text_row({"一", "二", "三"}));
  flow.table(t);
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u);
  struct Line {
    double x0, y0, x1, y1, width;
  };
  std::vector<Line> vertical, horizontal;
  for (const auto& item : doc.pages[0].items)
    if (const auto* s = std::get_if<page::Stroke>(&item)) {
      const Line l{s->from.x.to_pt(), s->from.y.to_pt(), s->to.x.to_pt(), s->to.y.to_pt(),
                   s->width.to_pt()};
      if (l.x0 == l.x1) vertical.push_back(l);
      if (l.y0 == l.y1 && l.y0 > kTop - 5) horizontal.push_back(l);
    }
  // Header and last row: both column rules, between the rules above and
  // below the row; the spanning row: only the rule after column 2, none
  // through the merged cell.
  const std::vector<Line> want_vertical = {{80, 38, 80, 56.5, 0.5},
                                           {140, 38, 140, 56.5, 0.25},
                                           {140, 57, 140, 75.5, 0.25},
                                           {80, 75.5, 80, 94, 0.5},
                                           {140, 75.5, 140, 94, 0.25}};
  ASSERT_EQ(vertical.size(), want_vertical.size());
  for (std::size_t k = 0; k < vertical.size(); ++k) {
    SCOPED_TRACE("vertical rule " + std::to_string(k));
    EXPECT_NEAR(vertical[k].x0, want_vertical[k].x0, 0.01);
    EXPECT_NEAR(vertical[k].y0, want_vertical[k].y0, 0.01);
    EXPECT_NEAR(vertical[k].y1, want_vertical[k].y1, 0.01);
    EXPECT_NEAR(vertical[k].width, want_vertical[k].width, 0.01);
  }
  // Top rule, header rule, bottom rule across the 180 pt of the columns.
  const std::vector<Line> want_horizontal = {
      {40, 37.5, 220, 37.5, 1}, {40, 56.75, 220, 56.75, 0.5}, {40, 94.5, 220, 94.5, 1}};
  ASSERT_EQ(horizontal.size(), want_horizontal.size());
  for (std::size_t k = 0; k < horizontal.size(); ++k) {
    SCOPED_TRACE("horizontal rule " + std::to_string(k));
    EXPECT_NEAR(horizontal[k].x0, want_horizontal[k].x0, 0.01);
    EXPECT_NEAR(horizontal[k].x1, want_horizontal[k].x1, 0.01);
    EXPECT_NEAR(horizontal[k].y0, want_horizontal[k].y0, 0.01);
    EXPECT_NEAR(horizontal[k].width, want_horizontal[k].width, 0.01);
  }
  // The merged cell's text is one line over both columns (8 characters,
  // 72 pt: wider than column 1), from column 1's padding; its neighbour
  // stands in column 3. Baselines 2.25 + 10.42 pt under the row's top.
  const auto runs = placed_runs(doc);
  const auto merged = std::find_if(runs.begin(), runs.end(),
                                   [](const PlacedRun& r) { return r.text == "合并单元格的内容"; });
  ASSERT_NE(merged, runs.end());
  EXPECT_NEAR(merged->x, 43, 0.01);
  EXPECT_NEAR(merged->y, 57 + 2.25 + 10.42, 0.01);
  EXPECT_NEAR(merged->width, 72, 0.01);
  int threes = 0;
  for (const PlacedRun& r : runs)
    if (r.text == "三") {
      EXPECT_NEAR(r.x, 143, 0.01);
      ++threes;
    }
  EXPECT_EQ(threes, 2);
}

TEST_F(ComposeTest, TableMisuseNamesThePluginSectionAndCall) {
  FlowBuilder flow("issue/tour.md");
  flow.attribute({"data_brief", "经济数据", {"weekly.toml", 30, 1}});
  TableSpec t;
  t.columns.resize(2);
  t.rows = {text_row({"甲", "乙", "丙"})};
  flow.table(t);
  ColumnSpec four;
  four.count = 4;
  flow.begin_columns(four);
  flow.attribute({});
  flow.end_columns();
  const auto& problems = flow.flow().problems;
  // The column set data_brief left open ends with its call, named for it;
  // the end_columns after it has nothing to end.
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].plugin, "data_brief");
  EXPECT_EQ(problems[0].section, "经济数据");
  EXPECT_EQ(problems[0].span.file, "weekly.toml");
  EXPECT_EQ(problems[0].span.line, 30);
  EXPECT_EQ(problems[0].message,
            "Composer::table: a row has cells for 3 columns but the table has 2; the extra "
            "cells are dropped");
  EXPECT_EQ(problems[1].plugin, "data_brief");
  EXPECT_THAT(problems[1].message, ::testing::StartsWith("Composer::begin_columns: a column set "
                                                         "has 4 columns"));
  EXPECT_EQ(problems[2].plugin, "data_brief");
  EXPECT_EQ(problems[2].message,
            "Composer::begin_columns: begin_columns has no matching end; it ends where the "
            "plugin's compose call returns");
  EXPECT_EQ(problems[3].plugin, "");
  EXPECT_THAT(problems[3].message, ::testing::StartsWith("Composer::end_columns: end_columns "
                                                         "without begin_columns"));
}

}  // namespace
}  // namespace paiban::testing
