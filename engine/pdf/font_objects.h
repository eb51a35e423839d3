// The PDF objects of one embedded font (ISO 32000-1 §9.7): a Type0 font with
// /Encoding /Identity-H over one CIDFont (CIDFontType0 for CFF outlines,
// CIDFontType2 for TrueType), its FontDescriptor and FontFile, and the
// ToUnicode CMap. Built by hand: PoDoFo's font machinery cannot embed CFF
// collections nor keep our shaped glyph ids (docs/stack.md §4).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include "pdf/font_program.h"
#include "pdf/font_subset.h"
#include "pdf/font_usage.h"
#include "pdf/pdf_objects.h"

namespace paiban::pdf {

// What the painter writes for one glyph, found with one lookup.
struct GlyphCode {
  uint16_t code = 0;  // in the content stream
  // Its /W width in glyph space (1000/em), in ten-thousandths, exactly as
  // written, so that TJ adjustments are computed from the width viewers
  // will use.
  int64_t width = 0;
  // Its ToUnicode text (FontUsage::unicode), nullptr when it has none.
  const std::string* text = nullptr;
};

// Hashed: the painter looks up every glyph it sets.
struct EmbeddedFont {
  ObjectRef type0;
  std::unordered_map<uint32_t, GlyphCode> glyphs;  // original glyph id → code
};

// A CIDFont's widths in glyph space (1000/em): /DW, the whole-number width
// most codes have, and /W for the others ("" when every code has the
// default width).
struct CidWidths {
  double default_width = 1000;
  std::string widths;
};
CidWidths cid_widths(const std::map<uint16_t, double>& width_of_code);

// A font whose objects are made before its subset exists (the pages are
// painted while it is subset): the FontFile stream waits for the program.
struct FontProgramToCome {
  ObjectFactory::LaterStream stream;
  bool truetype = false;  // a FontFile2 needs /Length1
};

// The font's objects, with `code_of` (original glyph id → code, as the
// subset numbers them); its program is given later to fill_font_program.
EmbeddedFont embed_font(ObjectFactory& objects, const FontProgram& font,
                        const std::map<uint32_t, uint16_t>& code_of, const FontUsage& usage,
                        FontProgramToCome& program);
void fill_font_program(ObjectFactory& objects, const FontProgramToCome& to_come,
                       std::string program);

// Both at once, with the subset at hand.
EmbeddedFont embed_font(ObjectFactory& objects, const FontProgram& font, const FontSubset& subset,
                        const FontUsage& usage);

}  // namespace paiban::pdf
