#include "layout/compose/balance.h"

#include <algorithm>

namespace paiban::layout {
namespace {

bool fits(const Segment& seg, const FillCursor& cur, const std::vector<Length>& heights,
          const FillRules& rules, const Grid& grid) {
  FillCursor trial = cur;
  const RegionFill r = fill_region(seg, trial, heights, rules, grid);
  return trial.done(seg) && !r.forced && !r.overflow;
}

}  // namespace

std::optional<std::vector<Length>> balanced_heights(const Segment& seg, const FillCursor& cur,
                                                    int columns, Length height,
                                                    const FillRules& rules, const Grid& grid) {
  const auto uniform = [&](Length h) { return std::vector<Length>(columns, h); };
  if (!fits(seg, cur, uniform(height), rules, grid)) return std::nullopt;

  // The fewest whole lines per column that still hold everything. Filling
  // is greedy, so more room never holds less: a binary search finds it.
  const Length step = grid.pitch;
  int64_t lo = 1, hi = (height.sp + step.sp - 1) / step.sp;
  const auto at = [&](int64_t lines) { return std::min(step * lines, height); };
  while (lo < hi) {
    const int64_t mid = lo + (hi - lo) / 2;
    if (fits(seg, cur, uniform(at(mid)), rules, grid))
      hi = mid;
    else
      lo = mid + 1;
  }
  std::vector<Length> heights = uniform(at(lo));
  // Then shorten columns from the right by a line while it still fits, so
  // the left column is at most one line longer than the others (7 lines in
  // three columns: 3, 2, 2 rather than 3, 3, 1).
  for (int c = columns - 1; c >= 1 && lo > 1; --c) {
    std::vector<Length> trial = heights;
    trial[c] = at(lo - 1);
    if (!fits(seg, cur, trial, rules, grid)) break;
    heights = std::move(trial);
  }
  return heights;
}

}  // namespace paiban::layout
