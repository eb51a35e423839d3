// Lengths and 号 sizes (engine/style/units.h) and their use in style sheets.
#include <gtest/gtest.h>

#include "memory_env.h"
#include "style/units.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

Length parse_ok(std::string_view text, const LengthContext& ctx = default_length_context()) {
  std::string error;
  auto len = parse_length(text, ctx, &error);
  EXPECT_TRUE(len.has_value()) << text << ": " << error;
  return len.value_or(Length::pt(-999));
}

std::string parse_error(std::string_view text) {
  std::string error;
  EXPECT_FALSE(parse_length(text, default_length_context(), &error).has_value()) << text;
  return error;
}

TEST(Units, AbsoluteUnits) {
  EXPECT_EQ(parse_ok("10.5pt"), Length::pt(10.5));
  EXPECT_EQ(parse_ok("3mm"), Length::mm(3));
  EXPECT_EQ(parse_ok("1cm"), Length::mm(10));
  EXPECT_EQ(parse_ok("1in"), Length::pt(72));
  EXPECT_EQ(parse_ok("0.5in").sp, 36 * kSpPerPt);
  EXPECT_EQ(parse_ok(".5pt"), Length::pt(0.5));
  EXPECT_EQ(parse_ok("-3mm"), Length::mm(-3));
  EXPECT_EQ(parse_ok("12 pt"), Length::pt(12));
  EXPECT_EQ(parse_ok(" 12pt "), Length::pt(12));
  EXPECT_EQ(parse_ok("0"), Length::zero());
}

TEST(Units, EmAndZiAreTheContextSize) {
  LengthContext ctx = default_length_context();
  EXPECT_EQ(parse_ok("2字", ctx), Length::pt(21));
  EXPECT_EQ(parse_ok("1em", ctx), Length::pt(10.5));
  ctx.em = Length::pt(12);
  EXPECT_EQ(parse_ok("2字", ctx), Length::pt(24));
  EXPECT_EQ(parse_ok("1.5em", ctx), Length::pt(18));
  EXPECT_EQ(parse_ok("0.5 字", ctx), Length::pt(6));
}

TEST(Units, EveryHaoNameHasTheCtexWordValue) {
  const std::vector<std::pair<std::string, double>> expected{
      {"初号", 42},  {"小初", 36},  {"一号", 26},  {"小一", 24}, {"二号", 22},   {"小二", 18},
      {"三号", 16},  {"小三", 15},  {"四号", 14},  {"小四", 12}, {"五号", 10.5}, {"小五", 9},
      {"六号", 7.5}, {"小六", 6.5}, {"七号", 5.5}, {"八号", 5}};
  ASSERT_EQ(size_names().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(size_names()[i], expected[i].first);
    EXPECT_EQ(parse_ok(expected[i].first), Length::pt(expected[i].second)) << expected[i].first;
  }
}

TEST(Units, HaoNamesWithAndWithoutHao) {
  EXPECT_EQ(parse_ok("五"), Length::pt(10.5));
  EXPECT_EQ(parse_ok("小五号"), Length::pt(9));
  EXPECT_EQ(parse_ok("初"), Length::pt(42));
  EXPECT_EQ(parse_ok("小初号"), Length::pt(36));
  EXPECT_EQ(canonical_size_name("三"), "三号");
  EXPECT_EQ(canonical_size_name("小四号"), "小四");
  EXPECT_FALSE(canonical_size_name("九号").has_value());
}

TEST(Units, CustomSizeTable) {
  LengthContext ctx = default_length_context();
  ctx.size_table_pt["三号"] = 15.75;  // clreq letterpress row
  EXPECT_EQ(parse_ok("三号", ctx), Length::pt(15.75));
  EXPECT_EQ(parse_ok("三", ctx), Length::pt(15.75));
  LengthContext empty;
  std::string error;
  EXPECT_FALSE(parse_length("五号", empty, &error));
}

