#include "pdf/font_usage.h"

namespace paiban::pdf {

void FontUsageCollector::add_run(const page::GlyphRun& run) {
  auto [it, inserted] = index_.try_emplace(run.font, fonts_.size());
  if (inserted) {
    FontUsage u;
    u.face = run.font;
    u.resource_name = "F" + std::to_string(fonts_.size() + 1);
    fonts_.push_back(std::move(u));
  }
  FontUsage& u = fonts_[it->second];
  for (const page::Glyph g : run.glyphs) {
    u.glyphs.insert(g.id);
    if (!g.text.empty()) u.unicode.try_emplace(g.id, g.text);
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
  // The glyphs' mapped texts, one after the other, must spell the cluster's
  // text exactly; compared piece by piece (this runs for every glyph set).
  std::string_view rest = cluster.text;
  for (std::size_t i = cluster.begin; i < cluster.end; ++i) {
    auto it = font.unicode.find(glyphs[i].id);
    if (it == font.unicode.end()) continue;
    const std::string& piece = it->second;
    if (rest.substr(0, piece.size()) != piece) return true;
    rest.remove_prefix(piece.size());
  }
  return !rest.empty();
}

}  // namespace paiban::pdf
