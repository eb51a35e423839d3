// Balancing a column set's end where it is hard: a tail carried to a new
// page, and a set too short to balance under the widow rule.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

ColumnSpec two_columns() {
  ColumnSpec spec;
  spec.count = 2;
  return spec;
}

// Lines per (page, column) of the paragraph whose text starts with `mark`.
std::map<std::pair<int, int>, int> lines_of(const std::vector<PageLine>& lines,
                                            const std::string& mark) {
  std::map<std::pair<int, int>, int> out;
  for (const auto& l : lines)
    if (l.text.rfind(mark, 0) == 0) ++out[{l.page, ComposeTest::column_of(l)}];
  return out;
}

std::map<std::pair<int, int>, int> all_lines(const std::vector<PageLine>& lines) {
  std::map<std::pair<int, int>, int> out;
  for (const auto& l : lines) ++out[{l.page, ComposeTest::column_of(l)}];
  return out;
}

// 40 lines fill page 1's two columns; a three-line paragraph is left over.
// It cannot split two and one (widows = orphans = 2), so without help it
// would stand alone in the left column of page 2 with the right one empty.
TEST_F(ComposeTest, ATailCarriedToANewPageIsBalanced) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  const char* marks[] = {"甲", "乙", "丙", "丁", "戊"};
  for (const char* m : marks) flow.paragraph(han(m, 88), "body");  // 8 lines each
  flow.paragraph(han("己", 33), "body");                           // 3 lines
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u) << diags_.format_all();
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 43u);
  const auto n = all_lines(lines);
  EXPECT_EQ(n.at({0, 0}), 20);
  // Page 1's last column ends early: 戊 cannot leave one line (widows), so
  // two of its lines go over and join 己's three, balanced two and three.
  EXPECT_EQ(n.at({0, 1}), 18);
  EXPECT_EQ(n.at({1, 0}), 2);
  EXPECT_EQ(n.at({1, 1}), 3);
  EXPECT_EQ(lines_of(lines, "己").at({1, 1}), 3);
  EXPECT_EQ(lines_of(lines, "戊").at({1, 0}), 2);
  // Both tail columns start on the page's first grid line.
  for (const auto& l : lines)
    if (l.page == 1 && (l.text.rfind("己", 0) == 0 || l.text.rfind("戊", 0) == 0)) {
      EXPECT_GE(grid_line(l.y), 0);
      EXPECT_LE(grid_line(l.y), 2);
    }
}

// A set that fills its pages exactly needs no help: nothing moves.
TEST_F(ComposeTest, ATailThatBalancesAsItIsStaysPut) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(two_columns());
  for (int i = 0; i < 5; ++i) flow.paragraph(han("甲", 88), "body");
  flow.paragraph(han("乙", 44), "body");  // 4 lines: two and two
  flow.end_columns();
  const auto n = all_lines(body_lines(compose(flow)));
  EXPECT_EQ(n.at({0, 0}), 20);
  EXPECT_EQ(n.at({0, 1}), 20);
  EXPECT_EQ(n.at({1, 0}), 2);
  EXPECT_EQ(n.at({1, 1}), 2);
}

// A spanning heading over a three-line set: two and one, not three and
// nothing (the widow rule gives way rather than leave a column empty).
TEST_F(ComposeTest, AShortSetUnderASpanningHeadingFillsBothColumns) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(han("题", 5), "h1", 1);
  flow.begin_columns(two_columns());
  flow.paragraph(han("甲", 33), "body");
  flow.end_columns();
  flow.paragraph(han("乙", 24), "body");
  const auto lines = body_lines(compose(flow));
  const auto n = lines_of(lines, "甲");
  EXPECT_EQ(n.at({0, 0}), 2);
  EXPECT_EQ(n.at({0, 1}), 1);
  int left_top = 99, right_top = 99;
  for (const auto& l : lines)
    if (l.text.rfind("甲", 0) == 0)
      (column_of(l) == 0 ? left_top : right_top) =
          std::min(column_of(l) == 0 ? left_top : right_top, grid_line(l.y));
  EXPECT_EQ(left_top, right_top);  // both columns start under the heading
  const auto after = std::find_if(lines.begin(), lines.end(),
                                  [](const PageLine& l) { return l.text.rfind("乙", 0) == 0; });
  ASSERT_NE(after, lines.end());
  EXPECT_EQ(grid_line(after->y), left_top + 2);  // under the longer column
}

}  // namespace
}  // namespace paiban::testing
