// Dates from a fixed timestamp, in UTC, never from the clock, so that the
// same input gives the same bytes (docs/stack.md §4: PoDoFo stamps local "now").
#pragma once

#include <cstdint>
#include <string>

namespace paiban::pdf {

// The formats below take seconds since the epoch; base/dates.h converts
// (years outside 0001–9999 are clamped: the formats have four digits).

// "D:YYYYMMDDHHmmSSZ" (ISO 32000-1 §7.9.4).
std::string pdf_date(int64_t seconds);
// "YYYY-MM-DDTHH:mm:SSZ" (XMP, ISO 8601).
std::string xmp_date(int64_t seconds);

}  // namespace paiban::pdf
