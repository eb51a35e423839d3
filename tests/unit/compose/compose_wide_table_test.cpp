// A heading right before a table that stands across the columns of its
// set goes across with it (docs/typography.md R9): it is set over the
// table, under the balanced columns before them, never left in a column.
#include <gmock/gmock.h>

#include <set>

#include "compose_fixture.h"

namespace paiban::testing {
namespace {

TableSpec wide_table(int body) {
  TableSpec t;
  t.columns.resize(2);
  t.rule_top = t.rule_bottom = Length::pt(1);
  t.caption = words("各地数值");
  t.span_columns = true;
  TableRow header;
  header.header = true;
  header.cells = {TableCell{words("地区"), 1}, TableCell{words("数值"), 1}};
  t.rows.push_back(header);
  for (int i = 1; i <= body; ++i)
    t.rows.push_back(TableRow{
        {TableCell{words("地区" + std::to_string(i)), 1}, TableCell{words(std::to_string(i)), 1}},
        false,
        {}});
  return t;
}

const PageLine* line_starting(const std::vector<PageLine>& lines, const std::string& text) {
  for (const auto& l : lines)
    if (l.text.rfind(text, 0) == 0) return &l;
  return nullptr;
}

// 甲 in two columns, a heading, a table across the columns, 乙 after.
page::PagedDocument compose_with_heading(ComposeTest& test, int jia) {
  FlowBuilder flow("issue/tour.md");
  ColumnSpec two;
  two.count = 2;
  flow.begin_columns(two);
  flow.paragraph(han("甲", jia), "body");
  flow.heading(words("宽表之前的标题"), "h2", 3);
  flow.table(wide_table(3));
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  return test.compose(flow);
}

TEST_F(ComposeTest, AHeadingBeforeATableAcrossTheColumnsGoesAcrossWithIt) {
  const page::PagedDocument doc = compose_with_heading(*this, 88);
  const auto lines = body_lines(doc);
  const PageLine* heading = line_starting(lines, "宽表之前的标题");
  const PageLine* caption = line_starting(lines, "表1");
  ASSERT_NE(heading, nullptr);
  ASSERT_NE(caption, nullptr);
  // At the type area's left edge, under every line of the columns above,
  // right over the caption on the same page.
  EXPECT_EQ(heading->page, caption->page);
  EXPECT_NEAR(heading->x, column_x(heading->page, 0), 0.01);
  int jia_lines = 0;
  for (const auto& l : lines)
    if (l.text.find("甲") != std::string::npos) {
      EXPECT_LT(l.y, heading->y) << "a line of the columns under the heading";
      ++jia_lines;
    }
  EXPECT_EQ(jia_lines, 8) << "88 characters, 11 a column line";
  EXPECT_GT(caption->y, heading->y);
  EXPECT_LT(caption->y - heading->y, 3 * kPitch) << "only the heading's own space between";
  // The columns above end balanced: 4 lines in each.
  std::set<double> left, right;
  for (const auto& l : lines)
    if (l.text.find("甲") != std::string::npos) (column_of(l) == 0 ? left : right).insert(l.y);
  EXPECT_EQ(left.size(), 4u);
  EXPECT_EQ(right.size(), 4u);
}

TEST_F(ComposeTest, AHeadingBeforeATableAcrossTheColumnsMovesToTheNextPageWithIt) {
  // 17 lines in each column leave 3 grid lines: room for the heading, not
  // for the caption, the header and two rows with it.
  const page::PagedDocument doc = compose_with_heading(*this, 11 * 34);
  const auto lines = body_lines(doc);
  const PageLine* heading = line_starting(lines, "宽表之前的标题");
  const PageLine* caption = line_starting(lines, "表1");
  const PageLine* first_row = line_starting(lines, "地区1");
  ASSERT_NE(heading, nullptr);
  ASSERT_NE(caption, nullptr);
  ASSERT_NE(first_row, nullptr);
  EXPECT_EQ(heading->page, 1);
  EXPECT_EQ(caption->page, 1);
  EXPECT_EQ(first_row->page, 1);
  EXPECT_EQ(grid_line(heading->y), 0) << "the heading opens the page";
}

}  // namespace
}  // namespace paiban::testing
