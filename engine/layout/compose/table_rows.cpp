// Tables → rows (SDK composer.h, TableSpec): a caption row, one row per
// table row with every cell's lines and the rules, a note row. A table row
// is one galley row, so it is never split; header rows keep with the first
// body row and are repeated, under the continuation label, at the top of
// any column the table goes on in (column_fill.cpp).
#include <algorithm>

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
        if (t.columns[c].align == TableColumn::Align::decimal && !t.rows[r].header) {
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
  space(ctx_.grid.pitch / 2, box_index);  // a line's room above, rounded to the grid
  const bool has_caption = number > 0 || !t.caption.empty();
  if (has_caption) {
    std::vector<InlineRun> caption = t.caption;
    if (number > 0) {
      const SourceSpan span = caption.empty() ? b.span : caption.front().span;
      std::vector<InlineRun> label = plain("表" + std::to_string(number), span);
      if (!caption.empty()) label.front().text += "\u3000";  // 表1　标题
      caption.insert(caption.begin(), label.begin(), label.end());
    }
    table_line(b, TextOf::Part::caption, caption, t.caption_style, m, box_index, true);
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

  // 4. The rows.
  bool first_row = true;
  bool first_body = true;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const TableRow& tr = t.rows[r];
    const bool last_row = r + 1 == t.rows.size();
    const Length top_rule = first_row ? t.rule_top : Length::zero();
    const Length bottom_rule = std::max(tr.rule_below, last_row ? t.rule_bottom : Length::zero());
    Row row(Row::TableRow{.table = table_index, .body = !tr.header});
    Length text_height;
    std::vector<const std::vector<SetLine>*> cell_lines;
    std::vector<const NotedRuns*> cell_text;
    std::vector<style::TextStyle> styles;
    std::size_t c = 0;
    for (const TableCell& cell : tr.cells) {
      const std::size_t span = static_cast<std::size_t>(cell.column_span);
      const std::size_t end = std::min(ncol, c + span);
      const style::TextStyle st = style_of(tr, c);
      const Length inner = col_x[end] - col_x[c] - pad * 2;
      const TextOf text{&b, TextOf::Part::table_cell, static_cast<int>(r), static_cast<int>(c)};
      const NotedRuns& noted_text = noted(text, cell.text);
      cell_text.push_back(&noted_text);
      const auto& lines = ctx_.lines.set(text, noted_text.runs, st, inner, b.span);
      text_height = std::max(text_height, st.line_height * static_cast<int64_t>(lines.size()));
      cell_lines.push_back(&lines);
      styles.push_back(st);
      c = end;
    }
    const Length cell_pad = body.size / kCellPadDivisor;
    const Length content_top = top_rule + cell_pad;
    row.height = content_top + text_height + cell_pad + bottom_rule;
    row.lines = 1;
    c = 0;
    for (std::size_t k = 0; k < tr.cells.size(); ++k) {
      const std::size_t span = static_cast<std::size_t>(tr.cells[k].column_span);
      const style::TextStyle& st = styles[k];
      Length x = col_x[c] + pad;
      const auto& lines = *cell_lines[k];
      if (span == 1 && t.columns[c].align == TableColumn::Align::decimal && !tr.header &&
          lines.size() == 1) {
        const auto& rows_of = decimal_rows[c];
        const auto at = std::find(rows_of.begin(), rows_of.end(), r) - rows_of.begin();
        if (static_cast<std::size_t>(at) < decimal_x[c].size()) {
          // Set flush left at the offset that lines the point up.
          x += decimal_x[c][static_cast<std::size_t>(at)];
        }
      }
      place_noted_lines(row, lines, st, x, content_top, cell_text[k]);
      c += span;
    }
    if (top_rule > Length::zero()) hrule(row, top_rule / 2, top_rule);
    if (bottom_rule > Length::zero()) hrule(row, row.height - bottom_rule / 2, bottom_rule);
    for (std::size_t k = 0; k + 1 < ncol; ++k)
      if (t.columns[k].rule_after > Length::zero()) {
        page::Stroke s;
        s.from = {col_x[k + 1], top_rule};
        s.to = {col_x[k + 1], row.height - bottom_rule};
        s.width = t.columns[k].rule_after;
        s.color = rule_color;
        row.items.emplace_back(s);
      }
    if (tr.header) {
      row.keep_with_next = true;
      row.lines = 0;  // keeps look past the header to the first body row
    }
    if (!tr.header && first_body) {
      row.break_before = false;
      repeat.first_body = seg.rows.size();
    }
    if (tr.header) repeat.header.push_back(seg.rows.size());
    if (!tr.header) first_body = false;
    push(std::move(row), box_index);
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
