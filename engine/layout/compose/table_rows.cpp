// Tables → rows (SDK composer.h, TableSpec): a caption row, one row per
// table row with every cell's lines and the rules, a note row. A table row
// that stands whole in a full column is one galley row, so it is never
// split; one taller is set as one row per line of its cells (line bands),
// between which a column may end. Header rows keep with the first body row
// and are repeated, under the continuation label, at the top of any column
// the table goes on in (column_fill.cpp).
#include <algorithm>
#include <string_view>

#include "base/utf8.h"
#include "layout/compose/galley_writer.h"
#include "layout/compose/table_widths.h"

namespace paiban::layout {
namespace {

// Space above and below a cell's text, as a share of the cell style's size.
constexpr int64_t kCellPadDivisor = 4;

// A cell's text up to its decimal point and from it on ("103.6" → "103",
// ".6"); a number without a point is all before it.
std::pair<std::string, std::string> split_decimal(const std::string& text) {
  std::size_t at = text.find('.');
  if (at == std::string::npos) at = text.find("．");
  if (at == std::string::npos) return {text, ""};
  return {text.substr(0, at), text.substr(at)};
}

// Signs, separators and currency a number may carry besides its digits.
bool is_number_mark(char32_t c) {
  switch (c) {
    case U'.':
    case U',':
    case U':':
    case U'/':
    case U'%':
    case U'+':
    case U'-':
    case U'~':
    case U'(':
    case U')':
    case U'$':
    case U' ':
    case U'\u2030':
    case U'\u2212':
    case U'\u00b1':
    case U'\uff5e':
    case U'\uff08':
    case U'\uff09':
    case U'\u2191':
    case U'\u2193':
    case U'\u00a5':
    case U'\uffe5':
    case U'\u20ac':
    case U'\u00a3':
    case U'\uff0e':
    case U'\uff0c':
    case U'\uff05':
    case U'\uff0b':
    case U'\uff0d':
      return true;
    default:
      return false;
  }
}

// A cell of a number column (GFM `--:`) is lined up on its point and never
// broken only when it reads as a number: digits with signs, separators and
// at most a few unit characters ("103.6", "−12.5%", "↑12.5%", "103.6亿元",
// "约3000"). Any other text there is set flush right and breaks like text;
// taken whole as a "number", one sentence made the column as wide as itself
// (docs/typography.md R14).
bool reads_as_number(std::string_view text) {
  constexpr int kMostUnitCharacters = 4;
  bool digit = false;
  int others = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t c = utf8_next(text, i);
    if ((c >= U'0' && c <= U'9') || (c >= U'\uff10' && c <= U'\uff19')) {
      digit = true;
    } else if (!is_number_mark(c) && ++others > kMostUnitCharacters) {
      return false;
    }
  }
  return digit;
}

// A number column's body cell that is not a number: set flush right.
bool text_in_number_column(const TableSpec& t, const TableRow& row, std::size_t column) {
  if (row.header || t.columns[column].align != TableColumn::Align::decimal) return false;
  std::size_t c = 0;
  for (const TableCell& cell : row.cells) {
    if (c == column) return !reads_as_number(plain_text(cell.text));
    c += static_cast<std::size_t>(cell.column_span);
    if (c > column) return false;
  }
  return false;
}

std::vector<InlineRun> plain(const std::string& text, const SourceSpan& span) {
  if (text.empty()) return {};
  InlineRun run;
  run.text = text;
  run.span = span;
  return {run};
}

style::TextStyle cell_style(const style::TextStyle& base, TableColumn::Align align) {
  style::TextStyle st = base;
  st.first_line_indent = Length::zero();
  st.left_indent = Length::zero();
  st.align = align == TableColumn::Align::center  ? style::Alignment::center
             : align == TableColumn::Align::right ? style::Alignment::right
                                                  : style::Alignment::left;
  return st;
}

}  // namespace

