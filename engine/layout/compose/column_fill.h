// Fills columns with a segment's rows: as many as fit, ending each column at
// the last place the rows allow (keeps, widows, orphans), letting figures
// that do not fit wait for the top of the next column while the text flows
// on before them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "layout/compose/galley.h"
#include "layout/compose/grid.h"

namespace paiban::layout {

// Where a segment's filling stands between columns.
struct FillCursor {
  std::size_t next = 0;              // first row not yet placed
  std::vector<std::size_t> waiting;  // floats moved on to a later column, in order
  // Rows from here on are not for these columns yet (a spanning figure).
  std::size_t limit = static_cast<std::size_t>(-1);
  std::size_t end(const Segment& seg) const { return std::min(limit, seg.rows.size()); }
  bool done(const Segment& seg) const { return next >= end(seg) && waiting.empty(); }
};

struct PlacedRow {
  std::size_t row;
  Length y;       // from the column top
  Length height;  // as placed (a snap's height depends on where it lands)
};

struct ColumnFill {
  enum class Stop { end, full, column_break, page_break };
  std::vector<PlacedRow> rows;
  Length used;  // bottom of the last row that is not space
  Stop stop = Stop::end;
  PageBreakSpec page_break;
  bool forced = false;    // no allowed break: keeps were broken to make progress
  bool overflow = false;  // one row is taller than the column
  std::size_t overflow_row = 0;
};

struct FillRules {
  // The region starts below other material: a column here may stay empty,
  // since the next page gives more room.
  bool may_stay_empty = false;
  // The column continues the page below other material (the first column
  // of a region that starts mid-page): its leading space separates it from
  // what stands above, so it is kept. Set by fill_region.
  bool keep_leading_space = false;
  // Room the next segment needs below a heading that ends this one.
  Length tail_need;
  // Balancing a set too short to balance otherwise: a column may end
  // between any two lines of a paragraph (Row::widow_rule).
  bool relax_widows = false;
  // The room a column really has, for a table row kept whole unless its
  // column cannot hold it from the top (Row::TableRow::need): zero means
  // the height the column is filled to; balancing, which tries shorter
  // heights, gives the real one. `above`: how far the region starts below
  // the frame top — a row that a column opening there would hold moves on
  // rather than being cut.
  Length cut_room;
  Length above;
};

ColumnFill fill_column(const Segment& seg, FillCursor& cur, Length height, const FillRules& rules,
                       const Grid& grid);

// Columns of one region, left to right, each with its own height, until the
// segment is done, the columns are used up or a page break comes.
struct RegionFill {
  std::vector<ColumnFill> columns;
  Length used;  // the tallest column
  bool forced = false;
  bool overflow = false;
  std::size_t overflow_row = 0;
  bool page_break = false;
  PageBreakSpec page_break_spec;
};

RegionFill fill_region(const Segment& seg, FillCursor& cur, const std::vector<Length>& heights,
                       const FillRules& rules, const Grid& grid);

}  // namespace paiban::layout
