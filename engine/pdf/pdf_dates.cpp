#include "pdf/pdf_dates.h"

#include <cstdio>

#include "base/dates.h"

namespace paiban::pdf {
namespace {

// snprintf with the date and time fields of `seconds` in UTC, in the order
// year, month, day, hour, minute, second.
std::string format(const char* pattern, int64_t seconds) {
  const UtcTime t = utc_time(seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, pattern, static_cast<int>(t.date.year()),
                static_cast<unsigned>(t.date.month()), static_cast<unsigned>(t.date.day()),
                static_cast<int>(t.time.hours().count()),
                static_cast<int>(t.time.minutes().count()),
                static_cast<int>(t.time.seconds().count()));
  return buf;
}

}  // namespace

std::string pdf_date(int64_t seconds) {
  return format("D:%04d%02u%02u%02d%02d%02dZ", seconds);
}

std::string xmp_date(int64_t seconds) {
  return format("%04d-%02u-%02uT%02d:%02d:%02dZ", seconds);
}

}  // namespace paiban::pdf