void GalleyWriter::table_line(const FlowBlock& b, TextOf::Part part,
                              const std::vector<InlineRun>& text, const std::string& style_name,
                              const Measure& m, int box_index, bool keep_with_next) {
  style::TextStyle st = text_style(style_name, b.span);
  st.first_line_indent = Length::zero();
  const NotedRuns& noted_text = noted({&b, part}, text);
  const auto& lines =
      ctx_.lines.set({&b, part}, noted_text.runs, st, m.width - st.left_indent, b.span);
  if (lines.empty()) return;
  Row r(Row::Block{});
  r.height = st.line_height * static_cast<int64_t>(lines.size());
  r.lines = static_cast<int>(lines.size());
  r.keep_with_next = keep_with_next;
  place_noted_lines(r, lines, st, m.x + st.left_indent, Length::zero(), &noted_text);
  push(std::move(r), box_index);
}

// Header cells of a number column are centred over the numbers.
style::TextStyle GalleyWriter::table_cell_style(const FlowBlock& b, const TableRow& row,
                                                std::size_t c) {
  const TableSpec& t = b.as<FlowBlock::Table>().spec;
  TableColumn::Align a = t.columns[c].align;
  if (row.header && a == TableColumn::Align::decimal) a = TableColumn::Align::center;
  if (text_in_number_column(t, row, c)) a = TableColumn::Align::right;
  return cell_style(text_style(row.header ? t.header_style : t.style, b.span), a);
}

// What each column needs, and the decimal parts of number cells. The
// widths are remembered by the line setter, so asking again (a column set
// deciding whether the table fits its column) costs nothing.
TableNeeds GalleyWriter::table_needs(const FlowBlock& b) {
  const TableSpec& t = b.as<FlowBlock::Table>().spec;
  const std::size_t ncol = t.columns.size();
  const Length pad = t.cell_padding;
  TableNeeds out;
  out.columns.resize(ncol);
  out.decimals.resize(ncol);
  out.decimal_rows.resize(ncol);
  auto& needs = out.columns;
  auto& decimals = out.decimals;
  auto& decimal_rows = out.decimal_rows;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    std::size_t c = 0;
    for (const TableCell& cell : t.rows[r].cells) {
      const int row = static_cast<int>(r);
      const int column = static_cast<int>(c);
      if (cell.column_span == 1) {
        const style::TextStyle st = table_cell_style(b, t.rows[r], c);
        const ContentWidths w =
            ctx_.lines.content_widths({&b, TextOf::Part::table_cell, row, column}, cell.text, st);
        needs[c].min = std::max(needs[c].min, w.min + pad * 2);
        needs[c].max = std::max(needs[c].max, w.max + pad * 2);
        if (t.columns[c].align == TableColumn::Align::decimal && !t.rows[r].header &&
            !text_in_number_column(t, t.rows[r], c)) {
          const auto [before, after] = split_decimal(plain_text(cell.text));
          const SourceSpan span = cell.text.empty() ? b.span : cell.text.front().span;
          DecimalParts parts{ctx_.lines
                                 .content_widths({&b, TextOf::Part::cell_before_point, row, column},
                                                 plain(before, span), st)
                                 .max,
                             ctx_.lines
                                 .content_widths({&b, TextOf::Part::cell_after_point, row, column},
                                                 plain(after, span), st)
                                 .max};
          decimals[c].push_back(parts);
          decimal_rows[c].push_back(r);
          needs[c].min = std::max(needs[c].min, parts.before + parts.after + pad * 2);
          needs[c].max = std::max(needs[c].max, parts.before + parts.after + pad * 2);
        }
      }
      c += static_cast<std::size_t>(cell.column_span);
    }
  }
  return out;
}

bool GalleyWriter::table_fits(const FlowBlock& b, Length width) {
  return !resolve_column_widths(b.as<FlowBlock::Table>().spec.columns, table_needs(b).columns,
                                width)
              .overflow;
}

