// The total-fit breaker on hand-built items.
#include <gtest/gtest.h>

#include <random>

#include "layout/paragraph/linebreak.h"

namespace paiban::layout {
namespace {

// A paragraph's end, as the setter makes it: a fill and a forced break.
void end_paragraph(std::vector<ParagraphItem>& items) {
  ParagraphItem fill;
  fill.type = ParagraphItem::Type::glue;
  fill.stretch = Length::pt(100000);
  items.push_back(fill);
  ParagraphItem end;
  end.type = ParagraphItem::Type::penalty;
  end.penalty = kForcedBreak;
  items.push_back(end);
}

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
  end_paragraph(items);
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

// A random paragraph of Han-sized boxes, Latin-word boxes, inter-character
// glue that stretches, punctuation blanks that shrink, word spaces, and
// penalties of every kind (free, costly, forbidden, last resort, rescue,
// hanging), ended by a fill and a forced break.
std::vector<ParagraphItem> random_paragraph(std::mt19937& rng) {
  auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::vector<ParagraphItem> items;
  const int boxes = pick(1, 160);
  for (int i = 0; i < boxes; ++i) {
    ParagraphItem b;
    b.width = Length::pt(pick(0, 9) == 0 ? pick(15, 60) : 10);
    b.counts_as_char = pick(0, 5) != 0;
    items.push_back(b);
    if (i + 1 == boxes) break;
    ParagraphItem p;
    p.type = ParagraphItem::Type::penalty;
    const int kind = pick(0, 19);
    p.penalty = kind < 12 ? 0 : kind < 15 ? pick(1, 500) : kind < 17 ? kInfPenalty : 0;
    p.last_resort = kind == 17 || kind == 18;
    p.rescue = kind == 18;
    if (kind == 19) {
      p.hangs = true;
      p.width = Length::pt(-pick(1, 5));
    }
    items.push_back(p);
    ParagraphItem g;
    g.type = ParagraphItem::Type::glue;
    const int glue = pick(0, 3);
    g.kind = glue == 0   ? GlueKind::inter_cjk
             : glue == 1 ? GlueKind::punct_blank
             : glue == 2 ? GlueKind::word_space
                         : GlueKind::fixed;
    g.width = glue == 0 ? Length::zero() : Length::pt(pick(0, 5));
    g.stretch = glue == 1 || glue == 3 ? Length::zero() : Length::pt(pick(0, 3));
    g.shrink = glue == 1 || glue == 2 ? Length::pt(pick(0, 4)) : Length::zero();
    g.stretch_limit = g.stretch.scaled(1.25);
    items.push_back(g);
  }
  end_paragraph(items);
  return items;
}

// break_lines stops looking at the active nodes once one is too loose when
// their ratios are known to grow with the line's start (no negative widths
// or stretch); a box and a glue of -1 pt at the start change no line but
// rule that out, so the two must choose the same breaks in the same pass.
TEST(Linebreak, StoppingAtTheFirstTooLooseNodeChoosesTheSameBreaks) {
  std::mt19937 rng(15);
  int multi_line = 0, later_pass = 0;
  for (int round = 0; round < 600; ++round) {
    const std::vector<ParagraphItem> items = random_paragraph(rng);
    std::vector<ParagraphItem> unsorted(2);
    unsorted[0].width = Length::pt(1);
    unsorted[1].type = ParagraphItem::Type::glue;
    unsorted[1].width = Length::pt(-1);
    unsorted.insert(unsorted.end(), items.begin(), items.end());
    LinebreakSettings s;
    s.first_width = s.width = Length::pt(std::uniform_int_distribution<int>(25, 300)(rng));
    if (round % 3 == 0) s.ragged_stretch = Length::pt(30);
    const Breaks fast = break_lines(items, s);
    const Breaks full = break_lines(unsorted, s);
    ASSERT_EQ(fast.pass, full.pass) << "round " << round;
    ASSERT_EQ(fast.positions.size(), full.positions.size()) << "round " << round;
    for (std::size_t k = 0; k < fast.positions.size(); ++k)
      ASSERT_EQ(fast.positions[k] + 2, full.positions[k]) << "round " << round << " break " << k;
    multi_line += fast.positions.size() > 3 ? 1 : 0;
    later_pass += fast.pass > 1 ? 1 : 0;
  }
  // The rounds cover long paragraphs and the relaxed and emergency passes.
  EXPECT_GT(multi_line, 200);
  EXPECT_GT(later_pass, 10);
}

}  // namespace
}  // namespace paiban::layout
