// The text stage's product for one paragraph: its characters grouped into
// shaped clusters, each with its glyphs, width, clreq class, measured
// punctuation blanks and the line-break opportunity after it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "style/stylesheet.h"
#include "text/char_class.h"
#include "text/font_library.h"

namespace paiban::text {

// Font chains for one inline variant (regular, strong, emphasis, code).
struct FontChoice {
  std::vector<ResolvedFace> cjk;    // Han and CJK punctuation
  std::vector<ResolvedFace> latin;  // letters, digits, ASCII symbols, spaces
};

struct ShapingInput {
  std::u32string text;
  std::vector<uint8_t> variant;   // per character: index into `fonts`
  std::vector<FontChoice> fonts;  // per variant
  style::KinsokuLevel kinsoku = style::KinsokuLevel::strict;
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
