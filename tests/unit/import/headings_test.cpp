// Headings from the style ids WPS, LibreOffice and Word write, from names in
// several UI languages, outline levels, basedOn chains, and fake headings.
#include <gtest/gtest.h>

#include "import/styles.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

TEST(ImportHeadings, WpsNumericStyleIdsResolveThroughTheirNames) {
  // WPS: w:styleId "2" is named "heading 1", "3" "heading 2".
  const auto got = import_docx(
      DocxBuilder()
          .styles(style("2", "heading 1") + style("3", "heading 2"))
          .body(p("工信部推动创新发展", "2") + p("正文。") + p("网络设施", "3") + p("再一段。")));
  EXPECT_EQ(got.markdown, "## 工信部推动创新发展\n\n正文。\n\n### 网络设施\n\n再一段。\n\n");
}

TEST(ImportHeadings, LibreOfficeAndChineseWordIds) {
  const auto got = import_docx(
      DocxBuilder()
          .styles(style("Heading1", "Heading 1") + style("标题2", "标题 2") +
                  style("Heading_20_3", ""))
          .body(p("标题甲", "Heading1") + p("标题乙", "标题2") + p("标题丙", "Heading_20_3")));
  EXPECT_EQ(got.markdown, "## 标题甲\n\n### 标题乙\n\n#### 标题丙\n\n");
}

TEST(ImportHeadings, ChineseWordIdsNamedInChinese) {
  // An older Chinese Word writes the localised name as the id: 标题1.
  const auto got =
      import_docx(DocxBuilder()
                      .styles(style("标题1", "标题 1") + style("标题2", "标题 2"))
                      .body(p("深度求索大模型", "标题1") + p("正文。") + p("训练成本", "标题2")));
  EXPECT_EQ(got.markdown, "## 深度求索大模型\n\n正文。\n\n### 训练成本\n\n");
}

TEST(ImportHeadings, NamesInOtherUiLanguagesAndTitle) {
  for (const auto& [name, level] : std::vector<std::pair<std::string, int>>{{"heading 1", 1},
                                                                            {"Heading 2", 2},
                                                                            {"标题 1", 1},
                                                                            {"标题3", 3},
                                                                            {"標題 2", 2},
                                                                            {"Überschrift 1", 1},
                                                                            {"Titre 2", 2},
                                                                            {"見出し 1", 1},
                                                                            {"Title", 0},
                                                                            {"标题", 0}}) {
    EXPECT_EQ(heading_level_from_name(name), level) << name;
  }
  EXPECT_FALSE(heading_level_from_name("Normal"));
  EXPECT_FALSE(heading_level_from_name("heading 12"));
  EXPECT_FALSE(heading_level_from_name("副标题"));
}

TEST(ImportHeadings, OutlineLevelsAndBasedOnChains) {
  // "自定义" has only an outline level; "MyHeading" is based on heading 2.
  const auto got = import_docx(
      DocxBuilder()
          .styles(style("T", "Title") + style("h2", "heading 2") +
                  style("c", "自定义", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>") +
                  style("MyHeading", "我的标题", "<w:basedOn w:val=\"h2\"/>"))
          .body(p("刊名标题", "T") + p("大标题", "c") + p("小标题", "MyHeading") +
                "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>" + r("直接大纲级别") + "</w:p>"));
  // Title (0) is the article title; outline level 0 → heading 1 → ###.
  EXPECT_EQ(got.markdown, "## 刊名标题\n\n### 大标题\n\n#### 小标题\n\n##### 直接大纲级别\n\n");
}

TEST(ImportHeadings, BoldShortLineIsAFakeHeadingWithAWarning) {
  const auto got =
      import_body(p("标题一") +  // plain short line: not a heading
                  "<w:p>" + r("网络设施全面升级", "<w:b/>") + "</w:p>" + p("正文一段。") + "<w:p>" +
                  r("加粗但以句号结尾。", "<w:b/>") + "</w:p>");
  EXPECT_EQ(got.markdown,
            "标题一\n\n## 网络设施全面升级\n\n正文一段。\n\n**加粗但以句号结尾。**\n\n");
  EXPECT_NE(
      got.warnings().find("a.docx: warning: paragraph 2: '网络设施全面升级' looks like a heading"),
      std::string::npos)
      << got.warnings();
}

TEST(ImportHeadings, CentredLargerFirstLineIsTheTitleAndBoldLinesSubHeadings) {
  const auto got =
      import_body("<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" +
                  r("为火腿肠穿上新衣", "<w:sz w:val=\"36\"/>") + "</w:p>" +
                  p("肠衣，这个看似不起眼的包装材料，实则至关重要。") + "<w:p>" +
                  r("从依赖进口到自给自足", "<w:b/>") + "</w:p>" + p("后来，双汇成立了研究中心。") +
                  // centred and large but a sentence: prose
                  "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" +
                  r("这是居中的一句话。", "<w:sz w:val=\"36\"/>") + "</w:p>");
  EXPECT_EQ(got.markdown,
            "## 为火腿肠穿上新衣\n\n肠衣，这个看似不起眼的包装材料，实则至关重要。\n\n"
            "### 从依赖进口到自给自足\n\n后来，双汇成立了研究中心。\n\n这是居中的一句话。\n\n");
}

TEST(ImportHeadings, LongBoldParagraphStaysProse) {
  const auto got = import_body("<w:p>" + r(std::string(50, 'a'), "<w:b/>") + "</w:p>");
  EXPECT_EQ(got.markdown, "**" + std::string(50, 'a') + "**\n\n");
}

}  // namespace
}  // namespace paiban::import::test
