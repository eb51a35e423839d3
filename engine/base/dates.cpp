#include "base/dates.h"

#include <algorithm>
#include <cstdio>

namespace paiban {

namespace chr = std::chrono;

std::optional<chr::year_month_day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f)
    for (std::size_t k = starts[f]; k < starts[f] + lengths[f]; ++k) {
      if (text[k] < '0' || text[k] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[k] - '0');
    }
  const chr::year_month_day date{chr::year{fields[0]}, chr::month{static_cast<unsigned>(fields[1])},
                                 chr::day{static_cast<unsigned>(fields[2])}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string iso_date(const chr::year_month_day& date) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

int64_t epoch_seconds(const chr::year_month_day& date) {
  return chr::duration_cast<chr::seconds>(chr::sys_days{date}.time_since_epoch()).count();
}

int64_t output_timestamp(std::optional<int64_t> source_date_epoch, const std::string& issue_date) {
  if (source_date_epoch) return *source_date_epoch;
  if (issue_date.size() < 10) return 0;
  const auto date = parse_iso_date(std::string_view(issue_date).substr(0, 10));
  if (!date || date->year() < chr::year{1970}) return 0;
  return epoch_seconds(*date);
}

UtcTime utc_time(int64_t seconds) {
  constexpr chr::year_month_day kFirst{chr::year{1}, chr::January, chr::day{1}};
  constexpr chr::year_month_day kLast{chr::year{9999}, chr::December, chr::day{31}};
  const int64_t lowest = epoch_seconds(kFirst);
  const int64_t highest = epoch_seconds(kLast) + 86399;
  const chr::sys_seconds t{chr::seconds{std::clamp(seconds, lowest, highest)}};
  const chr::sys_days day = chr::floor<chr::days>(t);
  return {chr::year_month_day{day}, chr::hh_mm_ss<chr::seconds>{t - day}};
}

}  // namespace paiban
