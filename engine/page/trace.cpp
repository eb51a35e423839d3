#include "page/trace.h"

#include <cstdio>

namespace paiban::page {
namespace {

std::string pt(Length v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v.to_pt());
  return buf;
}

struct ItemTracer {
  std::string& out;
  void operator()(const GlyphRun& run) const {
    std::string text;
    Length width;
    for (const auto& g : run.glyphs) {
      text += g.text;
      width += g.advance;
    }
    out += "  run x=" + pt(run.origin.x) + " y=" + pt(run.origin.y) + " w=" + pt(width) +
           " size=" + pt(run.size) + " n=" + std::to_string(run.glyphs.size()) + " \"" + text +
           "\"\n";
  }
  void operator()(const Fill& f) const {
    out += "  fill x=" + pt(f.rect.x) + " y=" + pt(f.rect.y) + " w=" + pt(f.rect.width) +
           " h=" + pt(f.rect.height) + "\n";
  }
  void operator()(const Stroke& s) const {
    out += std::string("  stroke ") + (s.shape == Stroke::Shape::line ? "line" : "rect") + " " +
           pt(s.from.x) + "," + pt(s.from.y) + " " + pt(s.to.x) + "," + pt(s.to.y) + "\n";
  }
  void operator()(const Image& i) const {
    out += "  image " + i.path + " x=" + pt(i.rect.x) + " y=" + pt(i.rect.y) +
           " w=" + pt(i.rect.width) + " h=" + pt(i.rect.height) + "\n";
  }
};

}  // namespace

std::string write_trace(const Document& doc) {
  std::string out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    out += "page " + std::to_string(p + 1) + " label=" + page.label + " " + pt(page.width) + "x" +
           pt(page.height) + "\n";
    for (const auto& item : page.items) std::visit(ItemTracer{out}, item);
  }
  for (const auto& e : doc.outline)
    out += "outline " + std::to_string(e.level) + " p" + std::to_string(e.page + 1) + " " +
           e.title + "\n";
  return out;
}

}  // namespace paiban::page
