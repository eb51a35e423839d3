#include "layout/compose/paginate.h"

#include <algorithm>

#include "layout/compose/balance.h"

namespace paiban::layout {

bool PageLayout::empty() const {
  for (const auto& region : regions)
    for (const auto& col : region.columns)
      if (!col.rows.empty()) return false;
  return true;
}

namespace {

class Paginator {
 public:
  Paginator(const Galley& galley, const style::StyleSheet& sheet, const Grid& grid,
            Diagnostics& diags)
      : galley_(galley), sheet_(sheet), grid_(grid), diags_(diags) {}

  std::vector<PageLayout> run() {
    open_page({});
    for (std::size_t s = 0; s < galley_.segments.size(); ++s) lay_segment(s);
    // A page break at the very end asks for no empty page.
    return std::move(pages_);
  }

 private:
  void push_page(int index, const std::string& master, bool blank) {
    PageLayout p;
    p.frame = make_page_frame(sheet_, index, master_for_page(index, master), grid_);
    p.blank = blank;
    p.cursor = p.frame.type_area.y;
    pages_.push_back(std::move(p));
  }

  void open_page(const PageBreakSpec& spec) {
    int index = static_cast<int>(pages_.size());
    // A section that must open on a right-hand page leaves a blank verso.
    if (spec.right_page && (index + 1) % 2 == 0) push_page(index++, "", true);
    push_page(index, spec.master, false);
  }

  // A page break takes effect when more material comes; an empty page
  // already open is used instead of adding another.
  void apply_break(const PageBreakSpec& spec) {
    PageLayout& page = pages_.back();
    if (!page.empty() || page.blank) {
      open_page(spec);
      return;
    }
    const int index = page.frame.index;
    if (spec.right_page && (index + 1) % 2 == 0) {
      page.blank = true;
      push_page(index + 1, spec.master, false);
    } else if (!spec.master.empty()) {
      page.frame = make_page_frame(sheet_, index, spec.master, grid_);
      page.cursor = page.frame.type_area.y;
      page.regions.clear();
    }
  }

  // Room the first lines of segment s+1 need below a heading ending s.
  Length tail_need(std::size_t s) const {
    const Segment& seg = galley_.segments[s];
    if (seg.tail_keep_lines <= 0 || s + 1 >= galley_.segments.size()) return Length::zero();
    int lines = seg.tail_keep_lines;
    Length need;
    for (const Row& r : galley_.segments[s + 1].rows) {
      if (r.kind == Row::Kind::page_break || r.kind == Row::Kind::column_break)
        return Length::zero();
      if (r.kind == Row::Kind::snap || (r.kind == Row::Kind::space && need == Length::zero()))
        continue;
      need += r.height;
      lines -= r.lines;
      if (lines <= 0) break;
    }
    return need;
  }

  void lay_segment(std::size_t s) {
    const Segment& seg = galley_.segments[s];
    FillCursor cur;
    while (!cur.done(seg)) {
      if (pending_) {
        apply_break(*pending_);
        pending_.reset();
      }
      PageLayout& page = pages_.back();
      const Length top = page.cursor;
      const Length height = page.frame.frame_bottom - top;
      const bool fresh = top <= page.frame.type_area.y;
      if (height < grid_.pitch && !fresh) {
        open_page({});
        continue;
      }
      FillRules rules;
      rules.may_stay_empty = !fresh;
      rules.tail_need = tail_need(s);
      std::vector<Length> heights(seg.columns, height);
      if (seg.balance && seg.columns > 1)
        if (auto balanced = balanced_heights(seg, cur, seg.columns, height, rules, grid_))
          heights = std::move(*balanced);
      RegionFill fill = fill_region(seg, cur, heights, rules, grid_);
      report_overflow(fill, seg);

      PlacedRegion region;
      region.segment = s;
      region.top = top;
      region.used = grid_.round_up(fill.used);
      for (int c = 0; c < seg.columns; ++c)
        region.column_x.push_back(page.frame.type_area.x + (seg.column_width + seg.gap) * c);
      region.columns = std::move(fill.columns);
      page.cursor = top + region.used;
      page.regions.push_back(std::move(region));

      if (fill.page_break)
        pending_ = fill.page_break_spec;
      else if (!cur.done(seg))
        open_page({});
    }
  }

  void report_overflow(const RegionFill& fill, const Segment& seg) {
    if (!fill.overflow) return;
    const Row& row = seg.rows[fill.overflow_row];
    const int page = static_cast<int>(pages_.size());
    diags_.warning(row.span ? *row.span : SourceSpan{},
                   "a block on page " + std::to_string(page) +
                       " is taller than its column and runs past the type area",
                   {"let the box break (allow_break = true), or shorten the block"});
  }

  const Galley& galley_;
  const style::StyleSheet& sheet_;
  const Grid& grid_;
  Diagnostics& diags_;
  std::vector<PageLayout> pages_;
  std::optional<PageBreakSpec> pending_;
};

}  // namespace

std::vector<PageLayout> paginate(const Galley& galley, const style::StyleSheet& sheet,
                                 const Grid& grid, Diagnostics& diags) {
  return Paginator(galley, sheet, grid, diags).run();
}

}  // namespace paiban::layout
