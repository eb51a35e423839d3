// The total-fit breaker on hand-built items.
#include <gtest/gtest.h>

#include "layout/paragraph/linebreak.h"

namespace paiban::layout {
namespace {

std::vector<ParagraphItem> boxes_with_glue(int n, Length box, Length stretch) {
  std::vector<ParagraphItem> items;
  for (int i = 0; i < n; ++i) {
    ParagraphItem b;
    b.width = box;
    b.counts_as_char = true;
    items.push_back(b);
    if (i + 1 < n) {
      ParagraphItem p;
      p.type = ParagraphItem::Type::penalty;
      items.push_back(p);
      ParagraphItem g;
      g.type = ParagraphItem::Type::glue;
      g.kind = GlueKind::inter_cjk;
      g.stretch = stretch;
      g.stretch_limit = stretch.scaled(1.25);  // as ⅛ em to a comfortable 1/10 em
      items.push_back(g);
    }
  }
  ParagraphItem fill;
  fill.type = ParagraphItem::Type::glue;
  fill.stretch = Length::pt(100000);
  items.push_back(fill);
  ParagraphItem end;
  end.type = ParagraphItem::Type::penalty;
  end.penalty = kForcedBreak;
  items.push_back(end);
  return items;
}

TEST(Linebreak, FillsExactLinesWithoutStretch) {
  auto items = boxes_with_glue(30, Length::pt(10), Length::pt(1));
  LinebreakSettings s;
  s.first_width = s.width = Length::pt(100);
  Breaks b = break_lines(items, s);
  ASSERT_EQ(b.positions.size(), 3u);
  EXPECT_EQ(b.pass, 1);
  // Breaks after the 10th and 20th box: items 3k+1 are penalties.
  EXPECT_EQ(b.positions[0], 10u * 3 - 2);
  EXPECT_EQ(b.positions[1], 20u * 3 - 2);
}

TEST(Linebreak, AvoidsRuntOnLastLine) {
  // 21 boxes at 10 per line would leave one box alone.
  auto items = boxes_with_glue(21, Length::pt(10), Length::pt(1));
  LinebreakSettings s;
  s.first_width = s.width = Length::pt(100);
  Breaks b = break_lines(items, s);
  ASSERT_EQ(b.positions.size(), 3u);
  std::size_t last_start = line_start_after(items, b.positions[1]);
  int chars = 0;
  for (std::size_t i = last_start; i < items.size(); ++i) chars += items[i].counts_as_char;
  EXPECT_GE(chars, 2);
}

TEST(Linebreak, ForbiddenBreaksAreNeverTaken) {
  auto items = boxes_with_glue(25, Length::pt(10), Length::pt(1));
  // Forbid the break after box 10 (item 28).
  items[28].penalty = kInfPenalty;
  LinebreakSettings s;
  s.first_width = s.width = Length::pt(100);
  Breaks b = break_lines(items, s);
  for (auto p : b.positions) EXPECT_NE(p, 28u);
}

}  // namespace
}  // namespace paiban::layout
