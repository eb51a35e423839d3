#include "layout/compose/paginate.h"

#include <algorithm>
#include <deque>

#include "layout/compose/balance.h"

namespace paiban::layout {

Length note_separator() {
  return Length::pt(9);
}

Length notes_height(const Galley& galley, const std::vector<PlacedNoteLine>& lines) {
  if (lines.empty()) return Length::zero();
  Length h = note_separator();
  for (const PlacedNoteLine& l : lines)
    h += galley.notes[static_cast<std::size_t>(l.note)].lines[l.line].height;
  return h;
}

Length note_room(const Galley& galley, const std::vector<PlacedNoteLine>& lines, const Grid& grid) {
  return grid.round_up(notes_height(galley, lines));
}

bool PageLayout::empty() const {
  for (const auto& region : regions)
    for (const auto& col : region.columns)
      if (!col.rows.empty()) return false;
  return true;
}

namespace {

// R9 / composer.h, as in keeps.cpp: lines a heading keeps with.
constexpr int kKeepLines = 2;

std::size_t next_spanning(const Segment& seg, std::size_t from) {
  for (std::size_t i = from; i < seg.rows.size(); ++i)
    if (seg.rows[i].spans()) return i;
  return seg.rows.size();
}

class Paginator {
 public:
  Paginator(const Galley& galley, const style::StyleSheet& sheet, const Grid& grid,
            Diagnostics& diags, const std::vector<int>& mark_not_before)
      : galley_(galley),
        sheet_(sheet),
        grid_(grid),
        diags_(diags),
        mark_not_before_(mark_not_before),
        at_column_foot_(sheet.typography.footnote_place == style::NotePlace::column) {}

  std::vector<PageLayout> run() {
    note_placed_.assign(galley_.notes.size(), false);
    open_page({});
    for (std::size_t s = 0; s < galley_.segments.size(); ++s) lay_segment(s);
    // Figures still waiting for a page top get one, and the rest of a
    // footnote that did not fit the last page its own page foot. A page
    // break at the very end asks for no empty page.
    while (!waiting_figures_.empty() || (!carried_.empty() && !at_column_foot_)) open_page({});
    while (!carried_.empty()) place_left_column_notes();
    return std::move(pages_);
  }

 private:
  struct WaitingFigure {
    std::size_t segment, row;
  };

  void push_page(int index, const std::string& master, bool blank) {
    PageLayout p;
    p.frame = make_page_frame(sheet_, index, master_for_page(index, master), grid_);
    p.blank = blank;
    p.cursor = p.frame.frame_top;
    p.note_rule = sheet_.typography.footnote_rule;
    pages_.push_back(std::move(p));
    if (!blank) {
      place_carried_notes();
      place_waiting_figures();
    }
  }

  // Footnotes. A note goes to the foot of the page its mark lands on; one
  // too long for the room left there goes on at the next page's foot.
  Length room_for(const std::vector<PlacedNoteLine>& lines) const {
    return note_room(galley_, lines, grid_);
  }

  const Note& note_of(int n) const { return galley_.notes[static_cast<std::size_t>(n)]; }

  // Whether note n's mark must stand on a later page than the last one.
  bool pinned_later(int n) const {
    const auto i = static_cast<std::size_t>(n);
    return i < mark_not_before_.size() && mark_not_before_[i] > static_cast<int>(pages_.size()) - 1;
  }

  // Notes whose marks stand in the column's rows and are not placed yet.
  void column_marks(const Segment& seg, const ColumnFill& col, std::vector<int>& out) const {
    for (const PlacedRow& placed : col.rows)
      for (const int n : seg.rows[placed.row].notes)
        if (!note_placed_[static_cast<std::size_t>(n)] &&
            std::find(out.begin(), out.end(), n) == out.end())
          out.push_back(n);
  }

  // Notes whose marks stand in the filled rows and are not placed yet, in
  // reading order.
  std::vector<int> new_notes(const Segment& seg, const RegionFill& fill) const {
    std::vector<int> out;
    for (const auto& col : fill.columns) column_marks(seg, col, out);
    return out;
  }

