// Flow → galley: every block set into rows at the measure of the column it
// will stand in, segments cut where column sets begin and end.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "layout/compose/galley.h"
#include "layout/compose/grid.h"
#include "layout/compose/line_setter.h"
#include "layout/flow/flow.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct GalleyContext {
  const style::StyleSheet& sheet;
  LineSetter& lines;
  const Grid& grid;
  const Environment& env;
  Diagnostics& diags;
  Length type_width;    // the type area's width: the measure of spanning blocks
  Length frame_height;  // a full column's height: the most a figure may take
  Length default_gap;   // the page master's column gap
  bool default_rule = false;
  // Page label of each outline heading from the previous pass (contents);
  // empty strings before the first pass has placed them.
  const std::vector<std::string>& heading_labels;
};

Galley build_galley(const Flow& flow, const GalleyContext& ctx);

}  // namespace paiban::layout
