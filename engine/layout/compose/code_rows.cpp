// Code blocks → rows: the lines ParagraphSetter::set_code keeps as written,
// inset by the style's left indent on both sides, on the style's background
// tint across the whole measure when it names one.
#include "layout/compose/galley_writer.h"

namespace paiban::layout {

void GalleyWriter::code_block(const FlowBlock& b, const Measure& m, int box_index) {
  const auto& code = b.as<FlowBlock::CodeBlock>();
  const style::TextStyle& st = text_style(code.style, b.span);
  const Length inset = st.left_indent;
  const auto& lines = ctx_.lines.set_code({&b}, code.text, st, m.width - inset * 2, b.span);
  if (lines.empty()) return;
  space(st.space_before, box_index);
  auto& rows = galley_.segments.back().rows;
  const std::size_t first = rows.size();
  text_lines(lines, st, m.x + inset, box_index);
  if (!st.background.empty()) {
    const Color tint = color(st.background, b.span);
    // Under each line, abutting the next: one band however the block breaks.
    for (std::size_t k = first; k < rows.size(); ++k) {
      if (rows[k].lines == 0) continue;
      page::Fill fill;
      fill.rect = {m.x, Length::zero(), m.width, rows[k].height};
      fill.color = tint;
      rows[k].items.insert(rows[k].items.begin(), fill);
    }
  }
  space(st.space_after, box_index);
}

}  // namespace paiban::layout
