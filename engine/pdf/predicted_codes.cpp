#include "pdf/predicted_codes.h"

#include <hb.h>

#include <string_view>
#include <vector>

#include "pdf/cff_charset.h"
#include "pdf/font_table.h"

namespace paiban::pdf {
namespace {

// Each glyph's rank among `kept` (sorted), for the glyphs of `glyphs`.
std::optional<std::map<uint32_t, uint16_t>> ranks(const std::set<uint32_t>& kept,
                                                  const std::set<uint32_t>& glyphs) {
  std::map<uint32_t, uint16_t> out;
  uint32_t rank = 0;
  auto wanted = glyphs.begin();
  for (uint32_t g : kept) {
    if (wanted == glyphs.end()) break;
    if (g == *wanted) {
      if (rank > 0xffff) return std::nullopt;
      out.emplace_hint(out.end(), g, static_cast<uint16_t>(rank));
      ++wanted;
    }
    ++rank;
  }
  if (wanted != glyphs.end()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::set<uint32_t>> truetype_kept_glyphs(const FontProgram& font,
                                                       const std::set<uint32_t>& glyphs) {
  hb_face_t* face = font.hb_face();
  const FontTable head(face, HB_TAG('h', 'e', 'a', 'd'));
  const FontTable loca(face, HB_TAG('l', 'o', 'c', 'a'));
  const FontTable glyf(face, HB_TAG('g', 'l', 'y', 'f'));
  const auto loca_format = head.u16(50);  // indexToLocFormat: 0 short, 1 long
  if (!loca_format || *loca_format > 1) return std::nullopt;
  const bool long_offsets = *loca_format == 1;
  const unsigned count = font.glyph_count();
  auto glyph_start = [&](uint32_t gid) -> std::optional<std::size_t> {
    if (long_offsets) return loca.u32(std::size_t{gid} * 4);
    const auto half = loca.u16(std::size_t{gid} * 2);
    if (!half) return std::nullopt;
    return std::size_t{*half} * 2;
  };

  std::set<uint32_t> kept{0};
  std::vector<uint32_t> todo(glyphs.begin(), glyphs.end());
  while (!todo.empty()) {
    const uint32_t gid = todo.back();
    todo.pop_back();
    if (gid >= count || !kept.insert(gid).second) continue;
    const auto begin = glyph_start(gid), end = glyph_start(gid + 1);
    if (!begin || !end || *begin > *end || *end > glyf.size()) return std::nullopt;
    if (*end - *begin < 10) continue;  // an empty glyph
    const auto contours = glyf.u16(*begin);
    if (!contours || (*contours & 0x8000) == 0) continue;  // a simple glyph
    // A composite: component records up to one without MORE_COMPONENTS.
    std::size_t at = *begin + 10;
    for (;;) {
      const auto flags = glyf.u16(at), component = glyf.u16(at + 2);
      if (!flags || !component || at + 4 > *end) return std::nullopt;
      todo.push_back(*component);
      at += 4;
      at += (*flags & 0x0001) ? 4 : 2;  // ARG_1_AND_2_ARE_WORDS
      if (*flags & 0x0008) {            // WE_HAVE_A_SCALE
        at += 2;
      } else if (*flags & 0x0040) {  // WE_HAVE_AN_X_AND_Y_SCALE
        at += 4;
      } else if (*flags & 0x0080) {  // WE_HAVE_A_TWO_BY_TWO
        at += 8;
      }
      if ((*flags & 0x0020) == 0) break;  // MORE_COMPONENTS
    }
  }
  return kept;
}

std::optional<std::map<uint32_t, uint16_t>> predict_codes(const FontProgram& font,
                                                          const std::set<uint32_t>& glyphs) {
  for (uint32_t g : glyphs)
    if (g >= font.glyph_count()) return std::nullopt;
  if (font.kind() == OutlineKind::truetype) {
    const auto kept = truetype_kept_glyphs(font, glyphs);
    if (!kept) return std::nullopt;
    return ranks(*kept, glyphs);
  }
  const FontTable cff(font.hb_face(), HB_TAG('C', 'F', 'F', ' '));
  CffCids cids = read_cff_cids(cff.data(), font.glyph_count(), glyphs);
  switch (cids.keying) {
    case CffKeying::cid:
      return std::move(cids.cid_of);
    case CffKeying::name: {
      std::set<uint32_t> kept(glyphs);
      kept.insert(0);
      return ranks(kept, glyphs);
    }
    case CffKeying::unreadable:
      break;
  }
  return std::nullopt;
}

}  // namespace paiban::pdf
