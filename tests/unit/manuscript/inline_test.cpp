#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

TEST(Inline, StrongAroundFullWidthBracketsAtLineStart) {
  // CommonMark alone handles this one: the line start counts as whitespace.
  auto runs = runs_of("**（文字）**。\n");
  EXPECT_THAT(describe(runs), ElementsAre("strong:（文字）", "text:。"));
  EXPECT_EQ(runs[0].span.column, 3);
  EXPECT_EQ(runs[1].span.column, 9);
}

TEST(Inline, StrongAroundFullWidthBracketsAfterHanzi) {
  // CommonMark leaves these `**` literal (not left-flanking after 是); the
  // CJK pass pairs them. Columns are characters: 重点是** is 5 characters.
  auto runs = runs_of("重点是**（文字）**。\n");
  EXPECT_THAT(describe(runs), ElementsAre("text:重点是", "strong:（文字）", "text:。"));
  EXPECT_EQ(runs[0].span.column, 1);
  EXPECT_EQ(runs[1].span.column, 6);
  EXPECT_EQ(runs[2].span.column, 12);
  EXPECT_EQ(runs[1].span.line, 6);
}

TEST(Inline, CjkEmphasisPairsBookTitleMarksAndSingleStars) {
  EXPECT_THAT(describe(runs_of("据**《方案》**要求\n")),
              ElementsAre("text:据", "strong:《方案》", "text:要求"));
  EXPECT_THAT(describe(runs_of("这是*（注）*说明\n")),
              ElementsAre("text:这是", "em:（注）", "text:说明"));
  EXPECT_THAT(describe(runs_of("这是***（注）***说明\n")),
              ElementsAre("text:这是", "strong+em:（注）", "text:说明"));
}

TEST(Inline, EscapedOrLatinAsterisksStayLiteral) {
  EXPECT_THAT(describe(runs_of("重点是\\*\\*（文字）\\*\\*。\n")),
              ElementsAre("text:重点是**（文字）**。"));
  EXPECT_THAT(describe(runs_of("重点是&ast;&ast;（文字）&ast;&ast;。\n")),
              ElementsAre("text:重点是**（文字）**。"));
  EXPECT_THAT(describe(runs_of("a ** b ** c\n")), ElementsAre("text:a ** b ** c"));
  // Latin text next to punctuation keeps CommonMark's verdict.
  EXPECT_THAT(describe(runs_of("word**(x)**word\n")), ElementsAre("text:word**(x)**word"));
}

TEST(Inline, NestedStylesAndCode) {
  auto runs = runs_of("中文**粗体*斜*体**和`代码`\n");
  EXPECT_THAT(describe(runs), ElementsAre("text:中文", "strong:粗体", "strong+em:斜", "strong:体",
                                          "text:和", "code:代码"));
}

TEST(Inline, ColumnsAreCharactersNotBytes) {
  // 中文**粗体**和`代码`: 粗 is character 5 (byte 9), 和 character 9 (byte
  // 17), 代 character 11 (byte 20).
  auto runs = runs_of("中文**粗体**和`代码`\n");
  ASSERT_EQ(runs.size(), 4u);
  EXPECT_EQ(runs[0].span.column, 1);
  EXPECT_EQ(runs[1].span.column, 5);
  EXPECT_EQ(runs[2].span.column, 9);
  EXPECT_EQ(runs[3].span.column, 11);
  EXPECT_EQ(runs[3].span.line, 6);
  EXPECT_EQ(runs[3].span.file, "issue.md");
}

TEST(Inline, LinkKeepsItsTextAndCarriesItsTarget) {
  EXPECT_THAT(describe(runs_of("见[工信部网站](https://www.miit.gov.cn)发布\n")),
              ElementsAre("text:见", "text@https://www.miit.gov.cn:工信部网站", "text:发布"));
}

TEST(Inline, SoftBreaksAreKeptAsRuns) {
  auto runs = runs_of("中文第一行\n第二行\n");
  EXPECT_THAT(describe(runs), ElementsAre("text:中文第一行", "soft", "text:第二行"));
  EXPECT_EQ(runs[2].span.line, 7);
  EXPECT_EQ(runs[1].span.line, 6);
}

TEST(PlainText, SoftBreakBetweenCjkVanishes) {
  EXPECT_EQ(plain_text(runs_of("中文第一行\n第二行\n")), "中文第一行第二行");
  EXPECT_EQ(plain_text(runs_of("句号。\n“引号”\n")), "句号。“引号”");
  EXPECT_EQ(plain_text(runs_of("**粗体**\n续行\n")), "粗体续行");
}

TEST(PlainText, OtherSoftBreaksBecomeOneSpace) {
  EXPECT_EQ(plain_text(runs_of("Latin line\nnext line\n")), "Latin line next line");
  EXPECT_EQ(plain_text(runs_of("模型\nDeepSeek-V3\n")), "模型 DeepSeek-V3");
  EXPECT_EQ(plain_text(runs_of("He said\n“hi”\n")), "He said “hi”");
  // Korean separates words with spaces: Hangul is not joined.
  EXPECT_EQ(plain_text(runs_of("한국\n어\n")), "한국 어");
}

TEST(PlainText, HardBreakBecomesNewline) {
  auto runs = runs_of("第一行  \n第二行\\\n第三行\n");
  EXPECT_THAT(describe(runs),
              ElementsAre("text:第一行", "hard", "text:第二行", "hard", "text:第三行"));
  EXPECT_EQ(plain_text(runs), "第一行\n第二行\n第三行");
}

}  // namespace
}  // namespace paiban::manuscript::test
