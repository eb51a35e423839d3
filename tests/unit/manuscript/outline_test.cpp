#include <gtest/gtest.h>

#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

TEST(Outline, HeadingsMakeSectionsAndArticles) {
  Read r = read_body(
      "# 行业动态\n"                       // 6
      "\n"                                 // 7
      "## 工信部：推动发展\n"              // 8
      "\n"                                 // 9
      "第一段。\n"                         // 10
      "\n"                                 // 11
      "第二段。\n"                         // 12
      "\n"                                 // 13
      "## 享受科普盛宴 感受科学力量\n"     // 14
      "\n"                                 // 15
      "### 小标题\n"                       // 16
      "\n"                                 // 17
      "正文。\n"                           // 18
      "\n"                                 // 19
      "# 行业趋势\n"                       // 20
      "## 为火腿肠“穿”上**自制**新衣\n");  // 21
  EXPECT_TRUE(r.diags.empty()) << r.diags.format_all();
  ASSERT_EQ(r.doc.sections.size(), 2u);
  const Section& s0 = r.doc.sections[0];
  EXPECT_EQ(s0.title, "行业动态");
  EXPECT_EQ(s0.span.line, 6);
  EXPECT_EQ(s0.span.column, 1);
  ASSERT_EQ(s0.articles.size(), 2u);
  EXPECT_EQ(s0.articles[0].title_text, "工信部：推动发展");
  EXPECT_EQ(s0.articles[0].span.line, 8);
  EXPECT_EQ(s0.articles[0].blocks.size(), 2u);
  EXPECT_EQ(s0.articles[0].blocks[1].span.line, 12);
  // The inner space of a title is kept.
  EXPECT_EQ(s0.articles[1].title_text, "享受科普盛宴 感受科学力量");
  ASSERT_EQ(s0.articles[1].blocks.size(), 2u);
  EXPECT_EQ(s0.articles[1].blocks[0].kind, Block::Kind::heading);
  EXPECT_EQ(s0.articles[1].blocks[0].level, 3);
  EXPECT_EQ(plain_text(s0.articles[1].blocks[0].inlines), "小标题");
  const Section& s1 = r.doc.sections[1];
  EXPECT_EQ(s1.title, "行业趋势");
  ASSERT_EQ(s1.articles.size(), 1u);
  EXPECT_TRUE(s1.articles[0].blocks.empty());
  EXPECT_EQ(s1.articles[0].title_text, "为火腿肠“穿”上自制新衣");
  ASSERT_EQ(s1.articles[0].title.size(), 3u);
  EXPECT_TRUE(s1.articles[0].title[1].strong);
}

TEST(Outline, TextBeforeFirstHeadingsGetsEmptyTitles) {
  Read r = read_body(
      "导语。\n"      // 6
      "\n"            // 7
      "# 编者的话\n"  // 8
      "\n"            // 9
      "正文。\n"      // 10
      "\n"            // 11
      "## 文章\n"     // 12
      "\n"            // 13
      "内容。\n");    // 14
  ASSERT_EQ(r.doc.sections.size(), 2u);
  EXPECT_EQ(r.doc.sections[0].title, "");
  EXPECT_EQ(r.doc.sections[0].span.line, 6);
  ASSERT_EQ(r.doc.sections[0].articles.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].articles[0].title_text, "");
  EXPECT_EQ(plain_text(r.doc.sections[0].articles[0].blocks.at(0).inlines), "导语。");
  const Section& s = r.doc.sections[1];
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].title_text, "");
  EXPECT_TRUE(s.articles[0].title.empty());
  EXPECT_EQ(s.articles[0].span.line, 10);
  EXPECT_EQ(plain_text(s.articles[0].blocks.at(0).inlines), "正文。");
  EXPECT_EQ(s.articles[1].title_text, "文章");
}

TEST(Outline, ArticleBeforeAnySectionGetsAnUntitledSection) {
  Read r = read_body("## 文章\n\n内容。\n");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "");
  ASSERT_EQ(r.doc.sections[0].articles.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].articles[0].title_text, "文章");
  EXPECT_EQ(r.doc.sections[0].articles[0].blocks.size(), 1u);
}

TEST(Outline, SetextHeadingsCountLikeAtxHeadings) {
  Read r = read_body("编者的话\n====\n\n文章\n----\n\n内容。\n");
  ASSERT_EQ(r.doc.sections.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].title, "编者的话");
  ASSERT_EQ(r.doc.sections[0].articles.size(), 1u);
  EXPECT_EQ(r.doc.sections[0].articles[0].title_text, "文章");
}

}  // namespace
}  // namespace paiban::manuscript::test
