// Calendar dates and UTC times on <chrono> (proleptic Gregorian, no time
// zones, never the clock): the one date path of the manuscript's `date`, the
// output timestamp and the PDF's date strings.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace paiban {

// "2025-01-06" exactly (four-digit year), and a real date: 2025-02-30 is not.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

// "2025-01-06".
std::string iso_date(const std::chrono::year_month_day& date);

// Seconds since 1970-01-01T00:00:00Z at the start of `date`.
int64_t epoch_seconds(const std::chrono::year_month_day& date);

// A moment in UTC, split into date and time of day.
struct UtcTime {
  std::chrono::year_month_day date;
  std::chrono::hh_mm_ss<std::chrono::seconds> time{std::chrono::seconds{0}};
};

// `seconds` since the epoch, clamped to the years 0001–9999 that four-digit
// date formats (PDF, XMP) can write.
UtcTime utc_time(int64_t seconds);

// The date stamped into the output: SOURCE_DATE_EPOCH when set, else the
// issue's date ("2025-01-06", a time part ignored) at 00:00 UTC, else 0 —
// never the clock, so the same inputs give the same bytes.
int64_t output_timestamp(std::optional<int64_t> source_date_epoch, const std::string& issue_date);

}  // namespace paiban
