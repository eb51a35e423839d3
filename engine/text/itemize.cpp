#include "text/itemize.h"

#include <unicode/uchar.h>

namespace paiban::text {
namespace {

bool is_shared_punctuation(char32_t cp) {
  return cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x00B7 ||
         cp == 0x2026 || cp == 0x2014;
}

// First face of the chain that has the character; nullptr when none has it.
const ResolvedFace* pick(const std::vector<ResolvedFace>& chain, char32_t cp) {
  for (const auto& f : chain)
    if (f.face->has_char(cp)) return &f;
  return nullptr;
}

}  // namespace

std::vector<CharClass> classify_text(const std::u32string& text) {
  std::vector<CharClass> classes(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) classes[i] = classify(text[i]);
  // A shared mark in Latin text is Latin (rock’n’roll, T’Pol, said: “yes,”
  // she replied ‘no’.): clreq §3.5 — width follows the language, not the
  // code point. Latin text: on both sides the nearest character past spaces
  // is a Latin letter, a digit or ASCII punctuation, and on one side a letter.
  // A mark beside Han or full-width punctuation, or at either end, stays
  // Chinese (他说“AI”。).
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_shared_punctuation(text[i])) continue;
    auto neighbour = [&](std::ptrdiff_t step) {
      for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + step;
           k >= 0 && k < static_cast<std::ptrdiff_t>(text.size()); k += step)
        if (classes[k] != CharClass::space) return classes[k];
      return CharClass::space;
    };
    auto latin_side = [](CharClass c) {
      return c == CharClass::latin || c == CharClass::digit || c == CharClass::other;
    };
    const CharClass before = neighbour(-1), after = neighbour(+1);
    if (latin_side(before) && latin_side(after) &&
        (before == CharClass::latin || after == CharClass::latin))
      classes[i] = CharClass::other;
  }
  return classes;
}

std::vector<ShapingRun> itemize(const ShapingInput& input, const std::vector<CharClass>& classes,
                                std::vector<MissingChar>& missing) {
  std::vector<ShapingRun> runs;
  for (uint32_t i = 0; i < input.text.size(); ++i) {
    const char32_t cp = input.text[i];
    const FontChoice& fonts = input.fonts[input.variant[i]];
    const bool cjk = is_cjk_class(classes[i]);
    const auto& primary = cjk ? fonts.cjk : fonts.latin;
    const auto& secondary = cjk ? fonts.latin : fonts.cjk;
    const ResolvedFace* face = pick(primary, cp);
    if (!face) face = pick(secondary, cp);
    if (!face && fonts.fallback) face = fonts.fallback(cp);
    // Variation selectors and joiners have no glyph of their own: they go
    // with the run they modify, and HarfBuzz hides them.
    if (!face && !runs.empty() && runs.back().end == i &&
        u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      runs.back().end = i + 1;
      continue;
    }
    if (!face) {
      missing.push_back({cp, i});
      // Keep the character in the text (as .notdef of the primary face) so
      // positions and copy-paste stay aligned with the manuscript.
      if (!primary.empty())
        face = &primary.front();
      else if (!secondary.empty())
        face = &secondary.front();
      else
        continue;
    }
    // Spaces and combining marks stay in the run they sit in: a space
    // between two Latin words must not split a kerning/ligature context.
    if (!runs.empty() && runs.back().end == i && runs.back().variant == input.variant[i] &&
        runs.back().face.face == face->face && runs.back().face.fake_bold == face->fake_bold &&
        runs.back().cjk == cjk) {
      runs.back().end = i + 1;
      continue;
    }
    runs.push_back({i, i + 1, *face, cjk, input.variant[i]});
  }
  return runs;
}

}  // namespace paiban::text
