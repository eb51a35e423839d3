// Nothing leaves its column (docs/typography.md R5): typesets manuscripts
// with the installed fonts, as `paiban render` does, and checks every glyph
// (its advance box, as set or as the font gives it; the ink of an adjustable
// CJK punctuation mark, whose blanks a line edge trims) against the column
// it was set in (page::Page::text_frames). A glyph whose baseline lies in no
// column (running heads, folios) must lie inside the trimmed page. Exit 0
// when every glyph of every manuscript is inside.
//
//   column_check MANUSCRIPT...
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/environment.h"
#include "base/utf8.h"
#include "cli/render.h"
#include "text/char_class.h"
#include "text/font_face.h"

namespace {

using paiban::Length;

constexpr double kTolerance = 0.05;  // pt: rounding of positions, nothing more

struct Stats {
  int glyphs = 0;
  int outside = 0;
};

class InkCache {
 public:
  const paiban::text::FontFace& face(const paiban::page::FaceRef& id) {
    auto& slot = faces_[{id.path, id.face_index}];
    if (!slot) slot = std::make_unique<paiban::text::FontFace>(env_, id.path, id.face_index);
    return *slot;
  }

 private:
  paiban::SystemEnvironment env_;
  std::map<std::pair<std::string, int>, std::unique_ptr<paiban::text::FontFace>> faces_;
};

std::string where(int page, std::string_view text, double x0, double x1, double y) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "page %d, baseline %.2f pt, set %.2f–%.2f pt: ", page + 1, y, x0,
                x1);
  return buf + std::string(text);
}

Stats check(const paiban::page::PagedDocument& doc, const std::string& name, InkCache& inks) {
  Stats stats;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const paiban::page::Page& page = doc.pages[p];
    for (const auto& item : page.items) {
      const auto* run = std::get_if<paiban::page::GlyphRun>(&item);
      if (!run) continue;
      const paiban::text::FontFace& face = inks.face(run->font);
      if (!face.ok()) {
        std::cerr << name << ": cannot load " << run->font.path.str() << "\n";
        ++stats.outside;
        continue;
      }
      Length pen = run->origin.x;
      char32_t cluster_char = 0;  // first character of the glyph's cluster
      for (const auto& g : run->glyphs) {
        if (!g.text.empty()) {
          std::size_t at = 0;
          cluster_char = paiban::utf8_next(g.text, at);
        }
        const paiban::text::InkBounds ink = face.ink(g.id);
        const Length origin = pen + g.x_offset;
        const Length box_left = pen, box_right = pen + g.advance;
        pen += g.advance;
        // Spaces have no ink; a mark of no advance (a keycap's enclosing
        // circle) is checked with the character it belongs to.
        if (ink.empty || g.advance <= Length::zero()) continue;
        ++stats.glyphs;
        // What the glyph occupies: its advance box, the room the line set
        // it in or, where that is narrower, the glyph's own advance from
        // the font (the width a PDF reader gives it: a Latin letter that
        // kept the kern of a pair broken by the line end reaches past the
        // measure by the kern). Han ink
        // overshooting the em box by a hair, or a j's hook left of its pen,
        // is no part of it. An adjustable CJK punctuation mark gives its
        // blanks to a line edge (a line-start （, a line-end ，): it
        // occupies its ink within the box.
        const Length own_advance =
            paiban::font_units(face.advance(g.id), face.units_per_em(), run->size);
        double x0 = box_left.to_pt(), x1 = std::max(box_right, origin + own_advance).to_pt();
        if (paiban::text::is_adjustable_punctuation(paiban::text::classify(cluster_char))) {
          x0 = std::max(
              x0, (origin + paiban::font_units(ink.x_min, face.units_per_em(), run->size)).to_pt());
          x1 = std::min(
              x1, (origin + paiban::font_units(ink.x_max, face.units_per_em(), run->size)).to_pt());
        }
        const double y = (run->origin.y - g.y_offset).to_pt();
        const double mid = (x0 + x1) / 2;
        // The column the glyph was set in: the frame holding its baseline
        // and the middle of its ink.
        const paiban::Rect* frame = nullptr;
        bool in_a_band = false;
        for (const auto& f : page.text_frames) {
          if (y < f.y.to_pt() - kTolerance || y > f.bottom().to_pt() + kTolerance) continue;
          in_a_band = true;
          if (mid >= f.x.to_pt() && mid <= f.right().to_pt()) frame = &f;
        }
        bool inside;
        if (frame)
          inside = x0 >= frame->x.to_pt() - kTolerance && x1 <= frame->right().to_pt() + kTolerance;
        else if (in_a_band)
          inside = false;  // beside every column, in the gap or the margin
        else               // page furniture
          inside = x0 >= -kTolerance && x1 <= page.width.to_pt() + kTolerance;
        if (inside) continue;
        if (++stats.outside <= 20)
          std::cerr << name
                    << ": outside its column: " << where(static_cast<int>(p), g.text, x0, x1, y)
                    << "\n";
      }
    }
  }
  return stats;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: column_check MANUSCRIPT...\n";
    return 2;
  }
  paiban::SystemEnvironment env;
  InkCache inks;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    paiban::cli::RenderArgs args;
    args.manuscript = argv[i];
    std::ostringstream err, out;
    const char* plugin_path = std::getenv("PAIBAN_PLUGIN_PATH");
    const paiban::cli::RenderContext ctx{env, plugin_path ? plugin_path : "", err, out};
    const paiban::cli::Typeset t = paiban::cli::typeset(args, ctx);
    if (t.exit_code != paiban::cli::kSuccess) {
      std::cerr << argv[i] << ": does not render (exit " << t.exit_code << ")\n" << err.str();
      ++failed;
      continue;
    }
    int frames = 0;
    for (const auto& page : t.pages.pages) frames += static_cast<int>(page.text_frames.size());
    const Stats s = check(t.pages, argv[i], inks);
    std::cout << argv[i] << ": " << t.pages.pages.size() << " pages, " << frames << " columns, "
              << s.glyphs << " glyphs, " << s.outside << " outside their column\n";
    if (s.outside > 0 || frames == 0 || s.glyphs == 0) ++failed;
  }
  return failed > 0 ? 1 : 0;
}
