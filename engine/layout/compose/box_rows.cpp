// A box → its open row (top padding, title bar), its content rows at the
// inner measure, its close row (bottom padding), and how to draw it.
#include <algorithm>

#include "layout/compose/galley_writer.h"

namespace paiban::layout {

void GalleyWriter::box(const FlowBlock& b, const Measure& m) {
  const BoxSpec& spec = b.as<FlowBlock::Box>().spec;
  const Grid& grid = ctx_.grid;
  const int index = static_cast<int>(galley_.boxes.size());
  BoxPaint paint;
  if (!spec.background.empty()) {
    paint.has_fill = true;
    paint.fill = color(spec.background, b.span);
  }
  if (!spec.border.empty() && spec.border_width > Length::zero()) {
    paint.has_border = true;
    paint.border = color(spec.border, b.span);
    paint.border_width = spec.border_width;
  }
  paint.corner_radius = spec.corner_radius;
  const Length padding = std::max(spec.padding, Length::zero());
  const Length inset = padding + (paint.has_border ? paint.border_width : Length::zero());
  const Measure inner{m.x + inset, std::max(m.width - inset * 2, ctx_.grid.body_size)};

  // Title bar: its text set in the title style, padding/2 above and below.
  std::vector<SetLine> title_lines;
  const style::TextStyle& title_style = text_style(spec.title_style, b.span);
  if (!spec.title.empty()) {
    InlineRun run;
    run.text = spec.title;
    run.span = b.span;
    title_lines = ctx_.lines.set({&b, TextOf::Part::box_title}, {run}, title_style, inner.width,
                                 b.span, ParagraphOptions{false});
  }
  Length bar = Length::zero();
  if (!title_lines.empty()) {
    bar = title_style.line_height * static_cast<int64_t>(title_lines.size()) + padding;
    paint.has_title_bar = true;
    // Without a colour of its own the bar takes the frame's, else the tint's.
    if (!spec.title_background.empty())
      paint.title_fill = color(spec.title_background, b.span);
    else
      paint.title_fill = paint.has_border ? paint.border : paint.fill;
    paint.title_bar_height = bar;
  }

  // The box edge sits `padding` above the first line's em box, which
  // begins half a leading under its grid line; the open row takes whole
  // grid lines for the padding and the bar.
  Row open(Row::BoxOpen{});
  open.height = grid.round_up(bar + padding);
  if (open.height <= Length::zero() && grid.on) open.height = grid.pitch;
  open.keep_with_next = true;  // never a box top alone at a column foot
  paint.top_in_open = std::max(Length::zero(), open.height + grid.half_leading() - padding - bar);
  place_lines(open.items, title_lines, title_style, inner.x, paint.top_in_open + padding / 2);
  push(std::move(open), index);
  galley_.boxes.push_back(paint);

  auto& rows = galley_.segments.back().rows;
  const std::size_t first_content = rows.size();
  for (const auto& child : b.children()) block(child, inner, index);

  // The bottom edge sits `padding` under the last line's em box, so the
  // close row follows that line directly; the return to the grid comes
  // after the box, not inside it. Space after the last block (a table's)
  // goes too: the padding takes its place, and a column must not end
  // between the box's content and its bottom edge there.
  Length ink_below = grid.half_leading();
  while (rows.size() > first_content &&
         (rows.back().is<Row::Snap>() || rows.back().is<Row::Space>()))
    rows.pop_back();
  const Row::TextLine* last_line =
      rows.size() > first_content ? rows.back().if_is<Row::TextLine>() : nullptr;
  if (last_line && last_line->ink_below >= Length::zero()) ink_below = last_line->ink_below;
  Row close(Row::BoxClose{});
  close.height = std::max(Length::zero(), padding - ink_below) + grid.half_leading();
  close.break_before = false;  // the bottom padding stays with the last line
  galley_.boxes[index].bottom_in_close = padding - ink_below;
  push(std::move(close), index);
  Row snap(Row::Snap{});
  snap.break_before = false;
  push(std::move(snap), -1);

  // A box that may not break keeps all its rows in one column.
  if (!spec.allow_break)
    for (std::size_t k = first_content; k < rows.size(); ++k) {
      rows[k].break_before = false;
      rows[k].widow_rule = false;
    }
}

}  // namespace paiban::layout
