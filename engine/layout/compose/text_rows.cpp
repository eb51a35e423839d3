// Paragraphs, headings, pull quotes, rules and spaces → rows.
#include <algorithm>

#include "layout/compose/galley_writer.h"

namespace paiban::layout {
namespace {

// A pull quote's rules, and the gap between each rule and the text (size / 2).
const Length kPullQuoteRule = Length::pt(0.75);
constexpr int kPullQuoteGapDivisor = 2;

// Marks that end a sentence or clause; closing quotes and brackets after
// them do not hide them ("……完成。”").
bool ends_sentence(char32_t c) {
  static constexpr std::u32string_view kEnds = U"。．.！!？?；;…";
  return kEnds.find(c) != std::u32string_view::npos;
}

bool closes(char32_t c) {
  static constexpr std::u32string_view kClosing = U"”’」』）)】》〉\"'";
  return kClosing.find(c) != std::u32string_view::npos;
}

}  // namespace

bool is_label(const std::u32string& line) {
  std::size_t n = line.size();
  while (n > 0 && (closes(line[n - 1]) || line[n - 1] == U' ')) --n;
  return n > 0 && !ends_sentence(line[n - 1]);
}

void GalleyWriter::space(Length amount, int box_index) {
  const Length h = ctx_.grid.round_up(amount);
  if (h <= Length::zero()) return;
  Row r(Row::Space{});
  r.height = h;
  push(std::move(r), box_index);
}

void GalleyWriter::paragraph(const FlowBlock& b, const Measure& m, int box_index) {
  const FlowBlock::Text& text = *b.text_node();
  const style::TextStyle& st = text_style(text.style, b.span);
  const Length measure = m.width - st.left_indent;
  const NotedRuns& noted_text = noted({&b}, text.text);
  const auto& lines = ctx_.lines.set({&b}, noted_text.runs, st, measure, b.span);
  if (lines.empty()) return;
  space(st.space_before, box_index);
  const std::size_t first = galley_.segments.back().rows.size();
  text_lines(lines, st, m.x + st.left_indent, box_index, &noted_text);
  if (b.kind() == FlowKind::paragraph && lines.size() == 1 && is_label(lines.front().text))
    galley_.segments.back().rows[first].as<Row::TextLine>().label = true;
  space(st.space_after, box_index);
}

void GalleyWriter::text_lines(const std::vector<SetLine>& lines, const style::TextStyle& st,
                              Length x, int box_index, const NotedRuns* noted) {
  // clreq #adjustments_of_orphans_and_widows: a paragraph leaves at least
  // `orphans` lines at a column foot and carries at least `widows` to the
  // next column's top, so no single line stands alone there.
  const int orphans = std::max(1, ctx_.sheet.typography.orphans);
  const int widows = std::max(1, ctx_.sheet.typography.widows);
  const int n = static_cast<int>(lines.size());
  const Length baseline = Grid::baseline_in_line(st);
  for (int j = 0; j < n; ++j) {
    Row r(Row::TextLine{.ink_below = (st.line_height - st.size) / 2, .label = false});
    r.height = st.line_height;
    r.lines = 1;
    r.break_before = j == 0 || (j >= orphans && n - j >= widows);
    r.widow_rule = !r.break_before;
    add_line(r, lines[j], x, baseline, noted);
    push(std::move(r), box_index);
  }
  if (st.keep_with_next) galley_.segments.back().rows.back().keep_with_next = true;
  // A style whose line height is not the pitch ends off the grid: return.
  Row snap(Row::Snap{});
  snap.break_before = false;
  push(std::move(snap), box_index);
}

void GalleyWriter::heading(const FlowBlock& b, const Measure& m, int box_index) {
  const auto& head = b.as<FlowBlock::Heading>();
  const style::TextStyle& st = text_style(head.style, b.span);
  const Length measure = m.width - st.left_indent;
  // Section and article titles may start the footnote numbers again; a
  // heading within an article does not.
  if (head.outline_level > 0 && head.outline_level <= kArticleOutlineLevel) restart_notes();
  const NotedRuns& text = noted({&b}, head.text);
  const auto& lines = ctx_.lines.set({&b}, text.runs, st, measure, b.span);
  const int number = head.outline_level > 0 ? headings_++ : -1;
  if (lines.empty()) return;
  if (!after_heading_) space(st.space_before, box_index);
  // R7/R9: a heading block takes whole body lines; its text is centred in
  // them, the space after it included.
  const Length content = st.line_height * static_cast<int64_t>(lines.size());
  const Length height = ctx_.grid.round_up(content + st.space_after);
  const Length top = ctx_.grid.on ? (height - content - st.space_after) / 2 : Length::zero();
  Row r(Row::Heading{.outline = number, .outline_y = top});
  r.height = height;
  r.lines = static_cast<int>(lines.size());
  r.keep_with_next = true;
  place_noted_lines(r, lines, st, m.x + st.left_indent, top, &text);
  push(std::move(r), box_index);
}

void GalleyWriter::pull_quote(const FlowBlock& b, const Measure& m, int box_index) {
  const auto& quote = b.as<FlowBlock::PullQuote>();
  const style::TextStyle& st = text_style(quote.style, b.span);
  const NotedRuns& text = noted({&b}, quote.text);
  const auto& lines = ctx_.lines.set({&b}, text.runs, st, m.width - st.left_indent, b.span);
  if (lines.empty()) return;
  space(st.space_before, box_index);
  // Text between two rules, in one piece: one row, whole grid lines, with
  // at least the body's half leading between the rules and the neighbours.
  const Length gap = st.size / kPullQuoteGapDivisor;
  const Length content = st.line_height * static_cast<int64_t>(lines.size());
  const Length inner = content + gap * 2 + kPullQuoteRule * 2;
  const Length height = ctx_.grid.round_up(inner + ctx_.grid.half_leading() * 2);
  const Length top = (height - inner) / 2;
  Row r(Row::Block{});
  r.height = height;
  r.lines = static_cast<int>(lines.size());
  const Color ink = st.color;
  for (Length y : {top + kPullQuoteRule / 2, top + inner - kPullQuoteRule / 2}) {
    page::Stroke s;
    s.from = {m.x, y};
    s.to = {m.x + m.width, y};
    s.width = kPullQuoteRule;
    s.color = ink;
    r.items.emplace_back(s);
  }
  place_noted_lines(r, lines, st, m.x + st.left_indent, top + kPullQuoteRule + gap, &text);
  push(std::move(r), box_index);
  space(st.space_after, box_index);
}

void GalleyWriter::rule(const FlowBlock& b, const Measure& m, int box_index) {
  // A rule takes a body line (R7) and is drawn across its middle, where
  // the neighbouring lines' em boxes are centred too.
  const auto& spec = b.as<FlowBlock::Rule>();
  const Length height = ctx_.grid.round_up(std::max(spec.thickness, ctx_.grid.body_size));
  Row r(Row::Block{});
  r.height = ctx_.grid.on ? height : spec.thickness + ctx_.grid.body_size;
  page::Stroke s;
  s.from = {m.x, r.height / 2};
  s.to = {m.x + m.width, r.height / 2};
  s.width = spec.thickness;
  s.color = color(spec.color, b.span);
  if (spec.thickness > Length::zero()) r.items.emplace_back(s);
  push(std::move(r), box_index);
}

}  // namespace paiban::layout
