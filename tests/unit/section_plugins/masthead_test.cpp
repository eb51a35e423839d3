// masthead: the first page's 刊头, built from the front matter alone.
#include <gtest/gtest.h>

#include <algorithm>

#include "plugin_fixture.h"

namespace paiban::section_plugins_test {
namespace {

// The sample issue's front matter (samples/2025-01/issue.md): no permit.
Document sample_front_matter() {
  Document doc;
  doc.path = "issue.md";
  doc.meta.title = "许昌竞争情报快递";
  doc.meta.issue = "2025年第1期";
  doc.meta.date = "2025-01-06";
  doc.meta.publisher = "许昌市科学技术情报研究所";
  doc.meta.fields = {{"title", doc.meta.title},
                     {"issue", doc.meta.issue},
                     {"date", doc.meta.date},
                     {"publisher", doc.meta.publisher},
                     {"notice", "内部资料，免费交流"}};
  return doc;
}

const char* const kContentsBox =
    "begin_box background='' border='black' width=0.75pt padding=8pt radius=0pt "
    "title='本期要目' title_style=masthead_contents_title title_background='black' break=yes";
const char* const kContents = "contents sections=toc_section entries=toc leader='.' depth=2";

bool has(const std::vector<std::string>& calls, const std::string& call) {
  return std::find(calls.begin(), calls.end(), call) != calls.end();
}

TEST(Masthead, ComposesTheSampleFrontMatterWithoutAPermitLine) {
  const Composed c = compose(sample_front_matter(), "", "masthead");
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  const std::vector<std::string> expected = {
      "text masthead_notice: 内部资料，免费交流",
      "text masthead_title: 许昌竞争情报快递",
      "text masthead_issue: 2025年第1期",
      "begin_columns 2 gap=0pt rule=no balance=yes",
      "text masthead_publisher: 编印：许昌市科学技术情报研究所",
      "column_break",
      "text masthead_date: 2025年1月6日",
      "end_columns",
      "rule 2pt 'black'",
      kContentsBox,
      kContents,
      "end_box",
  };
  EXPECT_EQ(c.calls, expected);
}

TEST(Masthead, APermitInTheFrontMatterGoesFlushLeftBesideTheNotice) {
  Document doc = sample_front_matter();
  doc.meta.fields["permit"] = "（测试）0001";
  const Composed c = compose(doc, "", "masthead");
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  ASSERT_GE(c.calls.size(), 5u);
  EXPECT_EQ(c.calls[0], "begin_columns 2 gap=0pt rule=no balance=yes");
  EXPECT_EQ(c.calls[1], "text masthead_permit: 准印证号：（测试）0001");
  EXPECT_EQ(c.calls[2], "column_break");
  EXPECT_EQ(c.calls[3], "text masthead_notice: 内部资料，免费交流");
  EXPECT_EQ(c.calls[4], "end_columns");
  EXPECT_EQ(c.calls[5], "text masthead_title: 许昌竞争情报快递");
}

TEST(Masthead, PermitLabelAndShowPermitOptions) {
  Document doc = sample_front_matter();
  doc.meta.fields["permit"] = "（测试）0001";
  Composed c = compose(doc, "", "masthead", {{"permit_label", option("", 21)}});
  EXPECT_EQ(c.calls[1], "text masthead_permit: （测试）0001");
  c = compose(doc, "", "masthead", {{"show_permit", option(false, 21)}});
  EXPECT_EQ(c.calls[0], "text masthead_notice: 内部资料，免费交流");
  for (const auto& call : c.calls) EXPECT_EQ(call.find("（测试）"), std::string::npos) << call;
}

TEST(Masthead, ABandPutsTheNameInATintedBoxThatNeverBreaks) {
  const Composed c = compose(sample_front_matter(), "", "masthead",
                             {{"band", option("brand", 21)}, {"band_padding", option("6pt", 22)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  ASSERT_GE(c.calls.size(), 5u);
  EXPECT_EQ(c.calls[1],
            "begin_box background='brand' border='' width=0.5pt padding=6pt radius=0pt title='' "
            "title_style=box_title title_background='' break=no");
  EXPECT_EQ(c.calls[2], "text masthead_title: 许昌竞争情报快递");
  EXPECT_EQ(c.calls[3], "end_box");
  EXPECT_EQ(c.calls[4], "text masthead_issue: 2025年第1期");
}

TEST(Masthead, ShowOptionsLeaveOutEachLine) {
  const Composed c = compose(sample_front_matter(), "", "masthead",
                             {{"show_notice", option(false, 21)},
                              {"show_issue", option(false, 22)},
                              {"show_publisher", option(false, 23)},
                              {"show_contents", option(false, 24)},
                              {"rule", option("0", 25)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  // The date alone needs no columns.
  const std::vector<std::string> expected = {"text masthead_title: 许昌竞争情报快递",
                                             "text masthead_date: 2025年1月6日"};
  EXPECT_EQ(c.calls, expected);
}

TEST(Masthead, StylesRuleAndDateFormatFollowTheOptions) {
  const Composed c = compose(sample_front_matter(), "", "masthead",
                             {{"title_style", option("kantou", 21)},
                              {"date_format", option("as_written", 22)},
                              {"date_style", option("right", 23)},
                              {"publisher_label", option("", 24)},
                              {"rule", option("3pt", 25)},
                              {"rule_color", option("brand", 26)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  EXPECT_TRUE(has(c.calls, "text kantou: 许昌竞争情报快递"));
  EXPECT_TRUE(has(c.calls, "text masthead_publisher: 许昌市科学技术情报研究所"));
  EXPECT_TRUE(has(c.calls, "text right: 2025-01-06"));
  EXPECT_TRUE(has(c.calls, "rule 3pt 'brand'"));
}

TEST(Masthead, PlainContentsHaveATitleLineAndNoBox) {
  const Composed c = compose(sample_front_matter(), "", "masthead",
                             {{"contents_frame", option("plain", 21)},
                              {"contents_title", option("目录", 22)},
                              {"contents_depth", option(int64_t{1}, 23)},
                              {"leader", option("·", 24)},
                              {"toc_section_style", option("toc_big", 25)}});
  EXPECT_TRUE(c.diags.empty()) << c.diags.format_all();
  ASSERT_GE(c.calls.size(), 2u);
  EXPECT_EQ(c.calls[c.calls.size() - 2], "text masthead_contents_title: 目录");
  EXPECT_EQ(c.calls.back(), "contents sections=toc_big entries=toc leader='·' depth=1");
  for (const auto& call : c.calls) EXPECT_NE(call.rfind("begin_box", 0), 0u) << call;
}

TEST(Masthead, BoxedContentsTakeTheirColourAndTitle) {
  const Composed c = compose(
      sample_front_matter(), "", "masthead",
      {{"contents_color", option("brand", 21)}, {"contents_title", option("本期导读", 22)}});
  EXPECT_TRUE(has(c.calls,
                  "begin_box background='' border='brand' width=0.75pt padding=8pt radius=0pt "
                  "title='本期导读' title_style=masthead_contents_title title_background='brand' "
                  "break=yes"));
}

TEST(Masthead, DatesThatAreNotIsoAreShownAsWritten) {
  Document doc = sample_front_matter();
  doc.meta.date = "2025-11-30";
  EXPECT_TRUE(has(compose(doc, "", "masthead").calls, "text masthead_date: 2025年11月30日"));
  doc.meta.date = "2025年元月";
  EXPECT_TRUE(has(compose(doc, "", "masthead").calls, "text masthead_date: 2025年元月"));
  doc.meta.date = "2025-1-6x";
  EXPECT_TRUE(has(compose(doc, "", "masthead").calls, "text masthead_date: 2025-1-6x"));
}

TEST(Masthead, AMissingNoticeOrTitleIsAWarningAtTheEntry) {
  Document doc = sample_front_matter();
  doc.meta.fields.erase("notice");
  doc.meta.title.clear();
  const Composed c = compose(doc, "", "masthead");
  ASSERT_EQ(c.diags.size(), 2u) << c.diags.format_all();
  EXPECT_FALSE(c.diags.has_errors());
  EXPECT_EQ(
      format_diagnostic(c.diags.items()[0]),
      "style.toml:20:1: warning: the front matter has no `notice`; an internal "
      "publication's cover must carry 「内部资料，免费交流」 (内部资料性出版物管理办法 Art. 14) "
      "[plugin 'masthead']");
  EXPECT_EQ(format_diagnostic(c.diags.items()[1]),
            "style.toml:20:1: warning: the front matter has no `title`; the masthead has no name "
            "[plugin 'masthead']");
  EXPECT_EQ(c.calls.front(), "text masthead_issue: 2025年第1期");
}

TEST(Masthead, AnUndefinedBandColourIsReportedAtTheOption) {
  const Composed c = compose(sample_front_matter(), "", "masthead", {{"band", option("red", 21)}});
  ASSERT_TRUE(c.diags.has_errors());
  EXPECT_NE(format_diagnostic(c.diags.items()[0])
                .find("style.toml:21:13: error: option 'band' of plugin 'masthead' names the "
                      "colour \"red\", which the style sheet does not define"),
            std::string::npos)
      << c.diags.format_all();
}

}  // namespace
}  // namespace paiban::section_plugins_test
