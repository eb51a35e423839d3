// Lists from numbering.xml, tables with merged cells, notes, figures.
#include <gtest/gtest.h>

#include <fstream>

#include "import/numbering.h"
#include "import/structure.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

const std::string kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"chineseCounting\"/>"
    "<w:lvlText w:val=\"%1、\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

std::string item(const std::string& text, int num, int level) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
         std::to_string(num) + "\"/></w:numPr></w:pPr>" + r(text) + "</w:p>";
}

TEST(ImportBlocks, NestedListsFromNumPr) {
  const auto got =
      import_docx(DocxBuilder()
                      .numbering(kNumbering)
                      .styles(style("ListNumber", "List Number",
                                    "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr>"))
                      .body(item("新一代信息技术", 1, 0) + item("第一项", 1, 1) +
                            item("第二项", 1, 1) + item("新材料", 1, 0) + p("其后正文。") +
                            p("样式里的编号", "ListNumber") + p("第二条", "ListNumber") +
                            "<w:p><w:pPr><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>" +
                            r("numId 0 不是列表") + "</w:p>"));
  EXPECT_EQ(got.markdown,
            "- 新一代信息技术\n  1. 第一项\n  2. 第二项\n- 新材料\n\n其后正文。\n\n"
            "三、样式里的编号\n\n四、第二条\n\nnumId 0 不是列表\n\n");
}

TEST(ImportBlocks, NumberedHeadingsKeepWordsNumbers) {
  // The usual Chinese multilevel numbering on the heading styles.
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"5\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
      "<w:lvlText w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
      "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
      "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/>"
      "<w:lvlText w:val=\"%1.%2.%3\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>";
  const auto num = [](int level) {
    return "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
           "\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr>";
  };
  const auto got =
      import_docx(DocxBuilder()
                      .numbering(numbering)
                      .styles(style("h1", "heading 1", num(0)) + style("h2", "heading 2", num(1)) +
                              style("h3", "heading 3", num(2)))
                      .body(p("总体要求", "h1") + p("工作目标", "h2") + p("细则", "h3") +
                            p("基本原则", "h2") + p("重点任务", "h1") + p("提升能力", "h2")));
  EXPECT_EQ(got.markdown,
            "## 一、总体要求\n\n### （一）工作目标\n\n#### 1.1.1 细则\n\n### （二）基本原则\n\n"
            "## 二、重点任务\n\n### （一）提升能力\n\n");
}

TEST(ImportBlocks, NumberFormats) {
  EXPECT_EQ(format_number(3, "chineseCounting"), "三");
  EXPECT_EQ(format_number(10, "chineseCounting"), "十");
  EXPECT_EQ(format_number(12, "chineseCounting"), "十二");
  EXPECT_EQ(format_number(40, "chineseCountingThousand"), "四十");
  EXPECT_EQ(format_number(3, "ideographTraditional"), "丙");
  EXPECT_EQ(format_number(28, "lowerLetter"), "bb");
  EXPECT_EQ(format_number(14, "upperRoman"), "XIV");
  EXPECT_EQ(format_number(2, "decimalEnclosedCircle"), "②");
  EXPECT_EQ(format_number(7, "decimalZero"), "07");
  EXPECT_EQ(format_number(7, "decimal"), "7");
}

TEST(ImportBlocks, TableWithGridSpanAndVMergeIsAPipeTableAndReported) {
  const auto tc = [](const std::string& text, const std::string& pr = "") {
    return "<w:tc>" + (pr.empty() ? "" : "<w:tcPr>" + pr + "</w:tcPr>") + p(text) + "</w:tc>";
  };
  const std::string table =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      tc("产业") + tc("2023年") + tc("2024年") +
      "</w:tr>"
      "<w:tr>" +
      tc("装备制造", "<w:vMerge w:val=\"restart\"/>") + tc("12|3") + tc("15") +
      "</w:tr>"
      "<w:tr>" +
      tc("", "<w:vMerge/>") + tc("合计 27", "<w:gridSpan w:val=\"2\"/>") +
      "</w:tr>"
      "</w:tbl>";
  const auto got = import_body(table);
  EXPECT_EQ(got.markdown,
            "| 产业 | 2023年 | 2024年 |\n| --- | --- | --- |\n| 装备制造 | 12\\|3 | 15 |\n"
            "| | 合计 27 | |\n\n");
  EXPECT_TRUE(
      has(got.warnings(), "table with merged cells (row 3, columns 2–3; rows 2–3 of column 1)"))
      << got.warnings();
}

TEST(ImportBlocks, OneCellTableBecomesAQuote) {
  const auto got = import_body("<w:tbl><w:tr><w:tc>" + p("编者按：第一段。") + p("第二段。") +
                               "</w:tc></w:tr></w:tbl>");
  EXPECT_EQ(got.markdown, "> 编者按：第一段。\n>\n> 第二段。\n\n");
  EXPECT_TRUE(has(got.warnings(), "one-cell table")) << got.warnings();
}

