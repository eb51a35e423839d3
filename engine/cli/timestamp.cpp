#include "cli/timestamp.h"

#include "base/dates.h"

namespace paiban::cli {

std::optional<int64_t> parse_iso_date(const std::string& text) {
  // The date part of "2025-01-06" or "2025-01-06T08:00:00"; a time is ignored.
  if (text.size() < 10) return std::nullopt;
  const auto date = paiban::parse_iso_date(std::string_view(text).substr(0, 10));
  if (!date || date->year() < std::chrono::year{1970}) return std::nullopt;
  return epoch_seconds(*date);
}

int64_t output_timestamp(std::optional<int64_t> source_date_epoch, const std::string& issue_date) {
  return paiban::output_timestamp(source_date_epoch, issue_date);
}

}  // namespace paiban::cli
