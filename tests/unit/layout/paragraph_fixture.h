// Sets paragraphs with a code-built style sheet and pinned fonts.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/utf8.h"
#include "layout/paragraph/paragraph.h"
#include "support/pinned_environment.h"

namespace paiban::testing {

inline style::StyleSheet test_sheet() {
  style::StyleSheet sheet;
  sheet.path = "test.toml";
  sheet.fonts["song"] = {"song", {{"Noto Serif CJK SC", "Regular"}}, false, {}};
  sheet.fonts["hei"] = {"hei", {{"Noto Sans CJK SC", "Regular"}}, false, {}};
  sheet.fonts["kai"] = {"kai", {{"LXGW WenKai", "Regular"}}, false, {}};
  style::TextStyle body;
  body.name = "body";
  body.size = Length::pt(10);
  body.line_height = Length::pt(16);
  sheet.styles["body"] = body;
  return sheet;
}

class ParagraphTest : public ::testing::Test {
 protected:
  ParagraphTest()
      : sheet_(test_sheet()), fonts_(sheet_, env_, diags_), setter_(sheet_, fonts_, diags_) {}

  std::vector<layout::SetLine> set(const std::string& text, double measure_em,
                                   Length indent = Length::zero(),
                                   style::Alignment align = style::Alignment::justify) {
    style::TextStyle st = sheet_.styles["body"];
    st.first_line_indent = indent;
    st.align = align;
    InlineRun run;
    run.text = text;
    return setter_.set({run}, st, st.size.scaled(measure_em), {"t.md", 1, 1});
  }
  static std::string utf8(const std::u32string& s) {
    std::string out;
    for (char32_t c : s) utf8_append(out, c);
    return out;
  }
  static std::vector<std::string> texts(const std::vector<layout::SetLine>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(utf8(l.text));
    return out;
  }
  // x of every glyph (pen position) on a line, in em of 10 pt.
  static std::vector<double> pen_em(const layout::SetLine& line) {
    std::vector<double> xs;
    for (const auto& run : line.runs) {
      Length x = run.origin.x;
      for (const auto& g : run.glyphs) {
        xs.push_back(x.to_pt() / 10.0);
        x += g.advance;
      }
    }
    return xs;
  }

  PinnedEnvironment env_;
  Diagnostics diags_;
  style::StyleSheet sheet_;
  text::FontLibrary fonts_;
  layout::ParagraphSetter setter_;
};

}  // namespace paiban::testing
