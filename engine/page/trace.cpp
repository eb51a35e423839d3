#include "page/trace.h"

#include <cmath>
#include <cstdio>

namespace paiban::page {
namespace {

// Points with 2 decimals, computed on the integer scaled points so that no
// floating-point formatting differs between machines.
std::string pt(Length v) {
  const int64_t hundredths = (v.sp * 100 + (v.sp >= 0 ? kSpPerPt / 2 : -kSpPerPt / 2)) / kSpPerPt;
  const int64_t whole = hundredths / 100;
  const int64_t frac = hundredths % 100;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%lld.%02lld", hundredths < 0 && whole == 0 ? "-" : "",
                static_cast<long long>(whole), static_cast<long long>(frac < 0 ? -frac : frac));
  return buf;
}

// Colour components in percent (print colours are given in whole percent).
std::string color(const Color& c) {
  auto pct = [](double v) { return std::to_string(std::lround(v * 100)); };
  switch (c.space) {
    case Color::Space::gray:
      return "gray(" + pct(c.components[0]) + ")";
    case Color::Space::cmyk:
      return "cmyk(" + pct(c.components[0]) + "," + pct(c.components[1]) + "," +
             pct(c.components[2]) + "," + pct(c.components[3]) + ")";
    case Color::Space::spot:
      return "spot(" + c.spot_name + "," + pct(c.components[0]) + ")";
    case Color::Space::registration:
      return "registration";
  }
  return "?";
}

const char* artifact_name(Artifact a) {
  switch (a) {
    case Artifact::none:
      return "none";
    case Artifact::header:
      return "header";
    case Artifact::footer:
      return "footer";
    case Artifact::layout:
      return "layout";
    case Artifact::page:
      return "page";
  }
  return "?";
}

std::string font_name(const FaceRef& f) {
  const auto slash = f.path.str().find_last_of('/');
  return (slash == std::string::npos ? f.path.str() : f.path.str().substr(slash + 1)) + "#" +
         std::to_string(f.face_index);
}

// Advances run-length encoded: "10.50*12 5.25 10.50*3" (justified CJK lines
// are mostly one advance).
std::string advances(const GlyphList& glyphs) {
  std::string out;
  for (std::size_t i = 0; i < glyphs.size();) {
    const std::string value = pt(glyphs[i].advance);
    std::size_t j = i + 1;
    while (j < glyphs.size() && pt(glyphs[j].advance) == value) ++j;
    out += " " + value;
    if (j - i > 1) out += "*" + std::to_string(j - i);
    i = j;
  }
  return out;
}

struct ItemTracer {
  std::string& out;
  const GlyphRun*& last_run;  // the previous item when it was a run, for lines

  void operator()(const GlyphRun& run) const {
    if (last_run == nullptr || last_run->origin.y != run.origin.y)
      out += "  line y=" + pt(run.origin.y) + "\n";
    last_run = &run;
    std::string text, ids, offsets;
    Length width;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const Glyph g = run.glyphs[i];
      text += g.text;
      width += g.advance;
      ids += " " + std::to_string(g.id);
      if (g.x_offset.sp != 0 || g.y_offset.sp != 0)
        offsets += " " + std::to_string(i) + ":" + pt(g.x_offset) + "," + pt(g.y_offset);
    }
    out += "    run x=" + pt(run.origin.x) + " w=" + pt(width) + " size=" + pt(run.size) + " " +
           font_name(run.font);
    if (!(run.color == Color::black())) out += " " + color(run.color);
    if (run.fake_bold) out += " fake-bold";
    if (run.artifact != Artifact::none)
      out += std::string(" artifact=") + artifact_name(run.artifact);
    out += " \"" + text + "\"\n";
    out += "      gid" + ids + "\n      adv" + advances(run.glyphs) + "\n";
    if (!offsets.empty()) out += "      off" + offsets + "\n";
  }
  void operator()(const Fill& f) const {
    last_run = nullptr;
    out += "  fill x=" + pt(f.rect.x) + " y=" + pt(f.rect.y) + " w=" + pt(f.rect.width) +
           " h=" + pt(f.rect.height) + " " + color(f.color);
    if (f.corner_radius.sp != 0) out += " r=" + pt(f.corner_radius);
    out += "\n";
  }
  void operator()(const Stroke& s) const {
    last_run = nullptr;
    out += std::string("  stroke ") + (s.shape == Stroke::Shape::line ? "line" : "rect") + " " +
           pt(s.from.x) + "," + pt(s.from.y) + " " + pt(s.to.x) + "," + pt(s.to.y) +
           " width=" + pt(s.width) + " " + color(s.color);
    if (s.shape == Stroke::Shape::rect) {
      out += " sides=";
      for (bool side : s.sides) out += side ? "1" : "0";
      if (s.corner_radius.sp != 0) out += " r=" + pt(s.corner_radius);
    }
    if (s.dash.sp != 0) out += " dash=" + pt(s.dash);
    out += "\n";
  }
  void operator()(const Image& i) const {
    last_run = nullptr;
    const auto slash = i.path.find_last_of('/');
    out += "  image " + (slash == std::string::npos ? i.path : i.path.substr(slash + 1)) +
           " x=" + pt(i.rect.x) + " y=" + pt(i.rect.y) + " w=" + pt(i.rect.width) +
           " h=" + pt(i.rect.height) + " px=" + std::to_string(i.pixel_width) + "x" +
           std::to_string(i.pixel_height);
    if (i.orientation != ImageOrientation::upright)
      out += " orientation=" + std::to_string(static_cast<int>(i.orientation));
    out += "\n";
  }
};

}  // namespace

std::string write_trace(const PagedDocument& doc) {
  std::string out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    out += "page " + std::to_string(p + 1) + " label=" + page.label + " " + pt(page.width) + "x" +
           pt(page.height) + "\n";
    const GlyphRun* last_run = nullptr;
    for (const auto& item : page.items) std::visit(ItemTracer{out, last_run}, item);
    for (const Link& l : page.links)
      out += "  link x=" + pt(l.rect.x) + " y=" + pt(l.rect.y) + " w=" + pt(l.rect.width) +
             " h=" + pt(l.rect.height) + " " + l.uri + "\n";
    if (page.marks.empty()) continue;
    out += "  marks room=" + pt(doc.marks_room) + "\n";
    last_run = nullptr;
    for (const auto& item : page.marks) std::visit(ItemTracer{out, last_run}, item);
  }
  for (const auto& e : doc.outline)
    out += "outline " + std::to_string(e.level) + " p" + std::to_string(e.page + 1) +
           " y=" + pt(e.y) + " " + e.title + "\n";
  return out;
}

}  // namespace paiban::page
