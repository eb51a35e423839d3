// Table column widths and decimal alignment: pure arithmetic on measured
// content widths, so the rules are tested apart from fonts (SDK composer.h,
// TableSpec, says what plugins may ask for).
#pragma once

#include <vector>

#include "paiban/composer.h"
#include "paiban/length.h"

namespace paiban::layout {

// What a column's cells need, padding included.
struct ColumnNeed {
  Length min;  // the widest unbreakable piece of any cell
  Length max;  // the widest cell set on one line
};

struct ColumnWidths {
  std::vector<Length> widths;  // sum == available unless `overflow`
  bool overflow = false;       // even the least widths do not fit
};

// Fixed columns take their width. Automatic columns take their most when
// everything fits, else a common width (the water level of
// docs/typography.md R14) clamped to each column's least and most: short
// columns keep their most and never break, the long ones share the rest
// equally, none below its least. Fraction columns share what remains after
// the others in proportion to their fractions, never below their least;
// without fraction columns the automatic ones share the rest by their most,
// so the table fills `available`.
ColumnWidths resolve_column_widths(const std::vector<TableColumn>& columns,
                                   const std::vector<ColumnNeed>& needs, Length available);

// One number of a decimal-aligned column: the width before its decimal
// point and from the point on (zero when it has none).
struct DecimalParts {
  Length before;
  Length after;
};

// What a table's columns need, and the decimal parts of its number cells
// (each column's parts, and the rows they belong to).
struct TableNeeds {
  std::vector<ColumnNeed> columns;
  std::vector<std::vector<DecimalParts>> decimals;
  std::vector<std::vector<std::size_t>> decimal_rows;
};

// The x of each number within a cell's inner width, so that the decimal
// points line up and the widest number ends at the right edge.
std::vector<Length> decimal_offsets(const std::vector<DecimalParts>& parts, Length inner);

}  // namespace paiban::layout
