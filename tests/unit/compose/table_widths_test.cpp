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

TEST(TableWidths, TooWideForTheMostLongColumnsShareEqually) {
  // most 150 + 300 > 200; least 20 + 60: the water level is 100, under
  // both columns' most, so they share the 200 equally.
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::automatic)},
                                       {need(20, 150), need(60, 300)}, Length::pt(200));
  EXPECT_FALSE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(100));
  EXPECT_EQ(r.widths[1], Length::pt(100));
}

TEST(TableWidths, AShortColumnBesideALongOneKeepsItsMost) {
  // A 3-character label (least one character, 16 pt with padding; most
  // 36) beside 200 characters of text: the label stays on one line and the
  // text takes the rest. (Sharing by most - least gave the label 19 pt.)
  const auto r = resolve_column_widths({col(Width::automatic), col(Width::automatic)},
                                       {need(16, 36), need(16, 2006)}, Length::pt(240));
  EXPECT_FALSE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(36));
  EXPECT_EQ(r.widths[1], Length::pt(204));
}

TEST(TableWidths, AColumnWhoseLeastIsAboveTheLevelKeepsItsLeast) {
  // A whole number of 120 pt beside two long columns: the number keeps
  // its 120, a short label its 30, the two long columns share 150 - 30.
  const auto r = resolve_column_widths(
      {col(Width::automatic), col(Width::automatic), col(Width::automatic), col(Width::automatic)},
      {need(120, 120), need(16, 30), need(16, 900), need(16, 400)}, Length::pt(270));
  EXPECT_FALSE(r.overflow);
  EXPECT_EQ(r.widths[0], Length::pt(120));
  EXPECT_EQ(r.widths[1], Length::pt(30));
  EXPECT_EQ(r.widths[2], Length::pt(60));
  EXPECT_EQ(r.widths[3], Length::pt(60));
}

TEST(TableWidths, ManyShortColumnsThatCannotAllBeWholeShareEqually) {
  // Eight 4-character heads (most 46) in 240: none can be whole beside the
  // others, so each gets 30 and breaks, rather than some starving.
  std::vector<TableColumn> columns(8, col(Width::automatic));
  std::vector<ColumnNeed> needs(8, need(16, 46));
  needs[3] = need(16, 40);
  const auto r = resolve_column_widths(columns, needs, Length::pt(240));
  EXPECT_FALSE(r.overflow);
  for (std::size_t i = 0; i < 8; ++i) EXPECT_EQ(r.widths[i], Length::pt(30)) << i;
  EXPECT_EQ(sum(r.widths), Length::pt(240));
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
