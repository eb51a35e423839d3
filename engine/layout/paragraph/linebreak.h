// Total-fit line breaking (Knuth & Plass 1981) over CJK-aware items: it
// chooses all of a paragraph's breaks together, so that no line is overfull
// and none is loose where better breaks exist. A pure function.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/paragraph/items.h"

namespace paiban::layout {

struct LinebreakSettings {
  Length first_width;  // measure of the first line
  Length width;        // measure of the other lines
  // Lines whose adjustment ratio exceeds this are infeasible in the first
  // pass; later passes relax it before giving up on a line.
  double tolerance = 2.0;
  int line_penalty = 10;
  double fitness_demerits = 3000;  // adjacent lines of very different tightness
  int min_last_line_chars = 2;     // 孤字 (clreq §3.7.2)
  double runt_demerits = 1e8;      // effectively forbids a 孤字 where any other way exists
  Length ragged_stretch;           // > 0 for unjustified text: room each line may leave
};

struct Breaks {
  std::vector<std::size_t>
      positions;  // item index of each chosen break; the last ends the paragraph
  int pass = 1;   // 1 = within tolerance, 2 = relaxed, 3 = emergency
};

Breaks break_lines(const std::vector<ParagraphItem>& items, const LinebreakSettings& settings);

// Index of the first item of the line that follows a break at `position`
// (glue and penalties after a break are discarded).
std::size_t line_start_after(const std::vector<ParagraphItem>& items, std::size_t position);

}  // namespace paiban::layout
