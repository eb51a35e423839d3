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

}  // namespace paiban::pdf
