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

// Every column holds something and none is more than a line taller than
// another.
bool even(const Segment& seg, const FillCursor& cur, const std::vector<Length>& heights,
          const FillRules& rules, const Grid& grid) {
  FillCursor trial = cur;
  const RegionFill r = fill_region(seg, trial, heights, rules, grid);
  if (r.columns.size() < heights.size()) return false;
  Length shortest = r.columns.front().used, longest = shortest;
  for (const auto& col : r.columns) {
    shortest = std::min(shortest, col.used);
    longest = std::max(longest, col.used);
  }
  return shortest > Length::zero() && longest - shortest <= grid.pitch;
}

std::optional<std::vector<Length>> strictly_balanced(const Segment& seg, const FillCursor& cur,
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

}  // namespace

std::optional<Balance> balanced_heights(const Segment& seg, const FillCursor& cur, int columns,
                                        Length height, const FillRules& rules, const Grid& grid) {
  auto heights = strictly_balanced(seg, cur, columns, height, rules, grid);
  if (!heights) return std::nullopt;
  if (even(seg, cur, *heights, rules, grid)) return Balance{*heights, rules, true};
  // A set too short to balance under the widow rule (three lines of one
  // paragraph stand three and nothing) would leave a column empty under
  // what spans above it: its lines may split like any others.
  FillRules relaxed = rules;
  relaxed.relax_widows = true;
  auto loose = strictly_balanced(seg, cur, columns, height, relaxed, grid);
  if (loose && even(seg, cur, *loose, relaxed, grid)) return Balance{*loose, relaxed, true};
  return Balance{*heights, rules, false};
}

}  // namespace paiban::layout
