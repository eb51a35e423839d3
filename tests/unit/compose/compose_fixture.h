// Lays out flows with a code-built style sheet, pinned fonts and a small
// page, and reads the result back as lines of text with their positions.
//
// Geometry: pages 300 × 400 pt; margins top 40, bottom 40, inner 40, outer
// 20 → type area 240 × 320 pt; body 10 pt on a 16 pt grid → 20 lines per
// column; two columns with a 20 pt gap are 110 pt = 11 characters wide.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "layout/compose/compose_pages.h"
#include "layout/flow/flow_builder.h"
#include "layout/paragraph/paragraph.h"
#include "support/pinned_environment.h"
#include "support/test_images.h"
#include "text/font_library.h"

namespace paiban::testing {

using layout::FlowBuilder;

inline constexpr double kPageW = 300, kPageH = 400;
inline constexpr double kTop = 40, kBottom = 40, kInner = 40, kOuter = 20;
inline constexpr double kPitch = 16, kBodySize = 10;
inline constexpr int kLinesPerColumn = 20;
// The grid starts half a body leading above the type area, so the first
// line's em box starts at the type area's top: (320 + 6) / 16 → 20 lines.
inline constexpr double kGridTop = kTop - 3;
inline constexpr double kColumnWidth = 110, kGap = 20;
// Body baseline below its grid line: (16 − 10) / 2 + 0.88 × 10.
inline constexpr double kBaselineOffset = 3 + 8.8;

inline style::TextStyle make_style(const std::string& name, const std::string& font, double size,
                                   double line_height) {
  style::TextStyle st;
  st.name = name;
  st.font = font;
  st.size = Length::pt(size);
  st.line_height = Length::pt(line_height);
  return st;
}

inline style::PageMaster make_master(const std::string& name) {
  style::PageMaster m;
  m.name = name;
  m.width = Length::pt(kPageW);
  m.height = Length::pt(kPageH);
  m.margin_top = Length::pt(kTop);
  m.margin_bottom = Length::pt(kBottom);
  m.margin_inner = Length::pt(kInner);
  m.margin_outer = Length::pt(kOuter);
  m.column_gap = Length::pt(kGap);
  m.header.style = "running";
  m.header.offset = Length::pt(12);
  m.header.rule = true;
  m.footer.style = "running";
  m.footer.offset = Length::pt(20);
  m.footer.center = "{page}";
  if (name == "right") {
    m.header.left = "{title}";
    m.header.right = "{section}";
  } else {
    m.header.left = "{section}";
    m.header.right = "{issue}";
  }
  return m;
}

inline style::StyleSheet compose_sheet() {
  style::StyleSheet sheet;
  sheet.path = "test.toml";
  sheet.fonts["song"] = {"song", {{"Noto Serif CJK SC", "Regular"}}, false, {}};
  sheet.fonts["hei"] = {"hei", {{"Noto Sans CJK SC", "Regular"}}, false, {}};
  sheet.fonts["kai"] = {"kai", {{"LXGW WenKai", "Regular"}}, false, {}};
  sheet.fonts["mono"] = {"mono", {{"Noto Sans Mono CJK SC", "Regular"}}, false, {}};
  sheet.styles["body"] = make_style("body", "song", kBodySize, kPitch);
  sheet.styles["h1"] = make_style("h1", "hei", 16, 24);
  sheet.styles["h2"] = make_style("h2", "hei", 12, 16);
  sheet.styles["caption"] = make_style("caption", "kai", 9, 14);
  sheet.styles["small"] = make_style("small", "kai", 9, 13);
  sheet.styles["running"] = make_style("running", "song", 8, 12);
  sheet.styles["box_title"] = make_style("box_title", "hei", 10, 16);
  sheet.styles["toc"] = make_style("toc", "song", 10, 16);
  sheet.styles["toc"].align = style::Alignment::left;
  sheet.styles["pull"] = make_style("pull", "kai", 12, 18);
  sheet.styles["code"] = make_style("code", "mono", 10, kPitch);
  sheet.styles["code"].latin_font = "mono";
  sheet.styles["code"].align = style::Alignment::left;
  sheet.styles["code"].left_indent = Length::pt(5);
  sheet.styles["code"].background = "tint";
  for (const char* name : {"first", "left", "right"}) sheet.masters[name] = make_master(name);
  sheet.colors["tint"] = Color::cmyk(0, 0, 0, 0.1);
  sheet.colors["frame"] = Color::cmyk(1, 0.5, 0, 0);
  return sheet;
}

// A run of Han text: `count` copies of `ch` (one character per paragraph
// makes every line say which paragraph it belongs to).
inline std::vector<InlineRun> han(const std::string& ch, int count) {
  InlineRun run;
  for (int i = 0; i < count; ++i) run.text += ch;
  run.span = {"tour.md", 1, 1};
  return {run};
}

inline std::vector<InlineRun> words(const std::string& text) {
  InlineRun run;
  run.text = text;
  run.span = {"tour.md", 1, 1};
  return {run};
}

// A real PNG (libpng), as the image reader reads it.
inline std::string png_header(uint32_t w, uint32_t h, uint8_t colour_type = 2) {
  return make_png(static_cast<int>(w), static_cast<int>(h), colour_type);
}

// A line of text as it stands on a page.
struct PageLine {
  int page = 0;  // 0-based
  double x = 0;  // left end, pt
  double y = 0;  // baseline, pt
  double right = 0;
  double size = 0;  // of its first run
  std::string text;
};

// A list paragraph's item: its level (1 = outermost), whether its list is
// numbered, its number, and whether it shows a marker.
inline ListItemSpec list_item(int level, bool ordered = false, int number = 1, bool marker = true) {
  ListItemSpec s;
  s.level = level;
  s.ordered = ordered;
  s.number = number;
  s.marker = marker;
  return s;
}

// A glyph run as it stands on a page: its origin (pt), size, text and the
// sum of its glyphs' advances.
// A table cell and a row of plain text cells, each spanning one column.
inline TableCell text_cell(const std::string& text) {
  return TableCell{words(text), 1};
}

inline TableRow text_row(const std::vector<std::string>& texts, bool header = false) {
  TableRow r;
  r.header = header;
  for (const auto& t : texts) r.cells.push_back(text_cell(t));
  return r;
}

struct PlacedRun {
  int page = 0;  // 0-based
  double x = 0, y = 0, size = 0;
  std::string text;
  double width = 0;
  page::Artifact artifact = page::Artifact::none;
};

inline std::vector<PlacedRun> placed_runs(const page::PagedDocument& doc) {
  std::vector<PlacedRun> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const auto& it : doc.pages[p].items)
      if (const auto* r = std::get_if<page::GlyphRun>(&it)) {
        PlacedRun run{.page = static_cast<int>(p),
                      .x = r->origin.x.to_pt(),
                      .y = r->origin.y.to_pt(),
                      .size = r->size.to_pt(),
                      .text = {},
                      .width = 0,
                      .artifact = r->artifact};
        for (const auto& g : r->glyphs) {
          run.text += g.text;
          run.width += g.advance.to_pt();
        }
        out.push_back(std::move(run));
      }
  return out;
}