  // Puts `notes` at the foot of the last page under text ending at
  // `text_bottom`: whole while they fit, the last one as far as it goes.
  // False when a note would not even begin on this page, unless `force`,
  // which carries whatever does not fit to the next page. Only with
  // `commit` does the page take them.
  bool fit_notes(const std::vector<int>& notes, Length text_bottom, bool force, bool commit) {
    PageLayout& page = pages_.back();
    std::vector<PlacedNoteLine> lines = page.notes;
    std::vector<PlacedNoteLine> rest;
    for (const int n : notes) {
      const Note& note = galley_.notes[static_cast<std::size_t>(n)];
      bool began = false;
      for (std::size_t l = 0; l < note.lines.size(); ++l) {
        std::vector<PlacedNoteLine> trial = lines;
        trial.push_back({n, l});
        if (rest.empty() && text_bottom + room_for(trial) <= page.frame.frame_bottom) {
          lines = std::move(trial);
          began = true;
        } else {
          rest.push_back({n, l});
        }
      }
      if (!force && ((!began && !note.lines.empty()) || pinned_later(n))) return false;
    }
    if (!commit) return true;
    page.notes = std::move(lines);
    for (const int n : notes) note_placed_[static_cast<std::size_t>(n)] = true;
    page.marks.insert(page.marks.end(), notes.begin(), notes.end());
    carried_.insert(carried_.end(), rest.begin(), rest.end());
    return true;
  }

  // Lines carried from the page before stand first at a new page's foot,
  // leaving the text at least two lines; at least one line goes on.
  void place_carried_notes() {
    PageLayout& page = pages_.back();
    while (!carried_.empty() && !at_column_foot_) {
      std::vector<PlacedNoteLine> trial = page.notes;
      trial.push_back(carried_.front());
      const bool fits =
          page.frame.frame_top + grid_.pitch * 2 + room_for(trial) <= page.frame.frame_bottom;
      if (!fits && !page.notes.empty()) break;
      page.notes = std::move(trial);
      page.notes_continue = true;
      carried_.pop_front();
    }
  }

  // Notes at the column foot ([typography] footnote_place = "column").
  struct ColumnNotesFit {
    std::vector<ColumnNotes> notes;      // per column filled
    ColumnNotes across;                  // under them all
    std::deque<PlacedNoteLine> carried;  // for the next column or page
    std::vector<int> marked;             // notes begun here, in order
    int short_column = -1;               // whose text must end a line earlier
    Length used;                         // the region's height, notes included
  };

