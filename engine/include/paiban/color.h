// Print colours. The print shop gets CMYK, grey or named spot colours only;
// RGB never appears in the page model.
#pragma once

#include <array>
#include <string>

namespace paiban {

struct Color {
  enum class Space { gray, cmyk, spot, registration };
  Space space = Space::gray;
  // gray: components[0] is the *ink* coverage (0 = white, 1 = black), like K.
  // cmyk: C, M, Y, K in 0..1. spot: components[0] is the tint; spot_cmyk is
  // the alternate for proofs. registration: ink on every plate (crop marks).
  std::array<double, 4> components{0, 0, 0, 0};
  std::string spot_name;
  std::array<double, 4> spot_cmyk{0, 0, 0, 0};

  static Color black() { return cmyk(0, 0, 0, 1); }
  static Color white() { return cmyk(0, 0, 0, 0); }
  static Color gray(double ink) { return Color{Space::gray, {ink, 0, 0, 0}, {}, {}}; }
  static Color cmyk(double c, double m, double y, double k) {
    return Color{Space::cmyk, {c, m, y, k}, {}, {}};
  }
  static Color registration() { return Color{Space::registration, {1, 0, 0, 0}, {}, {}}; }

  bool operator==(const Color&) const = default;
};

}  // namespace paiban
