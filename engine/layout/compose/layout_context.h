// What every step of page composition reads, made once per compose_pages()
// call: the style sheet and what it implies for the whole issue. The fields
// under "derived" are computed from the sheet by the constructor, so no
// caller works them out (or works them out differently).
#pragma once

#include "base/diagnostics.h"
#include "base/environment.h"
#include "layout/compose/grid.h"
#include "layout/compose/line_setter.h"
#include "layout/compose/page_frames.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct LayoutContext {
  LayoutContext(const style::StyleSheet& sheet, LineSetter& lines, const Environment& env,
                Diagnostics& diags);

  const style::StyleSheet& sheet;
  LineSetter& lines;       // sets text, and remembers it across layout passes
  const Environment& env;  // figure images are read through it
  // Where problems go. compose_pages() points it at the current pass's list
  // (each pass finds the same problems; only the last pass's are kept).
  Diagnostics& diags;

  // Derived from the sheet:
  Grid grid;  // the body line pitch (docs/typography.md R7)
  // Page 1 on the 'right' master: text is set for its type area, whatever
  // page it lands on (compose_pages.cpp warns when masters differ in width).
  PageFrame reference;
  Length type_width;    // the type area's width: the measure of spanning blocks
  Length frame_height;  // a full column's height: the most a figure may take
  Length default_gap;   // the reference master's column gap …
  bool default_rule;    // … and whether a rule stands in it
};

}  // namespace paiban::layout
