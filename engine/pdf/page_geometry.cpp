#include "pdf/page_geometry.h"

#include "pdf/number_format.h"

namespace paiban::pdf {
namespace {

std::string box(Length l, Length b, Length r, Length t) {
  return "[" + format_length(l) + " " + format_length(b) + " " + format_length(r) + " " +
         format_length(t) + "]";
}

}  // namespace

std::string PageGeometry::media_box() const {
  return box(Length::zero(), Length::zero(), media_width(), media_height());
}

std::string PageGeometry::bleed_box() const {
  Length o = marks_room;
  return box(o, o, media_width() - o, media_height() - o);
}

std::string PageGeometry::trim_box() const {
  Length o = origin();
  return box(o, o, o + trim_width, o + trim_height);
}

}  // namespace paiban::pdf
