// Footnote marks set superscript (InlineRun::Kind::note): their clusters
// are scaled before items are built, so line breaking, justification and
// the glyph runs all see the smaller mark; make_glyph_runs raises them.
#pragma once

#include "layout/paragraph/collect.h"
#include "text/shaped_text.h"

namespace paiban::layout {

// A mark's size as a share of the text's, and how far its baseline stands
// above the text's, in em of the text: a figure of 0.6 em raised 0.35 em
// tops out near the Han em box's top (0.88 em).
constexpr double kMarkScale = 0.6;
constexpr double kMarkRise = 0.35;

// Whether the cluster starting at character `begin` is part of a mark.
bool is_mark(const CollectedText& collected, uint32_t begin);

// Scales the marks' glyph metrics and makes them neither Latin nor Han, so
// no CJK–Latin space opens before them.
void shrink_marks(text::ShapedText& shaped, const CollectedText& collected);

}  // namespace paiban::layout
