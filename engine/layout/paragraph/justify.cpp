#include "layout/paragraph/justify.h"

#include <algorithm>
#include <map>

namespace paiban::layout {
namespace {

struct Share {
  std::size_t item;  // from the line's first item
  int64_t weight;    // how the amount is divided
  int64_t cap;       // the most this glue may take
};

// Hands `amount` out over `glues` in proportion to their weights, none
// beyond its cap (water-filling: a glue that reaches its cap drops out and
// the others share the rest). Exact: the rounding remainder goes one scaled
// point at a time to glues with room left. Returns what could not be given.
int64_t distribute(const std::vector<Share>& glues, int64_t amount, std::vector<int64_t>& delta,
                   int sign) {
  std::vector<int64_t> given(glues.size(), 0);
  while (amount > 0) {
    __int128 total = 0;
    for (std::size_t k = 0; k < glues.size(); ++k)
      if (given[k] < glues[k].cap) total += glues[k].weight;
    if (total <= 0) break;
    int64_t round = 0;
    for (std::size_t k = 0; k < glues.size(); ++k) {
      if (given[k] >= glues[k].cap) continue;
      int64_t share = static_cast<int64_t>(amount * static_cast<__int128>(glues[k].weight) / total);
      share = std::min(share, glues[k].cap - given[k]);
      given[k] += share;
      round += share;
    }
    amount -= round;
    if (round == 0) {  // the remainder: less than one scaled point per glue
      for (std::size_t k = 0; k < glues.size() && amount > 0; ++k)
        if (given[k] < glues[k].cap) {
          ++given[k];
          --amount;
        }
      if (amount > 0 && std::none_of(glues.begin(), glues.end(), [&](const Share& g) {
            return given[&g - glues.data()] < g.cap;
          }))
        break;
    }
  }
  for (std::size_t k = 0; k < glues.size(); ++k) delta[glues[k].item] += sign * given[k];
  return amount;
}

bool stretches(GlueKind k) {
  return k == GlueKind::word_space || k == GlueKind::cjk_latin || k == GlueKind::inter_cjk;
}

}  // namespace

JustifiedLine justify_line(const std::vector<ParagraphItem>& items, std::size_t begin,
                           std::size_t end, Length measure, const JustifyLimits& limits) {
  JustifiedLine line;
  // What justification adds to each item of the line (not of the whole
  // paragraph: that was a paragraph's worth of zeros per line).
  std::vector<int64_t> delta(end > begin ? end - begin : 0, 0);
  std::vector<std::size_t> glues;
  bool has_fill = false;
  for (std::size_t i = begin; i < end; ++i) {
    const ParagraphItem& it = items[i];
    if (it.type == ParagraphItem::Type::penalty) continue;
    line.natural += it.width;
    if (it.type == ParagraphItem::Type::glue) {
      glues.push_back(i);
      if (it.kind == GlueKind::fixed && it.stretch > Length::pt(1000)) has_fill = true;
    }
  }
  const int64_t diff = (measure - line.natural).sp;

  if (diff > 0 && limits.stretch_allowed && !has_fill) {
    std::vector<Share> room;
    int64_t limit = 0;
    for (std::size_t g : glues) {
      const ParagraphItem& it = items[g];
      if (!stretches(it.kind) || it.stretch_limit.sp <= 0) continue;
      room.push_back({g - begin, std::max<int64_t>(it.stretch.sp, 1), it.stretch_limit.sp});
      limit += it.stretch_limit.sp;
    }
    if (diff <= limit)
      distribute(room, diff, delta, +1);
    else
      line.ragged = true;  // natural spacing, flush left: never letter-spaced
  } else if (diff < 0) {
    // First every gap and every mark down to ¾ em, in proportion to what
    // each may give; then the marks' remaining blanks.
    const int64_t quarter = limits.em.sp / 4;
    std::vector<Share> first, second;
    for (std::size_t g : glues) {
      const ParagraphItem& it = items[g];
      if (it.shrink.sp <= 0) continue;
      int64_t cap = it.shrink.sp;
      if (it.kind == GlueKind::punct_blank) {
        cap = std::clamp<int64_t>(it.width.sp - quarter, 0, it.shrink.sp);
        if (it.shrink.sp > cap)
          second.push_back({g - begin, it.shrink.sp - cap, it.shrink.sp - cap});
      }
      if (cap > 0) first.push_back({g - begin, cap, cap});
    }
    int64_t need = distribute(first, -diff, delta, -1);
    need = distribute(second, need, delta, -1);
    line.overfull = need > 0;
  }

  // Set the line and measure what was set. Marks are measured where
  // justification took from their blank (a mark at a line end, or one of a
  // compressed pair, is narrower by the rules, not by justification).
  std::map<int32_t, Length> mark_width;  // cluster → ink + blanks as set
  for (std::size_t g : glues)
    if (items[g].kind == GlueKind::punct_blank && delta[g - begin] < 0)
      mark_width[items[g].cluster];
  Length x;
  for (std::size_t i = begin; i < end; ++i) {
    const ParagraphItem& it = items[i];
    if (it.type == ParagraphItem::Type::penalty) continue;
    const Length w = it.width + Length::from_sp(delta[i - begin]);
    if (it.type == ParagraphItem::Type::box) {
      line.boxes.push_back({i, x});
      if (it.mark && mark_width.count(it.cluster)) mark_width[it.cluster] += w;
    } else if (it.kind == GlueKind::punct_blank) {
      if (mark_width.count(it.cluster)) mark_width[it.cluster] += w;
    } else if (it.kind == GlueKind::inter_cjk && w > line.max_inter_cjk) {
      line.max_inter_cjk = w;
    } else if (it.kind == GlueKind::word_space && w > line.max_word_space) {
      line.max_word_space = w;
    } else if (it.kind == GlueKind::cjk_latin && i != begin) {
      if (line.cjk_latin_count == 0 || w < line.cjk_latin_min) line.cjk_latin_min = w;
      if (line.cjk_latin_count == 0 || w > line.cjk_latin_max) line.cjk_latin_max = w;
      ++line.cjk_latin_count;
      line.cjk_latin_gaps.push_back(w);
    }
    x += w;
  }
  for (const auto& [cluster, w] : mark_width)
    if (line.narrowest_mark == Length::zero() || w < line.narrowest_mark) line.narrowest_mark = w;
  line.width = x;
  return line;
}

}  // namespace paiban::layout
