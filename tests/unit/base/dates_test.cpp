// The one date path (base/dates.h, on <chrono>): ISO dates in, UTC parts out.
#include <gtest/gtest.h>

#include "base/dates.h"

namespace paiban {
namespace {

using namespace std::chrono;

TEST(Dates, ParsesRealIsoDatesOnly) {
  ASSERT_TRUE(parse_iso_date("2025-01-06"));
  EXPECT_EQ(*parse_iso_date("2025-01-06"), year_month_day(year{2025}, January, day{6}));
  EXPECT_TRUE(parse_iso_date("2024-02-29"));   // leap year
  EXPECT_FALSE(parse_iso_date("2025-02-29"));  // not one
  EXPECT_FALSE(parse_iso_date("2025-02-30"));
  EXPECT_FALSE(parse_iso_date("2025-13-01"));
  EXPECT_FALSE(parse_iso_date("2025-00-10"));
  EXPECT_FALSE(parse_iso_date("2025-1-6"));
  EXPECT_FALSE(parse_iso_date("2025-01-06T00:00"));
  EXPECT_FALSE(parse_iso_date("２０２５-01-06"));
  EXPECT_EQ(iso_date(year_month_day(year{2025}, January, day{6})), "2025-01-06");
}

TEST(Dates, EpochSecondsAndBack) {
  const year_month_day issue{year{2025}, January, day{6}};
  EXPECT_EQ(epoch_seconds(issue), 1736121600);
  EXPECT_EQ(epoch_seconds(year_month_day(year{1970}, January, day{1})), 0);
  const UtcTime t = utc_time(1736121600 + 45296);
  EXPECT_EQ(t.date, issue);
  EXPECT_EQ(t.time.hours().count(), 12);
  EXPECT_EQ(t.time.minutes().count(), 34);
  EXPECT_EQ(t.time.seconds().count(), 56);
  const UtcTime before = utc_time(-1);  // one second before the epoch
  EXPECT_EQ(before.date, year_month_day(year{1969}, December, day{31}));
  EXPECT_EQ(before.time.hours().count(), 23);
  // Four-digit formats: far-off timestamps are clamped to 9999-12-31.
  EXPECT_EQ(utc_time(INT64_MAX / 2).date, year_month_day(year{9999}, December, day{31}));
}

}  // namespace
}  // namespace paiban
