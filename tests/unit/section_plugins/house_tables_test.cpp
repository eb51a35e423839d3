// The house style's table choices ([typography] table_continued and
// table_caption, SectionContext::house) reach the tables of every section
// plugin that sets the manuscript's tables; data_brief's own options win
// over them.
#include <gtest/gtest.h>

#include <algorithm>

#include "plugin_fixture.h"

namespace paiban::section_plugins_test {
namespace {

Block table_block(int line) {
  Block b;
  b.kind = Block::Kind::table;
  b.span = at(line);
  b.table_align = {Block::ColumnAlign::left, Block::ColumnAlign::right};
  TableRowText header;
  header.header = true;
  header.cells = {{runs("地区", line), at(line)}, {runs("数值", line), at(line)}};
  TableRowText body;
  body.cells = {{runs("许昌", line + 2), at(line + 2)}, {runs("1.5", line + 2), at(line + 2)}};
  b.table_rows = {header, body};
  return b;
}

// A table between two caption-like paragraphs, in a section of `plugin`.
Document tables_issue() {
  Document doc;
  doc.path = "issue.md";
  doc.sections = {section(
      "数据", 3,
      {article("一",
               {paragraph("表1　前面的表题", 7), table_block(9), paragraph("表2　后面的表题", 13)},
               5)})};
  return doc;
}

std::vector<std::string> tables_and_text(const Composed& c) {
  std::vector<std::string> out;
  for (const auto& call : c.calls)
    if (call.rfind("table ", 0) == 0 || call.find("前面的表题") != std::string::npos ||
        call.find("后面的表题") != std::string::npos)
      out.push_back(call);
  return out;
}

const char* const kPlugins[] = {"article", "industry_news", "industry_trends", "editors_note",
                                "data_brief"};

TEST(HouseTables, EveryPluginTakesTheCaptionBeforeTheTableAndTheDefaultLabel) {
  for (const char* plugin : kPlugins) {
    const Composed c = compose(tables_issue(), "数据", plugin);
    EXPECT_FALSE(c.diags.has_errors()) << plugin << c.diags.format_all();
    const auto calls = tables_and_text(c);
    ASSERT_EQ(calls.size(), 2u) << plugin;
    EXPECT_EQ(calls[0], "table 2 columns caption: 前面的表题 |h 地区 | 数值 | | 许昌 | 1.5 |")
        << plugin;
    EXPECT_NE(calls[1].find("表2　后面的表题"), std::string::npos) << plugin << ": " << calls[1];
  }
}

TEST(HouseTables, TheSheetsTableKeysChangeEveryPluginsTables) {
  style::Typography house;
  house.table_continued = "续上表";
  house.table_caption = style::CaptionPlace::after;
  for (const char* plugin : kPlugins) {
    const Composed c = compose(tables_issue(), "数据", plugin, {}, house);
    EXPECT_FALSE(c.diags.has_errors()) << plugin << c.diags.format_all();
    const auto calls = tables_and_text(c);
    ASSERT_EQ(calls.size(), 2u) << plugin;
    // The paragraph before is text now; the one after is the caption.
    EXPECT_NE(calls[0].find("表1　前面的表题"), std::string::npos) << plugin << ": " << calls[0];
    EXPECT_EQ(calls[1],
              "table 2 columns caption: 后面的表题 continued: '续上表' |h 地区 | 数值 | | 许昌 | "
              "1.5 |")
        << plugin;
  }
}

TEST(HouseTables, DataBriefsOwnOptionsWinOverTheSheet) {
  style::Typography house;
  house.table_continued = "续上表";
  house.table_caption = style::CaptionPlace::after;
  OptionTable options;
  options["caption"] = option("before", 21);
  options["continued"] = option("接表", 22);
  const Composed c = compose(tables_issue(), "数据", "data_brief", options, house);
  EXPECT_FALSE(c.diags.has_errors()) << c.diags.format_all();
  const auto calls = tables_and_text(c);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(
      calls[0],
      "table 2 columns caption: 前面的表题 continued: '接表' |h 地区 | 数值 | | 许昌 | 1.5 |");
}

}  // namespace
}  // namespace paiban::section_plugins_test
