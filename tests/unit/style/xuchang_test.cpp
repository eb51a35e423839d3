// styles/xuchang.toml, the house style of 《许昌竞争情报快递》, loads cleanly
// and says what it means to say.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::MemoryEnv;

MemoryEnv house_env() {
  std::ifstream in(std::string(PAIBAN_SOURCE_DIR) + "/styles/xuchang.toml", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  MemoryEnv env;
  env.files["styles/xuchang.toml"] = text.str();
  return env;
}

TEST(Xuchang, LoadsWithoutDiagnostics) {
  MemoryEnv env = house_env();
  ASSERT_FALSE(env.files.at("styles/xuchang.toml").empty());
  Diagnostics diags;
  load_stylesheet("styles/xuchang.toml", env, diags);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
}

TEST(Xuchang, Styles) {
  MemoryEnv env = house_env();
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("styles/xuchang.toml", env, diags);
  const TextStyle& body = sheet.styles.at("body");
  EXPECT_EQ(body.size, Length::pt(10.5));
  EXPECT_EQ(body.line_height, Length::pt(16.8));
  EXPECT_EQ(body.first_line_indent, Length::pt(21));
  EXPECT_EQ(body.font, "song");
  EXPECT_EQ(body.latin_font, "latin_serif");
  const TextStyle& h1 = sheet.styles.at("h1");
  EXPECT_EQ(h1.font, "hei_bold");
  EXPECT_EQ(h1.size, Length::pt(16));  // the article plugin's section head, above h2
  EXPECT_EQ(h1.space_before, Length::pt(16.8));
  EXPECT_EQ(h1.first_line_indent, Length::zero());
  EXPECT_TRUE(h1.keep_with_next);
  const TextStyle& h2 = sheet.styles.at("h2");
  EXPECT_EQ(h2.font, "hei_bold");
  EXPECT_EQ(h2.size, Length::pt(15));
  EXPECT_EQ(sheet.styles.at("h3").size, Length::pt(12));
  EXPECT_EQ(sheet.styles.at("h4").size, Length::pt(10.5));
  for (const char* h : {"h3", "h4"}) {
    EXPECT_EQ(sheet.styles.at(h).font, "hei_bold") << h;
    EXPECT_TRUE(sheet.styles.at(h).keep_with_next) << h;
  }
  // Section names on bands and in the editor's box stay 四号.
  EXPECT_EQ(sheet.styles.at("section_band").size, Length::pt(14));
  EXPECT_EQ(sheet.styles.at("section_head").size, Length::pt(14));
  EXPECT_EQ(sheet.styles.at("code").background, "code_tint");
  const TextStyle& note = sheet.styles.at("note");
  EXPECT_EQ(note.font, "kai");
  EXPECT_EQ(note.size, Length::pt(10.5));
  EXPECT_EQ(note.first_line_indent, Length::pt(21));
  EXPECT_EQ(note.line_height, Length::pt(16.8));
  EXPECT_EQ(sheet.styles.at("running_head").size, Length::pt(9));
}

TEST(Xuchang, Fonts) {
  MemoryEnv env = house_env();
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("styles/xuchang.toml", env, diags);
  auto only = [&](const std::string& role) { return sheet.fonts.at(role).chain.at(0); };
  EXPECT_EQ(only("song").family, "Noto Serif CJK SC");
  EXPECT_EQ(only("hei").family, "Noto Sans CJK SC");
  EXPECT_EQ(only("hei_bold").family, "Noto Sans CJK SC");
  EXPECT_EQ(only("hei_bold").style, "Bold");
  EXPECT_EQ(only("kai").family, "LXGW WenKai");
  EXPECT_EQ(only("latin_serif").family, "Noto Serif CJK SC");
  EXPECT_EQ(only("latin_sans").family, "Noto Sans CJK SC");
}

TEST(Xuchang, PagesOnTheGrid) {
  MemoryEnv env = house_env();
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("styles/xuchang.toml", env, diags);
  for (const char* name : {"first", "left", "right"}) {
    const PageMaster& m = sheet.masters.at(name);
    EXPECT_EQ(m.width, Length::mm(210));
    EXPECT_EQ(m.height, Length::mm(297));
    Length area = m.width - m.margin_inner - m.margin_outer;
    EXPECT_EQ(area, Length::pt(10.5) * 46);  // 46 characters of 五号 = 170.4 mm
    EXPECT_NEAR(m.margin_inner.to_mm(), 19.8, 0.01);
    EXPECT_EQ(m.margin_top, Length::mm(22));
    Length tall = m.height - m.margin_top - m.margin_bottom;
    EXPECT_EQ(tall, Length::pt(10.5) + Length::pt(16.8) * 42);  // 43 lines
  }
  EXPECT_FALSE(sheet.masters.at("first").header.enabled);
  EXPECT_EQ(sheet.masters.at("left").header.left, "{title}");
  EXPECT_EQ(sheet.masters.at("left").header.right, "{issue}");
  EXPECT_TRUE(sheet.masters.at("left").header.rule);
  EXPECT_EQ(sheet.masters.at("left").footer.left, "{page}");
  EXPECT_EQ(sheet.masters.at("left").footer.center, "");
  EXPECT_EQ(sheet.masters.at("right").footer.right, "{page}");
  EXPECT_EQ(sheet.print.bleed, Length::mm(3));
}

TEST(Xuchang, Sections) {
  MemoryEnv env = house_env();
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet("styles/xuchang.toml", env, diags);
  ASSERT_EQ(sheet.sections.size(), 6u);
  // The masthead has no `match`: it is composed once, before the sections.
  EXPECT_EQ(sheet.sections[0].match, "");
  EXPECT_EQ(sheet.sections[0].plugin, "masthead");
  EXPECT_EQ(sheet.sections[1].match, "编者的话");
  EXPECT_EQ(sheet.sections[1].plugin, "editors_note");
  EXPECT_EQ(sheet.sections[2].match, "行业动态");
  EXPECT_EQ(sheet.sections[2].plugin, "industry_news");
  EXPECT_EQ(sheet.sections[3].match, "行业趋势");
  EXPECT_EQ(sheet.sections[3].plugin, "industry_trends");
  EXPECT_EQ(sheet.sections[4].match, "经济数据");
  EXPECT_EQ(sheet.sections[4].plugin, "data_brief");
  EXPECT_TRUE(sheet.sections[4].optional);  // not every issue has a data section
  EXPECT_FALSE(sheet.sections[3].optional);
  EXPECT_EQ(option_string(sheet.sections[1].options, "frame"), "tint");
  EXPECT_EQ(sheet.sections[1].options.at("frame").span.file, "styles/xuchang.toml");
  EXPECT_EQ(option_int(sheet.sections[2].options, "columns"), 2);
  // Options stay uninterpreted here: "6pt" is still text until the plugin
  // stage checks it against the plugin's declarations.
  EXPECT_EQ(option_string(sheet.sections[0].options, "band_padding"), "6pt");
}

TEST(Xuchang, CheckStyleFindsEveryFontInstalled) {
  MemoryEnv env = house_env();
  env.fonts = {{"Noto Serif CJK SC", "Regular"},
               {"Noto Sans CJK SC", "Regular"},
               {"Noto Sans CJK SC", "Bold"},
               {"LXGW WenKai", "Regular"},
               {"Noto Sans Mono CJK SC", "Regular"}};
  Diagnostics diags = check_stylesheet("styles/xuchang.toml", env);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  env.fonts.erase({"Noto Sans CJK SC", "Bold"});
  diags = check_stylesheet("styles/xuchang.toml", env);
  ASSERT_EQ(diags.size(), 2u) << diags.format_all();  // hei_bold and latin_sans_bold
  EXPECT_EQ(diags.items()[0].message,
            "font role \"hei_bold\": no installed font has family \"Noto Sans CJK SC\" with style "
            "\"Bold\"");
  EXPECT_EQ(diags.items()[0].span.file, "styles/xuchang.toml");
  EXPECT_GT(diags.items()[0].span.line, 0);
}

}  // namespace
}  // namespace paiban::style
