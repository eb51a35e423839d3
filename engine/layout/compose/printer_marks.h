// Printer's marks (docs/typography.md §4), made by layout like every other
// page item: crop marks on the trim lines at the four corners, registration
// targets at the middle of each side, and the slug line under the page,
// set by the text stage in the body style's fonts. All in registration
// colour so they print on every plate, and all OUTSIDE the bleed, in a room
// of kMarksRoom beyond it that the pdf stage adds to the MediaBox.
#pragma once

#include <cstdint>
#include <string>

#include "layout/compose/line_setter.h"
#include "page/page.h"
#include "style/stylesheet.h"

namespace paiban::layout {

// Room beyond the bleed on every side when any mark is on.
inline const Length kMarksRoom = Length::mm(12);

// What the slug says besides the page: the manuscript's file name and the
// output timestamp (seconds since the epoch, the PDF's own date).
struct SlugFields {
  std::string file;
  int64_t timestamp = 0;
};

// Fills every page's `marks` and the document's marks_room from the style's
// [print] settings; leaves them empty when all marks are off.
void add_printer_marks(page::PagedDocument& doc, const style::StyleSheet& sheet,
                       const SlugFields& slug, LineSetter& lines);

}  // namespace paiban::layout
