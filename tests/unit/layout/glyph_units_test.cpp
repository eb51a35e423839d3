// glyph_units: a glyph's font units at a type size, rounded to the nearest
// sp, through a 64-bit division where the values allow; it must round
// exactly as font_units (paiban/length.h), whose 128-bit division keeps huge
// sizes exact.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "layout/paragraph/items.h"
#include "paiban/length.h"

namespace paiban::layout {
namespace {

TEST(GlyphUnits, RoundsToTheNearestSp) {
  // 500 units of 1000 at 10 pt: 5 pt.
  EXPECT_EQ(glyph_units(500, 1000, Length::pt(10)), Length::pt(5));
  // 1 unit of 2048 at 1 sp rounds to 0, 1024 units to 1 (halves away from 0).
  EXPECT_EQ(glyph_units(1, 2048, Length::from_sp(1)).sp, 0);
  EXPECT_EQ(glyph_units(1024, 2048, Length::from_sp(1)).sp, 1);
  EXPECT_EQ(glyph_units(-1024, 2048, Length::from_sp(1)).sp, -1);
  EXPECT_EQ(glyph_units(-1023, 2048, Length::from_sp(1)).sp, 0);
  // Huge: 10,000 units of 1000 at 100,000 pt, beyond the 64-bit path.
  EXPECT_EQ(glyph_units(10000, 1000, Length::pt(100000)), Length::pt(1000000));
}

TEST(GlyphUnits, AgreesWithFontUnits) {
  const int32_t units[] = {0, 1, -1, 32767, -32768, INT32_MAX, INT32_MIN, 1000, -999};
  const int64_t sizes[] = {0,
                           1,
                           -1,
                           (int64_t{1} << 30) - 1,
                           -(int64_t{1} << 30) + 1,
                           int64_t{1} << 30,
                           -(int64_t{1} << 30),
                           (int64_t{1} << 31) + 7,
                           int64_t{1} << 40};
  const int upems[] = {1, 2, 1000, 1024, 2048, 16384, INT32_MAX};
  for (int upem : upems)
    for (int32_t u : units)
      for (int64_t s : sizes)
        EXPECT_EQ(glyph_units(u, upem, Length::from_sp(s)), font_units(u, upem, Length::from_sp(s)))
            << u << " " << upem << " " << s;
  std::mt19937_64 rng(15);
  std::uniform_int_distribution<int32_t> unit(-40000, 40000);
  std::uniform_int_distribution<int64_t> size(-(int64_t{1} << 31), int64_t{1} << 31);
  std::uniform_int_distribution<int> pick(0, 5);
  for (int i = 0; i < 200000; ++i) {
    const int32_t u = unit(rng);
    const int64_t s = size(rng);
    const int upem = upems[pick(rng)];
    ASSERT_EQ(glyph_units(u, upem, Length::from_sp(s)), font_units(u, upem, Length::from_sp(s)))
        << u << " " << upem << " " << s;
  }
}

}  // namespace
}  // namespace paiban::layout
