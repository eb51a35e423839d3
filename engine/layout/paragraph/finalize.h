// Turns a justified line's boxes into page glyph runs. A hyphenated line
// ends with its last cluster's hyphen glyph, which carries no text of its
// own: copied text is the unhyphenated word (the pdf stage writes
// /ActualText for the cluster). A line ending inside a kerned pair ends with
// the cluster's glyphs as shaped without its successor; its text is the same.
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
  // Per character: index into `colors` (the decoration's colour); empty =
  // every glyph in `color`.
  const std::vector<uint16_t>* decoration = nullptr;
  std::vector<Color> colors;
  // Per decoration: a footnote mark, set at kMarkScale and raised (marks.h).
  std::vector<bool> raised;
};

// How the line ends, from the break taken after its last box.
struct LineEnd {
  bool hyphenated = false;       // the last cluster's hyphen follows it
  bool line_end_glyphs = false;  // the last cluster is set with its line_end_glyphs
};

std::vector<page::GlyphRun> make_glyph_runs(const JustifiedLine& line,
                                            const std::vector<ParagraphItem>& items,
                                            const text::ShapedText& shaped,
                                            const std::u32string& text, const RunStyle& style,
                                            Length x_offset, LineEnd end = {});

}  // namespace paiban::layout
