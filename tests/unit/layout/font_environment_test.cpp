// The text stage opens its fonts through the Environment like every other
// input (issue 10, point 4): an environment with no file behind a font's
// path can still serve it, and the paragraph is shaped with that face.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "base/font_files.h"
#include "layout/paragraph/paragraph.h"
#include "support/pinned_environment.h"
#include "text/font_library.h"

namespace paiban::testing {
namespace {

// The test fonts, with LXGW WenKai served from memory under a path that
// does not exist; every face asked for is noted.
class MemoryFontEnvironment : public PinnedEnvironment {
 public:
  static constexpr const char* kPath = "/in-memory/WenKai.ttf";
  MemoryFontEnvironment() {
    std::ifstream in(PAIBAN_WENKAI, std::ios::binary);
    wenkai_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    pin_font("LXGW WenKai", "Regular", {kPath, 0});
  }
  std::shared_ptr<const SharedFace> open_face(const std::string& path, int face_index,
                                              FontFileProblem* problem,
                                              std::string* damage = nullptr) const override {
    asked.insert(path);
    if (path == kPath) return face_from_bytes(wenkai_, face_index, problem);
    return PinnedEnvironment::open_face(path, face_index, problem, damage);
  }
  mutable std::set<std::string> asked;

 private:
  std::string wenkai_;
};

TEST(FontEnvironment, TheTextStageOpensItsFontsThroughTheEnvironment) {
  ASSERT_FALSE(std::ifstream(MemoryFontEnvironment::kPath).good());
  style::StyleSheet sheet;
  sheet.path = "test.toml";
  sheet.fonts["kai"] = {"kai", {{"LXGW WenKai", "Regular"}}, false, {}};
  style::TextStyle body;
  body.name = "body";
  body.size = Length::pt(10);
  body.line_height = Length::pt(16);
  body.font = "kai";
  sheet.styles["body"] = body;
  MemoryFontEnvironment env;
  Diagnostics diags;
  text::FontLibrary fonts(sheet, env, diags);
  layout::ParagraphSetter setter(sheet, fonts, diags);
  InlineRun run;
  run.text = "永和九年";
  const auto lines = setter.set({run}, body, Length::pt(200), {"t.md", 1, 1});
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_FALSE(lines[0].runs.empty());
  EXPECT_EQ(lines[0].runs[0].font.path, MemoryFontEnvironment::kPath);
  EXPECT_EQ(lines[0].runs[0].glyphs.size(), 4u);
  for (const auto& g : lines[0].runs[0].glyphs) EXPECT_NE(g.id, 0u);  // no .notdef
  EXPECT_EQ(env.asked.count(MemoryFontEnvironment::kPath), 1u);
  EXPECT_FALSE(diags.has_errors());
}

TEST(FontEnvironment, AFaceTheEnvironmentCannotOpenIsNotUsed) {
  MemoryFontEnvironment env;
  style::StyleSheet sheet;
  Diagnostics diags;
  text::FontLibrary fonts(sheet, env, diags);
  EXPECT_EQ(fonts.load({"/in-memory/none.ttf", 0}), nullptr);
  EXPECT_EQ(env.asked.count("/in-memory/none.ttf"), 1u);
  ASSERT_NE(fonts.load({MemoryFontEnvironment::kPath, 0}), nullptr);
}

}  // namespace
}  // namespace paiban::testing
