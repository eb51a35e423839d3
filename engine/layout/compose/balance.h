// Column balancing where a column set ends (R7: equal line counts per
// column): the shortest column heights, in whole grid lines, at which the
// rest of the segment fits the region's columns without breaking a keep —
// all columns as tall as the first, or one line shorter from the right.
#pragma once

#include <optional>
#include <vector>

#include "layout/compose/column_fill.h"

namespace paiban::layout {

// nullopt when the rest does not fit the region (the set goes on over the
// page) or fits only by breaking keeps: then the columns are simply filled.
std::optional<std::vector<Length>> balanced_heights(const Segment& seg, const FillCursor& cur,
                                                    int columns, Length height,
                                                    const FillRules& rules, const Grid& grid);

}  // namespace paiban::layout
