// A [[section]] entry's options against its plugin's declarations: every
// error at the value's own file:line:col, defaults filled in, lengths
// converted.
#include <gtest/gtest.h>

#include "document_builder.h"
#include "plugin/option_check.h"
#include "style/option_decl.h"
#include "style/reference.h"

namespace paiban::plugin {
namespace {

using testing::value;
using Type = OptionDecl::Type;

std::vector<OptionDecl> decls() {
  return {
      {"columns", Type::integer, "1", "columns", {}},
      {"frame", Type::string, "\"tint\"", "panel", {"tint", "line", "none"}},
      {"title", Type::string, "", "no default", {}},
      {"rule", Type::boolean, "false", "hairline", {}},
      {"ratio", Type::number, "0.5", "share", {}},
      {"gap", Type::length, "\"6pt\"", "gap", {}},
      {"accent", Type::color, "\"black\"", "colour", {}},
  };
}

style::StyleSheet sheet_with_colours() {
  style::StyleSheet sheet;
  sheet.colors["brand_red"] = Color::cmyk(0, 1, 1, 0);
  sheet.colors["tint_grey"] = Color::gray(0.1);
  sheet.units = style::default_length_context();
  sheet.units.em = Length::pt(12);  // the body size, as the style stage sets it
  return sheet;
}

struct Checked {
  OptionTable table;
  Diagnostics diags;
};

Checked check(const OptionTable& given) {
  static const style::StyleSheet sheet = sheet_with_colours();
  Checked out;
  OptionCheckContext ctx{"industry_news", "行业动态", {"style.toml", 30, 1}, &sheet};
  out.table = check_options(decls(), given, ctx, out.diags);
  return out;
}

TEST(OptionCheck, DefaultsAreFilledInWithTheirTypes) {
  Checked c = check({});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(option_int(c.table, "columns"), 1);
  EXPECT_EQ(option_string(c.table, "frame"), "tint");
  EXPECT_EQ(option_bool(c.table, "rule", true), false);
  EXPECT_DOUBLE_EQ(option_number(c.table, "ratio"), 0.5);
  EXPECT_EQ(option_length(c.table, "gap"), Length::pt(6));
  EXPECT_EQ(option_string(c.table, "accent"), "black");
  EXPECT_EQ(c.table.count("title"), 0u);  // declared without a default
  EXPECT_EQ(c.table.size(), 6u);
  EXPECT_EQ(c.table.at("columns").span.line, 30);  // defaults point at the entry
}

TEST(OptionCheck, WrittenValuesWinAndLengthsAreConverted) {
  Checked c = check({{"columns", value(int64_t{3}, 31, 11)},
                     {"gap", value("2字", 32, 7)},
                     {"ratio", value(int64_t{2}, 33, 9)},
                     {"accent", value("brand_red", 34, 10)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(option_int(c.table, "columns"), 3);
  EXPECT_EQ(option_length(c.table, "gap"), Length::pt(24));  // 2 × the 12pt body size
  EXPECT_DOUBLE_EQ(option_number(c.table, "ratio"), 2.0);    // integer accepted as number
  EXPECT_TRUE(std::holds_alternative<double>(c.table.at("ratio").value));
  EXPECT_EQ(option_string(c.table, "accent"), "brand_red");
  EXPECT_EQ(c.table.at("gap").span.line, 32);
}

TEST(OptionCheck, ALengthMayBeAChineseSizeName) {
  Checked c = check({{"gap", value("小四", 32, 7)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(option_length(c.table, "gap"), Length::pt(12));  // 小四 = 12 pt (docs/typography.md §5)
}

TEST(OptionCheck, AnUnknownOptionSuggestsTheNearestName) {
  Checked c = check({{"colums", value(int64_t{2}, 35, 13)}});
  ASSERT_EQ(c.diags.size(), 1u);
  const Diagnostic& d = c.diags.items()[0];
  EXPECT_EQ(format_diagnostic(d),
            "style.toml:35:13: error: unknown option 'colums' for plugin 'industry_news' "
            "[plugin 'industry_news', section '行业动态']\n"
            "style.toml:35:13: note: did you mean 'columns'?\n"
            "style.toml:35:13: note: plugin 'industry_news' accepts: columns, frame, title, "
            "rule, ratio, gap, accent");
  EXPECT_EQ(option_int(c.table, "columns"), 1);  // the default still arrives
}

TEST(OptionCheck, AnUnknownOptionFarFromAnyNameGetsNoGuess) {
  Checked c = check({{"background", value("x", 36, 1)}});
  ASSERT_EQ(c.diags.size(), 1u);
  ASSERT_EQ(c.diags.items()[0].hints.size(), 1u);
  EXPECT_EQ(c.diags.items()[0].hints[0].rfind("plugin 'industry_news' accepts:", 0), 0u);
}

TEST(OptionCheck, AWrongTypeSaysWhatWasExpectedAndWhatWasGiven) {
  Checked c = check({{"columns", value("2", 37, 11)},
                     {"rule", value(int64_t{1}, 38, 8)},
                     {"gap", value(true, 39, 7)}});
  ASSERT_EQ(c.diags.size(), 3u) << c.diags.format_all();
  // Tables iterate sorted by key: columns, gap, rule.
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:37:11: error: option 'columns' of plugin 'industry_news' must be an "
            "integer, not a string [plugin 'industry_news', section '行业动态']");
  EXPECT_EQ(c.diags.items()[1].message,
            "option 'gap' of plugin 'industry_news' must be a length such as \"6pt\", not a "
            "boolean");
  EXPECT_EQ(c.diags.items()[1].span.line, 39);
  EXPECT_EQ(c.diags.items()[2].message,
            "option 'rule' of plugin 'industry_news' must be true or false, not an integer");
  EXPECT_EQ(c.diags.items()[2].span.column, 8);
  EXPECT_EQ(option_int(c.table, "columns"), 1);  // rejected values fall back to defaults
}

TEST(OptionCheck, AFloatIsNotAnInteger) {
  Checked c = check({{"columns", value(2.0, 40, 11)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags.items()[0].message,
            "option 'columns' of plugin 'industry_news' must be an integer, not a "
            "floating-point number");
}

TEST(OptionCheck, AStringOutsideTheChoicesListsThemAndSuggests) {
  Checked c = check({{"frame", value("tnit", 41, 9)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:41:9: error: option 'frame' of plugin 'industry_news' must be one of "
            "\"tint\", \"line\", \"none\", not \"tnit\" [plugin 'industry_news', section "
            "'行业动态']\n"
            "style.toml:41:9: note: did you mean \"tint\"?");
  EXPECT_EQ(option_string(c.table, "frame"), "tint");
}

TEST(OptionCheck, ABadLengthCarriesTheUnitParsersReason) {
  Checked c = check({{"gap", value("6pp", 42, 7)}, {"columns", value(int64_t{2}, 43, 1)}});
  ASSERT_EQ(c.diags.size(), 1u);
  const Diagnostic& d = c.diags.items()[0];
  EXPECT_EQ(d.span.line, 42);
  EXPECT_EQ(d.span.column, 7);
  EXPECT_EQ(d.message.rfind("option 'gap' of plugin 'industry_news': ", 0), 0u) << d.message;
  EXPECT_GT(d.message.size(), std::string("option 'gap' of plugin 'industry_news': ").size());
}

TEST(OptionCheck, ABareNumberIsALengthOnlyWhenZero) {
  Checked zero = check({{"gap", value(int64_t{0}, 44, 7)}});
  EXPECT_TRUE(zero.diags.empty());
  EXPECT_EQ(option_length(zero.table, "gap"), Length::zero());
  Checked six = check({{"gap", value(int64_t{6}, 45, 7)}});
  ASSERT_EQ(six.diags.size(), 1u);
  EXPECT_EQ(six.diags.items()[0].message,
            "option 'gap' of plugin 'industry_news': a length needs a unit, e.g. \"6pt\", "
            "\"3mm\" or \"2字\"");
}

TEST(OptionCheck, AColourMustBeDefinedInTheStyleSheet) {
  Checked c = check({{"accent", value("brand_rde", 46, 10)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags.items()[0].message,
            "option 'accent' of plugin 'industry_news' names the colour \"brand_rde\", which the "
            "style sheet does not define");
  EXPECT_EQ(c.diags.items()[0].hints,
            (std::vector<std::string>{"did you mean \"brand_red\"?",
                                      "colours are defined under [colors] in the style sheet"}));
}

TEST(OptionCheck, AnArrayOrTableIsNamedAsSuch) {
  OptionValue array = value(std::make_shared<OptionValue::Array>(), 47, 9);
  Checked c = check({{"frame", array}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags.items()[0].message,
            "option 'frame' of plugin 'industry_news' must be a string, not an array");
}

TEST(OptionCheck, ABadDefaultIsReportedAsAPluginBug) {
  std::vector<OptionDecl> bad = {{"count", Type::integer, "two", "", {}}};
  Diagnostics diags;
  OptionCheckContext ctx{"broken", "", {"style.toml", 50, 1}, nullptr};
  OptionTable table = check_options(bad, {}, ctx, diags);
  EXPECT_TRUE(table.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags.items()[0].message,
            "plugin 'broken' declares option 'count' with the default 'two', which is not an "
            "integer");
  EXPECT_EQ(diags.items()[0].span.line, 50);
}

TEST(OptionCheck, APluginWithoutOptionsSaysSo) {
  Diagnostics diags;
  OptionCheckContext ctx{"masthead", "", {"style.toml", 2, 1}, nullptr};
  check_options({}, {{"columns", value(int64_t{2}, 3, 11)}}, ctx, diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags.items()[0].hints, std::vector<std::string>{"plugin 'masthead' takes no options"});
}

// Ranges, units and style names: what a plugin option declares beyond its
// type is checked by the rules and messages of the style sheet's own keys.
std::vector<OptionDecl> ranged() {
  return {
      {"columns", Type::integer, "2", "columns", {}, 1, 3},
      {"share", Type::number, "0.5", "share", {}, 0, 1},
      {"gap", Type::length, "0", "gap", {}, 0},
      {"rule", Type::length, "\"1pt\"", "rule", {}, 0, 12},
      {"trim", Type::length, "\"3mm\"", "trim", {}, 0, 1e300, true},
      {"title_style", Type::style, "\"h1\"", "style", {}},
  };
}

Checked check_ranged(const OptionTable& given) {
  static const style::StyleSheet sheet = [] {
    style::StyleSheet s = sheet_with_colours();
    s.styles["body"].name = "body";
    s.styles["h1"].name = "h1";
    s.styles["news_title"].name = "news_title";
    return s;
  }();
  Checked out;
  OptionCheckContext ctx{"industry_news", "行业动态", {"style.toml", 30, 1}, &sheet};
  out.table = check_options(ranged(), given, ctx, out.diags);
  return out;
}

TEST(OptionCheck, IntegersAndNumbersOutsideTheirRangeAreRefusedAtTheValue) {
  Checked c = check_ranged({{"columns", value(int64_t{4}, 31, 11)}, {"share", value(1.5, 32, 9)}});
  ASSERT_EQ(c.diags.size(), 2u) << c.diags.format_all();
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:31:11: error: option 'columns' of plugin 'industry_news': 4 is outside the "
            "allowed range 1–3 [plugin 'industry_news', section '行业动态']");
  EXPECT_EQ(c.diags.items()[1].message,
            "option 'share' of plugin 'industry_news': 1.5 is outside the allowed range 0–1");
  EXPECT_EQ(c.diags.items()[1].span.line, 32);
  EXPECT_EQ(option_int(c.table, "columns"), 2);  // the default stands in
  EXPECT_DOUBLE_EQ(option_number(c.table, "share"), 0.5);
  Checked edge =
      check_ranged({{"columns", value(int64_t{3}, 31, 11)}, {"share", value(int64_t{1}, 32, 9)}});
  EXPECT_TRUE(edge.diags.empty()) << edge.diags.format_all();
  EXPECT_EQ(option_int(edge.table, "columns"), 3);
}

TEST(OptionCheck, LengthsOutsideTheirRangeAreRefusedInPtAndMm) {
  Checked c = check_ranged({{"gap", value("-2pt", 33, 7)}, {"rule", value("5mm", 34, 8)}});
  ASSERT_EQ(c.diags.size(), 2u) << c.diags.format_all();
  EXPECT_EQ(c.diags.items()[0].message,
            "option 'gap' of plugin 'industry_news': must not be negative");
  EXPECT_EQ(c.diags.items()[1].message,
            "option 'rule' of plugin 'industry_news': 14.1732pt (5 mm) is more than the most "
            "allowed, 12pt (4.2333 mm)");
  EXPECT_EQ(option_length(c.table, "rule"), Length::pt(1));
  // 1字 is 12pt at this sheet's body size: inside the range.
  Checked ok = check_ranged({{"rule", value("1字", 34, 8)}});
  EXPECT_TRUE(ok.diags.empty()) << ok.diags.format_all();
  EXPECT_EQ(option_length(ok.table, "rule"), Length::pt(12));
}

TEST(OptionCheck, AnAbsoluteLengthTakesNoRelativeUnitOrSizeName) {
  Checked rel = check_ranged({{"trim", value("2字", 35, 8)}});
  ASSERT_EQ(rel.diags.size(), 1u);
  EXPECT_EQ(rel.diags.items()[0].message.rfind("option 'trim' of plugin 'industry_news': ", 0), 0u);
  EXPECT_EQ(option_length(rel.table, "trim"), Length::mm(3));
  Checked name = check_ranged({{"trim", value("五号", 35, 8)}});
  EXPECT_EQ(name.diags.size(), 1u);
  Checked mm = check_ranged({{"trim", value("5mm", 35, 8)}});
  EXPECT_TRUE(mm.diags.empty()) << mm.diags.format_all();
  EXPECT_EQ(option_length(mm.table, "trim"), Length::mm(5));
}

TEST(OptionCheck, AStyleOptionMustNameAStyleOfTheSheet) {
  Checked c = check_ranged({{"title_style", value("news_titel", 36, 15)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:36:15: error: option 'title_style' of plugin 'industry_news' names the "
            "text style \"news_titel\", which neither the style sheet defines nor a plugin "
            "declares [plugin 'industry_news', section '行业动态']\n"
            "style.toml:36:15: note: did you mean \"news_title\"?\n"
            "style.toml:36:15: note: define [styles.news_titel] in the style sheet, or name a "
            "style it defines or a plugin declares");
  EXPECT_EQ(option_string(c.table, "title_style"), "h1");
  Checked ok = check_ranged({{"title_style", value("news_title", 36, 15)}});
  EXPECT_TRUE(ok.diags.empty());
  EXPECT_EQ(option_string(ok.table, "title_style"), "news_title");
  Checked wrong = check_ranged({{"title_style", value(int64_t{1}, 36, 15)}});
  ASSERT_EQ(wrong.diags.size(), 1u);
  EXPECT_EQ(wrong.diags.items()[0].message,
            "option 'title_style' of plugin 'industry_news' must be a text style name, not an "
            "integer");
}

TEST(OptionCheck, ADefaultOutsideItsOwnRangeOrChoicesIsAPluginBug) {
  std::vector<OptionDecl> bad = {{"count", Type::integer, "5", "", {}, 1, 3},
                                 {"frame", Type::string, "\"tnit\"", "", {"tint", "none"}},
                                 {"gap", Type::length, "\"-1pt\"", "", {}, 0}};
  Diagnostics diags;
  OptionCheckContext ctx{"broken", "", {"style.toml", 50, 1}, nullptr};
  OptionTable table = check_options(bad, {}, ctx, diags);
  EXPECT_TRUE(table.empty());
  ASSERT_EQ(diags.size(), 3u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "plugin 'broken' declares option 'count' with the default '5', which its own "
            "declaration refuses: 5 is outside the allowed range 1–3");
  EXPECT_EQ(diags.items()[1].message,
            "plugin 'broken' declares option 'frame' with the default '\"tnit\"', which its own "
            "declaration refuses: not one of \"tint\", \"none\"");
  EXPECT_EQ(diags.items()[2].message,
            "plugin 'broken' declares option 'gap' with the default '\"-1pt\"', which its own "
            "declaration refuses: must not be negative");
  EXPECT_EQ(diags.items()[0].hints,
            std::vector<std::string>{"this is a bug in the plugin; report it to its author"});
}

// The same declaration as a style key: the reference writer lists a plugin
// option as docs/style-reference.md lists a key.
TEST(OptionCheck, APluginOptionIsListedLikeAStyleKey) {
  const std::vector<OptionDecl> options = ranged();
  EXPECT_EQ(style::key_table_row(style::key_decl_of(options[0]), "columns"),
            "| `columns` | integer | 1 to 3 | `2` | columns |\n");
  EXPECT_EQ(style::key_table_row(style::key_decl_of(options[2]), "gap"),
            "| `gap` | length (pt mm cm in em 字) | ≥ 0 | `0` | gap |\n");
  EXPECT_EQ(style::key_table_row(style::key_decl_of(options[3]), "rule"),
            "| `rule` | length (pt mm cm in em 字) | 0 to 12 pt | `\"1pt\"` | rule |\n");
  EXPECT_EQ(style::key_table_row(style::key_decl_of(options[4]), "trim"),
            "| `trim` | length (pt mm cm in) | ≥ 0 | `\"3mm\"` | trim |\n");
  EXPECT_EQ(style::key_table_row(style::key_decl_of(options[5]), "title_style"),
            "| `title_style` | style name |  | `\"h1\"` | style |\n");
  EXPECT_EQ(style::key_table_row(style::key_decl_of(decls()[1]), "frame"),
            "| `frame` | enum | `tint`, `line`, `none` | `\"tint\"` | panel |\n");
}

}  // namespace
}  // namespace paiban::plugin
