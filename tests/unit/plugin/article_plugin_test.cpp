// The default plugin's Composer calls for a small Document, from the
// built-in copy and from libarticle.so alike.
#include <gtest/gtest.h>

#include "article/article_plugin.h"
#include "document_builder.h"
#include "paiban/blocks.h"
#include "plugin/compose_issue.h"
#include "plugin/option_check.h"
#include "recording_composer.h"

namespace paiban::plugin {
namespace {

using testing::article;
using testing::block;
using testing::paragraph;

Section sample_section() {
  Block quote = block(Block::Kind::quote, {}, 14);
  quote.children = {paragraph("引文一段。", 14)};

  Block bullets = block(Block::Kind::list, {}, 16);
  Block item1 = block(Block::Kind::list_item, {}, 16);
  item1.children = {paragraph("第一项", 16), paragraph("续段", 17)};
  Block item2 = block(Block::Kind::list_item, {}, 18);
  item2.children = {paragraph("第二项", 18)};
  bullets.children = {item1, item2};

  Block numbered = bullets;
  numbered.ordered = true;
  bullets.children[1].task = Block::Task::done;  // `- [x]`: the box is the item's marker

  Block figure = block(Block::Kind::figure, "产能对比", 22);
  figure.image_path = "images/chart.png";

  Section s;
  s.title = "行业动态";
  s.span = testing::at("issue.md", 10);
  s.articles = {
      article("", {paragraph("导语。", 11)}, 11),
      article("新能源车销量",
              {paragraph("第一段。", 13), quote, bullets, block(Block::Kind::heading, "小标题", 19),
               figure},
              12),
      article("钢价走势",
              {numbered, block(Block::Kind::thematic_break, {}, 24),
               block(Block::Kind::page_break, {}, 25), block(Block::Kind::column_break, {}, 26),
               paragraph("末段。", 27)},
              23),
  };
  return s;
}

const std::vector<std::string> kExpected = {
    "heading h1 1: 行业动态",
    "running_section 行业动态",
    "paragraph body: 导语。",
    "heading h2 2: 新能源车销量",
    "paragraph body: 第一段。",
    "paragraph quote: 引文一段。",
    "list_paragraph body level=1: 第一项",
    "list_paragraph body level=1 under: 续段",
    "list_paragraph body level=1 marker=■: 第二项",
    "heading h3 3: 小标题",
    "figure images/chart.png caption=产能对比 style=caption",
    "heading h2 2: 钢价走势",
    "list_paragraph body level=1 number=1: 第一项",
    "list_paragraph body level=1 number=1 under: 续段",
    "list_paragraph body level=1 number=2: 第二项",
    "rule 0.5pt ''",
    "page_break master=''",
    "column_break",
    "paragraph body: 末段。",
};

struct Composed {
  std::vector<std::string> calls;
  Diagnostics diags;
};

Composed compose_with(const std::vector<SearchFolder>& path, OptionTable options) {
  Document doc;
  doc.sections = {sample_section()};
  style::StyleSheet sheet;
  sheet.styles["body_small"].name = "body_small";  // a body_style the tests name
  sheet.sections = {testing::entry("行业动态", "article", 3, std::move(options))};
  PluginRegistry registry(path);
  testing::RecordingComposer composer;
  Composed out;
  compose_issue(doc, sheet, registry, composer, out.diags);
  out.calls = composer.calls;
  return out;
}

TEST(ArticlePlugin, ComposesTitlesAndBlocksInReadingOrder) {
  Composed c = compose_with({}, {});  // empty search path: the built-in copy
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(c.calls, kExpected);
}

TEST(ArticlePlugin, TheSharedLibraryComposesExactlyLikeTheBuiltIn) {
  Composed c = compose_with({SearchFolder{PAIBAN_BUILD_PLUGIN_DIR_FOR_TEST, "build folder"}}, {});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_EQ(c.calls, kExpected);
}

TEST(ArticlePlugin, ColumnsWrapTheArticlesButNotTheSectionTitle) {
  Composed c = compose_with({}, {{"columns", testing::value(int64_t{2}, 4, 11)},
                                 {"body_style", testing::value("body_small", 5, 14)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  ASSERT_EQ(c.calls.size(), kExpected.size() + 2);
  EXPECT_EQ(c.calls[0], "heading h1 1: 行业动态");
  EXPECT_EQ(c.calls[1], "running_section 行业动态");
  EXPECT_EQ(c.calls[2], "begin_columns 2");
  EXPECT_EQ(c.calls[3], "paragraph body_small: 导语。");
  EXPECT_EQ(c.calls[6], "paragraph quote: 引文一段。");  // quotes keep their own style
  EXPECT_EQ(c.calls.back(), "end_columns");
}

TEST(ArticlePlugin, ColumnsOutsideTheDeclaredRangeAreReportedAtTheOption) {
  for (int64_t columns : {int64_t{0}, int64_t{4}}) {
    Composed c = compose_with({}, {{"columns", testing::value(columns, 4, 11)}});
    ASSERT_EQ(c.diags.size(), 1u);
    EXPECT_EQ(
        format_diagnostic(c.diags.items()[0]),
        "style.toml:4:11: error: option 'columns' of plugin 'article': " + std::to_string(columns) +
            " is outside the allowed range 1–3 [plugin 'article', section '行业动态']");
    EXPECT_EQ(c.calls, kExpected);  // composed in one column (the default) all the same
  }
}

TEST(ArticlePlugin, DeclaresBodyStyleAndColumnsWithDefaults) {
  article::ArticlePlugin plugin;
  EXPECT_EQ(plugin.name(), "article");
  Diagnostics diags;
  OptionTable table = check_options(plugin.options(), {}, {"article", "", {}, nullptr}, diags);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(option_string(table, "body_style"), "body");
  EXPECT_EQ(option_int(table, "columns"), 1);
}

TEST(ArticlePlugin, ASectionWithoutTitleHasNoHeadingAndNoRunningSection) {
  Document doc;
  doc.sections = {testing::section("", 1, {article("", {paragraph("前言。", 2)})})};
  style::StyleSheet sheet;
  PluginRegistry registry({});
  testing::RecordingComposer composer;
  Diagnostics diags;
  compose_issue(doc, sheet, registry, composer, diags);
  EXPECT_EQ(composer.calls, std::vector<std::string>{"paragraph body: 前言。"});
  EXPECT_EQ(diags.size(), 1u);  // the default-plugin warning
}

// A table takes the paragraph before it as its caption only when that
// begins with 表 and a number or a separator (paiban/blocks.h): a
// paragraph beginning 表明 is text, and stays in the reading order.
TEST(BlockHelpers, ACaptionIsTableNumberOrSeparatorNotAWordBeginningWithTable) {
  auto table_after = [](const std::string& before) {
    Block t = block(Block::Kind::table, {}, 3);
    t.table_align = {Block::ColumnAlign::left};
    TableRowText header;
    header.header = true;
    header.cells = {TableCellText{paragraph("甲").inlines, {}}};
    t.table_rows = {header};
    testing::RecordingComposer c;
    compose_blocks(c, {paragraph(before, 1), t, paragraph("资料来源：本刊。", 5)}, BlockStyles{});
    return c.calls;
  };
  using Calls = std::vector<std::string>;
  EXPECT_EQ(
      table_after("表明出口增长。"),
      (Calls{"paragraph body: 表明出口增长。", "table 1 columns |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表示如下"),
            (Calls{"paragraph body: 表示如下", "table 1 columns |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表3 出口"),
            (Calls{"table 1 columns caption: 出口 |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表１２：出口"),
            (Calls{"table 1 columns caption: 出口 |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表二　出口"),
            (Calls{"table 1 columns caption: 出口 |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表 出口"),
            (Calls{"table 1 columns caption: 出口 |h 甲 | note: 资料来源：本刊。"}));
  EXPECT_EQ(table_after("表12出口"),
            (Calls{"table 1 columns caption: 出口 |h 甲 | note: 资料来源：本刊。"}));
}

}  // namespace
}  // namespace paiban::plugin
