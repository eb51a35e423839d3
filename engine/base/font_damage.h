// The check every font face gets when it is opened (base/font_files.h): a
// file whose tables HarfBuzz's sanitizers reject would set every character
// as nothing, so it is refused with the tables named.
#pragma once

#include <hb.h>

#include <string>
#include <vector>

namespace paiban {

// How many characters the check measures.
inline constexpr std::size_t kDamageSamples = 24;

// The characters whose glyphs the check measures: letters, digits and
// ideographs, which must have ink. First the fixed probes (common Latin
// letters, digits and ideographs, found through the cmap one by one) when
// `kDamageSamples` of them map, which is what every Latin or CJK text face
// does; else, for a face of another script or a sparse one, characters
// spread over the whole cmap. Empty when the cmap maps nothing.
std::vector<hb_codepoint_t> damage_samples(hb_face_t* face);

// Which tables of `face` do not load, or empty: its cmap, when no character
// maps; its outlines (loca/glyf or CFF), when more than half the samples
// have none.
std::string damaged_tables(hb_face_t* face);

}  // namespace paiban
