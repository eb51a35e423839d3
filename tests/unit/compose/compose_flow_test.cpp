// Text flowing column to column and page to page, balancing where a column
// set ends, spanning blocks above columns, and the line grid.
#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

const char* const kMarks[] = {"甲", "乙", "丙", "丁", "戊", "己",
                              "庚", "辛", "壬", "癸", "子", "丑"};

ColumnSpec columns(int count, bool balance = true) {
  ColumnSpec spec;
  spec.count = count;
  spec.balance = balance;
  return spec;
}

// Lines per (page, column).
std::map<std::pair<int, int>, int> counts(const std::vector<PageLine>& lines) {
  std::map<std::pair<int, int>, int> out;
  for (const auto& l : lines) ++out[{l.page, ComposeTest::column_of(l)}];
  return out;
}

// Margins an editor typed in rounded mm can leave the type area a hair
// short of its line count: the last line must still fit.
TEST_F(ComposeTest, TypeAreaAHairShortOfTheGridKeepsItsLastLine) {
  for (auto& [name, m] : sheet_.masters)
    m.margin_bottom = Length::pt(kPageH - kTop - (kBodySize + 19 * kPitch - 0.01));
  FlowBuilder flow("issue/tour.md");
  for (int p = 0; p < 6; ++p) flow.paragraph(han("字", 88), "body");
  const page::PagedDocument doc = compose(flow);
  const auto n = counts(body_lines(doc));
  EXPECT_EQ(n.at({0, 0}), 20) << diags_.format_all();  // 10 + 19 × 16 pt: 20 lines
}

TEST_F(ComposeTest, TextFlowsColumnToColumnAndPageToPage) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(columns(2));
  std::string all;
  for (int p = 0; p < 12; ++p) {  // 12 paragraphs × 8 lines of 11 characters
    flow.paragraph(han(kMarks[p], 88), "body");
    for (int i = 0; i < 88; ++i) all += kMarks[p];
  }
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 3u) << diags_.format_all();
  const auto lines = body_lines(doc);
  const auto n = counts(lines);
  EXPECT_EQ(n.at({0, 0}), 20);
  EXPECT_EQ(n.at({0, 1}), 20);
  EXPECT_EQ(n.at({1, 0}), 20);
  EXPECT_EQ(n.at({1, 1}), 20);
  // The set ends on page 3 with 16 lines: balanced, 8 and 8.
  EXPECT_EQ(n.at({2, 0}), 8);
  EXPECT_EQ(n.at({2, 1}), 8);
  // Reading order is the text's order, nothing lost or doubled.
  std::string read;
  for (const auto& l : lines) read += l.text;
  EXPECT_EQ(read, all);
  // Lines of column 2 on page 2 (a left-hand page: outer margin on the left).
  for (const auto& l : lines) {
    EXPECT_NEAR(l.x, column_x(l.page, column_of(l)), 0.01) << l.text;
    EXPECT_EQ(l.text.size(), 11u * 3) << "11 characters a line";
  }
  EXPECT_NEAR(lines.front().y, kGridTop + kBaselineOffset, 0.01);
  EXPECT_NEAR(lines[19].y, kGridTop + kBaselineOffset + 19 * kPitch, 0.01);
  EXPECT_FALSE(diags_.has_errors()) << diags_.format_all();
}

TEST_F(ComposeTest, BalancesTwoColumnsWhereTheSetEnds) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(columns(2));
  flow.paragraph(han("甲", 77), "body");  // 7 lines
  flow.end_columns();
  flow.paragraph(han("乙", 24), "body");  // 1 spanning line
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 8u);
  // Left column one line longer: 4 and 3.
  std::vector<int> left, right;
  for (const auto& l : lines)
    if (l.text.rfind("甲", 0) == 0) (column_of(l) == 0 ? left : right).push_back(grid_line(l.y));
  EXPECT_EQ(left, (std::vector<int>{0, 1, 2, 3}));
  EXPECT_EQ(right, (std::vector<int>{0, 1, 2}));
  // The spanning paragraph starts under the longer column.
  const auto after = std::find_if(lines.begin(), lines.end(),
                                  [](const PageLine& l) { return l.text.rfind("乙", 0) == 0; });
  ASSERT_NE(after, lines.end());
  EXPECT_EQ(grid_line(after->y), 4);
  EXPECT_NEAR(after->x, kInner, 0.01);
  EXPECT_EQ(after->text.size(), 24u * 3);
}

