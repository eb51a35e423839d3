// The table of contents → one row per line: each section and article title,
// a leader, and its page number flush right. The numbers come from the
// previous layout pass (compose_pages.cpp runs until they settle).
#include <algorithm>

#include "layout/compose/galley_writer.h"

namespace paiban::layout {
namespace {

// Before the first pass has placed the headings, numbers are this wide.
constexpr const char* kUnknownPage = "00";

// Repeats the leader line's glyphs from `from` to `to`, each copy at a
// multiple of its width counted from `to`, so the dots of every entry
// stand in the same columns.
void append_leader(std::vector<page::Item>& items, const SetLine& leader, Length from, Length to,
                   Length baseline) {
  if (leader.runs.empty() || leader.width <= Length::zero()) return;
  const page::GlyphRun& unit = leader.runs.front();
  Length unit_width;
  for (const auto& g : unit.glyphs) unit_width += g.advance;
  if (unit_width <= Length::zero()) return;
  const int64_t count = (to - from).sp / unit_width.sp;
  if (count <= 0) return;
  page::GlyphRun run = unit;
  run.glyphs = {};
  for (int64_t k = 0; k < count; ++k) run.glyphs.append(unit.glyphs);
  run.glyphs.shrink_to_fit();
  run.origin = {to - unit_width * count, baseline};
  run.artifact = page::Artifact::layout;  // furniture: a reader copies the title and the number
  items.emplace_back(std::move(run));
}

}  // namespace

void GalleyWriter::contents(const FlowBlock& b, const Measure& m, int box_index) {
  const ContentsSpec& spec = b.as<FlowBlock::Contents>().spec;
  const auto headings = outline_headings(flow_);
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const auto& h = headings[k]->as<FlowBlock::Heading>();
    if (h.outline_level > spec.depth) continue;
    const style::TextStyle& st =
        text_style(h.outline_level == 1 ? spec.section_style : spec.entry_style, b.span);
    const std::string label = k < heading_labels_.size() && !heading_labels_[k].empty()
                                  ? heading_labels_[k]
                                  : kUnknownPage;
    const SetLine& number = ctx_.lines.set_single(label, st, b.span);
    const SetLine& wide = ctx_.lines.set_single("000", st, b.span);
    // Room on the right for the widest likely number and a leader's breath.
    const Length reserve = std::max(number.width, wide.width) + st.size * 2;
    // A heading within an article stands under its article's entry.
    const Length indent = st.left_indent + st.size * std::max(0, h.outline_level - 2);
    const Length title_measure = std::max(m.width - reserve - indent, st.size * 4);
    const auto& lines = ctx_.lines.set({&b, TextOf::Part::contents_entry, static_cast<int>(k)},
                                       h.text, st, title_measure, headings[k]->span);
    if (lines.empty()) continue;
    const Length baseline = Grid::baseline_in_line(st);
    const Length x = m.x + indent;
    for (std::size_t j = 0; j < lines.size(); ++j) {
      Row r(Row::Block{});
      r.height = st.line_height;
      r.lines = 1;
      r.break_before = j == 0;  // an entry stays in one piece
      append_line(r.items, lines[j], x, baseline);
      if (j + 1 == lines.size()) {
        const Length number_x = m.x + m.width - number.width;
        if (!spec.leader.empty()) {
          const SetLine& leader = ctx_.lines.set_single(spec.leader, st, b.span);
          append_leader(r.items, leader, x + lines[j].width + st.size / 2, number_x - st.size / 2,
                        baseline);
        }
        append_line(r.items, number, number_x, baseline);
      }
      push(std::move(r), box_index);
    }
    Row snap(Row::Snap{});
    snap.break_before = false;
    push(std::move(snap), box_index);
  }
}

}  // namespace paiban::layout