  // Puts under each filled column, in a region `room` tall whose columns
  // are `width` wide and together `across` wide: first the lines going on
  // from the column or page before, then the notes of the column's marks,
  // whole while they fit and the last as far as it goes; the rest goes on at
  // the next column's foot. Lines going on from a note set wider than the
  // columns (a section across the type area) stand across all of them, under
  // their notes. A column whose note would not begin there, or whose text
  // leaves no room for what goes on, is named in short_column (unless
  // `force`).
  ColumnNotesFit fit_column_notes(const Segment& seg, const std::vector<ColumnFill>& cols,
                                  Length width, Length across, Length room, bool force) const {
    ColumnNotesFit out;
    out.carried = carried_;
    const auto measure = [&](const PlacedNoteLine& l) { return note_of(l.note).measure; };
    const auto takes = [&](const PlacedNoteLine& l) { return measure(l) <= width; };
    const auto wide = [&](const PlacedNoteLine& l) { return !takes(l) && measure(l) <= across; };
    Length tallest;
    std::size_t tallest_column = 0;
    for (std::size_t c = 0; c < cols.size(); ++c)
      if (grid_.round_up(cols[c].used) > tallest) {
        tallest = grid_.round_up(cols[c].used);
        tallest_column = c;
      }
    while (!out.carried.empty() && wide(out.carried.front())) {
      std::vector<PlacedNoteLine> trial = out.across.lines;
      trial.push_back(out.carried.front());
      if (tallest + room_for(trial) > room) break;
      out.across.lines = std::move(trial);
      out.across.continues = true;
      out.carried.pop_front();
    }
    // The tallest column gives way to them while it keeps two lines.
    if (!out.carried.empty() && wide(out.carried.front()) && !force && tallest > grid_.pitch * 2) {
      out.short_column = static_cast<int>(tallest_column);
      return out;
    }
    const Length across_room = room_for(out.across.lines);
    room -= across_room;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      const Length text = grid_.round_up(cols[c].used);
      ColumnNotes here;
      // A line set wider than this column waits for a column that holds it.
      while (!out.carried.empty() && takes(out.carried.front())) {
        std::vector<PlacedNoteLine> trial = here.lines;
        trial.push_back(out.carried.front());
        if (text + room_for(trial) > room) break;
        here.lines = std::move(trial);
        here.continues = true;
        out.carried.pop_front();
      }
      const bool carried_waits = !out.carried.empty() && takes(out.carried.front());
      // The text gives way to what goes on while it keeps two lines.
      if (carried_waits && !force && text > grid_.pitch * 2) {
        out.short_column = static_cast<int>(c);
        return out;
      }
      std::vector<int> marks;
      column_marks(seg, cols[c], marks);
      for (const int n : marks) {
        if (std::find(out.marked.begin(), out.marked.end(), n) != out.marked.end()) continue;
        bool began = false;
        for (std::size_t l = 0; l < note_of(n).lines.size(); ++l) {
          std::vector<PlacedNoteLine> trial = here.lines;
          trial.push_back({n, l});
          if (out.carried.empty() && text + room_for(trial) <= room) {
            here.lines = std::move(trial);
            began = true;
          } else {
            out.carried.push_back({n, l});
          }
        }
        if (!force && ((!began && !note_of(n).lines.empty()) || pinned_later(n))) {
          out.short_column = static_cast<int>(c);
          return out;
        }
        out.marked.push_back(n);
      }
      out.used = std::max(out.used, text + room_for(here.lines) + across_room);
      out.notes.push_back(std::move(here));
    }
    return out;
  }

  // The region takes its notes; below them, when more may follow on the
  // page, the separator's space again (whole grid lines).
  void take_column_notes(PlacedRegion& region, ColumnNotesFit&& fit) {
    for (const int n : fit.marked) note_placed_[static_cast<std::size_t>(n)] = true;
    PageLayout& page = pages_.back();
    page.marks.insert(page.marks.end(), fit.marked.begin(), fit.marked.end());
    carried_ = std::move(fit.carried);
    const bool any = !fit.across.lines.empty() ||
                     std::any_of(fit.notes.begin(), fit.notes.end(),
                                 [](const ColumnNotes& c) { return !c.lines.empty(); });
    region.notes = std::move(fit.notes);
    region.notes_across = std::move(fit.across);
    if (!any) return;
    region.notes_bottom = fit.used;
    const Length room = page.frame.frame_bottom - region.top;
    region.used =
        std::max(region.used, std::min(room, grid_.round_up(fit.used + note_separator())));
  }

  // Note lines still going on after the last text: the foot of a page of
  // their own, across the type area.
  void place_left_column_notes() {
    open_page({});
    PageLayout& page = pages_.back();
    PlacedRegion region;
    region.segment = 0;
    region.top = page.cursor;
    region.column_width = page.frame.type_area.width;
    region.column_x = {page.frame.type_area.x};
    region.columns.emplace_back();
    ColumnNotesFit fit =
        fit_column_notes(galley_.segments.front(), region.columns, region.column_width,
                         region.column_width, page.frame.frame_bottom - region.top, true);
    if (fit.notes.front().lines.empty() && !fit.carried.empty()) {
      // Not even one line fits: it stands there anyway, so the pages end.
      fit.notes.front().lines.push_back(fit.carried.front());
      fit.carried.pop_front();
    }
    take_column_notes(region, std::move(fit));
    page.cursor = region.top + region.used;
    page.regions.push_back(std::move(region));
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
      page.cursor = page.frame.frame_top;
      page.regions.clear();
    }
  }

