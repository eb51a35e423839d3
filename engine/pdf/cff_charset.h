// The CIDs of a CFF font's glyphs, read from its charset (Adobe Technical
// Note #5176, "The Compact Font Format Specification": §8 INDEX, §9 DICT,
// §13 charsets, §18 CID-keyed fonts). The pdf stage writes a CIDFontType0's
// glyphs by CID, and hb-subset keeps every kept glyph's CID, so the codes of
// a CFF subset are known from the source's charset before the subset exists
// (pdf/predicted_codes.h).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string_view>

namespace paiban::pdf {

enum class CffKeying {
  cid,         // a CID-keyed font (the Top DICT has ROS): the charset holds CIDs
  name,        // a name-keyed font: the charset holds glyph names' SIDs
  unreadable,  // not a CFF table this reader understands
};

struct CffCids {
  CffKeying keying = CffKeying::unreadable;
  std::map<uint32_t, uint16_t> cid_of;  // glyph id → CID; only for CffKeying::cid
};

// `cff` is the bare CFF table; `glyph_count` its number of glyphs (maxp).
// Glyph 0 (.notdef) has CID 0. A glyph past the charset makes the table
// unreadable.
CffCids read_cff_cids(std::string_view cff, unsigned glyph_count, const std::set<uint32_t>& glyphs);

}  // namespace paiban::pdf