TEST_F(ComposeTest, BalancesThreeColumnsLeftLongestByOneLine) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(columns(3));
  flow.paragraph(han("甲", 42), "body");  // 6 characters a line → 7 lines
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 7u);
  std::map<double, int> per_column;
  for (const auto& l : lines) ++per_column[std::round(l.x)];
  ASSERT_EQ(per_column.size(), 3u);
  std::vector<int> n;
  for (const auto& [x, count] : per_column) n.push_back(count);
  EXPECT_EQ(n, (std::vector<int>{3, 2, 2}));
}

TEST_F(ComposeTest, HeadingSpansTheColumnsBelowIt) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(words("专题报道"), "h1", 1);
  flow.begin_columns(columns(2));
  flow.paragraph(han("甲", 44), "body");  // 4 lines → 2 and 2
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 5u);
  const PageLine& heading = lines[0];
  EXPECT_EQ(heading.text, "专题报道");
  EXPECT_NEAR(heading.size, 16, 0.01);
  EXPECT_NEAR(heading.x, kInner, 0.01);
  // h1 24 pt line in whole 16 pt grid lines: 2 lines, text centred in them.
  EXPECT_NEAR(heading.y, kGridTop + 4 + 4 + 16 * 0.88, 0.01);
  // Two lines in each column, side by side from the grid line under it.
  for (int k = 0; k < 4; ++k) {
    const PageLine& l = lines[1 + k];
    EXPECT_EQ(column_of(l), k / 2);
    EXPECT_NEAR(l.x, column_x(0, k / 2), 0.01);
    EXPECT_EQ(grid_line(l.y), 2 + k % 2);
    EXPECT_NEAR(l.size, kBodySize, 0.01);
  }
}

TEST_F(ComposeTest, BaselinesOfBothColumnsShareTheGrid) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(columns(2, false));
  for (int round = 0; round < 3; ++round) {
    flow.paragraph(han(kMarks[round], 33), "body");      // 3 body lines
    flow.paragraph(han("小", 36), "small");              // 9 pt on 13 pt: off the grid
    flow.heading(words("小标题"), "h2", 0);              // 12 pt on 16 pt
    flow.paragraph(han(kMarks[round + 3], 55), "body");  // 5 body lines
    flow.space(Length::pt(7));                           // rounds up to a grid line
  }
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  std::set<int> left, right;
  int body = 0;
  for (const auto& l : body_lines(doc)) {
    if (l.page != 0 || std::abs(l.size - kBodySize) > 0.01) continue;
    ++body;
    const double offset = l.y - kGridTop - kBaselineOffset;
    EXPECT_NEAR(offset / kPitch, std::round(offset / kPitch), 1e-6) << l.text << " at " << l.y;
    (column_of(l) == 0 ? left : right).insert(grid_line(l.y));
  }
  EXPECT_EQ(body, 24);
  ASSERT_FALSE(right.empty());
  // Text in both columns: each body line of the right column has a grid
  // line the left column uses too or leaves for an off-grid block.
  std::vector<int> shared;
  std::set_intersection(left.begin(), left.end(), right.begin(), right.end(),
                        std::back_inserter(shared));
  EXPECT_GE(shared.size(), 4u);
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

// A full-width heading after a column set, mid-page, keeps its space
// before: only a real column top drops leading space.
TEST_F(ComposeTest, SpaceBeforeIsKeptWhenAFullWidthPartStartsMidPage) {
  sheet_.styles["h1"].space_before = Length::pt(kPitch);  // one grid line
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(columns(2));
  flow.paragraph(han("甲", 44), "body");  // 4 lines of 11: 2 + 2 when balanced
  flow.end_columns();
  InlineRun title;
  title.text = "标题";
  flow.heading({title}, "h1", 1);
  flow.paragraph(han("乙", 22), "body");
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 1u) << diags_.format_all();
  double last_column_line = 0, heading = 0;
  for (const auto& l : body_lines(doc)) {
    if (l.text.find("甲") != std::string::npos) last_column_line = std::max(last_column_line, l.y);
    if (l.text == "标题") heading = l.y;
  }
  ASSERT_GT(heading, 0);
  // The heading's baseline lies at least its line plus the space below the
  // columns' last baseline: one grid line of space, then the 24 pt heading.
  EXPECT_GE(heading - last_column_line, kPitch + 24 - 0.01)
      << "columns end at " << last_column_line << ", heading at " << heading;
}

}  // namespace
}  // namespace paiban::testing
