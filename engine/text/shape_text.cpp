#include <hb.h>

#include <algorithm>

#include "text/break_opportunities.h"
#include "text/itemize.h"
#include "text/shaped_text.h"
#include "text/shaping_cache.h"
#include "text/word_breaks.h"

namespace paiban::text {
namespace {

const hb_language_t kChinese = hb_language_from_string("zh-Hans", -1);

// The three ways a run is shaped; everything shape_glyphs hands HarfBuzz
// besides the text follows from one of them (the shaping cache's key).
enum Setup : uint8_t { kHan, kLatin, kCode };

// HarfBuzz's glyphs for text[begin, end) in `font`. The whole paragraph is
// passed, so that shaping at run edges sees its neighbours as context.
std::vector<ShapedGlyph> shape_glyphs(hb_font_t* font, Setup setup, const std::u32string& text,
                                      uint32_t begin, uint32_t end) {
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text.data()),
                      static_cast<int>(text.size()), begin, static_cast<int>(end - begin));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, setup == kHan ? HB_SCRIPT_HAN : HB_SCRIPT_LATIN);
  // Always zh-Hans: without it HarfBuzz falls back to the process locale,
  // and `locl` would give Japanese or Traditional glyph forms (docs/stack.md §2).
  hb_buffer_set_language(buf, kChinese);
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  // fwid in CJK runs: —— becomes one 2-em rule, · a full-width interpunct.
  hb_feature_t fwid{HB_TAG('f', 'w', 'i', 'd'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
  // pwid in Latin runs: a CJK font's quotes and apostrophes are full-width
  // by default, and “I’m” would read "I’ m" (clreq §3.5: the width follows
  // the language, not the code point).
  hb_feature_t pwid{HB_TAG('p', 'w', 'i', 'd'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
  // Code keeps the mono face's cells: pwid would give Noto Sans Mono CJK
  // proportional letters and spaces, and indentation would no longer line up.
  hb_shape(font, buf, setup == kHan ? &fwid : &pwid, setup == kCode ? 0 : 1);

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
  std::vector<ShapedGlyph> glyphs(count);
  for (unsigned g = 0; g < count; ++g)
    glyphs[g] = {info[g].codepoint,
                 info[g].cluster - begin,
                 pos[g].x_advance,
                 pos[g].x_offset,
                 pos[g].y_offset,
                 (hb_glyph_info_get_glyph_flags(&info[g]) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) != 0};
  hb_buffer_destroy(buf);
  return glyphs;
}

// HarfBuzz's glyphs for text[begin, end) as `face` shapes them with `setup`,
// from the process's shaping cache when it has them.
ShapingCache::Glyphs cached_glyphs(const FontFace& face, Setup setup, const std::u32string& text,
                                   uint32_t begin, uint32_t end) {
  const auto shape = [&] { return shape_glyphs(face.hb_font(), setup, text, begin, end); };
  return face.shared_face() ? ShapingCache::shared().glyphs(
                                  shaping_key(face.shared_face().get(), setup, text, begin, end),
                                  face.shared_face(), shape)
                            : std::make_shared<const std::vector<ShapedGlyph>>(shape());
}

// A Latin cluster that a line may end after, but which HarfBuzz shaped
// together with its successor (the pair kern of "y." in an e-mail address
// broken before "."), is shaped again as a line would end it: with the text
// before it as context and nothing after. Its glyphs there are kept for the
// line end, so that the breaker measures and the line sets the width the
// line really has (docs/typography.md R5: nothing leaves its measure). CJK
// runs are left alone: the engine adjusts their punctuation itself.
void shape_line_end(const std::u32string& text, Setup setup, Cluster& c) {
  const std::u32string before(text.substr(0, c.end));
  const ShapingCache::Glyphs alone = cached_glyphs(*c.face, setup, before, c.begin, c.end);
  std::vector<ClusterGlyph> glyphs;
  int32_t advance = 0;
  for (const ShapedGlyph& g : *alone) {
    glyphs.push_back({g.id, g.x_advance, g.x_offset, g.y_offset});
    advance += g.x_advance;
  }
  const bool same = glyphs.size() == c.glyphs.size() &&
                    std::equal(glyphs.begin(), glyphs.end(), c.glyphs.begin(),
                               [](const ClusterGlyph& a, const ClusterGlyph& b) {
                                 return a.id == b.id && a.advance == b.advance &&
                                        a.x_offset == b.x_offset && a.y_offset == b.y_offset;
                               });
  if (same) return;
  c.line_end_glyphs = std::move(glyphs);
  c.line_end_advance = advance;
}

// Shapes one run (or takes its glyphs from the process's shaping cache)
// and appends its clusters. `breaks[i]`: the line-break opportunity before
// text[i].
void shape_run(const ShapingInput& input, const std::vector<CharClass>& classes,
               const std::vector<BreakKind>& breaks, const ShapingRun& run,
               std::vector<Cluster>& out) {
  const Setup setup = run.cjk ? kHan : input.fonts[run.variant].code ? kCode : kLatin;
  const ShapingCache::Glyphs glyphs =
      cached_glyphs(*run.face.face, setup, input.text, run.begin, run.end);

  std::size_t first_new = out.size();
  std::vector<bool> unsafe_before;  // per new cluster: breaking before it is unsafe
  for (const ShapedGlyph& g : *glyphs) {
    const uint32_t cluster = run.begin + g.cluster;
    if (out.size() == first_new || out.back().begin != cluster) {
      unsafe_before.push_back(g.unsafe_to_break);
      Cluster c;
      c.begin = cluster;
      c.first_char = input.text[cluster];
      c.cls = classes[cluster];
      c.face = run.face.face;
      c.fake_bold = run.face.fake_bold;
      c.variant = run.variant;
      out.push_back(std::move(c));
    }
    out.back().glyphs.push_back({g.id, g.x_advance, g.x_offset, g.y_offset});
    out.back().advance += g.x_advance;
  }
  for (std::size_t k = first_new; k < out.size(); ++k)
    out[k].end = k + 1 < out.size() ? out[k + 1].begin : run.end;
  if (setup == kHan) return;
  for (std::size_t k = first_new; k + 1 < out.size(); ++k) {
    // A line may end after cluster k: at a break before its successor, or
    // before a space that follows it (the space vanishes at the break).
    const uint32_t at = out[k].end;
    const bool may_end = breaks[at] != BreakKind::never || classes[at] == CharClass::space;
    // Adjustable punctuation keeps the glyphs its blanks are measured on.
    if (may_end && unsafe_before[k + 1 - first_new] && !is_adjustable_punctuation(out[k].cls))
      shape_line_end(input.text, setup, out[k]);
  }
}

// CJK punctuation in Chinese text sits in a full-width cell (clreq §3.1.6,
// docs/typography.md R10). Some CJK fonts (LXGW WenKai) give “ ” ‘ ’ · narrow,
// proportional glyphs (350 units); their cell is widened with the blank where
// the mark's class keeps it — before an opening mark, after a closing or pause
// mark, on both sides of an interpunct — so that compression then measures
// and trims it as for any font.
void widen_to_full_cell(Cluster& c) {
  if (!is_adjustable_punctuation(c.cls) || c.glyphs.size() != 1) return;
  const int32_t em = c.face->units_per_em();
  if (c.advance >= em * 3 / 4) return;
  const int32_t pad = em - c.advance;
  if (c.cls == CharClass::opening) c.glyphs[0].x_offset += pad;
  if (c.cls == CharClass::middle_dot) c.glyphs[0].x_offset += pad / 2;
  c.glyphs[0].advance += pad;
  c.advance = em;
}

// The blank a punctuation mark may give up, measured from its ink, at most
// half its advance (clreq §3.1.6: adjustable marks are half-width inked).
void measure_blanks(Cluster& c) {
  if (!is_adjustable_punctuation(c.cls) || c.glyphs.size() != 1) return;
  const InkBounds ink = c.face->ink(c.glyphs[0].id);
  if (ink.empty) return;
  const int32_t half = c.advance / 2;
  const int32_t left = std::max(0, ink.x_min + c.glyphs[0].x_offset);
  const int32_t right = std::max(0, c.advance - (ink.x_max + c.glyphs[0].x_offset));
  switch (c.cls) {
    case CharClass::opening:
      c.blank_left = std::min(left, half);
      break;
    case CharClass::closing:
    case CharClass::pause_stop:
      c.blank_right = std::min(right, half);
      break;
    case CharClass::middle_dot:
      c.blank_left = std::min(left, half / 2);
      c.blank_right = std::min(right, half / 2);
      break;
    default:
      break;
  }
}

// The hyphen a hyphenated line ends with, from the face of the letter before
// it; a face without one cannot hyphenate there.
void set_hyphen(Cluster& c) {
  const uint32_t glyph = c.face->nominal_glyph(U'-');
  if (glyph == 0) {
    c.break_after = BreakKind::last_resort;
    return;
  }
  c.hyphen = {glyph, c.face->advance(glyph), 0, 0};
}

}  // namespace

ShapedText shape_text(const ShapingInput& input) {
  ShapedText result;
  const std::vector<CharClass> classes = classify_text(input.text);
  std::vector<BreakKind> breaks = find_break_opportunities(input.text, classes, input.kinsoku);
  std::vector<bool> code(input.text.size());
  for (std::size_t i = 0; i < code.size(); ++i) code[i] = input.fonts[input.variant[i]].code;
  add_word_breaks(input, classes, code, breaks);
  for (uint32_t i : input.break_before) breaks[i] = BreakKind::allowed;
  for (uint32_t i : input.hyphen_before) breaks[i] = BreakKind::hyphen;
  for (uint32_t i : input.no_break_before) breaks[i] = BreakKind::never;
  add_rescue_breaks(input.text, breaks);

  const std::vector<ShapingRun> runs = itemize(input, classes, result.missing);
  for (const auto& run : runs) shape_run(input, classes, breaks, run, result.clusters);
  for (auto& c : result.clusters) {
    widen_to_full_cell(c);
    measure_blanks(c);
  }
  for (auto& c : result.clusters) {
    c.break_after = c.end < input.text.size() ? breaks[c.end] : BreakKind::never;
    if (c.break_after == BreakKind::hyphen) set_hyphen(c);
  }
  return result;
}

}  // namespace paiban::text
