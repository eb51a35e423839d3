#include "layout/compose/page_frames.h"

namespace paiban::layout {

std::string master_for_page(int index, const std::string& requested) {
  if (!requested.empty()) return requested;
  if (index == 0) return "first";
  return (index + 1) % 2 == 1 ? "right" : "left";
}

PageFrame make_page_frame(const style::StyleSheet& sheet, int index, const std::string& master_name,
                          const Grid& grid) {
  PageFrame f;
  f.index = index;
  f.master_name = master_name;
  f.master = &sheet.master(master_name);
  f.right_hand = (index + 1) % 2 == 1;
  f.width = f.master->width;
  f.height = f.master->height;
  // Horizontal text binds on the left (TYPOGRAPHY.md §5): the inner margin
  // is at the left of a right-hand page and at the right of a left-hand one.
  const Length left = f.right_hand ? f.master->margin_inner : f.master->margin_outer;
  const Length right = f.right_hand ? f.master->margin_outer : f.master->margin_inner;
  f.type_area = {left, f.master->margin_top, f.width - left - right,
                 f.height - f.master->margin_top - f.master->margin_bottom};
  if (f.type_area.width < Length::zero()) f.type_area.width = Length::zero();
  if (f.type_area.height < Length::zero()) f.type_area.height = Length::zero();
  f.frame_top = f.type_area.y - grid.half_leading();
  Length usable = f.type_area.height + grid.half_leading() * 2;
  // Lines per column are a whole number (R7). Margins given in mm round to
  // a type area a hair short of the grid (716.09 pt for 10.5 + 42 × 16.8):
  // half a point of slack keeps that 43rd line instead of dropping it.
  if (grid.on) usable = grid.pitch * ((usable + Length::pt(0.5)).sp / grid.pitch.sp);
  f.frame_bottom = f.frame_top + usable;
  return f;
}

}  // namespace paiban::layout
