// Character formats, breaks, links, fields, scripts, tracked changes.
#include <gtest/gtest.h>

#include "import_fixture.h"

namespace paiban::import::test {
namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(ImportInline, BoldItalicAndUnderline) {
  const auto got =
      import_body("<w:p>" + r("据", "") + r("《方案》", "<w:b/>") + r("要求，", "") +
                  r("重点", "<w:i/>") + r("和", "") + r("关键", "<w:u w:val=\"single\"/>") +
                  r("都", "<w:b/><w:i/>") + r("已", "<w:u w:val=\"none\"/>") + "。</w:p>");
  EXPECT_EQ(got.markdown, "据**《方案》**要求，*重点*和*关键**都***已\n\n");
  EXPECT_TRUE(has(got.warnings(), "1 underlined run(s) became emphasis")) << got.warnings();
}

TEST(ImportInline, AdjacentRunsWithTheSameFormatMerge) {
  // Word splits runs at every edit; the Markdown must not show that.
  const auto got = import_body("<w:p>" + r("创新", "<w:b/>") + r("发展。", "<w:b/>") + "</w:p>");
  EXPECT_EQ(got.markdown, "**创新发展。**\n\n");
}

TEST(ImportInline, SuperAndSubscriptsBecomeUnicodeForms) {
  const auto got =
      import_body("<w:p>" + r("面积100m") + r("2", "<w:vertAlign w:val=\"superscript\"/>") +
                  r("，H") + r("2", "<w:vertAlign w:val=\"subscript\"/>") + r("O，10") +
                  r("-3", "<w:vertAlign w:val=\"superscript\"/>") + r("；第1") +
                  r("st", "<w:vertAlign w:val=\"superscript\"/>") + "</w:p>");
  EXPECT_EQ(got.markdown, "面积100m²，H₂O，10⁻³；第1st\n\n");
  EXPECT_TRUE(has(got.warnings(), "superscript 'st' has no Unicode superscript form"))
      << got.warnings();
}

TEST(ImportInline, LibreOfficeRaisedSmallerRunsAreScripts) {
  // LibreOffice: <w:position w:val="8"/><w:sz w:val="19"/> for a superscript.
  const auto got = import_body("<w:p>" + r("100m", "<w:sz w:val=\"24\"/>") +
                               r("2", "<w:position w:val=\"8\"/><w:sz w:val=\"19\"/>") +
                               r("，CO", "<w:sz w:val=\"24\"/>") +
                               r("2", "<w:position w:val=\"-2\"/><w:sz w:val=\"19\"/>") +
                               // raised but not smaller: a baseline nudge, kept
                               r("，第3", "<w:sz w:val=\"24\"/>") +
                               r("名", "<w:position w:val=\"2\"/><w:sz w:val=\"24\"/>") + "</w:p>");
  EXPECT_EQ(got.markdown, "100m²，CO₂，第3名\n\n");
}

TEST(ImportInline, ManualLineBreaksAndDroppedPageBreaks) {
  const auto got = import_body("<w:p>" + r("第一行") + "<w:r><w:br/></w:r>" + r("第二行") +
                               "<w:r><w:br w:type=\"page\"/></w:r>" + r("续") + "</w:p>");
  EXPECT_EQ(got.markdown, "第一行\\\n第二行续\n\n");
  ASSERT_EQ(got.report.changes().size(), 1u);
  EXPECT_EQ(got.report.changes()[0].rule, "分页符");
}

TEST(ImportInline, HyperlinksFromRelationshipsAndFields) {
  const auto got = import_docx(
      DocxBuilder()
          .link("rL", "https://www.miit.gov.cn/a b")
          .body("<w:p>" + r("见") + "<w:hyperlink r:id=\"rL\">" +
                r("工信部网站", "<w:rStyle w:val=\"Hyperlink\"/><w:u w:val=\"single\"/>") +
                "</w:hyperlink>" + r("和") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
                "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://cas.cn\" \\o "
                "\"tip\" </w:instrText></w:r>" +
                "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("中国科学院") +
                "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + r("，") +
                "<w:hyperlink w:anchor=\"_Toc1\">" + r("内部跳转") + "</w:hyperlink>" + "</w:p>"));
  EXPECT_EQ(
      got.markdown,
      "见[工信部网站](https://www.miit.gov.cn/a%20b)和[中国科学院](https://cas.cn)，内部跳转\n\n");
  EXPECT_FALSE(has(got.warnings(), "underlined")) << "a link's underline is the link's";
}

TEST(ImportInline, TrackedChangesAcceptedAndCommentsWarned) {
  const auto got = import_docx(
      DocxBuilder()
          .comments("<w:comment w:id=\"0\" "
                    "w:author=\"审稿\"><w:p><w:r><w:t>核实数字</w:t></w:r></w:p></w:comment>")
          .body(
              "<w:p><w:commentRangeStart w:id=\"0\"/>" + r("生产成本") +
              "<w:ins w:id=\"1\" w:author=\"编辑\">" + r("降低") + "</w:ins>" +
              "<w:del w:id=\"2\" w:author=\"编辑\"><w:r><w:delText>提高</w:delText></w:r></w:del>" +
              r("了70%。") + "<w:commentRangeEnd w:id=\"0\"/></w:p>"));
  EXPECT_EQ(got.markdown, "生产成本降低了70%。\n\n");
  EXPECT_TRUE(
      has(got.warnings(), "a.docx: warning: the document has 2 tracked change(s) not yet accepted"))
      << got.warnings();
  EXPECT_TRUE(has(got.warnings(), "the document has 1 comment(s)")) << got.warnings();
}

TEST(ImportInline, MarkdownCharactersAreEscaped) {
  const auto got =
      import_body(p("1. 不是列表 *星* [括号] a_b") + p("# 不是标题") + p("- 不是条目"));
  EXPECT_EQ(got.markdown,
            "1\\. 不是列表 \\*星\\* \\[括号\\] a\\_b\n\n\\# 不是标题\n\n\\- 不是条目\n\n");
}

TEST(ImportInline, TableOfContentsFieldIsDropped) {
  const auto got = import_body(
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" "
      "</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
      r("目录项一 1") + "</w:p>" + "<w:p>" + r("目录项二 2") +
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>" + p("正文开始。"));
  EXPECT_EQ(got.markdown, "正文开始。\n\n");
  EXPECT_TRUE(has(got.warnings(), "table of contents was left out")) << got.warnings();
}

TEST(ImportInline, SoftHyphenElementsAndZeroWidthCharactersVanish) {
  const auto got = import_body("<w:p>" + r("infor") + "<w:r><w:softHyphen/></w:r>" +
                               r("mation \xE2\x80\x8B数据\xC2\xAD库") + "</w:p>");
  EXPECT_EQ(got.markdown, "information 数据库\n\n");
}

}  // namespace
}  // namespace paiban::import::test
