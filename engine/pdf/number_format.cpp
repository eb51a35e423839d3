#include "pdf/number_format.h"

#include <charconv>
#include <cmath>

namespace paiban::pdf {
namespace {

// Formats n/10000 with the fraction's trailing zeros removed.
void append_fixed4(std::string& out, int64_t n) {
  if (n < 0) {
    out.push_back('-');
    n = -n;
  }
  // std::to_chars, not std::to_string: no string made per number.
  char whole[24];
  const auto end = std::to_chars(whole, whole + sizeof whole, n / 10000).ptr;
  out.append(whole, end);
  int64_t frac = n % 10000;
  if (frac == 0) return;
  char digits[5] = {0, 0, 0, 0, 0};
  for (int i = 3; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  int len = 4;
  while (len > 0 && digits[len - 1] == '0') --len;
  out.push_back('.');
  out.append(digits, static_cast<size_t>(len));
}

// |sp| below this times 10000 fits an int64 with room for the rounding.
constexpr int64_t kFits64 = int64_t{1} << 48;

}  // namespace

int64_t to_ten_thousandths(double v) {
  if (!std::isfinite(v)) return 0;
  return static_cast<int64_t>(std::llround(v * 10000.0));
}

void append_number(std::string& out, double v) {
  append_fixed4(out, to_ten_thousandths(v));
}

std::string format_number(double v) {
  std::string out;
  append_number(out, v);
  return out;
}

std::string format_length(Length v) {
  // sp * 10000 / 65536, rounded half away from zero, in integers; in 64
  // bits when the product fits (any length on a page), else in 128.
  if (v.sp > -kFits64 && v.sp < kFits64) {
    const int64_t num = v.sp * 10000;
    const int64_t half = kSpPerPt / 2;
    std::string out;
    append_fixed4(out, num >= 0 ? (num + half) / kSpPerPt : -((-num + half) / kSpPerPt));
    return out;
  }
  __int128 num = static_cast<__int128>(v.sp) * 10000;
  __int128 half = kSpPerPt / 2;
  __int128 q = num >= 0 ? (num + half) / kSpPerPt : -((-num + half) / kSpPerPt);
  std::string out;
  append_fixed4(out, static_cast<int64_t>(q));
  return out;
}

}  // namespace paiban::pdf
