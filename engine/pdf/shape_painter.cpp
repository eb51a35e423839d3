#include "pdf/shape_painter.h"

#include <algorithm>

namespace paiban::pdf {

Rect bleed_extended(const Rect& r, const PageGeometry& geo) {
  // A tint that touches a trim edge runs on into the bleed, so that a
  // slightly off cut leaves no white sliver (docs/typography.md §4, "出血3mm").
  const Length touch = Length::pt(0.01);
  Rect out = r;
  if (r.x <= touch) {
    out.width += out.x + geo.bleed;
    out.x = -geo.bleed;
  }
  if (r.y <= touch) {
    out.height += out.y + geo.bleed;
    out.y = -geo.bleed;
  }
  if (r.right() >= geo.trim_width - touch) out.width = geo.trim_width + geo.bleed - out.x;
  if (r.bottom() >= geo.trim_height - touch) out.height = geo.trim_height + geo.bleed - out.y;
  return out;
}

void paint_fill(const page::Fill& fill, const PageGeometry& geo, ColorSpaces& colors,
                ContentStream& out, PageResources& res) {
  if (fill.rect.width.sp <= 0 || fill.rect.height.sp <= 0) return;
  const Rect r = bleed_extended(fill.rect, geo);
  out.line(colors.fill(fill.color, res));
  out.rounded_rect(geo.x(r.x), geo.y(r.bottom()), r.width, r.height, fill.corner_radius);
  out.fill();
}

void paint_stroke(const page::Stroke& s, const PageGeometry& geo, ColorSpaces& colors,
                  ContentStream& out, PageResources& res) {
  if (s.width.sp <= 0) return;
  out.save();
  out.line(colors.stroke(s.color, res));
  out.line_width(s.width);
  out.dash(s.dash);
  if (s.shape == page::Stroke::Shape::line) {
    out.move_to(geo.x(s.from.x), geo.y(s.from.y));
    out.line_to(geo.x(s.to.x), geo.y(s.to.y));
    out.stroke();
  } else {
    const Length left = geo.x(std::min(s.from.x, s.to.x));
    const Length right = geo.x(std::max(s.from.x, s.to.x));
    const Length top = geo.y(std::min(s.from.y, s.to.y));
    const Length bottom = geo.y(std::max(s.from.y, s.to.y));
    const bool closed = s.sides[0] && s.sides[1] && s.sides[2] && s.sides[3];
    if (closed) {
      out.rounded_rect(left, bottom, right - left, top - bottom, s.corner_radius);
      out.stroke();
    } else {
      // Sides in the page model's order: top, right, bottom, left. Each is
      // its own subpath so an open side leaves no gap in the dash pattern
      // of the others.
      const Length xs[4][4] = {{left, top, right, top},
                               {right, top, right, bottom},
                               {left, bottom, right, bottom},
                               {left, top, left, bottom}};
      for (int i = 0; i < 4; ++i) {
        if (!s.sides[i]) continue;
        out.move_to(xs[i][0], xs[i][1]);
        out.line_to(xs[i][2], xs[i][3]);
      }
      out.stroke();
    }
  }
  out.restore();
}

}  // namespace paiban::pdf
