// Numeric keys with ranges that make sense for print (issue 12): each value
// out of range is one error at its file:line:col, in check-style and render
// alike (both go through load_stylesheet).
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

const Diagnostic& only_error(const Diagnostics& diags) {
  EXPECT_EQ(error_count(diags), 1) << diags.format_all();
  for (const auto& d : diags.items())
    if (d.severity == Severity::error) return d;
  static Diagnostic none;
  return none;
}

TEST(Ranges, ZeroLineHeightIsAnError) {
  Diagnostics diags;
  load_text("[styles.body]\nline_height = \"0pt\"\n", diags);
  const Diagnostic& d = only_error(diags);
  EXPECT_EQ(d.message, "styles.body.line_height: must be larger than 0");
  EXPECT_EQ(d.span.line, 2);
  EXPECT_EQ(d.span.column, 15);
}

TEST(Ranges, LineHeightBelowTheSizeIsAnErrorUnlessTheStyleSaysSo) {
  Diagnostics diags;
  load_text("[styles.title]\nsize = \"20pt\"\nline_height = \"18pt\"\n", diags);
  const Diagnostic& d = only_error(diags);
  EXPECT_EQ(d.message,
            "styles.title.line_height: 18pt is less than the size (20pt); the lines would overlap");
  EXPECT_EQ(d.span.line, 3);

  Diagnostics tight;
  StyleSheet sheet = load_text(
      "[styles.title]\nsize = \"20pt\"\nline_height = \"18pt\"\ntight_leading = true\n", tight);
  EXPECT_EQ(error_count(tight), 0) << tight.format_all();
  EXPECT_EQ(sheet.styles.at("title").line_height, Length::pt(18));
  EXPECT_TRUE(sheet.styles.at("title").tight_leading);

  // A line height equal to the size is set solid: allowed.
  Diagnostics solid;
  load_text("[styles.title]\nsize = \"20pt\"\nline_height = \"20pt\"\n", solid);
  EXPECT_EQ(error_count(solid), 0) << solid.format_all();
}

TEST(Ranges, InheritedLineHeightTooSmallForALargerSizeIsReportedOnce) {
  Diagnostics diags;
  // body's 12pt pitch is inherited by h4 (the builtin h1-h3 set their own
  // line height) at 16pt: the clash is at h4.
  load_text(
      "[styles.body]\nsize = \"10pt\"\nline_height = \"12pt\"\n[styles.h4]\nsize = \"16pt\"\n",
      diags);
  ASSERT_GE(error_count(diags), 1);
  EXPECT_NE(diags.format_all().find("styles.h4.line_height: 12pt is less than the size (16pt)"),
            std::string::npos)
      << diags.format_all();
}

TEST(Ranges, BleedOverTwentyMillimetresIsAnError) {
  Diagnostics diags;
  load_text("[print]\nbleed = \"10000pt\"\n", diags);
  const Diagnostic& d = only_error(diags);
  EXPECT_EQ(d.message,
            "print.bleed: 10000pt (3527.8 mm) is more than the most allowed, 56.693pt (20 mm)");
  EXPECT_EQ(d.span.line, 2);
  Diagnostics ok;
  StyleSheet sheet = load_text("[print]\nbleed = \"20mm\"\n", ok);
  EXPECT_EQ(error_count(ok), 0) << ok.format_all();
  EXPECT_EQ(sheet.print.bleed, Length::mm(20));
}

TEST(Ranges, PageSizeWithinWhatPressesTake) {
  Diagnostics wide;
  load_text("[page]\nwidth = \"5000mm\"\n", wide);
  EXPECT_NE(only_error(wide).message.find("page.width: 14173.2pt (5000 mm) is more than"),
            std::string::npos);
  Diagnostics tiny;
  load_text("[page]\nheight = \"5mm\"\n", tiny);
  EXPECT_NE(only_error(tiny).message.find("page.height: must be at least 56.6929pt (20 mm)"),
            std::string::npos)
      << tiny.format_all();
}

TEST(Ranges, ColumnsAndGridCharacters) {
  Diagnostics columns;
  load_text("[page]\ncolumns = 9\n", columns);
  EXPECT_NE(only_error(columns).message.find("page.columns: 9 is outside the allowed range 1–8"),
            std::string::npos);
  // One character wide: every line would break at every character.
  Diagnostics one_char;
  load_text("[page.grid]\nchars = 1\n", one_char);
  ASSERT_GE(error_count(one_char), 1);
  const Diagnostic& d = one_char.items()[0];
  EXPECT_NE(d.message.find("hold fewer than 4 body characters"), std::string::npos) << d.message;
  EXPECT_EQ(d.span.line, 2);
  Diagnostics huge;
  load_text("[page.grid]\nchars = 1000\n", huge);
  EXPECT_NE(only_error(huge).message.find("outside the allowed range 0–200"), std::string::npos);
}

}  // namespace
}  // namespace paiban::style
