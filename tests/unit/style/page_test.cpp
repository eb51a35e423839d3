// [page], [masters.*], the grid-sized type area, and [[section]] options.
#include <gtest/gtest.h>

#include "memory_env.h"

namespace paiban::style {
namespace {

using testing::error_count;
using testing::load_text;

TEST(Page, MastersTakePageKeysTheyDoNotSet) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[page]
size = "16开"
columns = 2
[page.margins]
inner = "25mm"
[masters.left]
columns = 3
[masters.cover]
width = "200mm"
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  ASSERT_EQ(sheet.masters.size(), 4u);
  const PageMaster& left = sheet.masters.at("left");
  EXPECT_EQ(left.name, "left");
  EXPECT_EQ(left.width, Length::mm(188));
  EXPECT_EQ(left.height, Length::mm(260));
  EXPECT_EQ(left.columns, 3);
  EXPECT_EQ(left.margin_inner, Length::mm(25));
  EXPECT_EQ(left.margin_outer, Length::mm(20));  // declared default
  EXPECT_EQ(sheet.masters.at("right").columns, 2);
  EXPECT_EQ(sheet.masters.at("cover").width, Length::mm(200));  // width overrides size
  EXPECT_EQ(sheet.masters.at("cover").height, Length::mm(260));
  EXPECT_FALSE(sheet.masters.at("first").header.enabled);  // built-in: no head on page 1
  EXPECT_TRUE(sheet.masters.at("right").header.enabled);
  EXPECT_EQ(sheet.master("nonexistent").name, "right");
}

TEST(Page, GridSizesTheTypeArea) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[page.grid]
chars = 46
lines = 42
[page.margins]
top = "20mm"
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const PageMaster& m = sheet.masters.at("right");
  Length area = Length::pt(10.5) * 46;  // 170.4 mm
  EXPECT_EQ(m.margin_inner + m.margin_outer + area, Length::mm(210));
  EXPECT_NEAR(m.margin_inner.to_mm(), 19.80, 0.01);
  EXPECT_LE(std::abs((m.margin_inner - m.margin_outer).sp), 1);  // centred to the sp
  // docs/typography.md R7: 42 lines of 五号 on 16.8 pt = 10.5 + 41 × 16.8 pt = 246.7 mm.
  Length tall = Length::pt(10.5) + Length::pt(16.8) * 41;
  EXPECT_NEAR(tall.to_mm(), 246.7, 0.05);
  EXPECT_EQ(m.margin_top, Length::mm(20));
  EXPECT_EQ(m.margin_bottom, Length::mm(297) - Length::mm(20) - tall);
}

TEST(Page, GridWithOneMarginGiven) {
  Diagnostics diags;
  StyleSheet sheet =
      load_text("[page.grid]\nchars = 40\n[page.margins]\ninner = \"30mm\"\n", diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const PageMaster& m = sheet.masters.at("left");
  EXPECT_EQ(m.margin_inner, Length::mm(30));
  EXPECT_EQ(m.margin_outer, Length::mm(210) - Length::mm(30) - Length::pt(420));
}

TEST(Page, GridConflictsAndOverflow) {
  Diagnostics diags;
  load_text(R"x(
[page.grid]
chars = 46
[page.margins]
inner = "20mm"
outer = "20mm"
[masters.cover.grid]
lines = 60
)x",
            diags);
  ASSERT_EQ(error_count(diags), 2) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "grid.chars = 46 makes the type area 170.4 mm wide, so give only one of "
            "margins.inner and margins.outer (or neither, to centre it)");
  EXPECT_EQ(diags.items()[0].span.line, 3);
  EXPECT_EQ(diags.items()[1].message,
            "grid.lines = 60 makes the type area 353.4 mm tall, which does not fit the page "
            "(297.0 mm)");
  EXPECT_EQ(diags.items()[1].span.line, 8);
}

