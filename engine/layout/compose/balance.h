// Column balancing where a column set ends (R7: equal line counts per
// column): the shortest column heights, in whole grid lines, at which the
// rest of the segment fits the region's columns without breaking a keep —
// all columns as tall as the first, or one line shorter from the right.
#pragma once

#include <optional>
#include <vector>

#include "layout/compose/column_fill.h"

namespace paiban::layout {

struct Balance {
  std::vector<Length> heights;  // per column
  FillRules rules;              // to fill them with: widows relaxed when nothing else balances
  bool even = false;            // every column holds something, none a line taller than another
};

// nullopt when the rest does not fit the region (the set goes on over the
// page) or fits only by breaking keeps: then the columns are simply filled.
// A set too short to balance under the widow rule may split a paragraph
// anywhere rather than leave a column empty.
std::optional<Balance> balanced_heights(const Segment& seg, const FillCursor& cur, int columns,
                                        Length height, const FillRules& rules, const Grid& grid);

}  // namespace paiban::layout
