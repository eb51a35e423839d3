// Mistakes editors make: each reported with file:line:col and what to do,
// all of them in one run, never a crash.
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

TEST(Errors, UnknownKeyWithSuggestionAndPosition) {
  Diagnostics diags;
  load_text("[print]\ncrop_marks = true\n  bleeed = \"3mm\"\n", diags);
  ASSERT_EQ(diags.size(), 1u) << diags.format_all();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.message, "unknown key \"bleeed\" in [print]; did you mean \"bleed\"?");
  EXPECT_EQ(d.span.file, "sheet.toml");
  EXPECT_EQ(d.span.line, 3);
  EXPECT_EQ(d.span.column, 3);
  EXPECT_EQ(format_diagnostic(d).substr(0, 70),
            "sheet.toml:3:3: error: unknown key \"bleeed\" in [print]; did you mean \"");
  ASSERT_EQ(d.hints.size(), 1u);
  EXPECT_EQ(d.hints[0].substr(0, 36), "keys allowed here: bleed, crop_marks");
}

TEST(Errors, UnknownKeysEverywhere) {
  Diagnostics diags;
  load_text(R"x(
colour = "black"
[styles.h1]
szie = "四号"
[masters.left.header]
lef = "{page}"
[[section]]
plugin = "a"
matc = "甲"
)x",
            diags);
  ASSERT_EQ(diags.size(), 4u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "unknown key \"colour\" at the top level; did you mean \"colors\"?");
  EXPECT_EQ(diags.items()[1].message,
            "unknown key \"szie\" in [styles.h1]; did you mean \"size\"?");
  EXPECT_EQ(diags.items()[2].message,
            "unknown key \"lef\" in [masters.left.header]; did you mean \"left\"?");
  EXPECT_EQ(diags.items()[3].message,
            "unknown key \"matc\" in [[section]]; did you mean \"match\"?");
  // [stlyes.body] is an empty table under a misspelt name.
  Diagnostics more;
  load_text("[stlyes.body]\nsize = \"五号\"\n", more);
  ASSERT_EQ(more.size(), 1u);
  EXPECT_EQ(more.items()[0].message,
            "unknown key \"stlyes\" at the top level; did you mean \"styles\"?");
  EXPECT_EQ(more.items()[0].span.line, 1);
  EXPECT_EQ(more.items()[0].span.column, 2);
}

TEST(Errors, FourMistakesAllReportedInFileOrder) {
  Diagnostics diags;
  load_text(R"x([styles.body]
size = "12px"
algin = "left"
[styles.h1]
font = "heii"
[typography]
kinsoku = "loose"
)x",
            diags);
  ASSERT_EQ(diags.size(), 4u) << diags.format_all();
  struct Want {
    int line, column;
    std::string message;
  };
  std::vector<Want> want{
      {2, 8,
       "styles.body.size: unknown unit \"px\" in \"12px\": use pt, mm, cm, in, em or 字 (px is a "
       "screen unit; print needs physical sizes)"},
      {3, 1, "unknown key \"algin\" in [styles.body]; did you mean \"align\"?"},
      {5, 8, "styles.h1.font: no font role \"heii\"; did you mean \"hei\"?"},
      {7, 11, "typography.kinsoku: unknown value \"loose\""},
  };
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Diagnostic& d = diags.items()[i];
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.span.file, "sheet.toml");
    EXPECT_EQ(d.span.line, want[i].line) << d.message;
    EXPECT_EQ(d.span.column, want[i].column) << d.message;
    EXPECT_EQ(d.message, want[i].message);
  }
  EXPECT_EQ(
      diags.items()[2].hints[0],
      "[fonts] defines \"hei\", \"kai\", \"mono\" or \"song\"; define \"heii\" there or use one of "
      "those");
  EXPECT_EQ(diags.items()[3].hints[0], "allowed values: \"basic\", \"gb\" or \"strict\"");
}

TEST(Errors, WrongTypes) {
  Diagnostics diags;
  load_text(R"x(
[styles.body]
size = 12
keep_with_next = "yes"
[page]
columns = 2.5
[page.header]
rule_width = 0.5
[typography]
cjk_latin_space = "0.25"
widows = 20
)x",
            diags);
  ASSERT_EQ(diags.size(), 6u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "styles.body.size: expected a size like \"10.5pt\" or \"五号\", got integer 12");
  EXPECT_EQ(diags.items()[0].hints[0],
            "lengths are strings with a unit: write \"12pt\" or \"12mm\"");
  EXPECT_EQ(diags.items()[1].message,
            "styles.body.keep_with_next: expected true or false, got string \"yes\"");
  EXPECT_EQ(diags.items()[2].message,
            "page.columns: expected a whole number like 2, got number 2.5");
  EXPECT_EQ(diags.items()[3].message,
            "page.header.rule_width: expected a length like \"3mm\", \"10.5pt\" or \"2字\", got "
            "number 0.5");
  EXPECT_EQ(diags.items()[4].message,
            "typography.cjk_latin_space: expected a number like 0.25, got string \"0.25\"");
  EXPECT_EQ(diags.items()[5].message, "typography.widows: 20 is outside the allowed range 1–10");
}

