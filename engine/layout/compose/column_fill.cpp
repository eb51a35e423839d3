#include "layout/compose/column_fill.h"

#include <algorithm>
#include <array>

namespace paiban::layout {
namespace {

Length row_height(const Row& r, Length y, const Grid& grid) {
  return r.is<Row::Snap>() ? grid.to_next_line(y) : r.height;
}

Length used_height(const std::vector<PlacedRow>& rows, const Segment& seg) {
  for (auto it = rows.rbegin(); it != rows.rend(); ++it)
    if (!seg.rows[it->row].is<Row::Space>()) return it->y + it->height;
  return Length::zero();
}

// Row i is a table row its table goes on after (the next row is one of the
// same table): a column ending after it ends inside the table.
const Row::TableRow* table_goes_on_after(const std::vector<Row>& rows, std::size_t i) {
  const auto* here = rows[i].if_is<Row::TableRow>();
  if (!here || i + 1 >= rows.size()) return nullptr;
  const auto* next = rows[i + 1].if_is<Row::TableRow>();
  return next && next->table == here->table ? here : nullptr;
}

// The table edges a column ending after row i puts under it (TableRepeat):
// the cut row's padding when the row goes on, then the closing rule.
struct ClosingEdges {
  std::array<std::size_t, 2> rows{};
  std::size_t count = 0;
  const std::size_t* begin() const { return rows.data(); }
  const std::size_t* end() const { return rows.data() + count; }
};

// Asked for every table row a column tries (balancing tries many heights):
// no allocation.
ClosingEdges closing_edges(const Segment& seg, std::size_t i) {
  ClosingEdges out;
  const Row::TableRow* row = table_goes_on_after(seg.rows, i);
  if (!row) return out;
  const TableRepeat& t = seg.tables[static_cast<std::size_t>(row->table)];
  if (row->goes_on && t.cut_pad < seg.rows.size()) out.rows[out.count++] = t.cut_pad;
  if (t.closing < seg.rows.size()) out.rows[out.count++] = t.closing;
  return out;
}

Length closing_room(const Segment& seg, std::size_t i) {
  Length room;
  for (const std::size_t e : closing_edges(seg, i)) room += seg.rows[e].height;
  return room;
}

// The first band of the table row band i belongs to.
std::size_t row_start(const std::vector<Row>& rows, std::size_t i) {
  while (i > 0) {
    const auto* band = rows[i].if_is<Row::TableRow>();
    if (!band || !band->continues) break;
    --i;
  }
  return i;
}

// A band of a table row kept whole unless its column cannot hold it from
// the top (Row::TableRow::need).
bool kept_whole_band(const Row& r) {
  const auto* band = r.if_is<Row::TableRow>();
  return band && band->need > Length::zero();
}

// Such a band, and its column (`room` high) cannot hold its row.
bool too_tall_for(const Row& r, Length room) {
  return kept_whole_band(r) && r.if_is<Row::TableRow>()->need > room;
}

}  // namespace

ColumnFill fill_column(const Segment& seg, FillCursor& cur, Length height, const FillRules& rules,
                       const Grid& grid) {
  ColumnFill out;
  const auto& rows = seg.rows;
  const std::size_t n = cur.end(seg);
  const bool segment_end = n == rows.size();
  Length y;

  // 1. Figures that waited go to the column top, in their order. In a full
  // column the first always goes, so a figure never waits forever; in a
  // short one (under other material) it may wait for the next page.
  while (!cur.waiting.empty()) {
    const std::size_t f = cur.waiting.front();
    if (y + rows[f].height > height && (!out.rows.empty() || rules.may_stay_empty)) break;
    if (y + rows[f].height > height) {
      out.overflow = true;
      out.overflow_row = f;
    }
    out.rows.push_back({f, y, rows[f].height});
    y += rows[f].height;
    cur.waiting.erase(cur.waiting.begin());
  }
  const bool has_top_floats = !out.rows.empty();

  // 2. Space at a column top is dropped: nothing above needs separating —
  // unless the column starts below other material on the page.
  std::size_t i = cur.next;
  if (!rules.keep_leading_space || has_top_floats)
    while (i < n && rows[i].is<Row::Space>()) ++i;
  const std::size_t first = i;

  // A table going on here from an earlier column repeats its continuation
  // label and header rows first (they stay with the rows after them); a
  // row cut between its lines goes on below its cut edge's padding.
  std::size_t repeated = 0;
  const Row::TableRow* table_row = first < n ? rows[first].if_is<Row::TableRow>() : nullptr;
  if (table_row && table_row->table >= 0 && table_row->body) {
    const TableRepeat& t = seg.tables[static_cast<std::size_t>(table_row->table)];
    if (first != t.first_body) {
      std::vector<std::size_t> again;
      if (t.label < rows.size()) again.push_back(t.label);
      again.insert(again.end(), t.header.begin(), t.header.end());
      if (table_row->continues && t.cut_pad < rows.size()) again.push_back(t.cut_pad);
      for (std::size_t k : again) {
        out.rows.push_back({k, y, rows[k].height});
        y += rows[k].height;
        ++repeated;
      }
    }
  }

  // 3. Rows in order while they fit.
  std::size_t overflow_at = n + 1;  // none
  while (true) {
    if (i >= n) {
      // The segment ends here; a heading ending it keeps with the next
      // segment's first lines, which must find room below it.
      if (segment_end && seg.tail_keep_lines > 0 && rules.tail_need > Length::zero() &&
          y + rules.tail_need > height && first < n)
        overflow_at = n;
      break;
    }
    const Row& r = rows[i];
    if (r.is_break()) {
      ++i;
      const auto* page_break = r.if_is<Row::PageBreak>();
      out.stop = page_break ? ColumnFill::Stop::page_break : ColumnFill::Stop::column_break;
      if (page_break) out.page_break = page_break->spec;
      cur.next = i;
      out.used = used_height(out.rows, seg);
      return out;
    }
    // A table's label and break edges stand only where it breaks (above,
    // and step 5).
    if (r.is<Row::Repeat>() || r.is<Row::TableEdge>()) {
      ++i;
      continue;
    }
    if (r.spans()) {  // placed by the paginator across all columns
      ++i;
      continue;
    }
    const Length h = row_height(r, y, grid);
    const Row::Figure* figure = r.if_is<Row::Figure>();
    if (figure && figure->floats && (!cur.waiting.empty() || y + h > height) &&
        !(out.rows.empty() && cur.waiting.empty())) {
      // A float: the text flows on before it; it opens the next column.
      cur.waiting.push_back(i);
      ++i;
      continue;
    }
    // Space that does not fit, with nothing but space after it to the
    // segment's end, ends the segment here: a column top would drop it, and
    // the next column would hold nothing (a blank page).
    if (r.is<Row::Space>() && y + h > height &&
        std::all_of(rows.begin() + static_cast<std::ptrdiff_t>(i),
                    rows.begin() + static_cast<std::ptrdiff_t>(n), [](const Row& rest) {
                      return rest.is<Row::Space>() || rest.is<Row::Snap>();
                    })) {
      i = n;
      continue;
    }
    // A table row the table goes on after needs room below it for the
    // edges that close the column part, should the column end there.
    if (y + h + closing_room(seg, i) > height) {
      overflow_at = i;
      break;
    }
    out.rows.push_back({i, y, h});
    y += h;
    ++i;
  }

  if (overflow_at <= n) {
    // 4. Too much: end the column at the last row before which it may end
    // — inside a row kept whole only where its cells keep their orphans
    // and widows, and only when the column cannot hold the row anyway.
    const Length room = (rules.cut_room > Length::zero() ? rules.cut_room : height) + rules.above;
    std::size_t chosen = n + 1;
    for (std::size_t k = overflow_at; k > first; --k) {
      if (k >= n) continue;
      const Row& r = rows[k];
      const auto* band = r.if_is<Row::TableRow>();
      if (r.break_before || (rules.relax_widows && r.widow_rule) ||
          (band && band->may_cut && too_tall_for(r, room))) {
        chosen = k;
        break;
      }
    }
    if (chosen > n) {
      if (has_top_floats || rules.may_stay_empty) {
        chosen = first;  // nothing of the flow here: it stays together
      } else {
        // A full column and no allowed break: breaking a keep is the only
        // way on. A single row taller than the column stands alone in it.
        out.forced = true;
        chosen = overflow_at;
        // A row kept whole that the column could hold from its top moves
        // on whole, as a one-row table row does.
        if (overflow_at < n && kept_whole_band(rows[overflow_at]) &&
            !too_tall_for(rows[overflow_at], room))
          chosen = std::max(first, row_start(rows, overflow_at));
        if (chosen == first && first < n) {
          // A single row taller than the column stands alone in it (a row
          // kept whole with all its bands).
          std::size_t end = first + 1;
          while (end < n && kept_whole_band(rows[end]) &&
                 rows[end].if_is<Row::TableRow>()->continues)
            ++end;
          Length at = y;
          for (const PlacedRow& p : out.rows)
            if (p.row == first) at = p.y;
          std::erase_if(out.rows, [&](const PlacedRow& p) { return p.row >= first; });
          for (std::size_t k = first; k < end; ++k) {
            out.rows.push_back({k, at, rows[k].height});
            at += rows[k].height;
          }
          out.overflow = true;
          out.overflow_row = first;
          chosen = end;
        }
      }
    }
    std::erase_if(out.rows, [&](const PlacedRow& p) { return p.row >= chosen && p.row >= first; });
    // A repeated header with nothing of its table under it goes too.
    if (repeated > 0 && chosen <= first)
      out.rows.erase(out.rows.end() - static_cast<std::ptrdiff_t>(repeated), out.rows.end());
    std::erase_if(cur.waiting, [&](std::size_t w) { return w >= chosen; });
    i = std::min(chosen, n);
    out.stop = i >= n ? ColumnFill::Stop::end : ColumnFill::Stop::full;
    // 5. A column ending inside a table closes its part: the cut row's
    // padding, then the table's bottom rule.
    if (!out.rows.empty() && out.rows.back().row + 1 == i) {
      Length edge_y = out.rows.back().y + out.rows.back().height;
      for (const std::size_t e : closing_edges(seg, out.rows.back().row)) {
        out.rows.push_back({e, edge_y, rows[e].height});
        edge_y += rows[e].height;
      }
    }
  }
  cur.next = i;
  out.used = used_height(out.rows, seg);
  return out;
}

RegionFill fill_region(const Segment& seg, FillCursor& cur, const std::vector<Length>& heights,
                       const FillRules& rules, const Grid& grid) {
  RegionFill out;
  for (std::size_t c = 0; c < heights.size(); ++c) {
    FillRules column_rules = rules;
    column_rules.keep_leading_space = c == 0 && rules.may_stay_empty;
    ColumnFill col = fill_column(seg, cur, heights[c], column_rules, grid);
    out.used = std::max(out.used, col.used);
    out.forced = out.forced || col.forced;
    if (col.overflow && !out.overflow) {
      out.overflow = true;
      out.overflow_row = col.overflow_row;
    }
    const bool page_break = col.stop == ColumnFill::Stop::page_break;
    if (page_break) {
      out.page_break = true;
      out.page_break_spec = col.page_break;
    }
    out.columns.push_back(std::move(col));
    if (page_break || cur.done(seg)) break;
  }
  return out;
}

}  // namespace paiban::layout
