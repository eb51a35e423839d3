// A [[section]] entry's options against its plugin's declarations: every
// error at the value's own file:line:col, defaults filled in, lengths
// converted.
#include <gtest/gtest.h>

#include "document_builder.h"
#include "plugin/option_check.h"

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

}  // namespace
}  // namespace paiban::plugin
