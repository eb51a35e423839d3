// industry_news: a digest of marked items flowing in ruled columns.
#include <gtest/gtest.h>

#include "plugin_fixture.h"

namespace paiban::section_plugins_test {
namespace {

Document news_issue() {
  Document doc;
  doc.path = "issue.md";
  doc.sections = {section(
      "行业动态", 12,
      {article("工信部：推动创新", {paragraph("方案印发。", 16), paragraph("目标明确。", 18)}, 14),
       article("科普盛宴", {paragraph("活动举办。", 22)}, 20)})};
  return doc;
}

// The marker stands half an em (an en space) from the title.
const std::string kGap = "\xE2\x80\x82";

Composed news(OptionTable options = {}) {
  return compose(news_issue(), "行业动态", "industry_news", std::move(options));
}

TEST(IndustryNews, DefaultsRuleTheHeadAndFlowMarkedItemsInTwoRuledColumns) {
  const Composed c = news();
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "heading h1 1: 行业动态",
      "running_section 行业动态",
      "rule 0.75pt 'black'",
      "begin_columns 2 gap=0pt rule=yes balance=yes",
      "heading news_title 2: ■" + kGap + "工信部：推动创新",
      "paragraph body: 方案印发。",
      "paragraph body: 目标明确。",
      "space 5.25pt",
      "heading news_title 2: ■" + kGap + "科普盛宴",
      "paragraph body: 活动举办。",
      "end_columns",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(IndustryNews, MarkerStylesSpacingAndRulesFollowTheOptions) {
  const Composed c = news({{"marker", option("◆", 21)},
                           {"item_title_style", option("h3", 22)},
                           {"body_style", option("body_small", 23)},
                           {"item_space", option("0", 24)},
                           {"head_style", option("section_head", 25)},
                           {"head_rule", option("2pt", 26)},
                           {"head_rule_color", option("brand", 27)},
                           {"columns", option(int64_t{3}, 28)},
                           {"column_rule", option(false, 29)},
                           {"gap", option("1字", 30)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "heading section_head 1: 行业动态",
      "running_section 行业动态",
      "rule 2pt 'brand'",
      "begin_columns 3 gap=10.5pt rule=no balance=yes",
      "heading h3 2: ◆" + kGap + "工信部：推动创新",
      "paragraph body_small: 方案印发。",
      "paragraph body_small: 目标明确。",
      "heading h3 2: ◆" + kGap + "科普盛宴",
      "paragraph body_small: 活动举办。",
      "end_columns",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(IndustryNews, TheHeadRuleMayOpenTheSectionAboveTheHead) {
  const Composed c = news({{"head_rule_position", option("above", 21)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> head(c.calls.begin(), c.calls.begin() + 4);
  const std::vector<std::string> expected = {
      "rule 0.75pt 'black'",
      "heading h1 1: 行业动态",
      "running_section 行业动态",
      "begin_columns 2 gap=0pt rule=yes balance=yes",
  };
  EXPECT_EQ(head, expected);
}

TEST(IndustryNews, AHeadBandPutsTheHeadInABoxThatNeverBreaks) {
  const Composed c = news({{"head_band", option("brand", 21)},
                           {"head_band_padding", option("6pt", 22)},
                           {"head_rule", option("0", 23)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> head(c.calls.begin(), c.calls.begin() + 5);
  const std::vector<std::string> expected = {
      "begin_box background='brand' border='' width=0.5pt padding=6pt radius=0pt title='' "
      "title_style=box_title title_background='' break=no",
      "heading h1 1: 行业动态",
      "running_section 行业动态",
      "end_box",
      "begin_columns 2 gap=0pt rule=yes balance=yes",
  };
  EXPECT_EQ(head, expected);
}

TEST(IndustryNews, AnItemRuleTakesThePlaceOfTheSpaceBetweenItems) {
  const Composed c = news({{"item_rule", option("0.5pt", 21)},
                           {"item_rule_color", option("brand", 22)},
                           {"marker", option("", 23)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> items(c.calls.begin() + 4, c.calls.end());
  const std::vector<std::string> expected = {
      "heading news_title 2: 工信部：推动创新",
      "paragraph body: 方案印发。",
      "paragraph body: 目标明确。",
      "rule 0.5pt 'brand'",
      "heading news_title 2: 科普盛宴",
      "paragraph body: 活动举办。",
      "end_columns",
  };
  EXPECT_EQ(items, expected);
}

TEST(IndustryNews, NoMarkerNoRuleOneColumnAndItemsOutOfTheContents) {
  const Composed c = news({{"marker", option("", 21)},
                           {"head_rule", option("0", 22)},
                           {"columns", option(int64_t{1}, 23)},
                           {"contents", option(false, 24)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "heading h1 1: 行业动态",
      "running_section 行业动态",
      "heading news_title 0: 工信部：推动创新",
      "paragraph body: 方案印发。",
      "paragraph body: 目标明确。",
      "space 5.25pt",
      "heading news_title 0: 科普盛宴",
      "paragraph body: 活动举办。",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(IndustryNews, ColumnsOutsideOneToThreeAreAnErrorAtTheOption) {
  // The declared range (1 to 3) is checked before compose; the default (2)
  // stands in for the refused value.
  Composed c = news({{"columns", option(int64_t{4}, 21, 11)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:21:11: error: option 'columns' of plugin 'industry_news': 4 is outside "
            "the allowed range 1–3 [plugin 'industry_news', section '行业动态']");
  EXPECT_EQ(c.calls[3], "begin_columns 2 gap=0pt rule=yes balance=yes");
  c = news({{"columns", option(int64_t{0}, 21, 11)}});
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.calls[3], "begin_columns 2 gap=0pt rule=yes balance=yes");
  c = news({{"columns", option(int64_t{1}, 21, 11)}});
  EXPECT_TRUE(c.diags.empty());
  EXPECT_EQ(c.calls[3],
            "heading news_title 2: ■" + kGap + "工信部：推动创新");  // one column: no set
}

TEST(IndustryNews, TextBeforeTheFirstItemHasNoTitleAndNoSpaceBeforeIt) {
  Document doc = news_issue();
  auto& articles = doc.sections[0].articles;
  Block figure;
  figure.kind = Block::Kind::figure;
  figure.image_path = "images/chart.png";
  figure.inlines = runs("产能", 13);
  articles.insert(articles.begin(), article("", {paragraph("本期导语。", 13), figure}, 13));
  const Composed c = compose(doc, "行业动态", "industry_news");
  ASSERT_GE(c.calls.size(), 8u);
  EXPECT_EQ(c.calls[4], "paragraph body: 本期导语。");
  EXPECT_EQ(c.calls[5], "figure images/chart.png caption=产能 span=no");
  EXPECT_EQ(c.calls[6], "space 5.25pt");
  EXPECT_EQ(c.calls[7], "heading news_title 2: ■" + kGap + "工信部：推动创新");
}

}  // namespace
}  // namespace paiban::section_plugins_test
