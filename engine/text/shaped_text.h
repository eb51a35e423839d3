// The text stage's product for one paragraph: its characters grouped into
// shaped clusters, each with its glyphs, width, clreq class, measured
// punctuation blanks and the line-break opportunity after it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "style/stylesheet.h"
#include "text/char_class.h"
#include "text/font_library.h"
#include "text/hyphenator.h"

namespace paiban::text {

// Font chains for one inline variant (regular, strong, emphasis, code).
struct FontChoice {
  std::vector<ResolvedFace> cjk;    // Han and CJK punctuation
  std::vector<ResolvedFace> latin;  // letters, digits, ASCII symbols, spaces
  bool code = false;                // inline code: never hyphenated
  // After both chains: any installed face with the character (nullptr: none).
  std::function<const ResolvedFace*(char32_t)> fallback;
};

struct ShapingInput {
  std::u32string text;
  std::vector<uint8_t> variant;   // per character: index into `fonts`
  std::vector<FontChoice> fonts;  // per variant
  style::KinsokuLevel kinsoku = style::KinsokuLevel::strict;
  const Hyphenator* hyphenator = nullptr;  // none: words are not hyphenated
  int hyphen_min_before = 2;               // letters a hyphenated word keeps on the line
  int hyphen_min_after = 3;                // letters it carries to the next line
  // Break controls typed in the text, already removed from it: a break is
  // allowed (U+200B), forbidden (U+2060, U+FEFF) or a hyphenation point
  // (U+00AD) before text[i].
  std::vector<uint32_t> break_before, no_break_before, hyphen_before;
};

struct ClusterGlyph {
  uint32_t id = 0;
  int32_t advance = 0;  // font units
  int32_t x_offset = 0;
  int32_t y_offset = 0;
};

// How strongly a line break after a cluster is discouraged.
enum class BreakKind : uint8_t {
  never,        // kinsoku, inside a Latin word, inside —— or ……
  discouraged,  // allowed at a cost (a number and its unit: "2048|块")
  allowed,
  url,          // inside a URL or e-mail address, at a conventional point; no hyphen
  hyphen,       // inside a Latin word at a pattern hyphenation point; adds a hyphen
  last_resort,  // between any two characters of a token, only when nothing else fits
  // Between any two characters where the rules forbid a break (kinsoku, a
  // no-break space, a word joiner, ——): taken only when the line would
  // otherwise leave the measure, so nothing ever does (docs/typography.md R5).
  rescue,
};

struct Cluster {
  uint32_t begin = 0;  // characters [begin, end) of ShapingInput::text
  uint32_t end = 0;
  CharClass cls = CharClass::han;  // class of the first character
  char32_t first_char = 0;
  const FontFace* face = nullptr;
  bool fake_bold = false;
  uint8_t variant = 0;
  std::vector<ClusterGlyph> glyphs;
  int32_t advance = 0;      // font units: sum of glyph advances
  int32_t blank_left = 0;   // compressible blank before the ink (adjustable punctuation)
  int32_t blank_right = 0;  // compressible blank after the ink
  BreakKind break_after = BreakKind::never;
  // When break_after is `hyphen`: the hyphen glyph of this cluster's face,
  // set at the line end only if the break is taken.
  ClusterGlyph hyphen;
  // When a line may end after this cluster but HarfBuzz shaped it together
  // with its successor (a Latin pair kern such as "y." or "Te"): the glyphs
  // it has with nothing after it, set in place of `glyphs` when the line
  // ends here. Empty when ending a line changes nothing.
  std::vector<ClusterGlyph> line_end_glyphs;
  int32_t line_end_advance = 0;  // font units: sum of line_end_glyphs' advances
};

struct MissingChar {
  char32_t cp = 0;
  uint32_t index = 0;  // character index in the text
};

struct ShapedText {
  std::vector<Cluster> clusters;
  std::vector<MissingChar> missing;  // characters no face of the chain has
};

ShapedText shape_text(const ShapingInput& input);

}  // namespace paiban::text