TEST(ImportBlocks, FootnotesAndEndnotesBecomeMarkdownFootnotes) {
  const std::string ref_style = "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>";
  const auto got =
      import_docx(DocxBuilder()
                      .footnotes("<w:footnote w:type=\"separator\" "
                                 "w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                 "<w:footnote w:id=\"2\"><w:p><w:r>" +
                                 ref_style + "<w:footnoteRef/></w:r>" + r(" 见工信部公告。") +
                                 "</w:p><w:p>" + r("第二段注释。") + "</w:p></w:footnote>")
                      // LibreOffice: the number, then a tab in the text's own run.
                      .endnotes("<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:tab/>"
                                "<w:t>尾注</w:t></w:r>" +
                                r("文字。") + "</w:p></w:endnote>")
                      .body("<w:p>" + r("正文") + "<w:r>" + ref_style +
                            "<w:footnoteReference w:id=\"2\"/></w:r>" + r("，再引") +
                            "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" + r("。") + "</w:p>"));
  EXPECT_EQ(
      got.markdown,
      "正文[^1]，再引[^2]。\n\n[^1]: 见工信部公告。\n\n    第二段注释。\n\n[^2]: 尾注文字。\n\n");
  EXPECT_TRUE(got.report.changes().empty()) << "the space after a note's number is no clean-up";
}

// A PNG's signature and some bytes: the import copies pictures as they
// are, it only looks at the signature.
std::string png_bytes() {
  return std::string("\x89PNG\r\n\x1a\n", 8) + "not decoded here";
}

std::string drawing(const std::string& rid) {
  return "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" "
         "name=\"p\"/>"
         "<a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"" +
         rid +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
}

TEST(ImportBlocks, PicturesBecomeFiguresWithTheirCaptions) {
  std::string emf(108, '\0');
  emf[0] = 1;
  emf.replace(40, 4, " EMF");
  const auto got =
      import_docx(DocxBuilder()
                      .media("rP", "image1.png", png_bytes())
                      .media("rM", "image2.emf", emf)
                      .body("<w:p>" + drawing("rP") + "</w:p>" + p("图1  5G工厂数量（示意）") +
                            p("正文。") + p("图 2：园区远景") + "<w:p>" + drawing("rM") + "</w:p>" +
                            "<w:p>" + r("文字在前") + drawing("rP") + "</w:p>"));
  // Captions below or above; a picture inside text splits the paragraph;
  // the same picture twice is one file. The EMF is referred to as the PNG
  // the editor is asked to make.
  EXPECT_EQ(got.markdown,
            "![5G工厂数量（示意）](images/a-1.png)\n\n正文。\n\n![园区远景](images/a-2.png)\n\n"
            "文字在前\n\n![](images/a-1.png)\n\n");
  ASSERT_EQ(got.doc.blocks.size(), 5u);
  EXPECT_EQ(got.doc.blocks[0].image.data, png_bytes());
  EXPECT_EQ(got.doc.blocks[2].image.format, "emf");
  EXPECT_EQ(got.doc.blocks[2].image.file_name, "a-2.emf");
  EXPECT_EQ(got.doc.blocks[4].image.file_name, "a-1.png");
}

TEST(ImportBlocks, CaptionLabelsAreRecognisedOnlyWithANumber) {
  EXPECT_EQ(strip_caption_label("图1 5G工厂"), "5G工厂");
  EXPECT_EQ(strip_caption_label("图 12：园区"), "园区");
  EXPECT_EQ(strip_caption_label("图三、示意"), "示意");
  EXPECT_EQ(strip_caption_label("图2-1 分图"), "分图");
  EXPECT_EQ(strip_caption_label("Figure 4. Plant"), "Plant");
  EXPECT_FALSE(strip_caption_label("图书馆开放时间"));
  EXPECT_FALSE(strip_caption_label("正文"));
}

}  // namespace
}  // namespace paiban::import::test

namespace paiban::import::test {
namespace {

TEST(ImportBlocks, VmlPicturesAlternateContentAndTextBoxes) {
  // Older WPS files put pictures in VML (w:pict/v:imagedata); Word wraps a
  // DrawingML picture in mc:AlternateContent with a VML fallback: read once.
  const std::string alt =
      "<w:r><mc:AlternateContent "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
      "<mc:Choice Requires=\"wps\">" +
      drawing("rA") +
      "</mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:imagedata r:id=\"rA\"/></v:shape></w:pict></mc:Fallback>"
      "</mc:AlternateContent></w:r>";
  const auto got = import_docx(
      DocxBuilder()
          .media("rV", "image1.png", png_bytes())
          .media("rA", "image2.png", png_bytes() + "2")
          .body("<w:p><w:r><w:pict><v:shape><v:imagedata r:id=\"rV\" o:title=\"\" "
                "xmlns:o=\"urn:schemas-microsoft-com:office:office\"/></v:shape></w:pict></w:r></"
                "w:p>" +
                p("图1 旧式图片") + "<w:p>" + alt.substr(5, alt.size() - 11) + "</w:p>" + "<w:p>" +
                r("锚定段落。") + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" +
                p("文本框里的话。") +
                "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"));
  EXPECT_EQ(
      got.markdown,
      "![旧式图片](images/a-1.png)\n\n![](images/a-2.png)\n\n锚定段落。\n\n文本框里的话。\n\n");
  EXPECT_NE(got.warnings().find("a text box's text was placed after its paragraph"),
            std::string::npos);
}

TEST(ImportBlocks, HostileNestingIsCutWithAWarning) {
  std::string body = p("前。");
  for (int i = 0; i < 200; ++i) body += "<w:sdt><w:sdtContent>";
  body += p("深处");
  for (int i = 0; i < 200; ++i) body += "</w:sdtContent></w:sdt>";
  body += p("后。");
  const auto got = import_body(body);
  EXPECT_EQ(got.markdown, "前。\n\n后。\n\n");
  EXPECT_NE(got.warnings().find("nested more than 64 deep"), std::string::npos) << got.warnings();
}

}  // namespace
}  // namespace paiban::import::test
