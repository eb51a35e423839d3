// Page boxes (ISO 32000-1 §14.11.2; PDF/X: TrimBox ⊂ BleedBox ⊂ MediaBox)
// and the mapping from the page model's y-down trim coordinates to PDF's
// y-up user space. The MediaBox starts at (0,0); the trim box sits at
// (bleed + marks room) from its lower-left corner.
#pragma once

#include <string>

#include "paiban/length.h"

namespace paiban::pdf {

struct PageGeometry {
  Length trim_width, trim_height;
  Length bleed;       // on every side of the trim
  Length marks_room;  // beyond the bleed, for printer's marks (0 = none)

  Length origin() const { return bleed + marks_room; }
  Length media_width() const { return trim_width + origin() * 2; }
  Length media_height() const { return trim_height + origin() * 2; }

  // Page-model point → PDF user space (points as Lengths, still exact).
  Length x(Length model_x) const { return origin() + model_x; }
  Length y(Length model_y) const { return origin() + trim_height - model_y; }

  // "[l b r t]" arrays with 4-decimal numbers.
  std::string media_box() const;
  std::string bleed_box() const;
  std::string trim_box() const;
};

}  // namespace paiban::pdf
