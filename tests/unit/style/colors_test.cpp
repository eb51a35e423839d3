// Print colours: CMYK, grey, spot, names; RGB refused.
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

StyleSheet load_ok(const std::string& text) {
  Diagnostics diags;
  StyleSheet sheet = load_text(text, diags);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  return sheet;
}

// The first diagnostic for a style sheet that should have exactly one error.
Diagnostic only_error(const std::string& text) {
  Diagnostics diags;
  load_text(text, diags);
  EXPECT_EQ(error_count(diags), 1) << diags.format_all();
  return diags.empty() ? Diagnostic{} : diags.items()[0];
}

TEST(Colors, CmykTableAndFunction) {
  StyleSheet sheet = load_ok(R"x(
[colors]
red = { c = 0, m = 91, y = 76, k = 0 }
key = { k = 100 }
mix = "cmyk(10, 20, 30.5, 40)"
)x");
  EXPECT_EQ(sheet.colors.at("red"), Color::cmyk(0, 0.91, 0.76, 0));
  EXPECT_EQ(sheet.colors.at("key"), Color::cmyk(0, 0, 0, 1));  // a missing ink is 0
  EXPECT_EQ(sheet.colors.at("mix"), Color::cmyk(0.10, 0.20, 0.305, 0.40));
  EXPECT_EQ(sheet.colors.at("black"), Color::black());  // predefined
  EXPECT_EQ(sheet.colors.at("white"), Color::white());
}

TEST(Colors, Gray) {
  StyleSheet sheet = load_ok("[colors]\na = { gray = 60 }\nb = \"gray(25)\"\nc = \"grey(100)\"\n");
  EXPECT_EQ(sheet.colors.at("a"), Color::gray(0.6));
  EXPECT_EQ(sheet.colors.at("b"), Color::gray(0.25));
  EXPECT_EQ(sheet.colors.at("c"), Color::gray(1));
}

TEST(Colors, Spot) {
  StyleSheet sheet = load_ok(
      "[colors]\npms = { spot = \"PANTONE 185 C\", cmyk = [0, 91, 76, 0], tint = 50 }\n"
      "full = { spot = \"HKS 13\", cmyk = [0, 100, 100, 0] }\n");
  const Color& pms = sheet.colors.at("pms");
  EXPECT_EQ(pms.space, Color::Space::spot);
  EXPECT_EQ(pms.spot_name, "PANTONE 185 C");
  EXPECT_EQ(pms.components[0], 0.5);
  EXPECT_EQ(pms.spot_cmyk, (std::array<double, 4>{0, 0.91, 0.76, 0}));
  EXPECT_EQ(sheet.colors.at("full").components[0], 1.0);  // tint defaults to 100
}

TEST(Colors, NamesFromColorsTable) {
  StyleSheet sheet = load_ok(R"x(
[colors]
brand = "cmyk(100,70,0,10)"
[styles.h1]
color = "brand"
)x");
  EXPECT_EQ(sheet.styles.at("h1").color, Color::cmyk(1, 0.7, 0, 0.1));
  EXPECT_EQ(sheet.styles.at("body").color, Color::black());
}

TEST(Colors, RgbIsRefusedForThePrintShop) {
  Diagnostic d = only_error("[styles.h1]\ncolor = \"#ff0000\"\n");
  EXPECT_EQ(d.message,
            "styles.h1.color: RGB colour \"#ff0000\" refused: the print shop needs CMYK");
  EXPECT_EQ(d.span.line, 2);
  EXPECT_EQ(d.span.column, 9);
  ASSERT_EQ(d.hints.size(), 2u);
  EXPECT_EQ(d.hints[1],
            "a naive conversion gives \"cmyk(0,100,100,0)\"; check it against a printed proof");

  d = only_error("[colors]\nsky = { r = 0, g = 128, b = 255 }\n");
  EXPECT_EQ(d.message, "colors.sky: RGB colour { b = … } refused: the print shop needs CMYK");

  d = only_error("[colors]\nsky = \"rgb(0, 0, 255)\"\n");
  EXPECT_EQ(d.message,
            "colors.sky: RGB colour \"rgb(0, 0, 255)\" refused: the print shop needs CMYK");
  EXPECT_EQ(d.hints[1],
            "a naive conversion gives \"cmyk(100,100,0,0)\"; check it against a printed proof");
}

TEST(Colors, Mistakes) {
  EXPECT_EQ(only_error("[colors]\na = { c = 0, m = 0, y = 0, k = 120 }\n").message,
            "colors.a.k: 120 is outside 0–100 (colours are given in percent of ink)");
  EXPECT_EQ(only_error("[colors]\na = \"cmyk(1,2,3)\"\n").message,
            "colors.a: \"cmyk(1,2,3)\" should be cmyk(c,m,y,k) with ink percentages from 0 to 100");
  EXPECT_EQ(
      only_error("[colors]\nblue = \"cmyk(100,50,0,0)\"\n[styles.h1]\ncolor = \"bleu\"\n").message,
      "styles.h1.color: unknown colour \"bleu\"; did you mean \"blue\"?");
  EXPECT_EQ(only_error("[colors]\na = \"black\"\n").message,
            "colors.a: \"black\" is a name, but a [colors] entry must give its inks");
  Diagnostic d = only_error("[colors]\na = { c = 0, mm = 10 }\n");
  EXPECT_EQ(d.message, "colors.a: unknown colour key \"mm\"; did you mean \"m\"?");
  EXPECT_EQ(d.span.column, 14);
  EXPECT_EQ(only_error("[colors]\na = { gray = 10, k = 10 }\n").message,
            "colors.a: key \"k\" does not belong with \"gray\"");
  EXPECT_EQ(only_error("[colors]\na = { spot = \"X\" }\n").message,
            "colors.a: a spot colour needs cmyk = [c, m, y, k], its look in proofs");
  EXPECT_EQ(only_error("[colors]\na = 100\n").message,
            "colors.a: expected a colour, got integer 100");
}

}  // namespace
}  // namespace paiban::style