TEST(Errors, TableWhereAValueBelongsAndViceVersa) {
  Diagnostics diags;
  load_text("page = \"A4\"\n[styles]\nbody = \"song\"\n", diags);
  ASSERT_EQ(diags.size(), 2u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "page: expected a table, written [page] or page = { … }, got string \"A4\"");
  EXPECT_EQ(diags.items()[1].message,
            "styles.body: expected a table, written [styles.body] or styles.body = { … }, got "
            "string \"song\"");
}

TEST(Errors, SyntaxErrorPosition) {
  Diagnostics diags;
  StyleSheet sheet = load_text("[page]\nsize = \"A4\"\nmargins.top = 20mm\n", diags);
  ASSERT_EQ(diags.size(), 1u) << diags.format_all();
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.span.file, "sheet.toml");
  EXPECT_EQ(d.span.line, 3);
  EXPECT_EQ(d.span.column, 17);
  EXPECT_EQ(d.message.substr(0, 12), "TOML syntax:");
  EXPECT_EQ(sheet.styles.at("body").size, Length::pt(10.5));  // defaults still stand
}

TEST(Errors, ReferencesToUndefinedNames) {
  Diagnostics diags;
  load_text(R"x(
[styles.note]
based_on = "bdy"
latin_font = "latn"
[page.header]
style = "runing_head"
left = "{titel} {page}"
right = "{issue"
)x",
            diags);
  ASSERT_EQ(diags.size(), 5u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "styles.note.based_on: no style \"bdy\"; did you mean \"body\"?");
  EXPECT_EQ(diags.items()[1].message, "styles.note.latin_font: no font role \"latn\"");
  EXPECT_EQ(diags.items()[2].message,
            "page.header.style: no style \"runing_head\"; did you mean \"running_head\"?");
  EXPECT_EQ(diags.items()[3].message,
            "page.header.left: unknown placeholder {titel}; did you mean \"title\"?");
  EXPECT_EQ(diags.items()[4].message, "page.header.right: \"{\" without \"}\" in \"{issue\"");
}

TEST(Errors, BasedOnCycleAndBodyBasedOn) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[styles.body]
based_on = "h1"
[styles.a]
based_on = "b"
size = "20pt"
[styles.b]
based_on = "a"
)x",
                               diags);
  ASSERT_EQ(diags.size(), 2u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "styles.body.based_on: body is the root style; its unset keys take the documented "
            "defaults");
  EXPECT_EQ(diags.items()[1].message, "styles.b.based_on: cycle a → b → a");
  EXPECT_EQ(diags.items()[1].span.line, 8);
  EXPECT_EQ(sheet.styles.at("b").size, Length::pt(10.5));  // fell back to body
  EXPECT_EQ(sheet.styles.at("a").size, Length::pt(20));
}

TEST(Errors, FontChains) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[fonts.mixed]
family = ["Noto Serif CJK SC", { family = "LXGW WenKai", style = "Bold" }]
style = "Light"
[fonts.none]
fake_bold = true
[fonts.bad]
family = [{ famly = "X" }]
)x",
                               diags);
  ASSERT_EQ(error_count(diags), 3) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "missing \"family\" in [fonts.none]: fontconfig family names, first choice first: "
            "\"Noto Serif CJK SC\" or [\"Noto Serif CJK SC\", { family = \"LXGW WenKai\", style = "
            "\"Regular\" }].");
  const FontRole& mixed = sheet.fonts.at("mixed");
  ASSERT_EQ(mixed.chain.size(), 2u);
  EXPECT_EQ(mixed.chain[0].family, "Noto Serif CJK SC");
  EXPECT_EQ(mixed.chain[0].style, "Light");
  EXPECT_EQ(mixed.chain[1].style, "Bold");
  EXPECT_TRUE(sheet.fonts.at("none").fake_bold);
}

TEST(Errors, GarbageNeverCrashes) {
  const std::vector<std::string> inputs{
      std::string("\0\xff\xfe[", 4),
      std::string(300, '['),
      "a = [" + std::string(200, '[') + std::string(200, ']') + "]",
      "[styles.\"\"]\nsize = \"五号\"\n",
      "[[styles]]\n",
      "[[section]]\n[[section.options]]\n",
      "section = [1, 2]\n",
      "[sizes]\n\"五\" = \"3pt\"\n\"五号\" = \"4pt\"\n",
      "[styles.x]\nsize = \"-3pt\"\n[styles.y]\nsize = \"0\"\n",
      "[page]\nwidth = \"0mm\"\n",
  };
  for (const auto& input : inputs) {
    Diagnostics diags;
    StyleSheet sheet = load_text(input, diags);
    EXPECT_TRUE(diags.has_errors()) << input;
    EXPECT_EQ(sheet.styles.count("body"), 1u);
    EXPECT_EQ(sheet.masters.count("right"), 1u);
  }
}

}  // namespace
}  // namespace paiban::style
