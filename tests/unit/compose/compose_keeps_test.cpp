// Keeps and breaks: headings never end a column, no single line of a
// paragraph at a column foot or top, explicit column and page breaks.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

ColumnSpec unbalanced(int count) {
  ColumnSpec spec;
  spec.count = count;
  spec.balance = false;
  return spec;
}

// Lines of one column of page 0, as their texts.
std::vector<std::string> column_texts(const std::vector<PageLine>& lines, int page, int column) {
  std::vector<std::string> out;
  for (const auto& l : lines)
    if (l.page == page && ComposeTest::column_of(l) == column) out.push_back(l.text);
  return out;
}

int count_starting(const std::vector<std::string>& texts, const std::string& mark) {
  int n = 0;
  for (const auto& t : texts) n += t.rfind(mark, 0) == 0;
  return n;
}

TEST_F(ComposeTest, HeadingAtAColumnFootMovesToTheNextColumn) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 19), "body");  // 19 lines: one grid line left
  flow.heading(words("小标题"), "h2", 0);
  flow.paragraph(han("乙", 44), "body");
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  const auto left = column_texts(lines, 0, 0);
  const auto right = column_texts(lines, 0, 1);
  ASSERT_EQ(left.size(), 19u);
  EXPECT_EQ(count_starting(left, "甲"), 19);
  ASSERT_EQ(right.size(), 5u);
  EXPECT_EQ(right[0], "小标题");
  EXPECT_EQ(count_starting(right, "乙"), 4);
  // The heading heads the column: on its first grid line.
  for (const auto& l : lines) {
    if (l.text == "小标题") {
      EXPECT_EQ(grid_line(l.y), 0);
    }
  }
}

TEST_F(ComposeTest, OrphanLineGoesWithItsParagraphToTheNextColumn) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 19), "body");
  flow.paragraph(han("乙", 11 * 5), "body");  // only its first line would fit
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  const auto left = column_texts(lines, 0, 0);
  const auto right = column_texts(lines, 0, 1);
  EXPECT_EQ(left.size(), 19u);
  EXPECT_EQ(count_starting(left, "乙"), 0);
  EXPECT_EQ(count_starting(right, "乙"), 5);
}

TEST_F(ComposeTest, WidowLineBringsAnotherLineWithIt) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 11 * 16), "body");
  flow.paragraph(han("乙", 11 * 5), "body");  // 4 would fit, leaving 1 alone
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  const auto left = column_texts(lines, 0, 0);
  const auto right = column_texts(lines, 0, 1);
  EXPECT_EQ(count_starting(left, "乙"), 3);
  EXPECT_EQ(count_starting(right, "乙"), 2);
  EXPECT_EQ(left.size(), 19u) << "the column ends a line short rather than strand a line";
}

TEST_F(ComposeTest, NoColumnStartsOrEndsWithASingleLineOfAParagraph) {
  // Paragraphs of 2 to 7 lines in every order the cycle gives, over pages.
  const char* marks[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚"};
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  std::vector<int> length_of;  // lines, by paragraph
  for (int p = 0; p < 40; ++p) {
    const int n = 2 + (p * 5) % 6;
    length_of.push_back(n);
    flow.paragraph(han(marks[p % 7], 11 * n), "body");
  }
  flow.end_columns();
  const auto lines = body_lines(compose(flow));
  // Give every line its paragraph number, in reading order.
  std::vector<int> para;
  int p = 0, used = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    para.push_back(p);
    if (++used == length_of[p]) ++p, used = 0;
  }
  ASSERT_EQ(p, 40) << "every paragraph placed whole";
  // Split lines into columns and check both ends of each.
  int columns = 0;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i;
    while (j < lines.size() && lines[j].page == lines[i].page &&
           column_of(lines[j]) == column_of(lines[i]))
      ++j;
    int head = 0, tail = 0;
    for (std::size_t k = i; k < j && para[k] == para[i]; ++k) ++head;
    for (std::size_t k = j; k > i && para[k - 1] == para[j - 1]; --k) ++tail;
    EXPECT_GE(head, 2) << "widow at the top of column " << columns;
    EXPECT_GE(tail, 2) << "orphan at the foot of column " << columns;
    ++columns;
    i = j;
  }
  EXPECT_GE(columns, 4);
}

TEST_F(ComposeTest, ColumnBreakAndPageBreakStartNewColumnAndPage) {
  FlowBuilder flow("issue/tour.md");
  flow.begin_columns(unbalanced(2));
  flow.paragraph(han("甲", 22), "body");
  flow.column_break();
  flow.paragraph(han("乙", 22), "body");
  flow.page_break({});
  flow.paragraph(han("丙", 22), "body");
  flow.end_columns();
  const page::PagedDocument doc = compose(flow);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto lines = body_lines(doc);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(column_of(lines[2]), 1);
  EXPECT_EQ(lines[2].page, 0);
  EXPECT_EQ(grid_line(lines[2].y), 0);
  EXPECT_EQ(lines[4].page, 1);
  EXPECT_EQ(grid_line(lines[4].y), 0);
  EXPECT_EQ(lines[4].text.rfind("丙", 0), 0u);
}

}  // namespace
}  // namespace paiban::testing
