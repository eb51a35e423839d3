// Which glyphs of which faces a document uses, and what text each glyph
// stands for. Collected in one pass over all pages before anything is
// written, because subsetting and the ToUnicode CMap need the whole set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "page/page.h"

namespace paiban::pdf {

struct FontUsage {
  page::FaceRef face;
  std::string resource_name;  // "F1", "F2"… in order of first use
  std::set<uint32_t> glyphs;  // original glyph ids
  // Glyph → text for the ToUnicode CMap. The FIRST non-empty text a glyph is
  // seen with wins; later different texts are carried by /ActualText.
  // Hashed: looked up for every glyph painted; never iterated.
  std::unordered_map<uint32_t, std::string> unicode;
};

class FontUsageCollector {
 public:
  void add_run(const page::GlyphRun& run);
  const std::vector<FontUsage>& fonts() const { return fonts_; }
  // Index into fonts() for a face already added.
  std::size_t index_of(const page::FaceRef& face) const { return index_.at(face); }

 private:
  // Per face, by glyph id: seen at all, and seen with its text. Nearly every
  // glyph set is one seen before, so it costs a look at these instead of a
  // search of `glyphs` and `unicode` (x20: 100 k glyphs, 1,300 distinct).
  struct Seen {
    std::vector<bool> glyph, text;
  };
  std::vector<FontUsage> fonts_;
  std::vector<Seen> seen_;  // parallel to fonts_
  std::map<page::FaceRef, std::size_t> index_;
  std::size_t last_ = 0;  // the face of the run before: runs come in long stretches of one face
};

// One glyph with text plus the following glyphs whose text is empty (they
// continue it: one character drawn with several glyphs). Not text::Cluster,
// which is a shaping cluster of the text stage. The text is a view of the
// first glyph's: spans live while their run.
struct GlyphTextSpan {
  std::size_t begin = 0, end = 0;  // glyph index range [begin, end)
  std::string_view text;
};
std::vector<GlyphTextSpan> glyph_text_spans(const page::GlyphList& glyphs);
// The spans view the list's text: a temporary list would leave them dangling.
std::vector<GlyphTextSpan> glyph_text_spans(page::GlyphList&& glyphs) = delete;

// Whether the ToUnicode texts of the glyphs [begin, end), one after the
// other, spell `text` exactly; `text_of(i)` is glyph i's text, nullptr when
// it has none. Compared piece by piece: this runs for every glyph set.
template <class TextOf>
bool spells(std::string_view text, std::size_t begin, std::size_t end, const TextOf& text_of) {
  for (std::size_t i = begin; i < end; ++i) {
    const std::string* piece = text_of(i);
    if (!piece) continue;
    if (text.substr(0, piece->size()) != *piece) return false;
    text.remove_prefix(piece->size());
  }
  return text.empty();
}

// True when the ToUnicode mappings of the span's glyphs do not spell the
// span's text, so a copy would come out wrong without /ActualText
// (ISO 32000-1 §14.9.4).
bool needs_actual_text(const FontUsage& font, const page::GlyphList& glyphs,
                       const GlyphTextSpan& cluster);

}  // namespace paiban::pdf
