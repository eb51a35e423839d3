#include "layout/compose/layout_context.h"

namespace paiban::layout {

LayoutContext::LayoutContext(const style::StyleSheet& sheet, LineSetter& lines,
                             const Environment& env, Diagnostics& diags)
    : sheet(sheet),
      lines(lines),
      env(env),
      diags(diags),
      grid(make_grid(sheet)),
      reference(make_page_frame(sheet, 1, "right", grid)),
      type_width(reference.type_area.width),
      frame_height(reference.frame_bottom - reference.frame_top),
      default_gap(reference.master->column_gap),
      default_rule(reference.master->column_rule) {}

}  // namespace paiban::layout
