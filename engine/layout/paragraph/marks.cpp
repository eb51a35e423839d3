#include "layout/paragraph/marks.h"

#include <cmath>

namespace paiban::layout {
namespace {

int32_t scaled(int32_t units) {
  return static_cast<int32_t>(std::lround(units * kMarkScale));
}

}  // namespace

bool is_mark(const CollectedText& collected, uint32_t begin) {
  return begin < collected.decoration.size() &&
         collected.decorations[collected.decoration[begin]].superscript;
}

void shrink_marks(text::ShapedText& shaped, const CollectedText& collected) {
  for (text::Cluster& c : shaped.clusters) {
    if (!is_mark(collected, c.begin)) continue;
    for (text::ClusterGlyph& g : c.glyphs) {
      g.advance = scaled(g.advance);
      g.x_offset = scaled(g.x_offset);
      g.y_offset = scaled(g.y_offset);
    }
    c.advance = scaled(c.advance);
    c.blank_left = scaled(c.blank_left);
    c.blank_right = scaled(c.blank_right);
    // Postfix (like %): no CJK–Latin space before it, no line starts with it.
    c.cls = text::CharClass::postfix;
  }
}

}  // namespace paiban::layout