class ComposeTest : public ::testing::Test {
 public:
  ComposeTest()
      : sheet_(compose_sheet()), fonts_(sheet_, env_, diags_), setter_(sheet_, fonts_, diags_) {
    env_.add_file("issue/pictures/wide.png", png_header(400, 300));
    meta_.title = "许昌通讯";
    meta_.issue = "2025年第1期";
    meta_.date = "2025-01-06";
    meta_.publisher = "许昌市科协";
  }

  page::PagedDocument compose(FlowBuilder& flow) {
    return layout::compose_pages(flow.flow(), sheet_, setter_, fonts_, meta_, env_, diags_);
  }

  // Every line of text in the type area (running heads and folios left
  // out), grouped from glyph runs on one baseline less than 12 pt apart
  // (the column gap is 20 pt).
  static std::vector<PageLine> body_lines(const page::PagedDocument& doc) {
    return lines_where(doc, [](double y) { return y > kTop && y < kPageH - kBottom; });
  }
  template <class Pred>
  static std::vector<PageLine> lines_where(const page::PagedDocument& doc, Pred keep) {
    std::vector<PageLine> out;
    const std::vector<PlacedRun> runs = placed_runs(doc);
    auto run = runs.begin();
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
      std::vector<PageLine> lines;
      for (; run != runs.end() && run->page == static_cast<int>(p); ++run) {
        if (!keep(run->y)) continue;
        auto it = std::find_if(lines.begin(), lines.end(), [&](const PageLine& l) {
          return std::abs(l.y - run->y) < 0.01 && run->x >= l.x - 0.01 && run->x <= l.right + 12.0;
        });
        if (it == lines.end()) {
          lines.push_back({run->page, run->x, run->y, run->x + run->width, run->size, run->text});
        } else {
          it->text += run->text;
          it->right = std::max(it->right, run->x + run->width);
        }
      }
      // Reading order: column by column, top to bottom.
      std::stable_sort(lines.begin(), lines.end(), [](const PageLine& a, const PageLine& b) {
        const int ca = column_of(a), cb = column_of(b);
        return ca < cb || (ca == cb && a.y < b.y);
      });
      out.insert(out.end(), lines.begin(), lines.end());
    }
    return out;
  }

  // x of column c's left edge on a page (odd page numbers bind on the left).
  static double column_x(int page, int column) {
    const double left = page % 2 == 0 ? kInner : kOuter;
    return left + column * (kColumnWidth + kGap);
  }
  // Which column a line stands in.
  static int column_of(const PageLine& l) {
    const double left = l.page % 2 == 0 ? kInner : kOuter;
    return l.x >= left + kColumnWidth + kGap / 2 ? 1 : 0;
  }
  static int grid_line(double baseline) {
    return static_cast<int>(std::lround((baseline - kGridTop - kBaselineOffset) / kPitch));
  }

  PinnedEnvironment env_;
  Diagnostics diags_;
  style::StyleSheet sheet_;
  text::FontLibrary fonts_;
  layout::ParagraphSetter setter_;
  IssueMeta meta_;
};

}  // namespace paiban::testing
