// FlowBuilder records Composer calls as a tree and repairs bad nesting with
// a warning instead of failing.
#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "layout/flow/flow_builder.h"

namespace paiban::testing {
namespace {

using layout::FlowBuilder;
using layout::FlowKind;

std::vector<InlineRun> text_at(const std::string& text, int line) {
  InlineRun run;
  run.text = text;
  run.span = {"tour.md", line, 1};
  return {run};
}

std::vector<std::string> messages(const layout::Flow& flow) {
  std::vector<std::string> out;
  for (const auto& d : flow.problems) {
    EXPECT_EQ(d.severity, Severity::warning);
    out.push_back(d.message);
  }
  return out;
}

TEST(FlowBuilder, RecordsBlocksAsATreeInReadingOrder) {
  FlowBuilder b("issue/tour.md");
  b.heading(text_at("科技新闻", 3), "h1", 1);
  b.set_running_section("科技新闻");
  ColumnSpec cols;
  cols.count = 2;
  b.begin_columns(cols);
  b.paragraph(text_at("正文", 5), "body");
  BoxSpec box;
  box.background = "tint";
  b.begin_box(box);
  b.heading(text_at("提示", 7), "h3", 2);
  b.end_box();
  b.figure("a.png", text_at("图注", 9), FigureSpec{});
  b.end_columns();
  b.space(Length::pt(12));
  b.space(Length::zero());  // nothing to record
  const layout::Flow& flow = b.flow();
  EXPECT_TRUE(flow.problems.empty());
  EXPECT_EQ(flow.document_path, "issue/tour.md");
  ASSERT_EQ(flow.blocks.size(), 4u);
  EXPECT_EQ(flow.blocks[0].kind(), FlowKind::heading);
  EXPECT_EQ(flow.blocks[0].as<layout::FlowBlock::Heading>().outline_level, 1);
  EXPECT_EQ(flow.blocks[1].kind(), FlowKind::running_section);
  EXPECT_EQ(flow.blocks[1].as<layout::FlowBlock::RunningSection>().name, "科技新闻");
  const auto& set = flow.blocks[2];
  EXPECT_EQ(set.kind(), FlowKind::columns);
  EXPECT_EQ(set.as<layout::FlowBlock::ColumnSet>().spec.count, 2);
  ASSERT_EQ(set.children().size(), 3u);
  EXPECT_EQ(set.children()[1].kind(), FlowKind::box);
  EXPECT_EQ(set.children()[1].as<layout::FlowBlock::Box>().spec.background, "tint");
  ASSERT_EQ(set.children()[1].children().size(), 1u);
  EXPECT_EQ(set.children()[2].as<layout::FlowBlock::Figure>().image_path, "a.png");
  // Blocks without text of their own carry the last place seen.
  EXPECT_EQ(flow.blocks[3].kind(), FlowKind::space);
  EXPECT_EQ(flow.blocks[3].span.line, 9);
  // Outline headings in reading order, inside boxes too.
  const auto headings = layout::outline_headings(flow);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[1]->as<layout::FlowBlock::Heading>().style, "h3");
}

TEST(FlowBuilder, EndWithoutBeginIsIgnoredWithAWarning) {
  FlowBuilder b("tour.md");
  b.paragraph(text_at("甲", 4), "body");
  b.end_box();
  b.end_columns();
  const auto& flow = b.flow();
  EXPECT_EQ(messages(flow),
            (std::vector<std::string>{
                "Composer::end_box: end_box without begin_box; it is ignored",
                "Composer::end_columns: end_columns without begin_columns; it is ignored"}));
  EXPECT_EQ(flow.problems[0].span.line, 4);
  EXPECT_EQ(flow.problems[0].hints[0], "call end_box once for every begin_box");
  EXPECT_EQ(flow.blocks.size(), 1u);
}

TEST(FlowBuilder, UnclosedSetsEndWithTheIssue) {
  FlowBuilder b("tour.md");
  b.begin_columns(ColumnSpec{});
  b.begin_box(BoxSpec{});
  b.paragraph(text_at("甲", 2), "body");
  const auto& flow = b.flow();
  EXPECT_EQ(
      messages(flow),
      (std::vector<std::string>{
          "Composer::begin_box: begin_box has no matching end; it ends with the issue",
          "Composer::begin_columns: begin_columns has no matching end; it ends with the issue"}));
  ASSERT_EQ(flow.blocks.size(), 1u);
  EXPECT_EQ(flow.blocks[0].children()[0].children().size(), 1u);
  // Asking again changes nothing.
  EXPECT_EQ(b.flow().problems.size(), 2u);
}

TEST(FlowBuilder, NestedBoxIsFlattenedIntoTheOuterBox) {
  FlowBuilder b("tour.md");
  b.begin_box(BoxSpec{});
  b.begin_box(BoxSpec{});
  b.paragraph(text_at("甲", 2), "body");
  b.end_box();
  b.paragraph(text_at("乙", 3), "body");
  b.end_box();
  const auto& flow = b.flow();
  EXPECT_EQ(messages(flow),
            (std::vector<std::string>{"Composer::begin_box: boxes do not nest; the inner box's "
                                      "blocks are set in the outer box"}));
  ASSERT_EQ(flow.blocks.size(), 1u);
  EXPECT_EQ(flow.blocks[0].children().size(), 2u);
}

TEST(FlowBuilder, ColumnSetInsideABoxIsRefusedAndClosedByTheBoxEnd) {
  FlowBuilder b("tour.md");
  b.begin_box(BoxSpec{});
  ColumnSpec cols;
  cols.count = 2;
  b.begin_columns(cols);
  b.paragraph(text_at("甲", 2), "body");
  b.end_box();
  b.paragraph(text_at("乙", 3), "body");
  const auto& flow = b.flow();
  EXPECT_EQ(messages(flow),
            (std::vector<std::string>{"Composer::begin_columns: a column set inside a box is not "
                                      "supported; its blocks are set in the box",
                                      "Composer::begin_columns: begin_columns has no matching end; "
                                      "end_box closes it, since it began inside the "
                                      "box"}));
  ASSERT_EQ(flow.blocks.size(), 2u);
  EXPECT_EQ(flow.blocks[0].kind(), FlowKind::box);
  EXPECT_EQ(flow.blocks[0].children().size(), 1u);
  EXPECT_EQ(flow.blocks[1].kind(), FlowKind::paragraph);
}

TEST(FlowBuilder, SecondColumnSetEndsTheFirstAndCountsAreClamped) {
  FlowBuilder b("tour.md");
  ColumnSpec two;
  two.count = 2;
  b.begin_columns(two);
  b.paragraph(text_at("甲", 2), "body");
  ColumnSpec five;
  five.count = 5;
  b.begin_columns(five);
  b.paragraph(text_at("乙", 3), "body");
  b.end_columns();
  const auto& flow = b.flow();
  EXPECT_EQ(messages(flow),
            (std::vector<std::string>{
                "Composer::begin_columns: column sets do not nest; the open column set ends here",
                "Composer::begin_columns: a column set has 5 columns; paiban sets 1 to 3, so it is "
                "set in 3"}));
  ASSERT_EQ(flow.blocks.size(), 2u);
  EXPECT_EQ(flow.blocks[1].as<layout::FlowBlock::ColumnSet>().spec.count, 3);
  EXPECT_EQ(flow.blocks[1].children().size(), 1u);
}

TEST(FlowBuilder, PlainTextKeepsItsLineBreaks) {
  FlowBuilder b("tour.md");
  b.text("许昌市科协\n2025年1月", "masthead");
  const auto& runs = b.flow().blocks[0].as<layout::FlowBlock::PlainText>().text;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].text, "许昌市科协");
  EXPECT_EQ(runs[1].kind, InlineRun::Kind::hard_break);
  EXPECT_EQ(runs[2].text, "2025年1月");
}

