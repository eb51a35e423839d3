// Page masters → the geometry of each page: trim size, type area with the
// inner and outer margins mirrored on left-hand pages, and the grid frame.
#pragma once

#include <string>

#include "layout/compose/grid.h"
#include "paiban/length.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct PageFrame {
  int index = 0;            // 0-based; the page number is index + 1
  std::string master_name;  // as asked for ("first", "left", "right", a section's own)
  const style::PageMaster* master = nullptr;
  bool right_hand = true;  // odd page numbers are recto (right-hand) pages
  Length width, height;    // trim size
  Rect type_area;          // 版心, between the margins
  // The grid frame columns fill: whole grid lines from half a leading above
  // the type area, so the first line's em box starts at the type area's top
  // and the last one's ends at its bottom (R7: a 版心 of n lines is
  // size + (n − 1) × pitch high).
  Length frame_top;
  Length frame_bottom;
};

// "first" for the first page, then "right" for odd and "left" for even page
// numbers; `requested` (a section's PageBreakSpec.master) wins when given.
std::string master_for_page(int index, const std::string& requested);

PageFrame make_page_frame(const style::StyleSheet& sheet, int index, const std::string& master_name,
                          const Grid& grid);

}  // namespace paiban::layout
