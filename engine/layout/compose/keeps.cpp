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
    if (!seg.rows[i].label) continue;
    for (std::size_t j = i + 1; j < seg.rows.size(); ++j) {
      const Row& next = seg.rows[j];
      if (next.kind == Row::Kind::snap || next.kind == Row::Kind::space ||
          next.kind == Row::Kind::marker)
        continue;
      if (next.kind == Row::Kind::content && next.ink_below >= Length::zero())
        seg.rows[i].keep_with_next = true;
      break;
    }
  }
  int need = 0;
  for (Row& r : seg.rows) {
    const bool forced = r.kind == Row::Kind::column_break || r.kind == Row::Kind::page_break;
    // A snap belongs to the block before it, a marker to the heading it
    // follows; neither is a place to end a column.
    if (r.kind == Row::Kind::snap || r.kind == Row::Kind::marker) r.break_before = false;
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
