// industry_trends: feature articles with spanning titles and leads, bodies
// in columns, and opt-in pull quotes that repeat the article's own words.
#include <gtest/gtest.h>

#include <algorithm>

#include "plugin_fixture.h"

namespace paiban::section_plugins_test {
namespace {

// Paragraph texts of the first article; the quotation in kSpeech is 34
// characters between its marks, the one in kShort only 2.
const char* const kLead = "肠衣，这个看似不起眼的包装材料，实则至关重要。";
const char* const kShort = "在河南双汇投资发展股份有限公司（以下简称“双汇”）的车间里。";
const char* const kSpeech =
    "“这是制作肠衣膜的原料。经过工艺处理后，它能转化为安全的耐高温肠衣膜。”陈智润介绍道。";
const char* const kAfter = "后来，双汇成立了包装技术研究中心。";

Document trends_issue() {
  Document doc;
  doc.path = "issue.md";
  doc.sections = {
      section("行业趋势", 40,
              {article("为火腿肠“穿”上自制新衣",
                       {paragraph(kLead, 44), paragraph(kShort, 46), paragraph(kSpeech, 48),
                        paragraph(kAfter, 50)},
                       42),
               article("深度求索大模型",
                       {paragraph("一个开源模型。", 54), paragraph("报告公开。", 56)}, 52)})};
  return doc;
}

Composed trends(OptionTable options = {}) {
  return compose(trends_issue(), "行业趋势", "industry_trends", std::move(options));
}

const char* const kColumns = "begin_columns 2 gap=0pt rule=no balance=yes";

TEST(IndustryTrends, DefaultsSpanTitleAndLeadAboveTwoColumnsAndPullNothing) {
  const Composed c = trends();
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "heading h1 1: 行业趋势",
      "running_section 行业趋势",
      "rule 0.75pt 'black'",
      "heading feature_title 2: 为火腿肠“穿”上自制新衣",
      std::string("paragraph lead: ") + kLead,
      kColumns,
      std::string("paragraph body: ") + kShort,
      std::string("paragraph body: ") + kSpeech,
      std::string("paragraph body: ") + kAfter,
      "end_columns",
      "heading feature_title 2: 深度求索大模型",
      "paragraph lead: 一个开源模型。",
      kColumns,
      "paragraph body: 报告公开。",
      "end_columns",
  };
  EXPECT_EQ(c.calls, expected);
}

const char* const kPulled =
    "pull_quote pull_quote: “这是制作肠衣膜的原料。经过工艺处理后，它能转化为安全的耐高温肠衣膜。”";

TEST(IndustryTrends, APullQuoteRepeatsTheFirstModerateQuotationAParagraphLater) {
  const Composed c = trends({{"pull_quotes", option(int64_t{1}, 21)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const auto speech =
      std::find(c.calls.begin(), c.calls.end(), std::string("paragraph body: ") + kSpeech);
  ASSERT_NE(speech, c.calls.end());
  // The 2-character “双汇” is too short; the speech is pulled word for word
  // and set after the next paragraph, not right under its own words.
  EXPECT_EQ(*(speech + 1), std::string("paragraph body: ") + kAfter);
  EXPECT_EQ(*(speech + 2), kPulled);
  EXPECT_EQ(*(speech + 3), "end_columns");
  // Nothing of the manuscript is altered or dropped: the pull quote is the
  // one call more.
  EXPECT_EQ(c.calls.size(), trends().calls.size() + 1);
  EXPECT_EQ(std::count_if(c.calls.begin(), c.calls.end(),
                          [](const std::string& s) { return s.rfind("pull_quote", 0) == 0; }),
            1);
}

TEST(IndustryTrends, PullQuoteDistanceOnePutsItRightAfterItsParagraph) {
  Composed c = trends(
      {{"pull_quotes", option(int64_t{1}, 21)}, {"pull_quote_distance", option(int64_t{1}, 22)}});
  auto speech =
      std::find(c.calls.begin(), c.calls.end(), std::string("paragraph body: ") + kSpeech);
  ASSERT_NE(speech, c.calls.end());
  EXPECT_EQ(*(speech + 1), kPulled);
  // Further than the article reaches: at its end, still inside its columns.
  c = trends(
      {{"pull_quotes", option(int64_t{1}, 21)}, {"pull_quote_distance", option(int64_t{9}, 22)}});
  speech = std::find(c.calls.begin(), c.calls.end(), std::string("paragraph body: ") + kSpeech);
  ASSERT_NE(speech, c.calls.end());
  EXPECT_EQ(*(speech + 2), kPulled);
  EXPECT_EQ(*(speech + 3), "end_columns");
}

TEST(IndustryTrends, PullQuoteBoundsAndStyleFollowTheOptions) {
  Composed c = trends({{"pull_quotes", option(int64_t{1}, 21)},
                       {"pull_quote_min_chars", option(int64_t{2}, 22)},
                       {"pull_quote_style", option("quote_big", 23)}});
  const auto shortq =
      std::find(c.calls.begin(), c.calls.end(), std::string("paragraph body: ") + kShort);
  ASSERT_NE(shortq, c.calls.end());
  EXPECT_EQ(*(shortq + 2), "pull_quote quote_big: “双汇”");
  c = trends(
      {{"pull_quotes", option(int64_t{1}, 21)}, {"pull_quote_max_chars", option(int64_t{20}, 22)}});
  for (const auto& call : c.calls) EXPECT_NE(call.rfind("pull_quote", 0), 0u) << call;
}

TEST(IndustryTrends, WithoutLeadTheFirstParagraphIsBodyInTheColumns) {
  const Composed c = trends({{"lead", option(false, 21)},
                             {"title_style", option("h2", 22)},
                             {"columns", option(int64_t{3}, 23)},
                             {"column_rule", option(true, 24)},
                             {"body_style", option("body_small", 25)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  ASSERT_GE(c.calls.size(), 6u);
  EXPECT_EQ(c.calls[3], "heading h2 2: 为火腿肠“穿”上自制新衣");
  EXPECT_EQ(c.calls[4], "begin_columns 3 gap=0pt rule=yes balance=yes");
  EXPECT_EQ(c.calls[5], std::string("paragraph body_small: ") + kLead);
}

TEST(IndustryTrends, AnArticleThatIsAllLeadOpensNoColumns) {
  Document doc = trends_issue();
  doc.sections[0].articles = {article("短讯", {paragraph("只有一段。", 44)}, 42)};
  const Composed c = compose(doc, "行业趋势", "industry_trends");
  const std::vector<std::string> expected = {
      "heading h1 1: 行业趋势",        "running_section 行业趋势",   "rule 0.75pt 'black'",
      "heading feature_title 2: 短讯", "paragraph lead: 只有一段。",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(IndustryTrends, ASeparatorRuleStandsOnlyBetweenArticles) {
  const Composed c = trends({{"separator", option("0.5pt", 21)},
                             {"separator_color", option("brand", 22)},
                             {"head_rule", option("0", 23)}});
  EXPECT_EQ(c.calls[0], "heading h1 1: 行业趋势");  // no head rule
  EXPECT_EQ(std::count(c.calls.begin(), c.calls.end(), "rule 0.5pt 'brand'"), 1);
  const auto sep = std::find(c.calls.begin(), c.calls.end(), "rule 0.5pt 'brand'");
  EXPECT_EQ(*(sep - 1), "end_columns");
  EXPECT_EQ(*(sep + 1), "heading feature_title 2: 深度求索大模型");
}

TEST(IndustryTrends, HeadRuleAboveAndHeadBandLikeTheNewsDigest) {
  const Composed c = trends({{"head_rule_position", option("above", 21)},
                             {"head_band", option("note_tint", 22)},
                             {"head_rule_color", option("brand", 23)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> head(c.calls.begin(), c.calls.begin() + 6);
  const std::vector<std::string> expected = {
      "rule 0.75pt 'brand'",
      "begin_box background='note_tint' border='' width=0.5pt padding=8pt radius=0pt title='' "
      "title_style=box_title title_background='' break=no",
      "heading h1 1: 行业趋势",
      "running_section 行业趋势",
      "end_box",
      "heading feature_title 2: 为火腿肠“穿”上自制新衣",
  };
  EXPECT_EQ(head, expected);
}

TEST(IndustryTrends, OutOfRangeCountsAreErrorsAtTheirOptions) {
  const Composed c = trends(
      {{"pull_quotes", option(int64_t{5}, 21, 15)}, {"columns", option(int64_t{0}, 22, 11)}});
  // Checked against the declared ranges before compose (options in key
  // order), each at its value.
  ASSERT_EQ(c.diags.size(), 2u) << c.diags.format_all();
  EXPECT_EQ(format_diagnostic(c.diags.items()[0]),
            "style.toml:22:11: error: option 'columns' of plugin 'industry_trends': 0 is outside "
            "the allowed range 1–3 [plugin 'industry_trends', section '行业趋势']");
  EXPECT_EQ(format_diagnostic(c.diags.items()[1]),
            "style.toml:21:15: error: option 'pull_quotes' of plugin 'industry_trends': 5 is "
            "outside the allowed range 0–3 [plugin 'industry_trends', section '行业趋势']");
}

}  // namespace
}  // namespace paiban::section_plugins_test
