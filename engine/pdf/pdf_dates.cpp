#include "pdf/pdf_dates.h"

#include <cstdio>

namespace paiban::pdf {

CivilTime civil_from_epoch(int64_t seconds) {
  // Days → civil date, after H. Hinnant's "chrono-compatible low-level date
  // algorithms" (proleptic Gregorian, exact for all int64 days).
  int64_t days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  int64_t secs = seconds - days * 86400;
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  CivilTime t;
  t.year = y + (m <= 2);
  t.month = static_cast<int>(m);
  t.day = static_cast<int>(d);
  t.hour = static_cast<int>(secs / 3600);
  t.minute = static_cast<int>(secs / 60 % 60);
  t.second = static_cast<int>(secs % 60);
  return t;
}

std::string pdf_date(int64_t seconds) {
  CivilTime t = civil_from_epoch(seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, "D:%04lld%02d%02d%02d%02d%02dZ", static_cast<long long>(t.year),
                t.month, t.day, t.hour, t.minute, t.second);
  return buf;
}

std::string xmp_date(int64_t seconds) {
  CivilTime t = civil_from_epoch(seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02d-%02dT%02d:%02d:%02dZ", static_cast<long long>(t.year),
                t.month, t.day, t.hour, t.minute, t.second);
  return buf;
}

std::string slug_date(int64_t seconds) {
  CivilTime t = civil_from_epoch(seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d %02d:%02d UTC", static_cast<long long>(t.year),
                t.month, t.day, t.hour, t.minute);
  return buf;
}

}  // namespace paiban::pdf
