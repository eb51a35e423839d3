// Break rules that look across rows. Rows already say whether a column may
// end before them inside one block (widows and orphans, text_rows.cpp);
// here a heading — or a box top — is tied to the lines that follow it.
#include <algorithm>

#include "layout/compose/galley_writer.h"

namespace paiban::layout {
namespace {

// R9 / composer.h: a heading keeps with at least two lines of what follows,
// so it is never the last thing in a column.
constexpr int kKeepLines = 2;

}  // namespace

void apply_keeps(Segment& seg) {
  // A label paragraph keeps with a text line right after it; before a
  // heading, a figure or nothing it is ordinary text (a signature).
  for (std::size_t i = 0; i < seg.rows.size(); ++i) {
    const Row::TextLine* line = seg.rows[i].if_is<Row::TextLine>();
    if (!line || !line->label) continue;
    for (std::size_t j = i + 1; j < seg.rows.size(); ++j) {
      const Row& next = seg.rows[j];
      if (next.is<Row::Snap>() || next.is<Row::Space>() || next.is<Row::Marker>()) continue;
      const Row::TextLine* next_line = next.if_is<Row::TextLine>();
      if (next_line && next_line->ink_below >= Length::zero()) seg.rows[i].keep_with_next = true;
      break;
    }
  }
  int need = 0;
  for (Row& r : seg.rows) {
    const bool forced = r.is_break();
    // A snap belongs to the block before it, a marker to the heading it
    // follows; neither is a place to end a column.
    if (r.is<Row::Snap>() || r.is<Row::Marker>()) r.break_before = false;
    if (need > 0 && !forced) {
      r.break_before = false;
      r.widow_rule = false;  // a heading's keep is never relaxed
    }
    if (forced) need = 0;
    need = std::max(0, need - r.lines);
    if (r.keep_with_next) need = kKeepLines;
  }
  seg.tail_keep_lines = need;
}

}  // namespace paiban::layout
