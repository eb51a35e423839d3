// List paragraphs → rows: each nesting level's text one list indent further
// right, wrapped lines hanging under the text, the marker set before the
// first line (docs/style-reference.md, [typography] bullets, numbering,
// list_indent, list_marker_gap, list_item_space).
#include <algorithm>

#include "layout/compose/galley_writer.h"
#include "layout/compose/grid.h"
#include "layout/compose/list_marker.h"

namespace paiban::layout {

void GalleyWriter::list_paragraph(const FlowBlock& b, const Measure& m, int box_index) {
  const style::TextStyle& st = text_style(b.style, b.span);
  const style::Typography& typo = ctx_.sheet.typography;
  const int level = std::max(1, b.list.level);
  // The level's own margin (where its markers may start) and its text.
  const Length margin = st.left_indent + typo.list_indent * (level - 1);
  Length text_x = margin + typo.list_indent;

  const SetLine* marker = nullptr;
  Length marker_x, marker_lift;
  if (b.list.marker) {
    const std::string text = list_marker(typo, level, b.list.ordered, b.list.number);
    style::TextStyle marker_style = st;
    if (!b.list.ordered && typo.bullet_scale < 1) {
      // A smaller bullet, raised so that its em box centre meets the text's.
      marker_style.name += "/bullet";
      marker_style.size = st.size.scaled(typo.bullet_scale);
      marker_lift = (st.size - marker_style.size).scaled(kIdeographicAscent - 0.5);
    }
    marker = &ctx_.lines.set_single(text, marker_style, b.span);
    // Markers end a gap before the text (numbers line up on their right);
    // one wider than the room moves the item's text right instead.
    marker_x = std::max(margin, text_x - typo.list_marker_gap - marker->width);
    text_x = std::max(text_x, marker_x + marker->width + typo.list_marker_gap);
    space(typo.list_item_space, box_index);
  }

  const Length measure = m.width - text_x;
  ParagraphOptions options;
  options.use_style_indent = false;
  std::vector<SetLine> lines = ctx_.lines.set(&b, 0, b.text, st, measure, b.span, options);
  if (lines.empty() && !marker) return;
  if (lines.empty()) lines.emplace_back();  // an item with only a nested list: its marker
  if (marker) {
    // The marker sits on the first line's baseline, part of that line.
    SetLine& first = lines.front();
    for (page::GlyphRun run : marker->runs) {
      run.origin.x += marker_x - text_x;
      run.origin.y -= marker_lift;
      first.runs.insert(first.runs.begin(), std::move(run));
    }
  }
  text_lines(lines, st, m.x + text_x, box_index);
}

}  // namespace paiban::layout
