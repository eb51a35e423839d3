#include "layout/paragraph/decorate.h"

namespace paiban::layout {
namespace {

// Positions in em of the paragraph size. The CJK em box runs from 0.12 em
// below the baseline to 0.88 em above it (Noto CJK's ideographic box), so
// its middle, where a strikethrough belongs for Han, is 0.38 em up; Latin
// lowercase is lower, and one line must serve both, so 0.33 em. The
// underline and the dots sit under the em box, clear of descenders.
constexpr double kStrikeRise = 0.33;
constexpr double kUnderlineDrop = 0.17;
constexpr double kDotDrop = 0.26;
constexpr double kThickness = 1.0 / 18;
constexpr double kDotDiameter = 0.14;

struct Stretch {
  uint16_t decoration = 0;
  Length x0, x1;
};

}  // namespace

std::vector<LineDecoration> decorate_line(const JustifiedLine& line,
                                          const std::vector<ParagraphItem>& items,
                                          const text::ShapedText& shaped,
                                          const CollectedText& collected,
                                          const std::vector<Color>& colors, Length size,
                                          Length x_offset) {
  std::vector<LineDecoration> out;
  auto flush = [&](const Stretch& s) {
    const TextDecoration& d = collected.decorations[s.decoration];
    LineDecoration ld;
    ld.x0 = s.x0 + x_offset;
    ld.x1 = s.x1 + x_offset;
    ld.thickness = size.scaled(kThickness);
    ld.color = colors[s.decoration];
    if (d.strikethrough) {
      ld.kind = LineDecoration::Kind::strikethrough;
      ld.y = -size.scaled(kStrikeRise);
      out.push_back(ld);
    }
    if (d.underline) {
      ld.kind = LineDecoration::Kind::underline;
      ld.y = size.scaled(kUnderlineDrop);
      out.push_back(ld);
    }
  };
  Stretch open;
  bool has_open = false;
  for (const PlacedBox& placed : line.boxes) {
    const ParagraphItem& box = items[placed.item];
    if (box.cluster < 0) continue;
    const text::Cluster& c = shaped.clusters[box.cluster];
    const uint16_t d = c.begin < collected.decoration.size() ? collected.decoration[c.begin] : 0;
    const TextDecoration& deco = collected.decorations[d];
    if (deco.emphasis_dots && c.cls == text::CharClass::han) {
      LineDecoration dot;
      dot.kind = LineDecoration::Kind::emphasis_dot;
      dot.x0 = dot.x1 = placed.x + box.width / 2 + x_offset;
      dot.y = size.scaled(kDotDrop);
      dot.thickness = size.scaled(kDotDiameter);
      dot.color = colors[d];
      out.push_back(dot);
    }
    const bool lined = deco.strikethrough || deco.underline;
    if (has_open && open.decoration != d) {
      flush(open);
      has_open = false;
    }
    if (!lined) continue;
    if (!has_open) open = {d, placed.x, placed.x};
    has_open = true;
    open.x1 = placed.x + box.width;
  }
  if (has_open) flush(open);
  return out;
}

}  // namespace paiban::layout