  // One row across the whole type area at the page's cursor.
  void place_across(std::size_t s, std::size_t row) {
    PageLayout& page = pages_.back();
    const Row& r = galley_.segments[s].rows[row];
    PlacedRegion region;
    region.segment = s;
    region.top = page.cursor;
    region.used = r.height;
    region.column_width = page.frame.type_area.width;
    region.column_x = {page.frame.type_area.x};
    ColumnFill col;
    col.rows.push_back({row, Length::zero(), r.height});
    col.used = r.height;
    region.columns.push_back(std::move(col));
    if (at_column_foot_) {
      const Segment& seg = galley_.segments[s];
      take_column_notes(
          region, fit_column_notes(seg, region.columns, region.column_width, region.column_width,
                                   page.frame.frame_bottom - region.top, true));
    }
    page.cursor += region.used;
    page.regions.push_back(std::move(region));
    std::vector<int> notes;
    for (const int n : r.notes)
      if (!note_placed_[static_cast<std::size_t>(n)]) notes.push_back(n);
    if (!notes.empty()) fit_notes(notes, page.cursor, true, true);
  }

  bool fits_here(const Row& r, Length y) const {
    const PageLayout& page = pages_.back();
    return y + r.height + room_for(page.notes) <= page.frame.frame_bottom;
  }

  void place_waiting_figures() {
    while (!waiting_figures_.empty()) {
      const WaitingFigure f = waiting_figures_.front();
      const Row& r = galley_.segments[f.segment].rows[f.row];
      const bool fresh = pages_.back().cursor <= pages_.back().frame.frame_top;
      if (!fresh && !fits_here(r, pages_.back().cursor)) return;
      place_across(f.segment, f.row);
      waiting_figures_.erase(waiting_figures_.begin());
    }
  }

  // Room the first lines of segment s+1 need below a heading ending s: the
  // rows up to its second line of text, a heading there keeping in turn.
  Length tail_need(std::size_t s) const {
    const Segment& seg = galley_.segments[s];
    if (seg.tail_keep_lines <= 0 || s + 1 >= galley_.segments.size()) return Length::zero();
    int lines = seg.tail_keep_lines;
    Length need;
    for (const Row& r : galley_.segments[s + 1].rows) {
      if (r.is_break()) return Length::zero();
      // A table's continuation label and break edges stand only where it
      // breaks.
      if (r.spans() || r.is<Row::Snap>() || r.is<Row::Repeat>() || r.is<Row::TableEdge>() ||
          (r.is<Row::Space>() && need == Length::zero()))
        continue;
      need += r.height;
      lines -= r.lines;
      if (r.keep_with_next) lines = kKeepLines;
      if (lines <= 0) break;
    }
    return need;
  }

