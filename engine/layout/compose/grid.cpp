#include "layout/compose/grid.h"

namespace paiban::layout {

Length Grid::round_up(Length h) const {
  if (!on || h <= Length::zero()) return h < Length::zero() ? Length::zero() : h;
  const int64_t lines = (h.sp + pitch.sp - 1) / pitch.sp;
  return pitch * lines;
}

Length Grid::to_next_line(Length y) const {
  if (!on) return Length::zero();
  const int64_t rest = y.sp % pitch.sp;
  return rest == 0 ? Length::zero() : Length::from_sp(pitch.sp - rest);
}

Length Grid::baseline_in_line(const style::TextStyle& style) {
  // The em box centred in the line (R7: line height = size + gap, the gap
  // shared above and below).
  return (style.line_height - style.size) / 2 + style.size.scaled(kIdeographicAscent);
}

Grid make_grid(const style::StyleSheet& sheet) {
  Grid g;
  const style::TextStyle& body = sheet.text_style("body");
  g.on = sheet.typography.line_grid;
  g.body_size = body.size;
  // A pitch of zero would stall every loop that advances by it.
  g.pitch = body.line_height > Length::zero() ? body.line_height : body.size.scaled(1.6);
  if (g.pitch <= Length::zero()) g.pitch = Length::pt(16.8);
  return g;
}

}  // namespace paiban::layout
