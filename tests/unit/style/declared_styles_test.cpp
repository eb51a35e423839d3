// Text styles a plugin declares (paiban/options.h, TextStyleDecl): its
// defaults sit under the editor's sheet and over the built-in base, so the
// sheet overrides them key by key; declared values are checked like the
// sheet's own, and a bad declaration is reported as the plugin's bug.
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

// "event_date" based on body, 小五, no indent (docs/plugins.md, "Text styles").
std::vector<PluginStyles> events_plugin() {
  return {{"events",
           "/plugins/libevents.so",
           {{"event_date",
             "dates of the events",
             {{"based_on", "\"body\""}, {"size", "\"小五\""}, {"first_line_indent", "\"0\""}}}}}};
}

StyleSheet load(const std::string& text, Diagnostics& diags,
                const std::vector<PluginStyles>& declared) {
  testing::MemoryEnv env;
  env.files["sheet.toml"] = text;
  return load_stylesheet("sheet.toml", env, diags, declared);
}

TEST(DeclaredStyles, APluginsStyleHasItsDefaultsInASheetThatDoesNotNameIt) {
  Diagnostics diags;
  const StyleSheet sheet = load("[styles.body]\nsize = \"五号\"\n", diags, events_plugin());
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  ASSERT_EQ(sheet.styles.count("event_date"), 1u);
  const TextStyle& s = sheet.styles.at("event_date");
  EXPECT_EQ(s.size, Length::pt(9));                // 小五
  EXPECT_EQ(s.first_line_indent, Length::zero());  // declared: no indent
  EXPECT_EQ(s.line_height, Length::pt(9 * 1.6));   // body's 1.6em, re-read at 小五
  EXPECT_EQ(s.font, "song");                       // from body
  EXPECT_EQ(s.align, Alignment::justify);
  // Without the plugin the style does not exist.
  Diagnostics none;
  EXPECT_EQ(load("", none, {}).styles.count("event_date"), 0u);
}

TEST(DeclaredStyles, TheSheetOverridesADeclaredStyleKeyByKey) {
  Diagnostics diags;
  const StyleSheet sheet =
      load("[styles.event_date]\nsize = \"小四\"\nfont = \"hei\"\nalign = \"right\"\n", diags,
           events_plugin());
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const TextStyle& s = sheet.styles.at("event_date");
  EXPECT_EQ(s.size, Length::pt(12));               // the sheet's 小四 wins over 小五
  EXPECT_EQ(s.font, "hei");                        // the sheet's
  EXPECT_EQ(s.align, Alignment::right);            // the sheet's
  EXPECT_EQ(s.first_line_indent, Length::zero());  // the plugin's, not body's 2字
  EXPECT_EQ(s.span.file, "sheet.toml");            // the sheet's table is where it was written
}

TEST(DeclaredStyles, TheSheetMayRebaseADeclaredStyle) {
  Diagnostics diags;
  const StyleSheet sheet = load("[styles.event_date]\nbased_on = \"h2\"\n", diags, events_plugin());
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const TextStyle& s = sheet.styles.at("event_date");
  EXPECT_EQ(s.font, "hei");                        // from h2 now
  EXPECT_TRUE(s.keep_with_next);                   // from h2
  EXPECT_EQ(s.size, Length::pt(9));                // still the plugin's 小五
  EXPECT_EQ(s.first_line_indent, Length::zero());  // still the plugin's
}

TEST(DeclaredStyles, RelativeDefaultsAreReadAtTheStylesOwnSize) {
  std::vector<PluginStyles> p = events_plugin();
  p[0].styles[0].keys.back().second = "\"2字\"";  // first_line_indent
  Diagnostics diags;
  const StyleSheet sheet = load("", diags, p);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(sheet.styles.at("event_date").first_line_indent, Length::pt(18));  // 2 × 9pt
}

TEST(DeclaredStyles, ABadDeclaredValueIsThePluginsBugAndNamesIt) {
  std::vector<PluginStyles> p = events_plugin();
  p[0].styles[0].keys = {{"size", "\"七七号\""}, {"fnt", "\"hei\""}, {"based_on", "\"nobody\""}};
  Diagnostics diags;
  const StyleSheet sheet = load("", diags, p);
  ASSERT_EQ(diags.size(), 3u) << diags.format_all();
  for (const auto& d : diags.items()) {
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.plugin, "events");
    EXPECT_EQ(d.span.file, "/plugins/libevents.so");
    EXPECT_EQ(d.message.rfind("text style declared by plugin 'events': ", 0), 0u) << d.message;
  }
  const std::string all = diags.format_all();
  EXPECT_NE(all.find("styles.event_date.size"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown key \"fnt\" in [styles.event_date]; did you mean \"font\"?"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("no style \"nobody\""), std::string::npos) << all;
  // The style still exists, with body's values where the declaration was wrong.
  EXPECT_EQ(sheet.styles.at("event_date").size, Length::pt(10.5));
}

TEST(DeclaredStyles, APluginCannotRedeclareABuiltinStyleAndTheFirstOfTwoWins) {
  std::vector<PluginStyles> p = events_plugin();
  p[0].styles.push_back({"h1", "", {{"size", "\"初号\""}}});
  p[0].styles.push_back({"bad name", "", {}});
  p.push_back(
      {"calendar", "/plugins/libcalendar.so", {{"event_date", "", {{"size", "\"一号\""}}}}});
  Diagnostics diags;
  const StyleSheet sheet = load("", diags, p);
  ASSERT_EQ(diags.size(), 3u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "plugin 'events' declares the text style \"h1\", which the built-in base defines; a "
            "plugin declares only styles of its own (the style sheet changes the built-in ones)");
  EXPECT_EQ(diags.items()[0].span.file, "/plugins/libevents.so");
  EXPECT_EQ(diags.items()[1].message,
            "plugin 'events' declares a text style named \"bad name\"; a style name is letters, "
            "digits, '_' and '-' only");
  EXPECT_EQ(diags.items()[2].severity, Severity::warning);
  EXPECT_EQ(diags.items()[2].message,
            "plugin 'calendar' declares the text style \"event_date\", which plugin 'events' "
            "declares too; the first declaration is used");
  EXPECT_EQ(sheet.styles.at("h1").size, Length::pt(16));         // 三号, untouched
  EXPECT_EQ(sheet.styles.at("event_date").size, Length::pt(9));  // the first plugin's
}

}  // namespace
}  // namespace paiban::style