  void lay_segment(std::size_t s) {
    const Segment& seg = galley_.segments[s];
    const std::size_t n = seg.rows.size();
    FillCursor cur;
    cur.limit = next_spanning(seg, 0);
    while (true) {
      if (cur.done(seg)) {
        if (cur.limit >= n) break;
        // A spanning figure after columns that ended on this page.
        const Row& fig = seg.rows[cur.limit];
        if (fits_here(fig, pages_.back().cursor) && waiting_figures_.empty())
          place_across(s, cur.limit);
        else
          waiting_figures_.push_back({s, cur.limit});
        cur.next = cur.limit + 1;
        cur.limit = next_spanning(seg, cur.next);
        continue;
      }
      if (pending_) {
        apply_break(*pending_);
        pending_.reset();
      }
      PageLayout& page = pages_.back();
      const Length top = page.cursor;
      Length height = page.frame.frame_bottom - top - room_for(page.notes);
      const bool fresh = top <= page.frame.frame_top;
      if (height < grid_.pitch && !fresh) {
        open_page({});
        continue;
      }
      FillCursor next = cur;
      RegionFill fill;
      std::vector<int> notes;
      bool force_notes = false;
      ColumnNotesFit column_fit;
      // At the column foot: how far each column's text may go at most.
      std::vector<Length> column_limit(static_cast<std::size_t>(seg.columns), height);
      bool unbalanced = false;
      // The notes of the marks this region takes must begin on this page
      // (or in their column) too: while they do not, the region (or that
      // column) ends a line earlier.
      bool moved_on = false;
      while (true) {
        FillRules rules;
        rules.may_stay_empty = !fresh;
        rules.tail_need = tail_need(s);
        // A table row kept whole is cut only when the column's real room —
        // the page's, less the notes, as this loop shortens it — cannot
        // hold it. The loop only ever shortens, so cutting (which moves
        // marks, so notes, so room) cannot make it go round.
        rules.above = top - page.frame.frame_top;
        std::vector<Length> heights(seg.columns, height);
        if (seg.balance && seg.columns > 1 && !unbalanced) {
          rules.cut_room = height;
          if (auto balanced = balanced_heights(seg, cur, seg.columns, height, rules, grid_)) {
            heights = std::move(balanced->heights);
            rules = balanced->rules;
          } else {
            leave_a_balanced_tail(seg, cur, heights, rules);
          }
        }
        for (std::size_t c = 0; c < heights.size(); ++c)
          heights[c] = std::min(heights[c], column_limit[c]);
        next = cur;
        fill = fill_region(seg, next, heights, rules, grid_);
        if (at_column_foot_) {
          column_fit =
              fit_column_notes(seg, fill.columns, seg.column_width, page.frame.type_area.width,
                               page.frame.frame_bottom - top, false);
          if (column_fit.short_column < 0) break;
          // Notes that do not fit under balanced columns end the balance:
          // the columns fill as they come, each as far as its notes let it.
          if (seg.balance && seg.columns > 1 && !unbalanced) {
            unbalanced = true;
            continue;
          }
          const auto c = static_cast<std::size_t>(column_fit.short_column);
          const Length shorter =
              std::min(heights[c], grid_.round_up(fill.columns[c].used)) - grid_.pitch;
          if (shorter >= grid_.pitch) {
            column_limit[c] = shorter;
            continue;
          }
          if (c == 0 && !fresh) {
            moved_on = true;
            break;
          }
          // A fresh page's first column, or a later column with its last
          // line: what does not fit goes on at the next column's foot.
          column_fit =
              fit_column_notes(seg, fill.columns, seg.column_width, page.frame.type_area.width,
                               page.frame.frame_bottom - top, true);
          break;
        }
        notes = new_notes(seg, fill);
        const Length bottom = top + grid_.round_up(fill.used);
        if (notes.empty() || fit_notes(notes, bottom, false, false)) break;
        const Length shorter = std::min(height, grid_.round_up(fill.used)) - grid_.pitch;
        if (shorter >= grid_.pitch) {
          height = shorter;
          continue;
        }
        if (!fresh) {  // not even a line with its note fits: the next page
          moved_on = true;
          break;
        }
        force_notes = true;  // a fresh page: what does not fit goes on
        break;
      }
      if (moved_on) {
        open_page({});
        continue;
      }
      const Length used =
          std::max(grid_.round_up(fill.used), at_column_foot_ ? column_fit.used : Length::zero());
      if (next.done(seg) && cur.limit < n && !fill.page_break &&
          !fits_here(seg.rows[cur.limit], top + used)) {
        // The columns before a spanning figure end here, but the figure
        // does not fit under them: it waits for the next page top and the
        // columns flow on past it (no balancing at a false end).
        waiting_figures_.push_back({s, cur.limit});
        cur.limit = next_spanning(seg, cur.limit + 1);
        continue;
      }
      cur = std::move(next);
      report_overflow(fill, seg);

      PlacedRegion region;
      region.segment = s;
      region.top = top;
      region.used = grid_.round_up(fill.used);
      region.column_width = seg.column_width;
      for (int c = 0; c < seg.columns; ++c)
        region.column_x.push_back(page.frame.type_area.x + (seg.column_width + seg.gap) * c);
      region.columns = std::move(fill.columns);
      if (at_column_foot_) take_column_notes(region, std::move(column_fit));
      page.cursor = top + region.used;
      page.regions.push_back(std::move(region));
      if (!notes.empty()) fit_notes(notes, page.cursor, force_notes, true);

      if (fill.page_break)
        pending_ = fill.page_break_spec;
      else if (!cur.done(seg))
        open_page({});
    }
  }

