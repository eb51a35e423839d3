#include "layout/paragraph/items.h"

#include <algorithm>

namespace paiban::layout {
namespace {

using text::CharClass;
using text::Cluster;

constexpr int kDiscouragedPenalty = 150;  // a number kept with its unit ("2048块")
constexpr int kUrlPenalty = 30;           // a break inside an address, no hyphen added
constexpr int kHyphenPenalty = 50;        // TeX's \hyphenpenalty
constexpr int kLastResortPenalty = 1000;  // a word split anywhere: better than overflow

// The blanks a mark keeps permanently under the punctuation scheme
// (docs/typography.md R3, xeCJK PunctStyle); line-edge trimming comes on top.
struct KeptBlanks {
  int32_t left = 0;
  int32_t right = 0;
};

bool is_sentence_end(char32_t cp) {
  return cp == U'。' || cp == U'？' || cp == U'！' || cp == U'．';
}

std::vector<KeptBlanks> kept_blanks(const std::vector<Cluster>& cs,
                                    style::PunctuationStyle scheme) {
  std::vector<KeptBlanks> kept(cs.size());
  for (std::size_t i = 0; i < cs.size(); ++i) {
    kept[i] = {cs[i].blank_left, cs[i].blank_right};
    switch (scheme) {
      case style::PunctuationStyle::banjiao:
        kept[i] = {0, 0};
        break;
      case style::PunctuationStyle::kaiming:
        if (!is_sentence_end(cs[i].first_char)) kept[i] = {0, 0};
        break;
      default:
        break;
    }
  }
  // Kaiming fixes every width (sentence ends full, the rest half), so only
  // quanjiao compresses pairs.
  if (scheme == style::PunctuationStyle::quanjiao) {
    // Adjacent marks: 2 em become 1.5 em. The blank between them shrinks to
    // half an em where both had one (”（ ：“), to nothing otherwise (。” ）。
    // （“). Only adjustable marks take part: —— and …… keep their room
    // (ctex-kit#259).
    for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
      if (!text::is_adjustable_punctuation(cs[i].cls) ||
          !text::is_adjustable_punctuation(cs[i + 1].cls))
        continue;
      if (kept[i].right > 0 && kept[i + 1].left > 0) {
        kept[i].right = 0;
      } else {
        kept[i].right = 0;
        kept[i + 1].left = 0;
      }
    }
  }
  return kept;
}

bool counts_as_char(CharClass c) {
  return c == CharClass::han || c == CharClass::latin || c == CharClass::digit;
}

// No space is ever added inside —— or ……, nor around connectors and
// solidi (clreq §3.8.2).
bool is_rigid(CharClass c) {
  return c == CharClass::connector || c == CharClass::solidus || c == CharClass::space;
}

}  // namespace

