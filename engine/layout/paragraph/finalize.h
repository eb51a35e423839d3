// Turns a justified line's boxes into page glyph runs.
#pragma once

#include <vector>

#include "layout/paragraph/items.h"
#include "layout/paragraph/justify.h"
#include "page/page.h"
#include "text/shaped_text.h"

namespace paiban::layout {

struct RunStyle {
  Length size;
  Color color;
};

std::vector<page::GlyphRun> make_glyph_runs(const JustifiedLine& line,
                                            const std::vector<Item>& items,
                                            const text::ShapedText& shaped,
                                            const std::u32string& text, const RunStyle& style,
                                            Length x_offset);

}  // namespace paiban::layout