  // A set that goes on over the page ends on the next one like any set's
  // end: balanced. When what this region leaves over would stand unevenly
  // there (a three-line paragraph cannot split two and one under the widow
  // rule, so it takes one column and leaves the other empty), the last
  // column here ends a few lines earlier, until the tail balances.
  void leave_a_balanced_tail(const Segment& seg, const FillCursor& cur,
                             std::vector<Length>& heights, const FillRules& rules) const {
    if (!waiting_figures_.empty() || !cur.waiting.empty()) return;
    const int index = pages_.back().frame.index + 1;
    const PageFrame next = make_page_frame(sheet_, index, master_for_page(index, ""), grid_);
    const Length next_height = next.frame_bottom - next.frame_top;
    FillRules next_rules;
    next_rules.tail_need = rules.tail_need;
    const auto rest_after = [&](const std::vector<Length>& trial) -> std::optional<FillCursor> {
      FillCursor rest = cur;
      const RegionFill fill = fill_region(seg, rest, trial, rules, grid_);
      if (rest.done(seg) || fill.page_break || fill.forced || fill.overflow ||
          !rest.waiting.empty())
        return std::nullopt;
      return rest;
    };
    const auto as_is = rest_after(heights);
    if (!as_is || tail_stands_evenly(seg, *as_is, next_height, next_rules)) return;
    const int most =
        seg.columns * std::max(1, sheet_.typography.widows + sheet_.typography.orphans);
    for (int k = 1; k <= most; ++k) {
      std::vector<Length> trial = heights;
      trial.back() -= grid_.pitch * k;
      if (trial.back() < grid_.pitch) return;
      const auto rest = rest_after(trial);
      if (rest && tail_stands_evenly(seg, *rest, next_height, next_rules)) {
        heights = std::move(trial);
        return;
      }
    }
  }

  // Whether the rows from `from` on, when they end the set in one region of
  // `height`, fill every column to within a line of the others. A rest that
  // needs more than that region is no tail: true.
  bool tail_stands_evenly(const Segment& seg, const FillCursor& from, Length height,
                          const FillRules& rules) const {
    if (from.limit < seg.rows.size()) return true;  // a spanning figure comes first
    FillCursor whole = from;
    fill_region(seg, whole, std::vector<Length>(seg.columns, height), rules, grid_);
    if (!whole.done(seg)) return true;
    const auto balanced = balanced_heights(seg, from, seg.columns, height, rules, grid_);
    return balanced && balanced->even && !balanced->rules.relax_widows;
  }

  void report_overflow(const RegionFill& fill, const Segment& seg) {
    if (!fill.overflow) return;
    const Row& row = seg.rows[fill.overflow_row];
    const int page = static_cast<int>(pages_.size());
    // The way out depends on what ran past: a table's header row is
    // repeated whole on every part and never cut; a figure is scaled.
    std::string hint = "let the box break (allow_break = true), or shorten the block";
    if (const auto* table_row = row.if_is<Row::TableRow>())
      hint = table_row->body ? "shorten the table row's cells, or set the table across the columns"
                             : "a table's header row is repeated whole and never cut: shorten "
                               "its cells, or set the table across the columns";
    else if (row.is<Row::Figure>())
      hint = "make the figure smaller (its width or height), or shorten its caption";
    diags_.warning(row.span ? *row.span : SourceSpan{},
                   "a block on page " + std::to_string(page) +
                       " is taller than its column and runs past the type area",
                   {hint});
  }

  const Galley& galley_;
  const style::StyleSheet& sheet_;
  const Grid& grid_;
  Diagnostics& diags_;
  const std::vector<int>& mark_not_before_;  // per note: the first page its mark may stand on
  const bool at_column_foot_;                // notes at the column foot, not the page foot
  std::vector<PageLayout> pages_;
  std::optional<PageBreakSpec> pending_;
  std::vector<WaitingFigure> waiting_figures_;  // for the next page top, in order
  std::vector<bool> note_placed_;               // per Galley::notes: given a page
  std::deque<PlacedNoteLine> carried_;          // note lines for the next page's or column's foot
};

}  // namespace

std::vector<PageLayout> paginate(const Galley& galley, const LayoutContext& ctx,
                                 const std::vector<int>& mark_not_before) {
  return Paginator(galley, ctx.sheet, ctx.grid, ctx.diags, mark_not_before).run();
}

}  // namespace paiban::layout
