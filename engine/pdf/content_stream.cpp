#include "pdf/content_stream.h"

#include <algorithm>

#include "pdf/number_format.h"

namespace paiban::pdf {

void ContentStream::point(Length x, Length y) {
  buf_ += format_length(x);
  buf_.push_back(' ');
  buf_ += format_length(y);
}

void ContentStream::line_width(Length w) {
  line(format_length(w) + " w");
}

void ContentStream::dash(Length on) {
  if (on.sp <= 0) return;
  std::string d = format_length(on);
  line("[" + d + " " + d + "] 0 d");
}

void ContentStream::rect(Length x, Length y, Length w, Length h) {
  point(x, y);
  buf_.push_back(' ');
  point(w, h);
  line(" re");
}

void ContentStream::move_to(Length x, Length y) {
  point(x, y);
  line(" m");
}

void ContentStream::line_to(Length x, Length y) {
  point(x, y);
  line(" l");
}

void ContentStream::rounded_rect(Length x, Length y, Length w, Length h, Length r) {
  r = std::min({r, w / 2, h / 2});
  if (r.sp <= 0) {
    rect(x, y, w, h);
    return;
  }
  // Control points sit k·r from each corner's tangent points.
  const Length k = r.scaled(1.0 - 0.5522847498);
  const Length x1 = x + w, y1 = y + h;
  auto curve = [&](Length ax, Length ay, Length bx, Length by, Length cx, Length cy) {
    point(ax, ay);
    buf_.push_back(' ');
    point(bx, by);
    buf_.push_back(' ');
    point(cx, cy);
    line(" c");
  };
  move_to(x + r, y);
  line_to(x1 - r, y);
  curve(x1 - k, y, x1, y + k, x1, y + r);
  line_to(x1, y1 - r);
  curve(x1, y1 - k, x1 - k, y1, x1 - r, y1);
  line_to(x + r, y1);
  curve(x + k, y1, x, y1 - k, x, y1 - r);
  line_to(x, y + r);
  curve(x, y + k, x + k, y, x + r, y);
  line("h");
}

void ContentStream::clip_rect(Length x, Length y, Length w, Length h) {
  rect(x, y, w, h);
  line("W n");
}

void ContentStream::place_unit_square(Length x, Length y, Length w, Length h) {
  buf_ += format_length(w) + " 0 0 " + format_length(h) + " ";
  point(x, y);
  line(" cm");
}

void ContentStream::place_image(Length x, Length y, Length w, Length h,
                                ImageOrientation orientation) {
  // Image space (ISO 32000-1 §8.9.4) puts the stored first row at the top
  // of the unit square: u runs along a row, v up from the last row. Each
  // orientation says where (u, v) lands in the upright box, as fractions
  // p = a·u + c·v + e (rightwards) and q = b·u + d·v + f (upwards); the
  // matrix scales them by w and h and moves them to (x, y).
  struct Turn {
    int a, b, c, d, e, f;
  };
  static constexpr Turn kTurns[] = {
      {1, 0, 0, 1, 0, 0},    // 1 upright
      {-1, 0, 0, 1, 1, 0},   // 2 mirrored left–right
      {-1, 0, 0, -1, 1, 1},  // 3 turned 180°
      {1, 0, 0, -1, 0, 1},   // 4 flipped top–bottom
      {0, -1, -1, 0, 1, 1},  // 5 transposed: stored rows become columns from the left
      {0, -1, 1, 0, 0, 1},   // 6 turned 90° clockwise: the first row becomes the right column
      {0, 1, 1, 0, 0, 0},    // 7 transversed
      {0, 1, -1, 0, 1, 0},  // 8 turned 90° counterclockwise: the first row becomes the left column
  };
  const int index = static_cast<int>(orientation) - 1;
  if (index <= 0 || index >= 8) {
    place_unit_square(x, y, w, h);
    return;
  }
  const Turn& t = kTurns[index];
  buf_ += format_length(w * t.a) + " " + format_length(h * t.b) + " " + format_length(w * t.c) +
          " " + format_length(h * t.d) + " ";
  point(x + w * t.e, y + h * t.f);
  line(" cm");
}

}  // namespace paiban::pdf