// A text style neither the sheet defines nor a plugin declares is an error
// at the section's manuscript heading, naming the plugin, the section and
// the call, once per section and name; the text is still recorded.
TEST(FlowBuilder, AnUnknownTextStyleIsAnErrorNamingPluginSectionAndCall) {
  FlowBuilder b("issue.md");
  b.require_styles(
      {"body", "h1", "table", "table_header", "table_caption", "table_note", "event_date"});
  b.attribute({"events", "活动预告", {"style.toml", 21, 1}, {"issue.md", 40, 1}});
  b.heading(text_at("活动预告", 40), "h1", 1);
  b.paragraph(text_at("三月一日", 42), "event_dat");
  b.paragraph(text_at("三月二日", 43), "event_dat");  // the same name again: no second error
  b.paragraph(text_at("三月三日", 44), "event_date");
  BoxSpec titled;
  titled.title = "提示";
  titled.title_style = "box_titel";
  b.begin_box(titled);
  b.end_box();
  b.begin_box({});  // no title: its title style is not used
  b.end_box();
  b.attribute({"article", "简讯", {"issue.md", 50, 1}, {"issue.md", 50, 1}});
  b.paragraph(text_at("另一栏目", 51), "event_dat");  // another section: reported again
  b.attribute({});
  const auto& flow = b.flow();
  ASSERT_EQ(flow.problems.size(), 3u);
  const Diagnostic& d = flow.problems[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(format_diagnostic(d),
            "issue.md:40:1: error: Composer::paragraph: no text style \"event_dat\" (asked for by "
            "plugin 'events'): neither the style sheet defines it nor a plugin declares it "
            "[plugin 'events', section '活动预告']\n"
            "issue.md:40:1: note: did you mean \"event_date\"?\n"
            "issue.md:40:1: note: define [styles.event_dat] in the style sheet, or correct the "
            "style name in the plugin or in its options\n"
            "issue.md:40:1: note: the section is bound to the plugin at style.toml:21:1");
  EXPECT_EQ(flow.problems[1].message.rfind("Composer::begin_box: no text style \"box_titel\"", 0),
            0u);
  EXPECT_EQ(flow.problems[2].section, "简讯");
  EXPECT_EQ(flow.problems[2].plugin, "article");
  EXPECT_EQ(flow.problems[2].hints.size(), 2u);  // heading and entry are one place
  // The text is kept (set in body by layout).
  ASSERT_EQ(flow.blocks.size(), 7u);
  ASSERT_NE(flow.blocks[1].text_node(), nullptr);
  EXPECT_EQ(flow.blocks[1].text_node()->style, "event_dat");
}

TEST(FlowBuilder, WithoutRequiredStylesNoNameIsChecked) {
  FlowBuilder b("issue.md");
  b.paragraph(text_at("正文", 1), "anything");
  EXPECT_TRUE(b.flow().problems.empty());
}

TEST(FlowBuilder, TakeProblemsHandsThemOverOnce) {
  FlowBuilder b("issue.md");
  b.end_box();
  EXPECT_EQ(b.take_problems().size(), 1u);
  EXPECT_TRUE(b.flow().problems.empty());
  EXPECT_TRUE(b.take_problems().empty());
}

// A box or column set a plugin leaves open ends where its compose call
// returns, reported for that plugin and section; the next plugin's blocks
// stand outside it.
TEST(FlowBuilder, WhatAPluginLeavesOpenEndsWithItsComposeCall) {
  FlowBuilder b("issue.md");
  b.attribute({"leaky", "特稿", {"style.toml", 8, 1}, {"issue.md", 11, 1}});
  b.begin_box({});
  ColumnSpec four;
  four.count = 4;
  b.paragraph(text_at("框里", 12), "body");
  b.attribute({"article", "简讯", {"issue.md", 20, 1}, {"issue.md", 20, 1}});
  b.begin_columns(four);
  b.paragraph(text_at("栏里", 21), "body");
  b.end_columns();
  b.attribute({});
  const auto& flow = b.flow();
  ASSERT_EQ(flow.blocks.size(), 2u);
  EXPECT_EQ(flow.blocks[0].kind(), FlowKind::box);
  EXPECT_EQ(flow.blocks[0].children().size(), 1u);
  EXPECT_EQ(flow.blocks[1].kind(), FlowKind::columns);  // not inside the box
  EXPECT_EQ(flow.blocks[1].as<layout::FlowBlock::ColumnSet>().spec.count, 3);
  ASSERT_EQ(flow.problems.size(), 2u);
  EXPECT_EQ(format_diagnostic(flow.problems[0]),
            "style.toml:8:1: warning: Composer::begin_box: begin_box has no matching end; it ends "
            "where the plugin's compose call returns [plugin 'leaky', section '特稿']\n"
            "style.toml:8:1: note: call end_box once for every begin_box");
  EXPECT_EQ(format_diagnostic(flow.problems[1]),
            "issue.md:20:1: warning: Composer::begin_columns: a column set has 4 columns; paiban "
            "sets 1 to 3, so it is set in 3 [plugin 'article', section '简讯']\n"
            "issue.md:20:1: note: ask for 1, 2 or 3 columns");
}

}  // namespace
}  // namespace paiban::testing
