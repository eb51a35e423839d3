// Numbers as they appear in content streams and dictionaries: at most four
// decimals, no exponent, no locale (ISO 32000-1 §7.3.3 has no exponent form and
// a locale's decimal comma would corrupt the file). The same value always
// prints the same way, which keeps output byte-identical across runs.
#pragma once

#include <cstdint>
#include <string>

#include "paiban/length.h"

namespace paiban::pdf {

// `v` rounded to 1/10000, trailing zeros and a bare "." dropped; -0 prints "0".
std::string format_number(double v);

// A length in PDF points, computed from the integer scaled points so that the
// result does not depend on floating-point rounding of intermediate sums.
std::string format_length(Length v);

// Appends format_number(v) to `out` (hot path of the content-stream writer).
void append_number(std::string& out, double v);

// A value in ten-thousandths, as format_number prints it (for exact sums).
int64_t to_ten_thousandths(double v);

}  // namespace paiban::pdf
