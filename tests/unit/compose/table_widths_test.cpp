// Column width resolution and decimal alignment (layout/compose/table_widths.h).
#include <gtest/gtest.h>

#include "layout/compose/table_widths.h"

namespace paiban::layout {
namespace {

using Width = TableColumn::Width;

TableColumn col(Width w, double fixed_pt = 0, double fraction = 1) {
  TableColumn c;
  c.width = w;
  c.fixed = Length::pt(fixed_pt);
  c.fraction = fraction;
  return c;
}

ColumnNeed need(double min_pt, double max_pt) {
  return {Length::pt(min_pt), Length::pt(max_pt)};
}

Length sum(const std::vector<Length>& v) {
  Length s;
  for (Length x : v) s += x;
  return s;
}

TEST(TableWidths, AutomaticColumnsThatFitShareTheRestByTheirMost) {
  // 40 + 60 = 100 of 200: each doubles.
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::automatic)},
                                       {need(10, 40), need(20, 60)}, Length::pt(200));
  EXPECT_FALSE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(80));
  EXPECT_EQ(r.widths[1], Length::pt(120));
}

TEST(TableWidths, TooWideForTheMostGivesTheLeastPlusSlackShares) {
  // most 100 + 300 > 200; least 20 + 60 = 80, 120 left shared 80 : 240.
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::automatic)},
                                       {need(20, 100), need(60, 300)}, Length::pt(200));
  EXPECT_FALSE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(50));
  EXPECT_EQ(r.widths[1], Length::pt(150));
  EXPECT_EQ(sum(r.widths), Length::pt(200));
}

TEST(TableWidths, FixedFirstThenFractionsShareWhatIsLeft) {
  const auto r = resolve_column_widths(
      {col(Width::fixed, 50), col(Width::fraction, 0, 1), col(Width::fraction, 0, 3)},
      {need(0, 0), need(10, 20), need(10, 20)}, Length::pt(250));
  EXPECT_EQ(r.widths[0], Length::pt(50));
  EXPECT_EQ(r.widths[1], Length::pt(50));
  EXPECT_EQ(r.widths[2], Length::pt(150));
}

TEST(TableWidths, AFractionNeverGoesBelowItsLeast) {
  // 1 : 9 of 100 would give the first 10, but it needs 30.
  const auto r = resolve_column_widths({col(Width::fraction, 0, 1), col(Width::fraction, 0, 9)},
                                       {need(30, 30), need(10, 10)}, Length::pt(100));
  EXPECT_EQ(r.widths[0], Length::pt(30));
  EXPECT_EQ(r.widths[1], Length::pt(70));
}

TEST(TableWidths, AutomaticBesideFractionTakesItsMost) {
  // A date column (auto, most 42) beside a text column (fraction): the
  // dates get what they need, not half the measure.
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::fraction)},
                                       {need(21, 42), need(21, 400)}, Length::pt(240));
  EXPECT_EQ(r.widths[0], Length::pt(42));
  EXPECT_EQ(r.widths[1], Length::pt(198));
}

TEST(TableWidths, LeastWidthsThatDoNotFitOverflow) {
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::automatic)},
                                       {need(80, 90), need(80, 90)}, Length::pt(100));
  EXPECT_TRUE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(80));
}

TEST(TableWidths, RoundingLeavesNoScaledPointOver) {
  const auto r =
      resolve_column_widths({col(Width::automatic), col(Width::automatic), col(Width::automatic)},
                            {need(1, 7), need(1, 7), need(1, 7)}, Length::from_sp(1000003));
  EXPECT_EQ(sum(r.widths), Length::from_sp(1000003));
}

TEST(DecimalAlignment, PointsLineUpAndTheWidestEndsAtTheRight) {
  // 3.5, 103.25, 12: before 10/30/20, after 10/15/0 → the points at 30.
  const auto x = decimal_offsets({{Length::pt(10), Length::pt(10)},
                                  {Length::pt(30), Length::pt(15)},
                                  {Length::pt(20), Length::zero()}},
                                 Length::pt(100));
  ASSERT_EQ(x.size(), 3u);
  // The block is 30 + 15 = 45 wide, right-aligned: it starts at 55.
  EXPECT_EQ(x[1], Length::pt(55));
  EXPECT_EQ(x[0] + Length::pt(10), Length::pt(85));
  EXPECT_EQ(x[1] + Length::pt(30), Length::pt(85));
  EXPECT_EQ(x[2] + Length::pt(20), Length::pt(85));
}

}  // namespace
}  // namespace paiban::layout
