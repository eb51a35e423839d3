#include "layout/paragraph/decorate.h"

#include <algorithm>

#include "text/font_face.h"

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
constexpr double kThickness = 1.0 / 18;  // for regular text (weight 400)
// A face's weight class when the glyph is stroked to look bold (no bold face).
constexpr int kFakeBoldWeight = 700;
constexpr double kDotDiameter = 0.14;
constexpr double kEmTop = 0.88;

struct Stretch {
  uint16_t decoration = 0;
  Length x0, x1;
  int weight = 400;  // heaviest text the line crosses
};

// The weight of a cluster's text as drawn. A line of regular thickness
// through bold Han is lost in the glyphs' own horizontal strokes (a struck
// bold title looked unstruck), so lines thicken with the weight.
int weight_of(const text::Cluster& c) {
  const int face = c.face ? c.face->weight() : 400;
  return c.fake_bold ? std::max(face, kFakeBoldWeight) : face;
}

// The em box over each stretch of a link's glyphs (the gaps between them
// included): 0.88 em above the baseline to 0.12 em below, as for Han.
void links_of_line(const JustifiedLine& line, const std::vector<ParagraphItem>& items,
                   const text::ShapedText& shaped, const CollectedText& collected, Length size,
                   Length x_offset, std::vector<LineDecoration>& out) {
  bool open = false;
  for (const PlacedBox& placed : line.boxes) {
    const ParagraphItem& box = items[placed.item];
    if (box.cluster < 0) continue;
    const text::Cluster& c = shaped.clusters[box.cluster];
    const uint16_t d = c.begin < collected.decoration.size() ? collected.decoration[c.begin] : 0;
    const std::string& uri = collected.decorations[d].link;
    if (open && out.back().uri != uri) open = false;
    if (uri.empty()) continue;
    if (!open) {
      LineDecoration ld;
      ld.kind = LineDecoration::Kind::link;
      ld.x0 = placed.x + x_offset;
      ld.y = -size.scaled(kEmTop);
      ld.thickness = size;
      ld.uri = uri;
      out.push_back(ld);
      open = true;
    }
    out.back().x1 = placed.x + box.width + x_offset;
  }
}

}  // namespace

std::vector<LineDecoration> decorate_line(const JustifiedLine& line,
                                          const std::vector<ParagraphItem>& items,
                                          const text::ShapedText& shaped,
                                          const CollectedText& collected,
                                          const std::vector<Color>& colors, Length size,
                                          Length x_offset) {
  std::vector<LineDecoration> out;
  // Most paragraphs draw nothing over their text: no need to read every box.
  if (std::none_of(collected.decorations.begin(), collected.decorations.end(),
                   [](const TextDecoration& d) {
                     return d.strikethrough || d.underline || d.emphasis_dots || !d.link.empty();
                   }))
    return out;
  auto flush = [&](const Stretch& s) {
    const TextDecoration& d = collected.decorations[s.decoration];
    LineDecoration ld;
    ld.x0 = s.x0 + x_offset;
    ld.x1 = s.x1 + x_offset;
    ld.thickness = size.scaled(kThickness * std::max(1.0, s.weight / 400.0));
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
    if (!has_open) open = {d, placed.x, placed.x, 400};
    has_open = true;
    open.x1 = placed.x + box.width;
    open.weight = std::max(open.weight, weight_of(c));
  }
  if (has_open) flush(open);
  links_of_line(line, items, shaped, collected, size, x_offset, out);
  return out;
}

}  // namespace paiban::layout
