#include "layout/paragraph/linebreak.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paiban::layout {
namespace {

// The totals of the items before an index. One array of these (not one
// array per total): a candidate line reads all five at its two ends.
struct Sum {
  int64_t width = 0, stretch = 0, shrink = 0, chars = 0;
  int64_t limit = 0;  // the hard stretch limits (justify.h)
};
using Sums = std::vector<Sum>;

Sums prefix_sums(const std::vector<ParagraphItem>& items) {
  Sums s;
  s.reserve(items.size() + 1);
  Sum total;
  s.push_back(total);
  for (const ParagraphItem& it : items) {
    const bool glue = it.type == ParagraphItem::Type::glue;
    total.width += it.type == ParagraphItem::Type::penalty ? 0 : it.width.sp;
    total.stretch += glue ? it.stretch.sp : 0;
    total.shrink += glue ? it.shrink.sp : 0;
    total.chars += it.counts_as_char ? 1 : 0;
    total.limit += glue ? it.stretch_limit.sp : 0;
    s.push_back(total);
  }
  return s;
}

struct Node {
  std::size_t position = 0;  // item index of the break (SIZE_MAX = paragraph start)
  std::size_t start = 0;     // the first item of the line after it (line_start_after)
  int line = 0;
  int fitness = 1;
  double demerits = 0;
  int previous = -1;
  bool active = true;
};

constexpr std::size_t kStart = std::numeric_limits<std::size_t>::max();
constexpr double kLastResortDemerits = 1e11;
// A break against the rules (kinsoku, a no-break space) costs more than any
// number of word splits, less than the least overfull line (4e14): it is
// taken only where every other way leaves the measure.
constexpr double kRescueDemerits = 1e13;
// Added to the badness of a flush-left line, times the fraction of the
// measure it leaves empty: an empty line costs about 1e10 demerits, less than
// a last-resort split, far more than any justifiable line.
constexpr double kFlushLeftEmptyDemerits = 1e5;
// Added to the badness of every flush-left line. Squared demerits alone would
// rather spread one forced gap over two lines: a ragged line at the
// paragraph's start, 13% short, plus a ragged line beside the address, 10%
// short, cost less than one 25% short line beside the address. A typesetter
// sets ragged only the lines that cannot be justified, so the fewest
// flush-left lines win first and their emptiness counts after.
constexpr double kFlushLeftLineDemerits = 3e4;
// Added again to a flush-left line that ends at an ordinary break of running
// text, not inside an address or a token split at the last resort: where the
// same number of lines must be ragged, they are the address's lines (which
// nothing could justify), not a line of prose before it. The dearest line,
// (1e4 + 3e4 + 5e4 + 1e5)² ≈ 3.6e10 when empty, still costs less than a
// last-resort split.
constexpr double kFlushLeftProseDemerits = 5e4;

int fitness_class(double r) {
  if (r < -0.5) return 0;
  if (r <= 0.5) return 1;
  if (r <= 1.0) return 2;
  return 3;
}

// Whether a line's adjustment ratio can only grow as its start moves later
// (to a fixed end): no box or glue is narrower than nothing, no glue
// stretches by less than nothing, and every line has the same measure. Then
// the active nodes, which are kept in the order of their positions, read
// from longest line to shortest, and once one is too loose for the pass
// every later one is too (run_pass stops looking there).
bool ratio_grows_with_start(const std::vector<ParagraphItem>& items, const LinebreakSettings& st) {
  // A line that cannot stretch has the ratio 1e6: above every tolerance
  // only while the tolerance is below it.
  if (st.first_width != st.width || st.tolerance * 5 >= 1e6) return false;
  for (const ParagraphItem& it : items) {
    if (it.type == ParagraphItem::Type::penalty) continue;
    if (it.width.sp < 0) return false;
    if (it.type == ParagraphItem::Type::glue && it.stretch.sp < 0) return false;
  }
  return true;
}

// One pass; returns the index of the best final node or -1. `sorted_ratios`:
// ratio_grows_with_start.
int run_pass(const std::vector<ParagraphItem>& items, const Sums& sums, const LinebreakSettings& st,
             double tolerance, bool emergency, bool sorted_ratios, std::vector<Node>& nodes) {
  nodes.clear();
  nodes.push_back({kStart, 0, 0, 1, 0, -1, true});
  std::vector<int> active{0};
  std::vector<int> still_active;  // reused at every break
  const std::size_t n = items.size();

  for (std::size_t b = 0; b < n; ++b) {
    const ParagraphItem& item = items[b];
    if (item.type != ParagraphItem::Type::penalty || item.penalty >= kInfPenalty) continue;
    if (item.last_resort && !emergency) continue;
    const bool forced = item.penalty <= kForcedBreak;
    const bool final_break = b + 1 == n;

    struct Candidate {
      double demerits = std::numeric_limits<double>::infinity();
      int from = -1;
      double ratio = 0;
    };
    Candidate best[4];
    still_active.clear();
    const Sum& to = sums[b];

    for (std::size_t i = 0; i < active.size(); ++i) {
      const int a = active[i];
      const Node& from = nodes[a];
      const std::size_t start = from.start;
      const Sum& at = sums[start];
      // A penalty's width counts only when the break is taken there (a
      // hanging mark takes itself out of the line).
      const int64_t natural = to.width - at.width + item.width.sp;
      const int64_t stretch = to.stretch - at.stretch + st.ragged_stretch.sp;
      const int64_t shrink = to.shrink - at.shrink;
      const int64_t measure = (from.line == 0 ? st.first_width : st.width).sp;
      double ratio;
      if (natural < measure)
        ratio = stretch > 0 ? static_cast<double>(measure - natural) / stretch : 1e6;
      else if (natural > measure)
        ratio = shrink > 0 ? -static_cast<double>(natural - measure) / shrink : -1e6;
      else
        ratio = 0;

      const bool overfull = ratio < -1;
      if (!overfull && !forced) still_active.push_back(a);
      if (overfull && !emergency) continue;
      // In the last pass a line too loose to justify is acceptable: it is
      // set flush left at its natural spacing (justify.h), never spread.
      if (!overfull && ratio > tolerance && !emergency) {
        // The lines from the nodes after it are shorter, and too loose as
        // well (a ratio above any tolerance, 1e6 when they cannot stretch):
        // they stay active, and none is a candidate.
        if (sorted_ratios) {
          if (!forced)
            still_active.insert(still_active.end(), active.begin() + i + 1, active.end());
          break;
        }
        continue;
      }
      // Before the last pass, a justified line that would need more than the
      // hard limits (and so be set flush left) is not a choice either.
      const bool beyond_limits = st.ragged_stretch.sp == 0 && !forced && natural < measure &&
                                 measure - natural > to.limit - at.limit;
      if (beyond_limits && !emergency) continue;

      double badness = std::min(1e4, 100.0 * std::abs(ratio * ratio * ratio));
      // A line set flush left costs a fixed amount, so that the last pass
      // sets as few of them as it can (and more when it is prose), and more
      // the more of the measure it leaves empty, so that it fills them rather
      // than leaving a two-character line before an address it could not
      // justify.
      if (beyond_limits) {
        badness += kFlushLeftLineDemerits +
                   kFlushLeftEmptyDemerits * static_cast<double>(measure - natural) / measure;
        if (!item.in_address && !item.last_resort) badness += kFlushLeftProseDemerits;
      }
      if (overfull) badness = 1e7 * (1.0 - ratio);  // emergency only: least overfull wins
      double d = (st.line_penalty + badness);
      d *= d;
      // A word split anywhere costs more than any number of loose lines,
      // less than a line that leaves the measure.
      if (item.last_resort) d += item.rescue ? kRescueDemerits : kLastResortDemerits;
      if (item.penalty > 0)
        d += static_cast<double>(item.penalty) * item.penalty;
      else if (item.penalty < 0 && !forced)
        d -= static_cast<double>(item.penalty) * item.penalty;
      const int fit = fitness_class(ratio);
      if (std::abs(fit - from.fitness) > 1) d += st.fitness_demerits;
      // 孤字: a paragraph's last line needs at least N characters besides
      // punctuation, unless the paragraph is a single line.
      if (final_break && from.position != kStart && to.chars - at.chars < st.min_last_line_chars)
        d += st.runt_demerits;
      const double total = from.demerits + d;
      if (total < best[fit].demerits) best[fit] = {total, a, ratio};
    }
    active.swap(still_active);

    double best_all = std::numeric_limits<double>::infinity();
    for (const auto& c : best) best_all = std::min(best_all, c.demerits);
    for (int f = 0; f < 4; ++f) {
      if (best[f].from < 0 || best[f].demerits > best_all + st.fitness_demerits) continue;
      Node node;
      node.position = b;
      node.start = line_start_after(items, b);
      node.line = nodes[best[f].from].line + 1;
      node.fitness = f;
      node.demerits = best[f].demerits;
      node.previous = best[f].from;
      nodes.push_back(node);
      if (!final_break) active.push_back(static_cast<int>(nodes.size()) - 1);
    }
    if (active.empty() && !final_break) return -1;
  }

  int best_final = -1;
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
    if (nodes[i].position == n - 1 &&
        (best_final < 0 || nodes[i].demerits < nodes[best_final].demerits))
      best_final = i;
  return best_final;
}

}  // namespace

std::size_t line_start_after(const std::vector<ParagraphItem>& items, std::size_t position) {
  std::size_t i = position + 1;
  while (i < items.size() && items[i].type != ParagraphItem::Type::box) ++i;
  return i;
}

Breaks break_lines(const std::vector<ParagraphItem>& items, const LinebreakSettings& settings) {
  Breaks result;
  if (items.empty()) return result;
  const Sums sums = prefix_sums(items);
  const bool sorted_ratios = ratio_grows_with_start(items, settings);
  std::vector<Node> nodes;
  const double tolerances[] = {settings.tolerance, settings.tolerance * 5, 0};
  for (int pass = 1; pass <= 3; ++pass) {
    const bool emergency = pass == 3;
    const int last =
        run_pass(items, sums, settings, tolerances[pass - 1], emergency, sorted_ratios, nodes);
    if (last < 0) continue;
    for (int k = last; k > 0; k = nodes[k].previous) result.positions.push_back(nodes[k].position);
    std::reverse(result.positions.begin(), result.positions.end());
    result.pass = pass;
    return result;
  }
  result.positions.push_back(items.size() - 1);
  result.pass = 3;
  return result;
}

}  // namespace paiban::layout