TEST(Page, MarginsThatLeaveNoRoom) {
  Diagnostics diags;
  load_text("[page]\nsize = \"A5\"\n[page.margins]\ninner = \"80mm\"\nouter = \"70mm\"\n", diags);
  ASSERT_EQ(error_count(diags), 1) << diags.format_all();
  EXPECT_EQ(diags.items()[0].message,
            "masters.first: the margins leave no type area across the page (148.0 mm wide)");
  EXPECT_EQ(diags.items()[0].span.line, 4);
}

TEST(Page, RunningLines) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[page.header]
left = "{title} · {issue}"
right = "{section}"
rule = true
[masters.left.footer]
left = "{page}"
center = ""
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  const PageMaster& left = sheet.masters.at("left");
  EXPECT_EQ(left.header.left, "{title} · {issue}");
  EXPECT_EQ(left.header.right, "{section}");
  EXPECT_TRUE(left.header.rule);
  EXPECT_EQ(left.header.style, "running_head");
  EXPECT_EQ(left.footer.left, "{page}");
  EXPECT_EQ(left.footer.center, "");
  EXPECT_EQ(sheet.masters.at("right").footer.center, "{page}");  // declared default
  EXPECT_EQ(left.footer.offset, Length::mm(8));
}

TEST(Sections, BindingsKeepPluginOptionsAsWritten) {
  Diagnostics diags;
  StyleSheet sheet = load_text(R"x(
[[section]]
plugin = "masthead"

[[section]]
match = "行业动态"
plugin = "industry_news"
options = { columns = 2, gap = "6pt", frame = { kind = "tint", tint = 0.1 }, tags = ["a", "b"] }

[[section]]
match = "编者的话"
plugin = "editors_note"
[section.options]
body_style = "note"
)x",
                               diags);
  ASSERT_TRUE(diags.empty()) << diags.format_all();
  ASSERT_EQ(sheet.sections.size(), 3u);
  EXPECT_EQ(sheet.sections[0].match, "");
  EXPECT_EQ(sheet.sections[0].plugin, "masthead");
  EXPECT_TRUE(sheet.sections[0].options.empty());
  const OptionTable& o = sheet.sections[1].options;
  EXPECT_EQ(option_int(o, "columns"), 2);
  EXPECT_EQ(option_string(o, "gap"), "6pt");  // not interpreted: the plugin declares its types
  EXPECT_EQ(o.at("gap").span.line, 8);
  EXPECT_EQ(o.at("gap").span.column, 32);
  auto frame = std::get<std::shared_ptr<OptionTable>>(o.at("frame").value);
  EXPECT_EQ(option_string(*frame, "kind"), "tint");
  EXPECT_EQ(option_number(*frame, "tint"), 0.1);
  EXPECT_EQ(std::get<std::shared_ptr<OptionValue::Array>>(o.at("tags").value)->size(), 2u);
  EXPECT_EQ(option_string(sheet.sections[2].options, "body_style"), "note");
  EXPECT_EQ(sheet.sections[2].span.line, 10);
}

TEST(Sections, MissingPluginAndDuplicateMatch) {
  Diagnostics diags;
  load_text(R"x(
[[section]]
match = "甲"
plugin = "a"

[[section]]
match = "甲"
plugin = "b"

[[section]]
match = "乙"
)x",
            diags);
  ASSERT_EQ(diags.size(), 2u) << diags.format_all();
  EXPECT_EQ(diags.items()[0].severity, Severity::warning);
  EXPECT_EQ(diags.items()[0].message,
            "a second [[section]] matches \"甲\" (first at line 2); only the first is used");
  EXPECT_EQ(diags.items()[1].severity, Severity::error);
  EXPECT_EQ(diags.items()[1].message,
            "missing \"plugin\" in [[section]]: Name of the section plugin.");
  EXPECT_EQ(diags.items()[1].span.line, 10);
}

}  // namespace
}  // namespace paiban::style
