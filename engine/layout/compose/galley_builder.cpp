#include "layout/compose/galley_builder.h"

#include <utility>

#include "layout/compose/galley_writer.h"

namespace paiban::layout {

GalleyWriter::GalleyWriter(const Flow& flow, const LayoutContext& ctx,
                           const std::vector<std::string>& heading_labels,
                           const std::vector<NoteNumber>& note_numbers)
    : flow_(flow),
      ctx_(ctx),
      heading_labels_(heading_labels),
      note_numbers_(note_numbers),
      column_measure_(ctx.type_width) {}

void GalleyWriter::open_segment(int columns, Length gap, bool rule, bool balance) {
  close_segment();
  Segment seg;
  seg.columns = columns;
  seg.gap = columns > 1 ? gap : Length::zero();
  seg.column_width = (ctx_.type_width - seg.gap * (columns - 1)) / columns;
  seg.rule = rule && columns > 1;
  seg.balance = balance;
  galley_.segments.push_back(std::move(seg));
  segment_open_ = true;
  segment_spanning_ = columns == 1;
}

void GalleyWriter::close_segment() {
  if (!segment_open_) return;
  Segment& seg = galley_.segments.back();
  // Whatever the last block was, the next segment starts on the grid.
  Row snap(Row::Snap{});
  snap.break_before = false;
  seg.rows.push_back(std::move(snap));
  segment_open_ = false;
}

void GalleyWriter::ensure_spanning() {
  if (segment_open_ && segment_spanning_) return;
  open_segment(1, Length::zero(), false, false);
}

Row& GalleyWriter::push(Row row, int box) {
  row.box = box;
  row.span = span_;
  auto& rows = galley_.segments.back().rows;
  rows.push_back(std::move(row));
  return rows.back();
}

void GalleyWriter::top_level(const FlowBlock& b) {
  if (b.kind() == FlowKind::columns) {
    column_set(b);
    return;
  }
  ensure_spanning();
  column_measure_ = ctx_.type_width;
  block(b, {Length::zero(), ctx_.type_width}, -1);
}

void GalleyWriter::column_set(const FlowBlock& b) {
  const ColumnSpec& spec = b.as<FlowBlock::ColumnSet>().spec;
  const Length gap = spec.gap > Length::zero() ? spec.gap : ctx_.default_gap;
  const bool rule = spec.rule || ctx_.default_rule;
  open_segment(spec.count, gap, rule, spec.balance);
  const Measure column{Length::zero(), galley_.segments.back().column_width};
  const auto& children = b.children();
  // What stands across the columns: a wide table (asked for, or one whose
  // columns do not fit the column even at their least), and the headings
  // right before one, which go with what they head (docs/typography.md R9):
  // left in the columns they would end them, above a table set under both.
  std::vector<bool> across(children.size(), false);
  for (std::size_t i = 0; i < children.size() && spec.count > 1; ++i) {
    const auto* table = children[i].if_is<FlowBlock::Table>();
    across[i] = table && (table->spec.span_columns || !table_fits(children[i], column.width));
  }
  for (std::size_t i = children.size(); i-- > 1;)
    if (across[i] && children[i - 1].kind() == FlowKind::heading) across[i - 1] = true;
  for (std::size_t i = 0; i < children.size(); ++i) {
    const FlowBlock& child = children[i];
    const auto* wide_figure = child.if_is<FlowBlock::Figure>();
    if (wide_figure && wide_figure->spec.span_columns && spec.count > 1) {
      column_measure_ = ctx_.type_width;
      block(child, {Length::zero(), ctx_.type_width}, -1);
      Row& row = galley_.segments.back().rows.back();
      row.as<Row::Figure>() = {.floats = false, .spans = true};
      row.lines = 0;  // it stands apart from the text: keeps look past it
      continue;
    }
    if (across[i]) {
      // The columns before it end (balanced), it spans the type area, and
      // the columns go on under it.
      if (i == 0 || !across[i - 1]) open_segment(1, Length::zero(), false, false);
      column_measure_ = ctx_.type_width;
      block(child, {Length::zero(), ctx_.type_width}, -1);
      if (i + 1 == children.size() || !across[i + 1])
        open_segment(spec.count, gap, rule, spec.balance);
      continue;
    }
    column_measure_ = column.width;
    block(child, column, -1);
  }
  close_segment();
}

void GalleyWriter::block(const FlowBlock& b, const Measure& m, int box_index) {
  span_ = &b.span;
  switch (b.kind()) {
    case FlowKind::heading:
      heading(b, m, box_index);
      break;
    case FlowKind::paragraph:
    case FlowKind::text:
      paragraph(b, m, box_index);
      break;
    case FlowKind::list_paragraph:
      list_paragraph(b, m, box_index);
      break;
    case FlowKind::code_block:
      code_block(b, m, box_index);
      break;
    case FlowKind::space:
      space(b.as<FlowBlock::Space>().amount, box_index);
      break;
    case FlowKind::rule:
      rule(b, m, box_index);
      break;
    case FlowKind::box:
      if (box_index < 0)
        box(b, m);
      else  // FlowBuilder refuses nested boxes; a hand-made flow gets its children
        for (const auto& child : b.children()) block(child, m, box_index);
      break;
    case FlowKind::columns:  // FlowBuilder never nests sets: set the children here
      for (const auto& child : b.children()) block(child, m, box_index);
      break;
    case FlowKind::figure:
      figure(b, m, box_index);
      break;
    case FlowKind::pull_quote:
      pull_quote(b, m, box_index);
      break;
    case FlowKind::table:
      table(b, m, box_index);
      break;
    case FlowKind::page_break: {
      push(Row(Row::PageBreak{b.as<FlowBlock::PageBreak>().spec}), box_index);
      break;
    }
    case FlowKind::column_break: {
      push(Row(Row::ColumnBreak{}), box_index);
      break;
    }
    case FlowKind::contents:
      contents(b, m, box_index);
      break;
    case FlowKind::running_section: {
      push(Row(Row::Marker{b.as<FlowBlock::RunningSection>().name}), box_index);
      break;
    }
  }
  // A running-section marker stands between a section head and the article
  // title under it without separating them.
  if (b.kind() != FlowKind::running_section) after_heading_ = b.kind() == FlowKind::heading;
}

const style::TextStyle& GalleyWriter::text_style(const std::string& name, const SourceSpan&) {
  // A style the sheet lacks falls back to body (stylesheet.h); plugins ask
  // for optional styles such as "quote" on purpose.
  return ctx_.sheet.text_style(name);
}

Color GalleyWriter::color(const std::string& name, const SourceSpan& where) {
  if (name.empty()) return Color::black();
  auto it = ctx_.sheet.colors.find(name);
  if (it != ctx_.sheet.colors.end()) return it->second;
  if (reported_.insert("color:" + name).second)
    ctx_.diags.warning(where, "no colour named '" + name + "' in the style sheet; black is used",
                       {"define it under [colors], e.g. " + name +
                        " = \"cmyk(0, 0, 0, 0.1)\", or use a defined name"});
  return Color::black();
}

Galley GalleyWriter::finish() {
  close_segment();
  Galley out = std::move(galley_);
  // A segment of nothing but its closing snap places nothing.
  std::vector<Segment> kept;
  for (auto& seg : out.segments) {
    bool empty = true;
    for (const auto& r : seg.rows)
      if (!r.is<Row::Snap>()) empty = false;
    if (!empty) kept.push_back(std::move(seg));
  }
  out.segments = std::move(kept);
  for (auto& seg : out.segments) apply_keeps(seg);
  return out;
}

Galley build_galley(const Flow& flow, const LayoutContext& ctx,
                    const std::vector<std::string>& heading_labels,
                    const std::vector<NoteNumber>& note_numbers) {
  GalleyWriter writer(flow, ctx, heading_labels, note_numbers);
  for (const auto& b : flow.blocks) writer.top_level(b);
  return writer.finish();
}

}  // namespace paiban::layout
