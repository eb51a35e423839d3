#include "pdf/print_marks.h"

#include "pdf/pdf_dates.h"
#include "pdf/slug_shaper.h"

namespace paiban::pdf {
namespace {

const Length kMarkWidth = Length::pt(0.25);

page::Stroke mark_line(Length x0, Length y0, Length x1, Length y1) {
  page::Stroke s;
  s.shape = page::Stroke::Shape::line;
  s.from = Point{x0, y0};
  s.to = Point{x1, y1};
  s.width = kMarkWidth;
  s.color = Color::registration();
  return s;
}

// A target: circle plus cross hairs centred on (cx, cy).
void add_registration_target(std::vector<page::Item>& out, Length cx, Length cy, Length r) {
  page::Stroke circle;
  circle.shape = page::Stroke::Shape::rect;
  circle.from = Point{cx - r, cy - r};
  circle.to = Point{cx + r, cy + r};
  circle.corner_radius = r;
  circle.width = kMarkWidth;
  circle.color = Color::registration();
  out.push_back(circle);
  const Length arm = r.scaled(1.6);
  out.push_back(mark_line(cx - arm, cy, cx + arm, cy));
  out.push_back(mark_line(cx, cy - arm, cx, cy + arm));
}

}  // namespace

bool wants_marks(const PdfOptions& o) {
  return o.crop_marks || o.registration_marks || o.slug;
}

page::FontFace slug_face(const page::Document& doc, const PdfOptions& options) {
  if (!options.slug_font.path.empty()) return options.slug_font;
  for (const page::Page& p : doc.pages) {
    for (const page::Item& item : p.items) {
      if (auto* run = std::get_if<page::GlyphRun>(&item)) return run->font;
    }
  }
  return {};
}

std::vector<page::Item> printer_marks(const page::Page& page, int index, int count,
                                      const PdfOptions& o, const page::FontFace& slug_font,
                                      Diagnostics& diags) {
  std::vector<page::Item> out;
  const Length w = page.width, h = page.height;
  const Length room = o.marks_room;
  // Marks begin a little outside the bleed edge, never inside it.
  const Length near = o.bleed + room / 6;
  const Length far = o.bleed + room * 2 / 3;
  if (o.crop_marks) {
    for (Length x : {Length::zero(), w}) {
      const bool left = x.sp == 0;
      for (Length y : {Length::zero(), h}) {
        const bool top = y.sp == 0;
        // Horizontal mark on the trim's y, out to the side; vertical mark on
        // the trim's x, out above or below.
        out.push_back(left ? mark_line(-far, y, -near, y) : mark_line(w + near, y, w + far, y));
        out.push_back(top ? mark_line(x, -far, x, -near) : mark_line(x, h + near, x, h + far));
      }
    }
  }
  if (o.registration_marks) {
    const Length r = room / 5;
    const Length d = o.bleed + room / 2;
    add_registration_target(out, w / 2, -d, r);
    add_registration_target(out, w / 2, h + d, r);
    add_registration_target(out, -d, h / 2, r);
    add_registration_target(out, w + d, h / 2, r);
  }
  if (o.slug) {
    if (slug_font.path.empty()) {
      if (index == 0) {
        diags.warning(SourceSpan{},
                      "the slug line is on but the document has no text to take "
                      "a font from; no slug written",
                      {"set PdfOptions::slug_font"});
      }
      return out;
    }
    std::string text = o.slug_text;
    if (!text.empty()) text += "  ";
    text += "页 " + (page.label.empty() ? std::to_string(index + 1) : page.label) + " (" +
            std::to_string(index + 1) + "/" + std::to_string(count) + ")  " +
            slug_date(o.timestamp);
    // Baseline near the outer edge of the marks room, below the trim, left
    // aligned with the trim.
    Point origin{Length::zero(), h + o.bleed + room * 5 / 6};
    std::string error;
    auto run = shape_slug(text, slug_font, o.slug_size, origin, error);
    if (!run) {
      diags.error(SourceSpan{slug_font.path, 0, 0}, error, {});
    } else {
      if (!error.empty() && index == 0) diags.warning(SourceSpan{slug_font.path, 0, 0}, error);
      out.push_back(std::move(*run));
    }
  }
  return out;
}

}  // namespace paiban::pdf
