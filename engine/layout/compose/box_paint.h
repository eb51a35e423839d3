// Draws the boxes standing in one placed column: tint, title bar and frame
// for the part of each box the column holds. A box broken across columns is
// drawn open where it breaks (page::Stroke::sides) and its corners are
// rounded only when it is whole.
#pragma once

#include <vector>

#include "layout/compose/column_fill.h"
#include "layout/compose/galley.h"
#include "page/page.h"

namespace paiban::layout {

// `x`, `top`: the column's left edge and top on the page; `width`: its width.
void paint_boxes(std::vector<page::Item>& out, const Galley& galley, const Segment& seg,
                 const ColumnFill& column, Length x, Length top, Length width);

}  // namespace paiban::layout
