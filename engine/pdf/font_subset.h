// Subsetting with hb-subset and the code each kept glyph gets in the content
// stream (docs/stack.md §3):
//  - CFF (CIDFontType0, FontFile3/CIDFontType0C): the bare CFF table; the
//    code is the glyph's CID from the subset's charset, which keeps the
//    ORIGINAL CIDs even though glyph ids are renumbered;
//  - TrueType (CIDFontType2, FontFile2): the whole subset sfnt; the code is
//    the new glyph id (/CIDToGIDMap /Identity).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "pdf/font_program.h"

namespace paiban::pdf {

struct FontSubset {
  std::string program;                   // bytes for the FontFile stream
  std::map<uint32_t, uint16_t> code_of;  // original glyph id → 2-byte code
  double seconds = 0;                    // plan + execute, for reports
};

// `glyphs` are original glyph ids; .notdef is always kept.
std::optional<FontSubset> subset_font(const FontProgram& font, const FreeTypeLibrary& ft,
                                      const std::set<uint32_t>& glyphs, std::string& error);

}  // namespace paiban::pdf
