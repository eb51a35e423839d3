#include "layout/paragraph/justify.h"

namespace paiban::layout {
namespace {

// Hands `amount` out over `glues` in proportion to `weight(glue)`, exactly:
// the rounding remainder goes one scaled point at a time to the first glues.
template <typename Weight>
void distribute(std::vector<std::size_t>& glues, const std::vector<Item>& items, int64_t amount,
                std::vector<int64_t>& delta, Weight weight, int sign) {
  __int128 total = 0;
  for (auto g : glues) total += weight(items[g]);
  if (total <= 0 || amount <= 0) return;
  int64_t given = 0;
  for (auto g : glues) {
    int64_t share = static_cast<int64_t>(amount * static_cast<__int128>(weight(items[g])) / total);
    delta[g] += sign * share;
    given += share;
  }
  for (std::size_t k = 0; given < amount && !glues.empty(); k = (k + 1) % glues.size()) {
    delta[glues[k]] += sign;
    ++given;
  }
}

}  // namespace

JustifiedLine justify_line(const std::vector<Item>& items, std::size_t begin, std::size_t end,
                           Length measure, bool stretch_allowed) {
  JustifiedLine line;
  std::vector<int64_t> delta(items.size(), 0);
  std::vector<std::size_t> by_kind[5];
  bool has_fill = false;
  for (std::size_t i = begin; i < end; ++i) {
    const Item& it = items[i];
    if (it.type == Item::Type::penalty) continue;
    line.natural += it.width;
    if (it.type == Item::Type::glue) {
      by_kind[static_cast<int>(it.kind)].push_back(i);
      if (it.kind == GlueKind::fixed && it.stretch > Length::pt(1000)) has_fill = true;
    }
  }
  int64_t diff = (measure - line.natural).sp;
  auto stretch = [](const Item& it) { return static_cast<__int128>(it.stretch.sp); };
  auto shrink = [](const Item& it) { return static_cast<__int128>(it.shrink.sp); };
  auto sum = [&](GlueKind k, auto weight) {
    __int128 s = 0;
    for (auto g : by_kind[static_cast<int>(k)]) s += weight(items[g]);
    return static_cast<int64_t>(s);
  };

  if (diff > 0 && stretch_allowed && !has_fill) {
    for (GlueKind k : {GlueKind::word_space, GlueKind::cjk_latin}) {
      const int64_t give = std::min(diff, sum(k, stretch));
      distribute(by_kind[static_cast<int>(k)], items, give, delta, stretch, +1);
      diff -= give;
    }
    auto& inter = by_kind[static_cast<int>(GlueKind::inter_cjk)];
    auto even = [](const Item&) { return static_cast<__int128>(1); };
    if (diff > 0 && !inter.empty()) {
      distribute(inter, items, diff, delta, even, +1);
      diff = 0;
    }
    // No CJK gap to take the rest: spread it over the other gaps beyond
    // their comfortable limit rather than leave the line short.
    for (GlueKind k : {GlueKind::word_space, GlueKind::cjk_latin}) {
      auto& glues = by_kind[static_cast<int>(k)];
      if (diff > 0 && !glues.empty()) {
        distribute(glues, items, diff, delta, even, +1);
        diff = 0;
      }
    }
  } else if (diff < 0) {
    int64_t need = -diff;
    for (GlueKind k : {GlueKind::word_space, GlueKind::punct_blank, GlueKind::cjk_latin}) {
      const int64_t take = std::min(need, sum(k, shrink));
      distribute(by_kind[static_cast<int>(k)], items, take, delta, shrink, -1);
      need -= take;
    }
    line.overfull = need > 0;
  }

  Length x;
  for (std::size_t i = begin; i < end; ++i) {
    const Item& it = items[i];
    if (it.type == Item::Type::penalty) continue;
    const Length w = it.width + Length::from_sp(delta[i]);
    if (it.type == Item::Type::box) {
      line.boxes.push_back({i, x});
    } else if (it.kind == GlueKind::inter_cjk && w > line.max_inter_cjk) {
      line.max_inter_cjk = w;
    } else if (it.kind == GlueKind::cjk_latin && i != begin) {
      if (line.cjk_latin_count == 0 || w < line.cjk_latin_min) line.cjk_latin_min = w;
      if (line.cjk_latin_count == 0 || w > line.cjk_latin_max) line.cjk_latin_max = w;
      ++line.cjk_latin_count;
    }
    x += w;
  }
  line.width = x;
  return line;
}

}  // namespace paiban::layout
