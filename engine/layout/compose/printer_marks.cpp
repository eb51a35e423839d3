#include "layout/compose/printer_marks.h"

#include <cstdio>

#include "base/dates.h"

namespace paiban::layout {
namespace {

const Length kMarkWidth = Length::pt(0.25);
const Length kSlugSize = Length::pt(6);

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

void add_crop_marks(std::vector<page::Item>& out, const page::Page& page, Length bleed) {
  const Length w = page.width, h = page.height;
  // Marks begin a little outside the bleed edge, never inside it.
  const Length near = bleed + kMarksRoom / 6;
  const Length far = bleed + kMarksRoom * 2 / 3;
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

void add_registration_marks(std::vector<page::Item>& out, const page::Page& page, Length bleed) {
  const Length w = page.width, h = page.height;
  const Length r = kMarksRoom / 5;
  const Length d = bleed + kMarksRoom / 2;
  add_registration_target(out, w / 2, -d, r);
  add_registration_target(out, w / 2, h + d, r);
  add_registration_target(out, -d, h / 2, r);
  add_registration_target(out, w + d, h / 2, r);
}

// "2025-01-06 00:00 UTC".
std::string slug_date(int64_t seconds) {
  const UtcTime t = utc_time(seconds);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s %02d:%02d UTC", iso_date(t.date).c_str(),
                static_cast<int>(t.time.hours().count()),
                static_cast<int>(t.time.minutes().count()));
  return buf;
}

}  // namespace

void add_printer_marks(page::PagedDocument& doc, const style::StyleSheet& sheet,
                       const SlugFields& slug, LineSetter& lines) {
  const style::Print& print = sheet.print;
  if (!print.crop_marks && !print.registration_marks && !print.slug) return;
  doc.marks_room = kMarksRoom;
  // The slug is body text made small and set in registration colour; the
  // style's name keeps its lines apart from body's in the line cache.
  style::TextStyle slug_style = sheet.text_style("body");
  slug_style.name = "[print] slug";
  slug_style.size = kSlugSize;
  slug_style.line_height = kSlugSize;
  slug_style.color = Color::registration();
  const std::string date = slug_date(slug.timestamp);
  const int count = static_cast<int>(doc.pages.size());
  for (int i = 0; i < count; ++i) {
    page::Page& page = doc.pages[static_cast<std::size_t>(i)];
    if (print.crop_marks) add_crop_marks(page.marks, page, print.bleed);
    if (print.registration_marks) add_registration_marks(page.marks, page, print.bleed);
    if (!print.slug) continue;
    std::string text = slug.file;
    if (!text.empty()) text += "  ";
    text += "页 " + (page.label.empty() ? std::to_string(i + 1) : page.label) + " (" +
            std::to_string(i + 1) + "/" + std::to_string(count) + ")  " + date;
    // Baseline near the outer edge of the marks room, below the trim, left
    // aligned with the trim.
    const Length baseline = page.height + print.bleed + kMarksRoom * 5 / 6;
    const std::size_t first = page.marks.size();
    append_line(page.marks, lines.set_single(text, slug_style, SourceSpan{sheet.path, 0, 0}),
                Length::zero(), baseline);
    for (std::size_t k = first; k < page.marks.size(); ++k)
      std::get<page::GlyphRun>(page.marks[k]).artifact = page::Artifact::page;
  }
}

}  // namespace paiban::layout