std::vector<ParagraphItem> build_items(const text::ShapedText& shaped, const ItemSettings& s) {
  const auto& cs = shaped.clusters;
  const style::Typography& typo = *s.typography;
  const std::vector<KeptBlanks> kept = kept_blanks(cs, typo.punctuation);
  const Length em = s.size;
  const Length cjk_latin = em.scaled(typo.cjk_latin_space);
  const Length cjk_latin_stretch = em.scaled(typo.cjk_latin_stretch - typo.cjk_latin_space);
  const Length cjk_latin_shrink = em.scaled(typo.cjk_latin_space - typo.cjk_latin_shrink);
  const Length inter_stretch = em.scaled(typo.cjk_stretch);
  const Length inter_limit = em.scaled(typo.cjk_stretch_max);
  const Length word_space_max = em.scaled(typo.word_space_max);

  std::vector<ParagraphItem> items;
  items.reserve(cs.size() * 3 + 4);
  auto glue = [&](GlueKind kind, Length width, Length stretch, Length shrink,
                  Length stretch_limit = Length::zero()) -> ParagraphItem& {
    ParagraphItem g;
    g.type = ParagraphItem::Type::glue;
    g.kind = kind;
    g.width = width;
    g.stretch = stretch;
    g.shrink = shrink;
    g.stretch_limit = stretch_limit;
    items.push_back(g);
    return items.back();
  };
  auto penalty = [&](int p, Length width = Length::zero()) -> ParagraphItem& {
    ParagraphItem pen;
    pen.type = ParagraphItem::Type::penalty;
    pen.penalty = p;
    pen.width = width;  // added to the line's width when the break is taken
    items.push_back(pen);
    return items.back();
  };
  auto fixed_box = [&](Length width) {
    ParagraphItem b;
    b.width = width;
    items.push_back(b);
  };

  if (s.first_line_indent > Length::zero()) fixed_box(s.first_line_indent);

  for (std::size_t i = 0; i < cs.size(); ++i) {
    const Cluster& c = cs[i];
    if (c.first_char == U'\u2028') {  // hard line break
      glue(GlueKind::fixed, Length::zero(), Length::pt(100000), Length::zero());
      penalty(kForcedBreak);
      continue;
    }
    if (c.cls == CharClass::space) {
      // The break (if any) was placed before this glue by the previous
      // cluster, so the space vanishes at a line break.
      const Length w = to_length(c, c.advance, s.size);
      // A space an author typed between two Han characters ("享受科普盛宴
      // 感受科学力量") separates phrases: it keeps its width, never
      // stretched like a word space.
      const bool between_han = i > 0 && i + 1 < cs.size() && text::is_cjk_class(cs[i - 1].cls) &&
                               text::is_cjk_class(cs[i + 1].cls);
      if (between_han)
        glue(GlueKind::fixed, w, Length::zero(), Length::zero());
      else
        glue(GlueKind::word_space, w, w / 2, w / 3, std::max(Length::zero(), word_space_max - w));
      continue;
    }
    const Length blank_left = to_length(c, c.blank_left, s.size);
    const Length blank_right = to_length(c, c.blank_right, s.size);
    const Length keep_left = to_length(c, kept[i].left, s.size);
    const Length keep_right = to_length(c, kept[i].right, s.size);

    // Opening bracket blank: glue after the previous break opportunity, so a
    // line break discards it (clreq: line-start opening bracket trimmed). At
    // the paragraph start it is trimmed as well, after the indent.
    if (blank_left > Length::zero()) {
      const bool paragraph_start = i == 0;
      if (!typo.line_start_trim) {
        fixed_box(keep_left);
      } else if (!paragraph_start && keep_left > Length::zero()) {
        glue(GlueKind::punct_blank, keep_left, Length::zero(), keep_left).cluster =
            static_cast<int32_t>(i);
      }
    }

    ParagraphItem box;
    box.width = to_length(c, c.advance, s.size) - blank_left - blank_right;
    box.cluster = static_cast<int32_t>(i);
    box.counts_as_char = counts_as_char(c.cls);
    box.mark = text::is_adjustable_punctuation(c.cls);
    items.push_back(box);

    // What follows the box: [break penalty] [own right blank] [gap glue].
    const bool last = i + 1 == cs.size();
    const Cluster* next = last ? nullptr : &cs[i + 1];
    text::BreakKind brk = c.break_after;
    // A break at a space is taken before the space's glue.
    if (next && next->cls == CharClass::space) brk = next->break_after;
    if (!typo.line_end_half && blank_right > Length::zero()) fixed_box(keep_right);
    // Hanging punctuation (clreq §3.2.5, off by default): a pause mark
    // that ends a line hangs into the margin — the break takes its inked
    // half back out of the line — but never two marks in a row.
    const bool hangs = typo.hanging_punctuation && c.cls == CharClass::pause_stop &&
                       (i == 0 || !text::is_cjk_punctuation(cs[i - 1].cls));
    // A cluster shaped with its successor (a pair kern) has other glyphs
    // when the line ends after it: the break carries the difference, as it
    // carries a hyphen's width, so the line is measured as it will be set.
    const bool line_end_glyphs = !c.line_end_glyphs.empty() && !hangs;
    const Length line_end_extra =
        line_end_glyphs ? to_length(c, c.line_end_advance, s.size) - to_length(c, c.advance, s.size)
                        : Length::zero();
    auto break_penalty = [&](int p, Length width = Length::zero()) -> ParagraphItem& {
      ParagraphItem& pen = penalty(p, width + line_end_extra);
      pen.line_end_glyphs = line_end_glyphs;
      return pen;
    };
    switch (last ? text::BreakKind::never : brk) {
      case text::BreakKind::never:
        break;
      case text::BreakKind::allowed:
        if (hangs)
          penalty(0, -box.width).hangs = true;
        else
          break_penalty(0);
        break;
      case text::BreakKind::discouraged:
        break_penalty(kDiscouragedPenalty);
        break;
      case text::BreakKind::url:
        break_penalty(kUrlPenalty).in_address = true;
        break;
      case text::BreakKind::hyphen:
        break_penalty(kHyphenPenalty, to_length(c, c.hyphen.advance, s.size)).hyphen = true;
        break;
      case text::BreakKind::last_resort:
        break_penalty(kLastResortPenalty).last_resort = true;
        break;
      case text::BreakKind::rescue: {
        ParagraphItem& rescue = break_penalty(kLastResortPenalty);
        rescue.last_resort = true;
        rescue.rescue = true;
        break;
      }
    }
    if (typo.line_end_half && keep_right > Length::zero())
      glue(GlueKind::punct_blank, keep_right, Length::zero(), keep_right).cluster =
          static_cast<int32_t>(i);

    if (!next || next->cls == CharClass::space || next->first_char == U'\u2028') continue;
    const bool han_latin = (c.cls == CharClass::han && text::is_latin_like(next->cls)) ||
                           (text::is_latin_like(c.cls) && next->cls == CharClass::han);
    if (han_latin) {
      glue(GlueKind::cjk_latin, cjk_latin, cjk_latin_stretch, cjk_latin_shrink, cjk_latin_stretch);
    } else if ((text::is_cjk_class(c.cls) || text::is_cjk_class(next->cls)) && !is_rigid(c.cls) &&
               !is_rigid(next->cls) &&
               !(c.cls == CharClass::dash && next->cls == CharClass::dash) &&
               !(c.cls == CharClass::ellipsis && next->cls == CharClass::ellipsis)) {
      glue(GlueKind::inter_cjk, Length::zero(), inter_stretch, Length::zero(), inter_limit);
    }
  }
  // The paragraph's last line is set at natural width (parfillskip).
  glue(GlueKind::fixed, Length::zero(), Length::pt(100000), Length::zero());
  penalty(kForcedBreak);
  return items;
}

}  // namespace paiban::layout
