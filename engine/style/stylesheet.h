// The typed style sheet: every number an editor may change. Built by the
// style stage from TOML files (with `extends` inheritance); every value keeps
// the place it was written so later stages can point editors back to it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/limits.h"
#include "paiban/color.h"
#include "paiban/length.h"
#include "paiban/options.h"
#include "paiban/source.h"
#include "style/units.h"

namespace paiban::style {

enum class Alignment { justify, left, center, right };

// clreq line-start/line-end prohibition levels (docs/typography.md R1).
enum class KinsokuLevel { basic, gb, strict };

// What a character no installed font has becomes: an error, or a warning
// and a visible placeholder (the .notdef box of the style's font).
enum class MissingGlyph { error, warn };

// Where footnote numbers start again at 1.
enum class NoteNumbering { issue, article, page };

// Where footnotes stand: at the foot of the page across the type area, or
// at the foot of the column their mark stands in, at its measure.
enum class NotePlace { page, column };

// Where a table's caption paragraph (表1 …) stands in the manuscript.
enum class CaptionPlace { before, after };

// What a link's URL becomes in print: a footnote (unless the link's text is
// its URL), the URL in parentheses after the text, or nothing.
enum class LinkStyle { footnote, inline_url, text };

// What the PDF is for: the press (PDF/X-4, nothing but the printed page) or
// a screen (clickable links; not PDF/X). docs/print.md "Press or screen".
enum class OutputTarget { press, screen };

// xeCJK punctuation styles (docs/typography.md R3).
enum class PunctuationStyle { quanjiao, kaiming, banjiao, hangmobanjiao };

struct FontSpec {
  std::string family;             // fontconfig family name, e.g. "Noto Serif CJK SC"
  std::string style = "Regular";  // fontconfig style name
};

// A font role ("song", "hei", "kai", "latin_serif", …): a family and its
// fallback chain, tried in order for each character.
struct FontRole {
  std::string name;
  std::vector<FontSpec> chain;
  bool fake_bold = false;  // stroke outlines for single-weight families
  SourceSpan span;
};

// A paragraph/character style, referenced by name from plugins.
struct TextStyle {
  std::string name;
  std::string font = "song";  // CJK font role
  std::string latin_font;     // role for Latin letters and digits; empty = `font`
  Length size = Length::pt(10.5);
  Length line_height = Length::pt(16.8);  // baseline pitch
  bool tight_leading = false;             // line_height may be less than size (display type)
  Length first_line_indent;               // resolved (2字 = 2 × size)
  Length left_indent;
  Length space_before;  // snapped to whole grid lines by layout when the grid is on
  Length space_after;
  Alignment align = Alignment::justify;
  Color color = Color::black();
  bool keep_with_next = false;
  std::string background;  // [colors] name of a tint behind the lines; empty = none
  SourceSpan span;
};

struct Typography {
  KinsokuLevel kinsoku = KinsokuLevel::strict;
  PunctuationStyle punctuation = PunctuationStyle::quanjiao;
  bool line_end_half = true;        // full-width punct at line end set ½ em (GB/T 15834 §5.1.10)
  bool line_start_trim = true;      // opening bracket at line start loses its blank
  double cjk_latin_space = 0.25;    // em
  double cjk_latin_shrink = 0.125;  // em, the least it may become
  double cjk_latin_stretch = 1.0 / 3.0;  // em, the most it may become
  double cjk_stretch = 0.1;              // em per inter-character gap before a line counts as loose
  // Hard limits of justification: a line that needs more is set flush left
  // at its natural spacing, never letter-spaced.
  double cjk_stretch_max = 0.125;  // em added between two CJK characters at most
  double word_space_max = 0.5;     // em a Latin word space may grow to at most
  bool hyphenate = true;           // Latin words at pattern points (libhyphen, en-US)
  int hyphen_min_before = 2;       // letters left before a hyphen
  int hyphen_min_after = 3;        // letters carried over after it
  MissingGlyph missing_glyph = MissingGlyph::error;
  bool hanging_punctuation = false;
  int min_last_line_chars = 2;  // 孤字: Han characters on a paragraph's last line
  int widows = 2;               // lines of a paragraph kept at a column top
  int orphans = 2;              // lines of a paragraph kept at a column foot
  bool line_grid = true;        // body baselines on the grid of the body line height
  // Lists: markers per nesting level (the last repeats), the indent of
  // each level's text, the least marker–text gap, space between items.
  std::vector<std::string> bullets = {"●", "○", "■"};
  double bullet_scale = 0.5;  // bullets' size as a share of the text size
  std::vector<std::string> numbering = {"1.", "（1）", "①"};
  Length list_indent = Length::pt(21);
  Length list_marker_gap = Length::pt(5.25);
  Length list_item_space;
  std::string code_continuation = "⏎";  // end of a code line broken at the measure
  // Footnotes: the number form (as in `numbering`), where numbers restart,
  // where the notes stand, the short rule over them; links in print.
  std::string footnote_numbering = "①";
  NoteNumbering footnote_restart = NoteNumbering::article;
  NotePlace footnote_place = NotePlace::page;
  Length footnote_rule = Length::pt(60);
  LinkStyle links = LinkStyle::footnote;
  // Tables of the manuscript (paiban/blocks.h, SectionContext::house): the
  // label over a header repeated after a break, where the caption stands.
  std::string table_continued = "续表";
  CaptionPlace table_caption = CaptionPlace::before;
};

// A running header or footer line.
struct RunningLine {
  bool enabled = true;
  std::string style;  // text style name
  std::string left;   // templates: {title} {issue} {date} {section} {page}
  std::string center;
  std::string right;
  bool rule = false;  // a hairline under a header / over a footer
  Length rule_width = Length::pt(0.5);
  Length offset = Length::mm(8);  // distance from the type area edge to its baseline
};

struct PageMaster {
  std::string name;  // "first", "left", "right", or any name a section asks for
  Length width = Length::mm(210);
  Length height = Length::mm(297);
  Length margin_top = Length::mm(20);
  Length margin_bottom = Length::mm(20);
  Length margin_inner = Length::mm(20);
  Length margin_outer = Length::mm(20);
  int columns = 1;
  Length column_gap = Length::mm(6);
  bool column_rule = false;
  RunningLine header;
  RunningLine footer;  // the folio lives here ({page})
  SourceSpan span;
};

struct Print {
  Length bleed = Length::mm(3);
  bool crop_marks = false;
  bool registration_marks = false;
  bool slug = false;
  bool overprint_black_text = true;
  std::string output_profile;      // ICC file; empty = the bundled FOGRA39 profile
  SourceSpan output_profile_span;  // where output_profile is set, for messages about the file
  std::string output_condition_identifier = "FOGRA39";
  std::string output_condition = "Offset printing, coated paper (ISO 12647-2:2004)";
  OutputTarget output = OutputTarget::press;
};

struct SectionBinding {
  std::string match;   // manuscript `#` heading text; empty = not bound to a heading
  std::string plugin;  // plugin name
  OptionTable options;
  bool optional = false;  // a section not every issue has: no warning when it is missing
  SourceSpan span;
};

struct StyleSheet {
  std::string path;                // the file given (the leaf of an `extends` chain)
  std::vector<std::string> files;  // every file read: `path` and its `extends` chain
  Typography typography;
  std::map<std::string, FontRole> fonts;
  std::map<std::string, TextStyle> styles;    // always has "body", "h1", "h2"
  std::map<std::string, PageMaster> masters;  // always has "first", "left", "right"
  std::map<std::string, Color> colors;        // named colours editors define
  Print print;
  std::vector<SectionBinding> sections;
  std::vector<std::string> plugin_path;  // folders, resolved against the style file
  Limits limits;                         // [limits]; the command line may override them
  LengthContext units;  // [sizes] and em = the body size (for plugin length options)

  const TextStyle& text_style(const std::string& name) const;  // falls back to "body"
  const PageMaster& master(const std::string& name) const;     // falls back to "right"
};

}  // namespace paiban::style
