#include "base/font_damage.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string_view>

namespace paiban {
namespace {

// Letters, digits and ideographs: characters that must have ink.
bool needs_ink(hb_codepoint_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);
}

// The probes, in the order they are tried: an ideograph, then a Latin
// letter or digit, and so on, so that a CJK face is measured on both its
// ideographs and its Latin, and a Latin face on its letters and digits.
// The ideographs are among the most frequent of Chinese text and spread over
// the CJK block (U+4E00-U+9FFF), as a collection's glyphs are.
constexpr std::u32string_view kIdeographProbes =
    U"的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年部销额龙";
constexpr std::string_view kLatinProbes =
    "Aa0Bb1Cc2Dd3Ee4Ff5Gg6Hh7Ii8Jj9KkLlMmNnOoPpQqRrSsTtUuVvWwXxYyZz";

std::vector<hb_codepoint_t> interleaved_probes() {
  std::vector<hb_codepoint_t> ideographs, latin, out;
  for (char32_t c : kIdeographProbes) ideographs.push_back(c);
  for (char c : kLatinProbes) latin.push_back(static_cast<unsigned char>(c));
  for (std::size_t i = 0; i < std::max(ideographs.size(), latin.size()); ++i) {
    if (i < ideographs.size()) out.push_back(ideographs[i]);
    if (i < latin.size()) out.push_back(latin[i]);
  }
  return out;
}

// Up to kDamageSamples probes `font` maps, in probe order.
std::vector<hb_codepoint_t> mapped_probes(hb_font_t* font) {
  static const std::vector<hb_codepoint_t> probes = interleaved_probes();
  std::vector<hb_codepoint_t> mapped;
  for (hb_codepoint_t cp : probes) {
    hb_codepoint_t glyph = 0;
    if (hb_font_get_nominal_glyph(font, cp, &glyph)) mapped.push_back(cp);
    if (mapped.size() == kDamageSamples) break;
  }
  return mapped;
}

// Every character `face` maps, in order. A CJK cmap maps ~45,000, so the set
// is read in blocks (one by one, hb_set_next was half of a cold render's
// font loading when every face took this path).
std::vector<hb_codepoint_t> mapped_chars(hb_face_t* face) {
  hb_set_t* mapped = hb_set_create();
  hb_face_collect_unicodes(face, mapped);
  std::vector<hb_codepoint_t> chars(hb_set_get_population(mapped));
  std::size_t got = 0;
  hb_codepoint_t after = HB_SET_VALUE_INVALID;
  while (got < chars.size()) {
    const unsigned n = hb_set_next_many(mapped, after, chars.data() + got,
                                        static_cast<unsigned>(chars.size() - got));
    if (n == 0) break;
    got += n;
    after = chars[got - 1];
  }
  chars.resize(got);
  hb_set_destroy(mapped);
  return chars;
}

// Each sample is the first character that needs ink at or after one of
// kDamageSamples evenly spaced places in the cmap (only the characters
// looked at are classified).
std::vector<hb_codepoint_t> spread_samples(hb_face_t* face) {
  const std::vector<hb_codepoint_t> chars = mapped_chars(face);
  std::vector<hb_codepoint_t> samples;
  for (std::size_t s = 0, at = 0; s < kDamageSamples; ++s) {
    at = std::max(at, s * chars.size() / kDamageSamples);
    while (at < chars.size() && !needs_ink(chars[at])) ++at;
    if (at == chars.size()) break;
    samples.push_back(chars[at++]);
  }
  return samples;
}

std::vector<hb_codepoint_t> samples_with(hb_face_t* face, hb_font_t* font) {
  std::vector<hb_codepoint_t> samples = mapped_probes(font);
  if (samples.size() < kDamageSamples) samples = spread_samples(face);
  return samples;
}

}  // namespace

std::vector<hb_codepoint_t> damage_samples(hb_face_t* face) {
  hb_font_t* font = hb_font_create(face);
  std::vector<hb_codepoint_t> samples = samples_with(face, font);
  hb_font_destroy(font);
  return samples;
}

// HarfBuzz sanitizes each table on first use and treats a rejected one as
// absent, so a broken table shows as a font that maps no character, or
// whose glyphs have no outline: a healthy font inks nearly all letters,
// digits and ideographs it maps.
std::string damaged_tables(hb_face_t* face) {
  hb_font_t* font = hb_font_create(face);
  const std::vector<hb_codepoint_t> samples = samples_with(face, font);
  std::size_t blank = 0;
  for (hb_codepoint_t cp : samples) {
    hb_codepoint_t glyph = 0;
    hb_glyph_extents_t ext{};
    if (!hb_font_get_nominal_glyph(font, cp, &glyph) ||
        !hb_font_get_glyph_extents(font, glyph, &ext) || ext.width == 0 || ext.height == 0)
      ++blank;
  }
  hb_font_destroy(font);
  if (samples.empty()) return "its cmap table (characters to glyphs) does not load";
  if (blank * 2 > samples.size())
    return "its glyph outlines do not load (" + std::to_string(blank) + " of " +
           std::to_string(samples.size()) +
           " letters sampled have none: a broken loca/glyf or CFF table)";
  return {};
}

}  // namespace paiban
