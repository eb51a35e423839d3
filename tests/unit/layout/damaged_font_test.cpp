// A font file whose tables fail HarfBuzz's sanitizers — a broken loca or
// cmap, as in a truncated download or a bad copy that fontconfig finds
// first — is skipped with one warning naming the file, and the next font of
// the role's chain sets the text (issue 12, point 3). The damaged copies
// are made here from a real font; nothing big is committed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

#include "paragraph_fixture.h"
#include "support/font_tables.h"

namespace paiban::testing {
namespace {

namespace fs = std::filesystem;

// A copy of the single-font file `source` with table `tag` overwritten by
// `fill` bytes (its directory entry, checksum aside, left as it was).
std::string damaged_copy(const std::string& source, const char* tag, char fill,
                         const fs::path& out) {
  std::ifstream in(source, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_GT(bytes.size(), 12u);
  EXPECT_TRUE(overwrite_table(bytes, tag, fill)) << tag << " not in " << source;
  std::ofstream(out, std::ios::binary) << bytes;
  return out.string();
}

class DamagedFontTest : public ParagraphTest {
 protected:
  static void SetUpTestSuite() {
    folder_ = fs::temp_directory_path() / ("paiban-damaged-fonts-" + std::to_string(::getpid()));
    fs::create_directories(folder_);
    // loca all 0xFF: every glyph's outline lies past the end of glyf.
    broken_loca_ = damaged_copy(PAIBAN_WENKAI, "loca", '\xff', folder_ / "WenKai-loca.ttf");
    // cmap all zeros: HarfBuzz's sanitizer rejects it, no character maps.
    broken_cmap_ = damaged_copy(PAIBAN_WENKAI, "cmap", '\0', folder_ / "WenKai-cmap.ttf");
  }
  static void TearDownTestSuite() { fs::remove_all(folder_); }

  // The kai role: the damaged file first, then Noto Serif CJK.
  void chain_with(const std::string& damaged) {
    env_.pin_font("Damaged Kai", "Regular", {damaged, 0});
    sheet_.fonts["kai"] = {"kai",
                           {{"Damaged Kai", "Regular"}, {"Noto Serif CJK SC", "Regular"}},
                           false,
                           {"test.toml", 7, 1}};
    sheet_.styles["body"].font = "kai";
  }
  std::vector<std::string> faces_used(const std::vector<layout::SetLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines)
      for (const auto& run : line.runs) out.push_back(run.font.path);
    return out;
  }
  std::vector<std::string> warnings() const {
    std::vector<std::string> out;
    for (const auto& d : diags_.items()) {
      EXPECT_NE(d.severity, Severity::error) << format_diagnostic(d);
      if (d.severity == Severity::warning) out.push_back(format_diagnostic(d));
    }
    return out;
  }

  static inline fs::path folder_;
  static inline std::string broken_loca_, broken_cmap_;
};

TEST_F(DamagedFontTest, TheRealFontIsHealthy) {
  FontFileProblem problem = FontFileProblem::none;
  EXPECT_TRUE(FontFiles::shared().open(PAIBAN_WENKAI, 0, &problem));
  EXPECT_EQ(problem, FontFileProblem::none);
  EXPECT_TRUE(FontFiles::shared().open(PAIBAN_NOTO_SERIF_CJK, 2, &problem));
  EXPECT_EQ(problem, FontFileProblem::none);
}

TEST_F(DamagedFontTest, ABrokenLocaIsDamagedAndNamed) {
  FontFileProblem problem = FontFileProblem::none;
  std::string damage;
  EXPECT_FALSE(FontFiles::shared().open(broken_loca_, 0, &problem, &damage));
  EXPECT_EQ(problem, FontFileProblem::damaged);
  EXPECT_NE(damage.find("glyph outlines do not load"), std::string::npos) << damage;
}

TEST_F(DamagedFontTest, ABrokenLocaIsSkippedTheNextFaceSetsTheTextAndOneWarning) {
  chain_with(broken_loca_);
  auto lines = set("编者的话：本刊立足许昌。", 30);
  auto more = set("第二段也用楷体。", 30);  // the same role again: no second warning
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(texts(lines).front(), "编者的话：本刊立足许昌。");
  for (const auto& path : faces_used(lines)) EXPECT_EQ(path, PAIBAN_NOTO_SERIF_CJK);
  for (const auto& path : faces_used(more)) EXPECT_EQ(path, PAIBAN_NOTO_SERIF_CJK);
  // Every glyph has an outline: nothing is set blank.
  const text::FontFace* noto = fonts_.load({PAIBAN_NOTO_SERIF_CJK, 2});
  ASSERT_NE(noto, nullptr);
  for (const auto& run : lines.front().runs)
    for (const auto& g : run.glyphs) EXPECT_FALSE(noto->ink(g.id).empty);
  fonts_.chain("kai", true);  // the bold chain reads the same file
  const auto warned = warnings();
  ASSERT_EQ(warned.size(), 1u);
  EXPECT_NE(warned[0].find("test.toml:7:1: warning: font file '" + broken_loca_ +
                           "' (face 0), family 'Damaged Kai' of role 'kai', is damaged"),
            std::string::npos)
      << warned[0];
  EXPECT_NE(warned[0].find("the next font is used"), std::string::npos);
}

// The house kai role names one family. When that file is damaged, the text
// must not vanish with a warning (the 编者的话 box was set blank, exit 0):
// fontconfig's preferred face of the role's class stands in, said once.
TEST_F(DamagedFontTest, ARoleWhoseOnlyFontIsDamagedGetsAStandIn) {
  env_.pin_font("Damaged Kai", "Regular", {broken_loca_, 0});
  sheet_.fonts["kai"] = {"kai", {{"Damaged Kai", "Regular"}}, false, {"test.toml", 7, 1}};
  sheet_.styles["body"].font = "kai";
  auto lines = set("编者的话：本刊立足许昌，Kai2025。", 30);
  fonts_.chain("kai", true);  // the bold chain: no second stand-in warning
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(texts(lines).front(), "编者的话：本刊立足许昌，Kai2025。");
  std::size_t glyphs = 0;
  for (const auto& run : lines.front().runs) {
    EXPECT_NE(run.font.path, broken_loca_);
    const text::FontFace* face = fonts_.load({run.font.path, run.font.face_index});
    ASSERT_NE(face, nullptr) << run.font.path;
    for (const auto& g : run.glyphs) {
      ++glyphs;
      if (!g.text.empty() && g.text != " ") {
        EXPECT_FALSE(face->ink(g.id).empty) << g.text;
      }
    }
  }
  EXPECT_GE(glyphs, 20u);
  const auto warned = warnings();
  ASSERT_EQ(warned.size(), 2u);
  EXPECT_NE(warned[0].find("is damaged"), std::string::npos) << warned[0];
  EXPECT_NE(
      warned[1].find("test.toml:7:1: warning: no font of role 'kai' can be used; font file '"),
      std::string::npos)
      << warned[1];
  EXPECT_NE(warned[1].find("sets its text instead"), std::string::npos) << warned[1];
}

TEST_F(DamagedFontTest, ABrokenCmapIsSkippedWithAWarning) {
  chain_with(broken_cmap_);
  auto lines = set("稿件正文。", 30);
  ASSERT_FALSE(lines.empty());
  for (const auto& path : faces_used(lines)) EXPECT_EQ(path, PAIBAN_NOTO_SERIF_CJK);
  const auto warned = warnings();
  ASSERT_EQ(warned.size(), 1u);
  EXPECT_NE(warned[0].find("its cmap table (characters to glyphs) does not load"),
            std::string::npos)
      << warned[0];
}

}  // namespace
}  // namespace paiban::testing
