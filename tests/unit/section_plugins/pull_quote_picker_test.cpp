// industry_trends' pull-quote picker, linked from source: which quotation
// it pulls, and that it pulls it word for word.
#include <gtest/gtest.h>

#include "industry_trends/pull_quote_picker.h"
#include "plugin_fixture.h"

namespace paiban::industry_trends {
namespace {

using section_plugins_test::paragraph;

TEST(PullQuotePicker, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_chars(""), 0);
  EXPECT_EQ(count_chars("AI大模型"), 5);
  EXPECT_EQ(count_chars("“双汇”"), 4);
}

TEST(PullQuotePicker, QuotationsAreOutermostClosedAndWithTheirMarks) {
  const std::vector<std::string> expected = {"“省钱模式开启”", "“他说“好”吧”"};
  EXPECT_EQ(quotations("值得注意的是，“省钱模式开启”并不意味着“他说“好”吧”。“未完"), expected);
  // A hard line break ends an open quotation; a stray closing mark is skipped.
  EXPECT_EQ(quotations("”前“甲\n乙”后“丙”"), std::vector<std::string>{"“丙”"});
}

TEST(PullQuotePicker, ParagraphTextJoinsSoftBreaksTheWayChineseReads) {
  std::vector<InlineRun> runs(5);
  runs[0].text = "中文";
  runs[1].kind = InlineRun::Kind::soft_break;
  runs[2].text = "接续 DeepSeek";
  runs[3].kind = InlineRun::Kind::soft_break;
  runs[4].text = "V3";
  EXPECT_EQ(paragraph_text(runs), "中文接续 DeepSeek V3");
}

TEST(PullQuotePicker, TakesTheFirstQuotationWithinBoundsFromEachParagraphApart) {
  const std::vector<Block> blocks = {
      paragraph("导语里的“一二三四五六七八九十一二三”不算。", 1),  // before first_block
      paragraph("简称“双汇”。", 2),                                // 2 characters: too short
      paragraph("他说“一二三四五六七八九十一二”，又说“一二三四五六七八九十一二三四”。", 3),
      paragraph("再说“一二三四五六七八九十一二”。", 4),  // only 1 paragraph after the pick
      paragraph("后文。", 5),
      paragraph("末了“一二三四五六七八九十一二”。", 6),
  };
  PickRules rules;
  rules.count = 3;
  const auto picks = pick_pull_quotes(blocks, 1, rules);
  ASSERT_EQ(picks.size(), 2u);
  EXPECT_EQ(picks[0].block, 2u);
  EXPECT_EQ(picks[0].text, "“一二三四五六七八九十一二”");
  EXPECT_EQ(picks[0].span.line, 3);
  EXPECT_EQ(picks[1].block, 5u);
  rules.count = 1;
  EXPECT_EQ(pick_pull_quotes(blocks, 1, rules).size(), 1u);
  rules.min_chars = 13;
  rules.count = 3;
  const auto longer = pick_pull_quotes(blocks, 1, rules);
  ASSERT_EQ(longer.size(), 1u);
  EXPECT_EQ(longer[0].text, "“一二三四五六七八九十一二三四”");
}

TEST(PullQuotePicker, PlacementCountsParagraphsOnFromTheSource) {
  Block figure;
  figure.kind = Block::Kind::figure;
  const std::vector<Block> blocks = {paragraph("他说“一二三四五六七八九十一二”。", 1), figure,
                                     paragraph("下文。", 3), paragraph("再下文。", 4)};
  PickRules rules;
  EXPECT_EQ(pick_pull_quotes(blocks, 0, rules).at(0).place_after, 2u);  // the figure is passed
  rules.distance = 1;
  EXPECT_EQ(pick_pull_quotes(blocks, 0, rules).at(0).place_after, 0u);
  rules.distance = 3;
  EXPECT_EQ(pick_pull_quotes(blocks, 0, rules).at(0).place_after, 3u);
  rules.distance = 4;  // beyond the article: after its last block
  EXPECT_EQ(pick_pull_quotes(blocks, 0, rules).at(0).place_after, 3u);
}

TEST(PullQuotePicker, ListsQuotesAndFiguresAreNeverPulledFrom) {
  Block quote;
  quote.kind = Block::Kind::quote;
  quote.children = {paragraph("“一二三四五六七八九十一二三四五”", 2)};
  PickRules rules;
  EXPECT_TRUE(pick_pull_quotes({quote}, 0, rules).empty());
}

}  // namespace
}  // namespace paiban::industry_trends
