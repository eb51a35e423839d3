// Sets a paragraph: inline runs in a text style → lines of positioned glyph
// runs, broken and justified to a measure. The driver below reads as the
// pipeline: collect → shape → items → total-fit breaks → justify → runs.
#pragma once

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/diagnostics.h"
#include "layout/paragraph/collect.h"
#include "layout/paragraph/line_checks.h"
#include "page/page.h"
#include "paiban/document.h"
#include "style/stylesheet.h"
#include "text/font_library.h"
#include "text/hyphenator.h"
#include "text/shaped_text.h"

namespace paiban::layout {

// A decoration drawn with a line (InlineRun, SDK v2): x from the line's
// left edge, y from the baseline (positive = below).
struct LineDecoration {
  // link: not drawn; the area over a link's glyphs, y its top and
  // thickness its height (the em box), for a PDF link annotation.
  enum class Kind { strikethrough, underline, emphasis_dot, link };
  Kind kind = Kind::strikethrough;
  Length x0, x1;  // a dot: its centre is (x0 + x1) / 2
  Length y;
  Length thickness;  // a dot: its diameter
  Color color;
  std::string uri;  // link only
};

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
  bool address_break = false;  // ends inside a URL or e-mail address (may end with "/")
  Length max_inter_cjk;        // widest inter-character gap given by justification
  int cjk_latin_count = 0;     // CJK–Latin gaps inside the line, narrowest and widest
  Length cjk_latin_min;
  Length cjk_latin_max;
  std::vector<Length> cjk_latin_gaps;
  Length max_word_space;  // the widest Latin word space as set
  Length narrowest_mark;  // the narrowest mark justification shrank; zero: none
  bool ragged = false;    // too loose to justify within the limits: set flush left
  std::u32string text;    // the characters set on the line (tests, checks)
  std::vector<LineDecoration> decorations;
  // Footnote marks on the line: indices of their InlineRun::Kind::note
  // runs in the runs the paragraph was set from, in reading order.
  std::vector<uint32_t> note_runs;
};

struct ParagraphOptions {
  bool use_style_indent = true;  // false: no first-line indent (after a figure, in boxes)
};

// How wide a text is when set: the least a line can be (its widest piece
// between two break opportunities) and the most (all of it on one line).
struct ContentWidths {
  Length min;
  Length max;
};

// One paragraph set, with what setting it reports: the problems found and
// the numbers it adds to the statistics are kept with the lines until the
// lines are taken (ParagraphSetter::take), so that a paragraph set ahead on
// another thread reports exactly what, and when, it would have reported had
// it been set when it was needed.
struct SetParagraph {
  // A problem to report when taken (ParagraphSetter's report_* functions).
  struct Report {
    enum class Kind : uint8_t { missing_char, unknown_color, overfull };
    Kind kind = Kind::missing_char;
    SourceSpan at;
    char32_t cp = 0;       // missing_char; overfull: the line's widest character
    std::string color;     // unknown_color: the name
    std::size_t line = 0;  // overfull: which line
    Length widest_width;   // overfull
  };
  std::vector<SetLine> lines;
  std::vector<Report> reports;  // in the order they are reported
  // False when setting ahead needed a font lookup not made before (see
  // FontLibrary::known_chain): the lines are not to be used.
  bool complete = true;
  // For the statistics: whether it counts (empty text does not), the
  // emergency pass, and the style and measure it was set in.
  bool counted = false;
  bool emergency = false;
  bool justified = false;
  const style::TextStyle* style = nullptr;
  Length measure;
};

class ParagraphSetter {
 public:
  // Without a hyphenator Latin words break only at the last resort.
  ParagraphSetter(const style::StyleSheet& sheet, text::FontLibrary& fonts, Diagnostics& diags,
                  const text::Hyphenator* hyphenator = nullptr);

  std::vector<SetLine> set(const std::vector<InlineRun>& runs, const style::TextStyle& style,
                           Length measure, const SourceSpan& where,
                           const ParagraphOptions& options = {});

  // set() in two halves. set_ahead() may run on any thread, also while
  // set() runs on another: it changes nothing of the setter's, looks up no
  // font it has not looked up before (when it would have to, the result is
  // not `complete`) and reports nothing. take() then reports the problems
  // and counts the statistics, as set() would have, and gives the lines.
  SetParagraph set_ahead(const std::vector<InlineRun>& runs, const style::TextStyle& style,
                         Length measure, const SourceSpan& where,
                         const ParagraphOptions& options = {});
  std::vector<SetLine> take(SetParagraph&& set);

  // A code block's lines (code_lines.cpp): every source line kept with its
  // indentation at natural width, broken at the measure with the style
  // sheet's continuation mark; an empty line is a SetLine without runs.
  std::vector<SetLine> set_code(const std::vector<InlineRun>& runs, const style::TextStyle& style,
                                Length measure, const SourceSpan& where);
  // Measures `runs` in `style` without breaking lines or reporting (table
  // column widths).
  ContentWidths content_widths(const std::vector<InlineRun>& runs, const style::TextStyle& style);
  // Whether a font of `style`'s roles (its CJK or its Latin font) has `cp`,
  // rather than a fallback font standing in for it.
  bool style_has_char(char32_t cp, const style::TextStyle& style);

  // Statistics over the paragraphs set since the last reset. A composer that
  // lays the issue out more than once resets them at the start of each pass.
  int emergency_paragraphs() const { return emergency_paragraphs_; }
  const TypographyStats& statistics() const { return stats_; }
  void reset_statistics() {
    stats_ = {};
    emergency_paragraphs_ = 0;
  }

 private:
  // `known_only`: only fonts looked up before (set_ahead); `*unknown` is set
  // when another was needed.
  text::ShapingInput shaping_input(const CollectedText& collected, const style::TextStyle& style,
                                   bool known_only = false, bool* unknown = nullptr);
  SetParagraph compose(const std::vector<InlineRun>& runs, const style::TextStyle& style,
                       Length measure, const SourceSpan& where, const ParagraphOptions& options,
                       bool known_only);

  // An overfull line is an error, not a warning: with a break allowed
  // between any two characters (BreakKind::rescue) only a character wider
  // than the measure, or a measure narrower than one, makes one
  // (docs/typography.md R5). `widest` is the line's widest character.
  void report_overfull(const SetLine& line, Length measure, const style::TextStyle& style,
                       const SourceSpan& at, char32_t widest, Length widest_width);

  // One character no installed font has: an error, or a warning when the
  // style sheet allows placeholders ([typography] missing_glyph = "warn").
  void report_missing_at(char32_t cp, const SourceSpan& at, const style::TextStyle& style);

  const style::StyleSheet& sheet_;
  text::FontLibrary& fonts_;
  Diagnostics& diags_;
  const text::Hyphenator* hyphenator_;
  std::set<std::tuple<std::string, int, int, char32_t>> missing_reported_;
  std::set<std::tuple<std::string, int, int, std::string>> overfull_reported_;
  int emergency_paragraphs_ = 0;
  TypographyStats stats_;
};

}  // namespace paiban::layout
