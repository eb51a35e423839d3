#include "layout/compose/table_widths.h"

#include <algorithm>
#include <numeric>

namespace paiban::layout {
namespace {

using Width = TableColumn::Width;

// Shares `amount` among `weights` (integers, scaled points), the remainder
// of the rounding going to the last weighted entry so the parts sum exactly.
std::vector<Length> share(Length amount, const std::vector<double>& weights) {
  std::vector<Length> out(weights.size());
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  if (total <= 0 || amount <= Length::zero()) return out;
  Length given;
  std::size_t last = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] <= 0) continue;
    out[i] = amount.scaled(weights[i] / total);
    given += out[i];
    last = i;
  }
  out[last] += amount - given;
  return out;
}

// The water level (docs/typography.md R14): every column in `open` gets its
// least, its most, or a common width between them, whichever lies in
// between, so that the widths sum to `room` exactly. Short columns stay
// under the level and keep their most (one line); the others share the
// rest equally, none below its least. `room` lies between the sums of the
// least and the most widths.
std::vector<Length> fill_to_level(const std::vector<ColumnNeed>& needs,
                                  const std::vector<bool>& open, Length room) {
  const std::size_t n = needs.size();
  auto at_level = [&](int64_t level) {
    Length total;
    for (std::size_t i = 0; i < n; ++i)
      if (open[i])
        total +=
            std::clamp(Length::from_sp(level), needs[i].min, std::max(needs[i].min, needs[i].max));
    return total;
  };
  // The highest level (in scaled points) whose widths still fit.
  int64_t low = 0, high = 1;
  for (std::size_t i = 0; i < n; ++i)
    if (open[i]) high = std::max(high, std::max(needs[i].min, needs[i].max).sp + 1);
  while (high - low > 1) {
    const int64_t mid = low + (high - low) / 2;
    (at_level(mid) <= room ? low : high) = mid;
  }
  std::vector<Length> out(n);
  Length given;
  for (std::size_t i = 0; i < n; ++i)
    if (open[i]) {
      out[i] = std::clamp(Length::from_sp(low), needs[i].min, std::max(needs[i].min, needs[i].max));
      given += out[i];
    }
  // Fewer scaled points are left than columns standing at the level below
  // their most: one each, from the first, so the sum is exact.
  for (std::size_t i = 0; i < n && given < room; ++i)
    if (open[i] && out[i].sp == low && out[i] < needs[i].max) {
      out[i] += Length::from_sp(1);
      given += Length::from_sp(1);
    }
  return out;
}

}  // namespace

ColumnWidths resolve_column_widths(const std::vector<TableColumn>& columns,
                                   const std::vector<ColumnNeed>& needs, Length available) {
  const std::size_t n = columns.size();
  ColumnWidths out;
  out.widths.assign(n, Length::zero());
  Length rest = available;
  Length auto_min, auto_max, fraction_min;
  bool has_fraction = false;
  for (std::size_t i = 0; i < n; ++i) {
    const ColumnNeed need = i < needs.size() ? needs[i] : ColumnNeed{};
    switch (columns[i].width) {
      case Width::fixed:
        out.widths[i] = columns[i].fixed;
        rest -= columns[i].fixed;
        break;
      case Width::automatic:
        auto_min += need.min;
        auto_max += need.max;
        break;
      case Width::fraction:
        fraction_min += need.min;
        has_fraction = true;
        break;
    }
  }
  std::vector<double> by_max(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (columns[i].width != Width::automatic) continue;
    const ColumnNeed need = i < needs.size() ? needs[i] : ColumnNeed{};
    by_max[i] = static_cast<double>(std::max(need.max.sp, int64_t{1}));
  }
  Length for_fractions;
  if (auto_max + fraction_min <= rest) {
    for (std::size_t i = 0; i < n; ++i)
      if (columns[i].width == Width::automatic) out.widths[i] = needs[i].max;
    const Length left = rest - auto_max;
    if (has_fraction) {
      for_fractions = left;
    } else {
      const std::vector<Length> extra = share(left, by_max);
      for (std::size_t i = 0; i < n; ++i) out.widths[i] += extra[i];
    }
  } else if (auto_min + fraction_min <= rest) {
    std::vector<bool> open(n, false);
    std::vector<ColumnNeed> auto_needs(n);
    for (std::size_t i = 0; i < n; ++i)
      if (columns[i].width == Width::automatic) {
        open[i] = true;
        auto_needs[i] = i < needs.size() ? needs[i] : ColumnNeed{};
      }
    const std::vector<Length> filled = fill_to_level(auto_needs, open, rest - fraction_min);
    for (std::size_t i = 0; i < n; ++i)
      if (open[i]) out.widths[i] = filled[i];
    for_fractions = fraction_min;
  } else {
    for (std::size_t i = 0; i < n; ++i)
      if (columns[i].width != Width::fixed)
        out.widths[i] = i < needs.size() ? needs[i].min : Length{};
    out.overflow = true;
    return out;
  }
  if (has_fraction) {
    // Fractions share the room; one whose share is below its least takes
    // its least and the others share the rest, until every share fits.
    std::vector<bool> pinned(n, false);
    while (true) {
      Length room = for_fractions;
      std::vector<double> weights(n, 0);
      for (std::size_t i = 0; i < n; ++i) {
        if (columns[i].width != Width::fraction) continue;
        if (pinned[i])
          room -= needs[i].min;
        else
          weights[i] = columns[i].fraction;
      }
      const std::vector<Length> shares = share(room, weights);
      bool repinned = false;
      for (std::size_t i = 0; i < n; ++i)
        if (columns[i].width == Width::fraction && !pinned[i] && shares[i] < needs[i].min) {
          pinned[i] = repinned = true;
        }
      if (repinned) continue;
      for (std::size_t i = 0; i < n; ++i)
        if (columns[i].width == Width::fraction)
          out.widths[i] = pinned[i] ? needs[i].min : shares[i];
      break;
    }
  }
  Length total;
  for (Length w : out.widths) total += w;
  out.overflow = total > available;
  return out;
}

std::vector<Length> decimal_offsets(const std::vector<DecimalParts>& parts, Length inner) {
  Length before, after;
  for (const DecimalParts& p : parts) {
    before = std::max(before, p.before);
    after = std::max(after, p.after);
  }
  const Length start = std::max(Length::zero(), inner - before - after);
  std::vector<Length> out;
  for (const DecimalParts& p : parts) out.push_back(start + before - p.before);
  return out;
}

}  // namespace paiban::layout
