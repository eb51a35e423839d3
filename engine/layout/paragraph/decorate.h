// The lines and dots drawn over a set line's glyphs: strikethrough and
// underline across each stretch of decorated characters (the gaps between
// them included), and 着重号 under each Han character.
#pragma once

#include <vector>

#include "layout/paragraph/collect.h"
#include "layout/paragraph/items.h"
#include "layout/paragraph/justify.h"
#include "layout/paragraph/paragraph.h"
#include "text/shaped_text.h"

namespace paiban::layout {

// `colors[d]` is decoration d's colour; `x_offset` the line's alignment
// offset, as given to make_glyph_runs.
std::vector<LineDecoration> decorate_line(const JustifiedLine& line,
                                          const std::vector<ParagraphItem>& items,
                                          const text::ShapedText& shaped,
                                          const CollectedText& collected,
                                          const std::vector<Color>& colors, Length size,
                                          Length x_offset);

}  // namespace paiban::layout
