// Sets a paragraph: inline runs in a text style → lines of positioned glyph
// runs, broken and justified to a measure. The driver below reads as the
// pipeline: collect → shape → items → total-fit breaks → justify → runs.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "layout/paragraph/line_checks.h"
#include "page/page.h"
#include "paiban/document.h"
#include "style/stylesheet.h"
#include "text/font_library.h"

namespace paiban::layout {

struct SetLine {
  // Glyph runs with origins relative to the line: x from the line's left
  // edge (alignment offset included), y = 0 on the baseline.
  std::vector<page::GlyphRun> runs;
  Length width;          // set width (the measure when justified, plus any hang)
  Length hang;           // how far a hanging mark reaches past the measure
  Length natural_width;  // before justification
  Length ascent;         // above the baseline, largest face
  Length descent;        // below the baseline, positive
  bool first = false;    // first line of its paragraph
  bool last = false;     // last line of its paragraph
  bool overfull = false;
  Length max_inter_cjk;     // widest inter-character gap given by justification
  int cjk_latin_count = 0;  // CJK–Latin gaps inside the line, narrowest and widest
  Length cjk_latin_min;
  Length cjk_latin_max;
  std::u32string text;  // the characters set on the line (tests, checks)
};

struct ParagraphOptions {
  bool use_style_indent = true;  // false: no first-line indent (after a figure, in boxes)
};

class ParagraphSetter {
 public:
  ParagraphSetter(const style::StyleSheet& sheet, text::FontLibrary& fonts, Diagnostics& diags);

  std::vector<SetLine> set(const std::vector<InlineRun>& runs, const style::TextStyle& style,
                           Length measure, const SourceSpan& where,
                           const ParagraphOptions& options = {});

  // Statistics over the paragraphs set since the last reset. A composer that
  // lays the issue out more than once resets them at the start of each pass.
  int emergency_paragraphs() const { return emergency_paragraphs_; }
  const TypographyStats& statistics() const { return stats_; }
  void reset_statistics() {
    stats_ = {};
    emergency_paragraphs_ = 0;
  }

 private:
  const style::StyleSheet& sheet_;
  text::FontLibrary& fonts_;
  Diagnostics& diags_;
  int emergency_paragraphs_ = 0;
  TypographyStats stats_;
};

}  // namespace paiban::layout
