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
  // Horizontal text binds on the left (docs/typography.md §5): the inner margin
  // is at the left of a right-hand page and at the right of a left-hand one.
  const Length left = f.right_hand ? f.master->margin_inner : f.master->margin_outer;
  const Length right = f.right_hand ? f.master->margin_outer : f.master->margin_inner;
  f.type_area = {left, f.master->margin_top, f.width - left - right,
                 f.height - f.master->margin_top - f.master->margin_bottom};
  if (f.type_area.width < Length::zero()) f.type_area.width = Length::zero();
  if (f.type_area.height < Length::zero()) f.type_area.height = Length::zero();
  f.frame_top = f.type_area.y - grid.half_leading();
  // The frame reaches half a leading beyond the type area at both ends: one
  // whole leading in all, added as such — twice a rounded half would lose a
  // scaled point whenever pitch − size is odd (16.8 pt − 10.5 pt is) and
  // with it the last grid line.
  Length usable = f.type_area.height + (grid.pitch - grid.body_size);
  // Lines per column are a whole number (R7). Half a point of slack lets a
  // type area whose margins an editor typed in rounded mm keep its last line.
  if (grid.on) usable = grid.pitch * ((usable + Length::pt(0.5)).sp / grid.pitch.sp);
  f.frame_bottom = f.frame_top + usable;
  return f;
}

}  // namespace paiban::layout
