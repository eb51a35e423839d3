// A page content stream as text (ISO 32000-1 §8.2, operator summary in
// Annex A). Numbers go through format_number/format_length, so the same
// page model always gives the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "base/image_header.h"
#include "paiban/length.h"

namespace paiban::pdf {

class ContentStream {
 public:
  // One operator line, e.g. "q" or "/GS1 gs".
  void line(std::string_view text) {
    buf_.append(text);
    buf_.push_back('\n');
  }

  void save() { line("q"); }
  void restore() { line("Q"); }
  void line_width(Length w);
  // Equal dash and gap; a zero length leaves the solid default.
  void dash(Length on);
  void rect(Length x, Length y, Length w, Length h);  // PDF space, (x,y) lower-left
  // A rectangle with quarter-circle corners of radius r drawn with four
  // cubic Béziers (the usual 0.5523 control-point factor).
  void rounded_rect(Length x, Length y, Length w, Length h, Length r);
  void move_to(Length x, Length y);
  void line_to(Length x, Length y);
  void fill() { line("f"); }
  void stroke() { line("S"); }
  void clip_rect(Length x, Length y, Length w, Length h);
  // "w 0 0 h x y cm": places a unit-square XObject.
  void place_unit_square(Length x, Length y, Length w, Length h);
  // Places an image XObject so that, turned as `orientation` says, it fills
  // the box w × h at (x, y) (lower-left) upright; "upright" writes exactly
  // place_unit_square's matrix.
  void place_image(Length x, Length y, Length w, Length h, ImageOrientation orientation);

  std::string& text() { return buf_; }
  const std::string& str() const { return buf_; }

 private:
  void point(Length x, Length y);
  std::string buf_;
};

}  // namespace paiban::pdf