TEST(Units, ErrorsSayWhatIsAllowed) {
  EXPECT_EQ(parse_error("12px"),
            "unknown unit \"px\" in \"12px\": use pt, mm, cm, in, em or 字 (px is a screen unit; "
            "print needs physical sizes)");
  EXPECT_EQ(parse_error("12PT"),
            "unknown unit \"PT\" in \"12PT\": use pt, mm, cm, in, em or 字 (units are lower case)");
  EXPECT_EQ(parse_error("12"), "\"12\" has no unit: write e.g. \"12pt\", \"12mm\" or \"12字\"");
  EXPECT_EQ(
      parse_error("九号"),
      "\"九号\" is neither a length like \"10.5pt\" nor a size name like \"五号\" or \"小四\"");
  EXPECT_EQ(parse_error("1e3pt"),
            "unknown unit \"e3pt\" in \"1e3pt\": use pt, mm, cm, in, em or 字");
  EXPECT_EQ(parse_error(""), "empty length: write a number and a unit, e.g. \"10.5pt\" or \"3mm\"");
  EXPECT_EQ(parse_error("-pt"), "\"-pt\" does not start with a number; write e.g. \"10.5pt\"");
  EXPECT_EQ(parse_error("99999999mm"), "\"99999999mm\" is too large for a length on paper");
  std::string error;
  EXPECT_FALSE(parse_length("3furlongs", default_length_context(), nullptr));  // no out-param
}

TEST(Units, AbsoluteOnlyRules) {
  std::string error;
  LengthRules absolute{false, false};
  EXPECT_FALSE(parse_length_with("2字", default_length_context(), absolute, &error));
  EXPECT_EQ(error, "\"2字\" is relative; use an absolute unit here: pt, mm, cm or in");
  EXPECT_FALSE(parse_length_with("五号", default_length_context(), absolute, &error));
  EXPECT_EQ(parse_length_with("11pt", default_length_context(), absolute, &error), Length::pt(11));
}

TEST(UnitsInSheet, SizesTableChangesEveryHaoName) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[sizes]
"五号" = "11pt"
"三" = "15.75pt"
)x",
                               diags);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(sheet.units.size_table_pt.at("五号"), 11);
  EXPECT_EQ(sheet.units.size_table_pt.at("三号"), 15.75);
  EXPECT_EQ(sheet.units.size_table_pt.at("小五"), 9);       // untouched entries keep ctex values
  EXPECT_EQ(sheet.styles.at("body").size, Length::pt(11));  // body defaults to 五号
  EXPECT_EQ(sheet.units.em, Length::pt(11));
}

TEST(UnitsInSheet, SizesTableRefusesRelativeAndUnknownNames) {
  Diagnostics diags;
  load_text("[sizes]\n\"三号\" = \"2em\"\n\"九号\" = \"4pt\"\n\"五好\" = \"4pt\"\n", diags);
  ASSERT_EQ(error_count(diags), 3) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "sizes.\"三号\": \"2em\" is relative; use an absolute unit here: pt, mm, cm or in");
  EXPECT_EQ(diags.items()[0].span.line, 2);
  EXPECT_EQ(diags.items()[0].span.column, 8);
  EXPECT_EQ(diags.items()[1].message, "unknown size name \"九号\" in [sizes]");
  EXPECT_EQ(diags.items()[2].message, "unknown size name \"五好\" in [sizes]");
}

TEST(UnitsInSheet, ZiAndEmFollowTheStylesOwnSize) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[styles.big]
size = "20pt"

[styles.bigger]
size = "1.5em"
based_on = "big"

[styles.same]
based_on = "bigger"
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const TextStyle& big = sheet.styles.at("big");
  EXPECT_EQ(big.first_line_indent, Length::pt(40));  // inherited "2字" read at 20pt
  EXPECT_EQ(big.line_height, Length::pt(32));        // default "1.6em" at 20pt
  const TextStyle& bigger = sheet.styles.at("bigger");
  EXPECT_EQ(bigger.size, Length::pt(30));  // em in `size` = the based_on style's size
  EXPECT_EQ(bigger.first_line_indent, Length::pt(60));
  // A size inherits as a value: "1.5em" does not compound down the chain.
  EXPECT_EQ(sheet.styles.at("same").size, Length::pt(30));
  // Outside [styles], em is the body size.
  EXPECT_EQ(sheet.masters.at("right").column_gap, Length::pt(21));
}

TEST(UnitsInSheet, TopLevelEmFollowsBodySize) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[styles.body]
size = "小四"
[page]
column_gap = "3字"
[page.header]
offset = "2em"
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(sheet.masters.at("left").column_gap, Length::pt(36));
  EXPECT_EQ(sheet.masters.at("left").header.offset, Length::pt(24));
  EXPECT_EQ(sheet.styles.at("h1").first_line_indent, Length::zero());
  EXPECT_EQ(sheet.styles.at("quote").left_indent, Length::pt(24));  // built-in "2字" at 小四
}

}  // namespace
}  // namespace paiban::style