void GalleyWriter::table(const FlowBlock& b, const Measure& m, int box_index) {
  const TableSpec& t = b.as<FlowBlock::Table>().spec;
  const std::size_t ncol = t.columns.size();
  const int number = t.numbered ? ++tables_ : 0;
  const style::TextStyle& body = text_style(t.style, b.span);
  const Length pad = t.cell_padding;
  auto style_of = [&](const TableRow& row, std::size_t c) { return table_cell_style(b, row, c); };

  // 1. What each column needs, and the decimal parts of number cells.
  const TableNeeds need = table_needs(b);
  const auto& needs = need.columns;
  const auto& decimals = need.decimals;
  const auto& decimal_rows = need.decimal_rows;
  const ColumnWidths resolved = resolve_column_widths(t.columns, needs, m.width);
  if (resolved.overflow && reported_.insert("table-wide:" + std::to_string(number)).second)
    ctx_.diags.warning(b.span,
                       "a table's columns need more than the measure (" +
                           std::to_string(static_cast<int>(m.width.to_pt())) +
                           " pt); it runs past the column",
                       {"shorten long unbreakable cells, give fewer columns, or set the table "
                        "across the columns (span_columns)"});
  std::vector<Length> col_x(ncol + 1, m.x);
  for (std::size_t c = 0; c < ncol; ++c) col_x[c + 1] = col_x[c] + resolved.widths[c];
  // Where each number cell's text starts within its cell.
  std::vector<std::vector<Length>> decimal_x(ncol);
  for (std::size_t c = 0; c < ncol; ++c)
    decimal_x[c] = decimal_offsets(decimals[c], resolved.widths[c] - pad * 2);

  const Color rule_color = color(t.rule_color, b.span);
  auto hrule = [&](Row& row, Length y, Length width) {
    page::Stroke s;
    s.from = {col_x[0], y};
    s.to = {col_x[ncol], y};
    s.width = width;
    s.color = rule_color;
    row.items.emplace_back(s);
  };

  // 2. The caption above, kept with the table.
  space(ctx_.grid.pitch / 2, box_index);
  Length caption_height;  // a line's room above, rounded to the grid
  const bool has_caption = number > 0 || !t.caption.empty();
  if (has_caption) {
    std::vector<InlineRun> caption = t.caption;
    if (number > 0) {
      const SourceSpan span = caption.empty() ? b.span : caption.front().span;
      std::vector<InlineRun> label = plain("表" + std::to_string(number), span);
      if (!caption.empty()) label.front().text += "\u3000";  // 表1　标题
      caption.insert(caption.begin(), label.begin(), label.end());
    }
    const std::size_t before = galley_.segments.back().rows.size();
    table_line(b, TextOf::Part::caption, caption, t.caption_style, m, box_index, true);
    if (galley_.segments.back().rows.size() > before)
      caption_height = galley_.segments.back().rows.back().height;
  }

  // 3. The continuation label: only placed when the table goes on after a break.
  Segment& seg = galley_.segments.back();
  TableRepeat repeat;
  const int table_index = static_cast<int>(seg.tables.size());
  if (!t.continuation_label.empty()) {
    std::string label = t.continuation_label;
    if (number > 0) label += std::to_string(number);
    const std::size_t before = seg.rows.size();
    table_line(b, TextOf::Part::table_label, plain(label, b.span), t.continuation_style, m,
               box_index, false);
    if (seg.rows.size() > before) {
      seg.rows.back().node = Row::Repeat{};
      seg.rows.back().break_before = false;
      seg.rows.back().lines = 0;
      repeat.label = seg.rows.size() - 1;
    }
  }
  repeat.column_x.assign(col_x.begin(), col_x.end() - 1);
  const Length label_height =
      repeat.label != TableRepeat::kNone ? seg.rows[repeat.label].height : Length::zero();

  // The table's edges where it breaks, placed only there (column_fill.cpp).
  // A row cut between its lines gets the cell padding at both cut edges, the
  // padding every row has above and below its text: each part then reads as
  // a row of its own, its text as far from the rule above and the closing
  // rule below as in any other row. The column rules go on through it.
  const Length cell_pad = body.size / kCellPadDivisor;
  // `crossed`: column boundaries inside a cell that spans them, where the
  // rule would cross the cell's text.
  auto column_rules = [&](Row& row, Length from, Length to, const std::vector<bool>& crossed) {
    for (std::size_t k = 0; k + 1 < ncol; ++k)
      if (t.columns[k].rule_after > Length::zero() && !crossed[k]) {
        page::Stroke s;
        s.from = {col_x[k + 1], from};
        s.to = {col_x[k + 1], to};
        s.width = t.columns[k].rule_after;
        s.color = rule_color;
        row.items.emplace_back(s);
      }
  };
  auto edge = [&](Row row) {
    row.break_before = false;
    push(std::move(row), box_index);
    return seg.rows.size() - 1;
  };
  if (cell_pad > Length::zero()) {
    Row pad_row(Row::TableEdge{});
    pad_row.height = cell_pad;
    column_rules(pad_row, Length::zero(), cell_pad, std::vector<bool>(ncol, false));
    repeat.cut_pad = edge(std::move(pad_row));
  }
  // Every column part but the last ends on the table's bottom rule: a part
  // is closed like the table, and the repeated header opens the next part
  // with the top rule (docs/plugins.md "Tables").
  Length closing_height;
  if (t.rule_bottom > Length::zero()) {
    Row closing(Row::TableEdge{});
    closing.height = closing_height = t.rule_bottom;
    hrule(closing, t.rule_bottom / 2, t.rule_bottom);
    repeat.closing = edge(std::move(closing));
  }
  // The widow rule of text (clreq #adjustments_of_orphans_and_widows) for a
  // cut row: each cell leaves at least `orphans` lines above a cut and
  // carries at least `widows` below it, so no cell's single line stands
  // alone at a column foot or under the repeated header.
  const int orphans = std::max(1, ctx_.sheet.typography.orphans);
  const int widows = std::max(1, ctx_.sheet.typography.widows);

  // 4. The rows.
  bool first_row = true;
  bool first_body = true;
  Length header_height;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const TableRow& tr = t.rows[r];
    const bool last_row = r + 1 == t.rows.size();
    const Length top_rule = first_row ? t.rule_top : Length::zero();
    const Length bottom_rule = std::max(tr.rule_below, last_row ? t.rule_bottom : Length::zero());
    Length text_height;
    Length line_height;      // the tallest cell line: a line band's height
    bool even_lines = true;  // every cell's lines as tall
    std::size_t most_lines = 0;
    std::vector<const std::vector<SetLine>*> cell_lines;
    std::vector<const NotedRuns*> cell_text;
    std::vector<style::TextStyle> styles;
    std::vector<Length> cell_x;
    std::vector<bool> crossed(ncol, false);
    std::size_t c = 0;
    for (const TableCell& cell : tr.cells) {
      const std::size_t span = static_cast<std::size_t>(cell.column_span);
      const std::size_t end = std::min(ncol, c + span);
      for (std::size_t k = c; k + 1 < end; ++k) crossed[k] = true;
      const style::TextStyle st = style_of(tr, c);
      const Length inner = col_x[end] - col_x[c] - pad * 2;
      const TextOf text{&b, TextOf::Part::table_cell, static_cast<int>(r), static_cast<int>(c)};
      const NotedRuns& noted_text = noted(text, cell.text);
      cell_text.push_back(&noted_text);
      const auto& lines = ctx_.lines.set(text, noted_text.runs, st, inner, b.span);
      text_height = std::max(text_height, st.line_height * static_cast<int64_t>(lines.size()));
      if (!lines.empty()) {
        even_lines = even_lines && (line_height == Length::zero() || line_height == st.line_height);
        line_height = std::max(line_height, st.line_height);
      }
      most_lines = std::max(most_lines, lines.size());
      Length x = col_x[c] + pad;
      if (span == 1 && t.columns[c].align == TableColumn::Align::decimal && !tr.header &&
          lines.size() == 1) {
        const auto& rows_of = decimal_rows[c];
        const auto at = std::find(rows_of.begin(), rows_of.end(), r) - rows_of.begin();
        if (static_cast<std::size_t>(at) < decimal_x[c].size()) {
          // Set flush left at the offset that lines the point up.
          x += decimal_x[c][static_cast<std::size_t>(at)];
        }
      }
      cell_x.push_back(x);
      cell_lines.push_back(&lines);
      styles.push_back(st);
      c = end;
    }
    const Length content_top = top_rule + cell_pad;
    const Length whole = content_top + text_height + cell_pad + bottom_rule;
    // A body row is cut into line bands when it would not stand whole in a
    // full column (the reference page's, as for figures) under what a
    // column top carries with it: the caption or the continuation label, the
    // header rows, and below it the closing rule.
    const Length need = std::max(caption_height, label_height) + header_height + whole +
                        (last_row ? Length::zero() : closing_height);
    const bool cut = !tr.header && most_lines >= 2 && need > ctx_.frame_height;
    // A row that fits a full column but has lines enough to keep orphans
    // and widows on both sides of a cut is set in bands too, kept whole
    // unless page footnotes leave its column too short for it
    // (Row::TableRow::need, column_fill.cpp).
    // Only when every cell's lines are as tall as the band, so the bands
    // place each line where the whole row would.
    const bool kept_whole =
        !cut && !tr.header && static_cast<int>(most_lines) >= orphans + widows && even_lines;
    // The lines each galley row holds: all of them, or one per band.
    std::vector<std::pair<std::size_t, std::size_t>> bands;
    if (cut || kept_whole)
      for (std::size_t k = 0; k < most_lines; ++k) bands.emplace_back(k, k + 1);
    else
      bands.emplace_back(0, most_lines);
    for (std::size_t k = 0; k < bands.size(); ++k) {
      const auto [from, to] = bands[k];
      const bool first_band = k == 0;
      const bool last_band = k + 1 == bands.size();
      Row row(Row::TableRow{.table = table_index,
                            .body = !tr.header,
                            .continues = !first_band,
                            .goes_on = !last_band,
                            .need = Length::zero(),
                            .may_cut = false});
      const Length top = first_band ? content_top : Length::zero();
      const Length text = cut || kept_whole ? line_height : text_height;
      row.height = top + text + (last_band ? cell_pad + bottom_rule : Length::zero());
      // A kept-whole row counts as one line for keeps, as when it was one row.
      row.lines = kept_whole && !first_band ? 0 : 1;
      for (std::size_t cell = 0; cell < cell_lines.size(); ++cell) {
        const auto& lines = *cell_lines[cell];
        const style::TextStyle& st = styles[cell];
        const Length baseline = Grid::baseline_in_line(st);
        for (std::size_t j = from; j < std::min(to, lines.size()); ++j)
          add_line(row, lines[j], cell_x[cell],
                   top + st.line_height * static_cast<int64_t>(j - from) + baseline,
                   cell_text[cell]);
      }
      if (first_band && top_rule > Length::zero()) hrule(row, top_rule / 2, top_rule);
      if (last_band && bottom_rule > Length::zero())
        hrule(row, row.height - bottom_rule / 2, bottom_rule);
      column_rules(row, first_band ? top_rule : Length::zero(),
                   last_band ? row.height - bottom_rule : row.height, crossed);
      if (!first_band) {
        // A cut between bands: only where every cell keeps its widows and
        // orphans (else only a column with no other way on cuts here).
        bool keeps = static_cast<int>(from) >= orphans;
        for (const auto* lines : cell_lines)
          if (lines->size() > from && static_cast<int>(lines->size() - from) < widows)
            keeps = false;
        row.break_before = keeps && cut;
        if (kept_whole) {
          auto& band = std::get<Row::TableRow>(row.node);
          band.need = need;
          band.may_cut = keeps;
        }
      }
      if (tr.header) {
        row.keep_with_next = true;
        row.lines = 0;  // keeps look past the header to the first body row
        header_height += row.height;
      }
      if (!tr.header && first_body && first_band) {
        row.break_before = false;
        repeat.first_body = seg.rows.size();
      }
      if (tr.header) repeat.header.push_back(seg.rows.size());
      push(std::move(row), box_index);
    }
    if (!tr.header) first_body = false;
    first_row = false;
  }
  if (first_body) repeat.first_body = seg.rows.size();  // a table of header rows only
  seg.tables.push_back(std::move(repeat));

  // 5. The note under the table, kept with its last row; then back to the grid.
  if (!t.note.empty()) {
    const std::size_t before = seg.rows.size();
    table_line(b, TextOf::Part::table_note, t.note, t.note_style, m, box_index, false);
    if (seg.rows.size() > before) seg.rows.back().break_before = false;
  }
  Row snap(Row::Snap{});
  snap.break_before = false;
  push(std::move(snap), box_index);
  const style::TextStyle& last_style = text_style(t.note.empty() ? t.style : t.note_style, b.span);
  space(std::max(last_style.space_after, ctx_.grid.pitch / 2), box_index);
}

}  // namespace paiban::layout
