// The code each glyph will have in the content streams, known from the glyph
// set alone, before hb-subset has made the subset: the pages can then be
// painted while the fonts are subset (docs/performance.md, "Painting while
// the fonts are subset"). hb-subset, as font_subset.cpp calls it (no
// retained glyph ids; cmap and the layout tables hidden), keeps .notdef,
// the requested glyphs and, in a TrueType font, the components of composite
// glyphs, and numbers them in ascending order of their old ids. So:
//  - CID-keyed CFF: the code is the glyph's CID, which the subset keeps
//    (pdf/cff_charset.h);
//  - name-keyed CFF and TrueType: the code is the new glyph id, the glyph's
//    rank among the kept glyphs.
// A prediction is checked against the finished subset (pdf_writer.cpp); when
// they differ (say a CFF glyph that pulls in seac components), the pages are
// painted again with the subset's codes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "pdf/font_program.h"

namespace paiban::pdf {

// Original glyph id → code for every glyph of `glyphs`; nullopt when the
// font's tables cannot be read well enough to say.
std::optional<std::map<uint32_t, uint16_t>> predict_codes(const FontProgram& font,
                                                          const std::set<uint32_t>& glyphs);

// The glyphs hb-subset keeps of a TrueType font: .notdef, `glyphs` and the
// components of composite glyphs, transitively (glyf, loca; OpenType spec,
// "glyf — Glyph Data"). nullopt when loca or glyf cannot be read.
std::optional<std::set<uint32_t>> truetype_kept_glyphs(const FontProgram& font,
                                                       const std::set<uint32_t>& glyphs);

}  // namespace paiban::pdf
