// The line grid (docs/typography.md R7, 版心): the body style's line height is the
// pitch; body baselines sit on it, and headings, spaces, rules, boxes and
// figures take whole grid lines, so neighbouring columns and facing pages
// line up. With typography.line_grid off the pitch still paces balancing,
// but nothing is rounded.
#pragma once

#include "paiban/length.h"
#include "style/stylesheet.h"

namespace paiban::layout {

// Ideographic em box top above the baseline, as a share of the size: the
// ideo baseline sits 0.12 em under the alphabetic one in the CJK fonts we
// set (the OpenType BASE table of Source Han / Noto CJK), so centring the
// em box in a line puts the baseline here.
inline constexpr double kIdeographicAscent = 0.88;

struct Grid {
  bool on = true;
  Length pitch = Length::pt(16.8);
  Length body_size = Length::pt(10.5);

  // Half the body leading: a body line's em box starts this far below its
  // grid line, so blocks that align with text (figures, box edges) use it.
  Length half_leading() const { return (pitch - body_size) / 2; }
  // Rounds a block height up to whole grid lines (unchanged when off).
  Length round_up(Length h) const;
  // Distance from `y` (measured from a frame top) down to the next grid line.
  Length to_next_line(Length y) const;
  // Baseline below the top of a line of `style` whose height is its line height.
  static Length baseline_in_line(const style::TextStyle& style);
};

Grid make_grid(const style::StyleSheet& sheet);

}  // namespace paiban::layout
