#include "layout/paragraph/finalize.h"

#include "base/utf8.h"
#include "layout/paragraph/marks.h"

namespace paiban::layout {

std::vector<page::GlyphRun> make_glyph_runs(const JustifiedLine& line,
                                            const std::vector<ParagraphItem>& items,
                                            const text::ShapedText& shaped,
                                            const std::u32string& text, const RunStyle& style,
                                            Length x_offset, LineEnd end) {
  struct PenGlyph {
    const text::Cluster* cluster;
    page::Glyph glyph;   // its text views `chars`
    Length x;            // glyph origin from the line start
    const Color* color;  // the style's: a Color is 104 bytes, this runs per glyph
    bool raised;         // a footnote mark
  };
  auto color_of = [&](const text::Cluster& c) -> const Color* {
    if (!style.decoration || c.begin >= style.decoration->size()) return &style.color;
    const uint16_t d = (*style.decoration)[c.begin];
    return d < style.colors.size() ? &style.colors[d] : &style.color;
  };
  auto raised = [&](const text::Cluster& c) {
    if (!style.decoration || c.begin >= style.decoration->size()) return false;
    const uint16_t d = (*style.decoration)[c.begin];
    return d < style.raised.size() && style.raised[d];
  };
  std::vector<PenGlyph> pen;
  // Every cluster's characters, one after the other; the glyphs' texts view
  // it, so it must not grow once they do.
  std::string chars;
  std::vector<std::pair<std::size_t, std::size_t>> text_of_pen;  // [begin, end) in chars
  // Mostly one glyph per box (CJK), plus a hyphen.
  pen.reserve(line.boxes.size() + 1);
  text_of_pen.reserve(line.boxes.size() + 1);
  for (const PlacedBox& placed : line.boxes) {
    const ParagraphItem& box = items[placed.item];
    if (box.cluster < 0) continue;  // indent
    const text::Cluster& c = shaped.clusters[box.cluster];
    // The box starts where the ink starts; the glyph origin lies the
    // measured left blank before it.
    Length x = placed.x - to_length(c, c.blank_left, style.size);
    const std::size_t chars_begin = chars.size();
    for (uint32_t k = c.begin; k < c.end; ++k) utf8_append(chars, text[k]);
    const bool last_box = &placed == &line.boxes.back();
    const std::vector<text::ClusterGlyph>& glyphs =
        last_box && end.line_end_glyphs && !c.line_end_glyphs.empty() ? c.line_end_glyphs
                                                                      : c.glyphs;
    for (std::size_t g = 0; g < glyphs.size(); ++g) {
      const auto& cg = glyphs[g];
      page::Glyph glyph;
      glyph.id = cg.id;
      glyph.x_offset = to_length(c, cg.x_offset, style.size);
      glyph.y_offset = to_length(c, cg.y_offset, style.size);
      glyph.advance = to_length(c, cg.advance, style.size);
      pen.push_back({&c, glyph, x, color_of(c), raised(c)});
      text_of_pen.emplace_back(g == 0 ? chars_begin : chars.size(), chars.size());
      x += glyph.advance;
    }
    if (end.hyphenated && last_box) {
      page::Glyph hyphen;
      hyphen.id = c.hyphen.id;
      hyphen.advance = to_length(c, c.hyphen.advance, style.size);
      pen.push_back({&c, hyphen, x, color_of(c), raised(c)});
      text_of_pen.emplace_back(chars.size(), chars.size());
    }
  }

  for (std::size_t i = 0; i < pen.size(); ++i)
    pen[i].glyph.text = std::string_view(chars).substr(
        text_of_pen[i].first, text_of_pen[i].second - text_of_pen[i].first);

  std::vector<page::GlyphRun> runs;
  for (std::size_t i = 0; i < pen.size(); ++i) {
    const auto& pg = pen[i];
    const bool same_run = !runs.empty() && i > 0 && pen[i - 1].cluster->face == pg.cluster->face &&
                          pen[i - 1].cluster->fake_bold == pg.cluster->fake_bold &&
                          (pen[i - 1].color == pg.color || *pen[i - 1].color == *pg.color) &&
                          pen[i - 1].raised == pg.raised;
    if (!same_run) {
      page::GlyphRun run;
      run.font = pg.cluster->face->id();
      // A mark's glyphs are drawn smaller; their advances were scaled
      // before the line was justified (shrink_marks).
      run.size = pg.raised ? style.size.scaled(kMarkScale) : style.size;
      run.origin = {pg.x + x_offset, pg.raised ? -style.size.scaled(kMarkRise) : Length::zero()};
      run.color = *pg.color;
      run.fake_bold = pg.cluster->fake_bold;
      runs.push_back(std::move(run));
    } else {
      // The previous glyph's advance reaches exactly this glyph's origin, so
      // compression and justification live in the advances.
      page::GlyphList& glyphs = runs.back().glyphs;
      glyphs.set_advance(glyphs.size() - 1, pg.x - pen[i - 1].x);
    }
    runs.back().glyphs.push_back(pg.glyph);
  }
  // Set lines are remembered for the whole run (LineSetter): without the
  // growth slack of push_back they take a fifth less memory.
  for (page::GlyphRun& run : runs) run.glyphs.shrink_to_fit();
  return runs;
}

}  // namespace paiban::layout
