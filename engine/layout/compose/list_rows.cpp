// List paragraphs → rows. Each list has a marker slot as wide as its widest
// marker (set in the real font) plus the marker gap, and never narrower than
// the list indent: markers stand flush right in the slot, every item's text
// starts at the slot's right edge and wrapped lines hang there, so "(9)" and
// "(10)" items line up. A nested list's slot starts at its parent's text
// (docs/style-reference.md, [typography] bullets, numbering, list_indent,
// list_marker_gap, list_item_space).
#include <algorithm>

#include "layout/compose/galley_writer.h"
#include "layout/compose/grid.h"
#include "layout/compose/list_marker.h"

namespace paiban::layout {
namespace {

// The style a marker is set in: the item's (numbers, a task box), or a
// smaller bullet, raised so that its em box centre meets the text's.
struct MarkerStyle {
  style::TextStyle style;
  Length lift;
};

MarkerStyle marker_style(const style::TextStyle& st, const style::Typography& typo,
                         bool at_text_size) {
  MarkerStyle ms{st, Length::zero()};
  // A marker is one unbroken line of its own, never justified.
  ms.style.align = style::Alignment::left;
  ms.style.first_line_indent = Length::zero();
  if (!at_text_size && typo.bullet_scale < 1) {
    ms.style.name += "/bullet";
    ms.style.size = st.size.scaled(typo.bullet_scale);
    ms.lift = (st.size - ms.style.size).scaled(kIdeographicAscent - 0.5);
  }
  return ms;
}

}  // namespace

Length GalleyWriter::list_slot(int list_index) {
  const auto [known, added] = list_slots_.try_emplace(list_index);
  if (!added) return known->second;
  const FlowList& list = flow_.lists.at(static_cast<std::size_t>(list_index));
  const style::Typography& typo = ctx_.sheet.typography;
  const MarkerStyle ms = marker_style(text_style(list.style, *span_), typo, list.ordered);
  // Every number the list shows: which is widest depends on the font and
  // the form (viii is wider than x, 二十 than 十一).
  Length widest;
  for (int n = list.first;; ++n) {
    const std::string text = list_marker(typo, list.level, list.ordered, n);
    widest = std::max(widest, ctx_.lines.set_single(text, ms.style, *span_).width);
    if (!list.ordered || n >= list.last) break;
  }
  const MarkerStyle own = marker_style(text_style(list.style, *span_), typo, true);
  for (const std::string& text : list.own_markers)
    widest = std::max(widest, ctx_.lines.set_single(text, own.style, *span_).width);
  known->second = std::max(typo.list_indent, widest + typo.list_marker_gap);
  return known->second;
}

void GalleyWriter::list_paragraph(const FlowBlock& b, const Measure& m, int box_index) {
  const auto& item = b.as<FlowBlock::ListParagraph>();
  const style::TextStyle& st = text_style(item.style, b.span);
  const style::Typography& typo = ctx_.sheet.typography;
  const int level = std::max(1, item.list.level);
  // The text of level L stands right of the style's indent by the slots of
  // the lists it is in (a level without a list: the list indent).
  Length text_x = st.left_indent;
  for (int k = 0; k < level; ++k) {
    const int list = k < static_cast<int>(item.list_path.size()) ? item.list_path[k] : -1;
    text_x += list >= 0 ? list_slot(list) : typo.list_indent;
  }
  // However deep the nesting, the text keeps at least half the measure.
  text_x = std::min(text_x, std::max(Length::zero(), m.width / 2));

  ParagraphOptions options;
  options.use_style_indent = false;
  const NotedRuns& noted_text = noted({&b}, item.text);
  std::vector<SetLine> lines =
      ctx_.lines.set({&b}, noted_text.runs, st, m.width - text_x, b.span, options);
  if (!item.list.marker) {
    text_lines(lines, st, m.x + text_x, box_index, &noted_text);
    return;
  }

  // A marker of the item's own (a task box) is set at the text's size, like a number.
  const bool own = !item.list.marker_text.empty();
  const MarkerStyle ms = marker_style(st, typo, item.list.ordered || own);
  const std::string text =
      own ? item.list.marker_text : list_marker(typo, level, item.list.ordered, item.list.number);
  const SetLine& marker = ctx_.lines.set_single(text, ms.style, b.span);
  space(typo.list_item_space, box_index);
  const Length marker_x = text_x - typo.list_marker_gap - marker.width;
  if (marker_x < Length::zero()) {
    // A marker wider than the room the nesting leaves (a long marker form
    // in a narrow column): it takes lines of its own above the text,
    // broken at the measure like any text, rather than overprint.
    InlineRun run;
    run.text = text;
    run.span = b.span;
    const std::vector<SetLine>& own =
        ctx_.lines.set({&b, TextOf::Part::list_marker}, {run}, ms.style, m.width, b.span, options);
    text_lines(own, ms.style, m.x, box_index);
    auto& rows = galley_.segments.back().rows;
    for (auto row = rows.rbegin(); row != rows.rend(); ++row)
      if (!row->is<Row::Snap>()) {
        row->keep_with_next = true;  // the marker never ends a column without its text
        break;
      }
    text_lines(lines, st, m.x + text_x, box_index, &noted_text);
    return;
  }
  if (lines.empty()) lines.emplace_back();  // an item with only a nested list: its marker
  // The marker sits on the first line's baseline, part of that line.
  SetLine& first = lines.front();
  for (page::GlyphRun run : marker.runs) {
    run.origin.x += marker_x - text_x;
    run.origin.y -= ms.lift;
    first.runs.insert(first.runs.begin(), std::move(run));
  }
  text_lines(lines, st, m.x + text_x, box_index, &noted_text);
}

}  // namespace paiban::layout
