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

// One line of a footnote at a page's or column's foot: line `line` of
// Galley::notes[note].
struct PlacedNoteLine {
  int note = 0;
  std::size_t line = 0;
};

// Footnote lines at the foot of one column ([typography] footnote_place =
// "column"), under a short rule, or a rule across the column when the first
// line goes on from the column or page before.
struct ColumnNotes {
  std::vector<PlacedNoteLine> lines;
  bool continues = false;
};

struct PlacedRegion {
  std::size_t segment = 0;
  Length top;   // page y of the region's top
  Length used;  // height taken (whole grid lines), the column notes included
  Length column_width;
  std::vector<Length> column_x;  // page x of each column's left edge
  std::vector<ColumnFill> columns;
  // Notes at the column foot, per column (empty when notes stand at the
  // page foot): their last lines end together `notes_bottom` below the
  // region's top, or on the frame bottom in the page's last region.
  std::vector<ColumnNotes> notes;
  Length notes_bottom;
  // Lines going on from a note set wider than the columns (a section across
  // the type area), across all columns under their notes.
  ColumnNotes notes_across;
};

struct PageLayout {
  PageFrame frame;
  bool blank = false;  // left empty so a section could start on a right-hand page
  Length cursor;       // page y where the next region starts
  std::vector<PlacedRegion> regions;
  // Footnotes at the foot of the page, across the type area, under a short
  // rule (a rule across the area when the first lines go on from the page
  // before): the notes of the marks on this page, in mark order.
  std::vector<PlacedNoteLine> notes;
  bool notes_continue = false;
  Length note_rule;  // the short rule's length
  // The footnotes whose marks stand on this page, in the order their notes
  // begin (numbering per page counts them).
  std::vector<int> marks;
  bool empty() const;
};

// The space above a page's first footnote line, with the rule in it.
Length note_separator();
// What a page's footnote lines take above the frame bottom: the separator
// and the lines; note_room rounds it up to whole grid lines, so the text
// above stays on the grid. Both are zero without notes.
Length notes_height(const Galley& galley, const std::vector<PlacedNoteLine>& lines);
Length note_room(const Galley& galley, const std::vector<PlacedNoteLine>& lines, const Grid& grid);

// `mark_not_before`: per footnote (Galley::notes), the first page index its
// mark may stand on; empty or shorter: any. Numbering per page pins marks so
// the passes settle (compose_pages.cpp).
std::vector<PageLayout> paginate(const Galley& galley, const LayoutContext& ctx,
                                 const std::vector<int>& mark_not_before = {});

}  // namespace paiban::layout
