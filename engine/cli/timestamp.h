// The date stamped into the PDF: SOURCE_DATE_EPOCH when set, else the
// issue's date from the front matter at 00:00 UTC — never the clock, so the
// same inputs give the same bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace paiban::cli {

// "2025-01-06" (optionally followed by a time part) → seconds since the epoch.
std::optional<int64_t> parse_iso_date(const std::string& text);

int64_t output_timestamp(std::optional<int64_t> source_date_epoch, const std::string& issue_date);

}  // namespace paiban::cli
