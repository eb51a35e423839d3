// SDK. Lengths as integer scaled points, so that layout arithmetic is exact and
// deterministic on every machine (no floating-point drift across runs).
#pragma once

#include <cmath>
#include <cstdint>

namespace paiban {

// One PostScript point (1/72 in) is 65536 scaled points.
inline constexpr int64_t kSpPerPt = 65536;

struct Length {
  int64_t sp = 0;

  static constexpr Length from_sp(int64_t v) { return Length{v}; }
  static Length pt(double v) { return Length{static_cast<int64_t>(std::llround(v * kSpPerPt))}; }
  static Length mm(double v) { return pt(v * 72.0 / 25.4); }
  static constexpr Length zero() { return Length{0}; }

  double to_pt() const { return static_cast<double>(sp) / kSpPerPt; }
  double to_mm() const { return to_pt() * 25.4 / 72.0; }

  constexpr Length operator+(Length o) const { return Length{sp + o.sp}; }
  constexpr Length operator-(Length o) const { return Length{sp - o.sp}; }
  constexpr Length operator-() const { return Length{-sp}; }
  constexpr Length operator*(int64_t k) const { return Length{sp * k}; }
  constexpr Length operator/(int64_t k) const { return Length{sp / k}; }
  Length scaled(double f) const { return Length{static_cast<int64_t>(std::llround(sp * f))}; }
  constexpr Length& operator+=(Length o) {
    sp += o.sp;
    return *this;
  }
  constexpr Length& operator-=(Length o) {
    sp -= o.sp;
    return *this;
  }
  constexpr auto operator<=>(const Length&) const = default;
};

// A length given in font units of a face with `units_per_em`, set at `size`.
inline Length font_units(int64_t units, int64_t units_per_em, Length size) {
  // Round to nearest; __int128 keeps huge sizes exact.
  __int128 num = static_cast<__int128>(units) * size.sp;
  __int128 half = units_per_em / 2;
  __int128 q = num >= 0 ? (num + half) / units_per_em : -((-num + half) / units_per_em);
  return Length{static_cast<int64_t>(q)};
}

struct Point {
  Length x, y;
};

// A rectangle in a y-down coordinate system: (x, y) is the top-left corner.
struct Rect {
  Length x, y, width, height;
  Length right() const { return x + width; }
  Length bottom() const { return y + height; }
};

}  // namespace paiban
