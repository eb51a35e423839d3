// Segments → pages. Each segment is laid out in regions: a band of the
// type area with the segment's columns, starting below what the page
// already holds; a segment that does not fit goes on at the top of the
// next page, and one that ends on a page is balanced there. A figure across
// a set's columns stands under the (balanced) columns before it when it
// fits there, else it opens the next page while the columns flow on.
#pragma once

#include <optional>
#include <vector>

#include "base/diagnostics.h"
#include "layout/compose/column_fill.h"
#include "layout/compose/galley.h"
#include "layout/compose/layout_context.h"
#include "layout/compose/page_frames.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct PlacedRegion {
  std::size_t segment = 0;
  Length top;   // page y of the region's top
  Length used;  // height taken (whole grid lines)
  Length column_width;
  std::vector<Length> column_x;  // page x of each column's left edge
  std::vector<ColumnFill> columns;
};

struct PageLayout {
  PageFrame frame;
  bool blank = false;  // left empty so a section could start on a right-hand page
  Length cursor;       // page y where the next region starts
  std::vector<PlacedRegion> regions;
  bool empty() const;
};

std::vector<PageLayout> paginate(const Galley& galley, const LayoutContext& ctx);

}  // namespace paiban::layout
