#include "pdf/font_usage.h"

namespace paiban::pdf {

void FontUsageCollector::add_run(const page::GlyphRun& run) {
  if (fonts_.empty() || !(fonts_[last_].face == run.font)) {
    auto [it, inserted] = index_.try_emplace(run.font, fonts_.size());
    if (inserted) {
      FontUsage u;
      u.face = run.font;
      u.resource_name = "F" + std::to_string(fonts_.size() + 1);
      fonts_.push_back(std::move(u));
      seen_.emplace_back();
    }
    last_ = it->second;
  }
  FontUsage& u = fonts_[last_];
  Seen& seen = seen_[last_];
  for (const page::Glyph g : run.glyphs) {
    if (g.id > 0xffff) {  // no OpenType glyph id: left to prepare_font to report
      u.glyphs.insert(g.id);
      if (!g.text.empty()) u.unicode.try_emplace(g.id, g.text);
      continue;
    }
    if (g.id >= seen.glyph.size()) {
      seen.glyph.resize(std::size_t{g.id} + 1 + g.id / 2);
      seen.text.resize(seen.glyph.size());
    }
    if (!seen.glyph[g.id]) {
      seen.glyph[g.id] = true;
      u.glyphs.insert(g.id);
    }
    if (!seen.text[g.id] && !g.text.empty()) {
      seen.text[g.id] = true;
      u.unicode.try_emplace(g.id, g.text);
    }
  }
}

std::vector<GlyphTextSpan> glyph_text_spans(const page::GlyphList& glyphs) {
  std::vector<GlyphTextSpan> out;
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    if (out.empty() || !glyphs[i].text.empty()) {
      out.push_back(GlyphTextSpan{i, i + 1, glyphs[i].text});
    } else {
      out.back().end = i + 1;
    }
  }
  return out;
}

bool needs_actual_text(const FontUsage& font, const page::GlyphList& glyphs,
                       const GlyphTextSpan& cluster) {
  return !spells(cluster.text, cluster.begin, cluster.end, [&](std::size_t i) {
    const auto it = font.unicode.find(glyphs[i].id);
    return it == font.unicode.end() ? nullptr : &it->second;
  });
}

}  // namespace paiban::pdf
