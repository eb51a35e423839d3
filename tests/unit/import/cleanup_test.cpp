// The Chinese clean-ups, each with the change it reports.
#include <gtest/gtest.h>

#include "import/cleanup.h"

namespace paiban::import {
namespace {

struct Cleaned {
  std::string text;
  std::vector<TextChange> changes;
  std::string warnings;
};

Cleaned clean(const std::string& text, TextRole role = TextRole::body) {
  std::vector<Span> spans = {Span{Span::Kind::text, text, false, false, {}, -1}};
  Report report;
  clean_up_spans(spans, role, "a.docx", 7, report);
  Cleaned out;
  out.text = plain_text(spans);
  out.changes = report.changes();
  for (const auto& d : report.diagnostics().items()) out.warnings += format_diagnostic(d) + "\n";
  return out;
}

TEST(ImportCleanup, LeadingIndentOfIdeographicSpacesOrSpacesIsDropped) {
  auto c = clean("\u3000\u3000肠衣，这个包装材料。");
  EXPECT_EQ(c.text, "肠衣，这个包装材料。");
  ASSERT_EQ(c.changes.size(), 1u);
  EXPECT_EQ(c.changes[0].file, "a.docx");
  EXPECT_EQ(c.changes[0].paragraph, 7);
  EXPECT_EQ(c.changes[0].rule, "leading indent removed (the style indents)");
  EXPECT_EQ(c.changes[0].before, "「\u3000\u3000肠衣，这个」");
  EXPECT_EQ(c.changes[0].after, "「肠衣，这个」");
  EXPECT_EQ(clean("    \t四个空格").text, "四个空格");
}

TEST(ImportCleanup, SpacesBetweenHanGoButNotBetweenHanAndLatin) {
  EXPECT_EQ(clean("中国 科学院  成功举办 2025 跨年演讲").text, "中国科学院成功举办 2025 跨年演讲");
  EXPECT_EQ(clean("中国 科学院").changes.size(), 1u);
  // A headline's space separates phrases.
  EXPECT_EQ(clean("享受科普盛宴 感受科学力量", TextRole::heading).text,
            "享受科普盛宴 感受科学力量");
}

TEST(ImportCleanup, HalfWidthPunctuationBetweenHanBecomesFullWidth) {
  EXPECT_EQ(clean("肠衣,这个看似不起眼; 它不仅承担包装功能:更影响口感!是吗?").text,
            "肠衣，这个看似不起眼；它不仅承担包装功能：更影响口感！是吗？");
  EXPECT_EQ(clean("地址:许昌,电话:0374").text, "地址：许昌，电话：0374");
  // Latin and numbers keep their punctuation.
  EXPECT_EQ(clean("Hello, world: 3,000; a?b").text, "Hello, world: 3,000; a?b");
  EXPECT_EQ(clean("时间 10:30").text, "时间 10:30");
  const auto c = clean("需要, 加快");
  EXPECT_EQ(c.text, "需要，加快");
  ASSERT_EQ(c.changes.size(), 1u) << "the comma and the space after it are one change";
  EXPECT_EQ(c.changes[0].before, "「需要, 加快」");
  EXPECT_EQ(c.changes[0].after, "「需要，加快」");
}

TEST(ImportCleanup, RoundBracketsArePairedWithTheirOpening) {
  EXPECT_EQ(clean("双汇公司(以下简称\"双汇\")第一").text, "双汇公司（以下简称“双汇”）第一");
  EXPECT_EQ(clean("模型(MLA)架构").text, "模型（MLA）架构");
  EXPECT_EQ(clean("see f(x) here").text, "see f(x) here");
  EXPECT_EQ(clean("DeepSeek (a model) 发布").text, "DeepSeek (a model) 发布");
}

TEST(ImportCleanup, StraightQuotesArePairedInOrder) {
  EXPECT_EQ(clean("推动\"5G+工业互联网\"在\"更广范围\"发展").text,
            "推动“5G+工业互联网”在“更广范围”发展");
  EXPECT_EQ(clean("他说'好'，don't worry").text, "他说‘好’，don’t worry");
  const auto c = clean("只有\"一个引号");
  EXPECT_EQ(c.text, "只有“一个引号");
  EXPECT_NE(c.warnings.find("a.docx: warning: paragraph 7: a straight quote has no partner"),
            std::string::npos);
}

TEST(ImportCleanup, InvisibleCharactersAreRemovedEmojiJoinersKept) {
  EXPECT_EQ(clean("信\u200b息\u00ad化\ufeff建\u2060设").text, "信息化建设");
  EXPECT_EQ(clean("\U0001F468\u200D\U0001F469").text, "\U0001F468\u200D\U0001F469");
}

TEST(ImportCleanup, RulesWorkAcrossRunsAndKeepEachRunsFormat) {
  std::vector<Span> spans = {Span{Span::Kind::text, "\u3000\u3000据", false, false, {}, -1},
                             Span{Span::Kind::text, "《方案》", true, false, {}, -1},
                             Span{Span::Kind::text, ",要求", false, false, {}, -1}};
  Report report;
  clean_up_spans(spans, TextRole::body, "a.docx", 1, report);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].text, "据");
  EXPECT_EQ(spans[1].text, "《方案》");
  EXPECT_TRUE(spans[1].bold);
  EXPECT_EQ(spans[2].text, "，要求");
}

TEST(ImportCleanup, HanRanges) {
  EXPECT_TRUE(is_han(U'中'));
  EXPECT_TRUE(is_han(U'〇'));
  EXPECT_TRUE(is_han(U'\U00020000'));
  EXPECT_FALSE(is_han(U'，'));
  EXPECT_FALSE(is_han(U'a'));
}

}  // namespace
}  // namespace paiban::import
