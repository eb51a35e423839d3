// Hostile and damaged .docx files: each is cut down to something bounded,
// with a warning (or refused with exit 2), never read without end.
#include <gtest/gtest.h>

#include <zip.h>

#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "import/file_name_text.h"
#include "import/import_error.h"
#include "import/import_request.h"
#include "import/package.h"
#include "import_fixture.h"

namespace paiban::import::test {
namespace {

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

std::string note_ref(int id) {
  return "<w:r><w:footnoteReference w:id=\"" + std::to_string(id) + "\"/></w:r>";
}

std::string cell(const std::string& inner, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + inner + "</w:tc>";
}

std::string drawing(const std::string& rid) {
  return "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" "
         "name=\"p\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"" +
         rid +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
}

std::string png_bytes() {
  return std::string("\x89PNG\r\n\x1a\n", 8) + "not decoded here";
}

TEST(ImportHostile, NotesCitingThemselvesOrEachOtherEnd) {
  // Note 1 cites itself and note 2; note 2 cites note 1 back. Read naively,
  // the notes would be numbered without end.
  const auto got = import_docx(DocxBuilder()
                                   .footnotes("<w:footnote w:id=\"1\"><w:p>" + r("注一") +
                                              note_ref(1) + r("，见") + note_ref(2) +
                                              "</w:p></w:footnote><w:footnote w:id=\"2\"><w:p>" +
                                              r("注二") + note_ref(1) + "</w:p></w:footnote>")
                                   .body("<w:p>" + r("正文") + note_ref(1) + r("。") + "</w:p>"));
  // The manuscript sets no marks inside notes: note 2's text joins note 1.
  EXPECT_EQ(got.markdown, "正文[^1]。\n\n[^1]: 注一，见\n\n    注二\n\n");
  EXPECT_TRUE(has(got.warnings(),
                  "note 1 cites 1 other note(s); a note holds no note marks, so "
                  "their text was added at its end"))
      << got.warnings();
  EXPECT_TRUE(
      has(got.warnings(), "2 note mark(s) inside notes point back to a note already placed"))
      << got.warnings();
}

TEST(ImportHostile, ATableInANoteIsKeptAsText) {
  const auto got = import_docx(
      DocxBuilder()
          .footnotes("<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" + r(" 数据如下：") +
                     "</w:p><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" +
                     cell(p("年份")) + cell(p("产量")) + "</w:tr><w:tr>" + cell(p("2024年")) +
                     cell(p("12万吨")) + "</w:tr></w:tbl>" + p("（来源：统计局）") +
                     "</w:footnote>")
          .body("<w:p>" + r("正文") + note_ref(1) + r("。") + "</w:p>"));
  EXPECT_EQ(got.markdown,
            "正文[^1]。\n\n[^1]: 数据如下：\n\n    年份 | 产量\n\n    2024年 | 12万吨\n\n"
            "    （来源：统计局）\n\n");
  EXPECT_TRUE(has(got.warnings(), "a table inside note 1 was set as text, a row a paragraph"))
      << got.warnings();
}

TEST(ImportHostile, ANoteInABoxedParagraphIsReadOnce) {
  // A one-cell table (a box) is read once: its note is note 1, defined once.
  const auto got = import_docx(
      DocxBuilder()
          .footnotes("<w:footnote w:id=\"5\"><w:p>" + r("框中注。") + "</w:p></w:footnote>")
          .body("<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr>" +
                cell("<w:p>" + r("框内文字") + note_ref(5) + r("。") + "</w:p>") +
                "</w:tr></w:tbl>" + "<w:p>" + r("框后。") + "</w:p>"));
  EXPECT_EQ(got.markdown, "> 框内文字[^1]。\n\n框后。\n\n[^1]: 框中注。\n\n");
  ASSERT_FALSE(got.doc.blocks.empty());
  EXPECT_EQ(got.doc.blocks[1].number, 2) << "paragraphs are counted once";
}

TEST(ImportHostile, ABoxAroundAPictureAloneIsTheFigure) {
  const auto got =
      import_docx(DocxBuilder()
                      .media("rP", "image1.png", png_bytes())
                      .body("<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr>" +
                            cell("<w:p>" + drawing("rP") + "</w:p>" + p("图1 带框的图")) +
                            "</w:tr></w:tbl>" + p("正文。")));
  EXPECT_EQ(got.markdown, "![带框的图](images/a-1.png)\n\n正文。\n\n");
  EXPECT_FALSE(has(got.warnings(), "block quote")) << got.warnings();
}

TEST(ImportHostile, AGiantGridSpanIsCutToTheTable) {
  // gridSpan 2^31-1 (and as large an indent) would be as many empty cells.
  const auto got = import_docx(DocxBuilder().body(
      "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
      "<w:tr>" +
      cell(p("甲"), "<w:gridSpan w:val=\"2147483647\"/>") + cell(p("乙")) +
      "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"99999999\"/></w:trPr>" + cell(p("丙")) +
      "</w:tr><w:tr>" + cell(p("丁")) + cell(p("戊")) + "</w:tr></w:tbl>"));
  ASSERT_EQ(got.doc.blocks.size(), 1u);
  const DocxBlock& table = got.doc.blocks[0];
  ASSERT_EQ(table.rows.size(), 3u);
  for (const auto& row : table.rows) EXPECT_EQ(row.size(), 64u) << "63 columns, and 乙 after them";
  EXPECT_EQ(plain_text(table.rows[0][0]), "甲");
  EXPECT_EQ(plain_text(table.rows[0][63]), "乙");
  EXPECT_EQ(plain_text(table.rows[1][63]), "丙");
  EXPECT_EQ(plain_text(table.rows[2][1]), "戊");
  EXPECT_TRUE(has(got.warnings(), "more columns than the table has; cut to the table's 63 columns"))
      << got.warnings();
}

TEST(ImportHostile, PicturesInTableCellsFollowTheTableWithTheirCaptions) {
  const auto got = import_docx(
      DocxBuilder()
          .media("rP", "image1.png", png_bytes())
          .body(p("前文。") + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" +
                cell(p("图")) + cell(p("说明")) + "</w:tr><w:tr>" +
                cell("<w:p>" + drawing("rP") + "</w:p>" + p("图1 单元格中的图")) + cell(p("右边")) +
                "</w:tr></w:tbl>" + p("后文。")));
  EXPECT_EQ(got.markdown,
            "前文。\n\n| 图 | 说明 |\n| --- | --- |\n| | 右边 |\n\n"
            "![单元格中的图](images/a-1.png)\n\n后文。\n\n");
  EXPECT_TRUE(
      has(got.warnings(), "paragraph 2: 1 picture(s) in table cells were placed after the table"))
      << got.warnings();
}

TEST(ImportHostile, ListItemsWithoutTheirNumberingPartAreWarned) {
  const std::string items =
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
      "</w:numPr></w:pPr>" +
      r("一项") +
      "</w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/>"
      "</w:numPr></w:pPr>" +
      r("二项") + "</w:p>" + p("正文。");
  const auto got = import_docx(DocxBuilder().without("word/numbering.xml").body(items));
  EXPECT_EQ(got.markdown, "一项\n\n二项\n\n正文。\n\n");
  EXPECT_TRUE(has(got.warnings(),
                  "names the part 'word/numbering.xml' (its list numbering) but the "
                  "file lacks it"))
      << got.warnings();
  EXPECT_TRUE(
      has(got.warnings(), "2 paragraph(s) are list items whose numbering definition is missing"))
      << got.warnings();
  // A numbering part without numId 3: one item is a list item, one is not.
  const auto partly = import_docx(
      DocxBuilder()
          .numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt "
                     "w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
          .body(items));
  EXPECT_EQ(partly.markdown, "- 一项\n\n二项\n\n正文。\n\n");
  EXPECT_TRUE(has(partly.warnings(), "1 paragraph(s) are list items whose numbering definition"))
      << partly.warnings();
  EXPECT_FALSE(has(partly.warnings(), "lacks it")) << partly.warnings();
}

TEST(ImportHostile, NumberingStartsAreKeptInWordsRange) {
  // start = INT_MAX would overflow when the next item counts on.
  const auto got = import_docx(
      DocxBuilder()
          .numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start "
                     "w:val=\"2147483647\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
                     "w:val=\"第%1条\"/></w:lvl></w:abstractNum>"
                     "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                     "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start "
                     "w:val=\"-5\"/><w:numFmt w:val=\"decimal\"/><w:lvlText "
                     "w:val=\"第%1款\"/></w:lvl></w:abstractNum>"
                     "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>")
          .body("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                "</w:pPr>" +
                r("甲") +
                "</w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                "</w:numPr></w:pPr>" +
                r("乙") +
                "</w:p><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/>"
                "</w:numPr></w:pPr>" +
                r("丙") + "</w:p>"));
  // (The space after a label ending in Han goes with the Han-spaces rule.)
  EXPECT_EQ(got.markdown, "第32767条甲\n\n第32768条乙\n\n第0款丙\n\n");
}

TEST(ImportHostile, APartThatIsNotUtf8IsRefusedWithItsOffset) {
  try {
    import_docx(DocxBuilder().body(p("坏\xFF字节")));
    FAIL() << "no error";
  } catch (const ImportError& e) {
    EXPECT_TRUE(has(e.message,
                    "part 'word/document.xml' is not well-formed XML (bytes that are "
                    "not UTF-8 at byte "))
        << e.message;
  }
}

std::string zip_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, nullptr);
  zip_source_keep(out);
  zip_t* z = zip_open_from_source(out, ZIP_TRUNCATE, nullptr);
  for (const auto& [name, data] : parts)
    zip_file_add(z, name.c_str(), zip_source_buffer(z, data.data(), data.size(), 0), 0);
  zip_close(z);
  zip_stat_t st;
  zip_source_stat(out, &st);
  std::string bytes(st.size, '\0');
  zip_source_open(out);
  zip_source_read(out, bytes.data(), st.size);
  zip_source_close(out);
  zip_source_free(out);
  return bytes;
}

TEST(ImportHostile, PartsTogetherMayNotInflateBeyondTheDocumentLimit) {
  // Each part is under the part limit; together they are over the
  // document's (the limits scaled down from 256/512 MiB).
  const std::string zeros(700 << 10, '\0');
  const std::string file =
      zip_of({{"[Content_Types].xml", "<Types/>"},
              {"_rels/.rels",
               "<Relationships><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
               "</Relationships>"},
              {"word/document.xml", "<w:document/>"},
              {"word/media/a.png", zeros},
              {"word/media/b.png", zeros}});
  const Package pkg(file, "bomb.docx", PackageLimits{1 << 20, 1 << 20});
  EXPECT_EQ(pkg.read("word/media/a.png")->size(), zeros.size());
  try {
    pkg.read("word/media/b.png");
    FAIL() << "no error";
  } catch (const ImportError& e) {
    EXPECT_EQ(e.file, "bomb.docx");
    EXPECT_TRUE(has(e.message,
                    "the document's parts inflate to more than 1 MiB together (at part "
                    "'word/media/b.png')"))
        << e.message;
  }
  // The defaults.
  EXPECT_EQ(PackageLimits{}.part_bytes, std::uint64_t(256) << 20);
  EXPECT_EQ(PackageLimits{}.document_bytes, std::uint64_t(512) << 20);
}

}  // namespace
}  // namespace paiban::import::test

namespace paiban::import::test {
namespace {

TEST(ImportHostile, FileNamesThatAreNotUtf8BecomeUtf8Text) {
  // "新闻-测试.docx" named in GBK, as a Chinese Windows disk or ZIP keeps it.
  const std::string gbk_stem = "\xD0\xC2\xCE\xC5-\xB2\xE2\xCA\xD4";
  EXPECT_EQ(file_stem_text("dir/" + gbk_stem + ".docx"), "新闻-测试");
  EXPECT_EQ(file_stem_text("dir/新闻-测试.docx"), "新闻-测试");
  EXPECT_EQ(file_stem_text("a\xFF\xFE"
                           "b.docx"),
            "a\xEF\xBF\xBD\xEF\xBF\xBD"
            "b")
      << "neither UTF-8 nor GB18030: U+FFFD for each bad byte";

  const auto dir = scratch_dir();
  DocxBuilder()
      .media("rP", "image1.png", png_bytes())
      .body("<w:p>" + drawing("rP") + "</w:p>" + p("图1 图题") + p("正文。"))
      .write(dir / (gbk_stem + ".docx"));
  DocxBuilder().body(p("头条正文。")).write(dir / "新闻-头条.docx");
  ImportRequest request;
  request.inputs = {{(dir / "新闻-头条.docx").string(), ""},
                    {(dir / (gbk_stem + ".docx")).string(), ""}};
  request.output = (dir / "issue.md").string();
  std::ostringstream out, err;
  ASSERT_EQ(run_import(request, disk(), out, err), kImportOk) << err.str();
  std::ifstream in(dir / "issue.md", std::ios::binary);
  const std::string manuscript((std::istreambuf_iterator<char>(in)), {});
  EXPECT_TRUE(utf8_valid(manuscript)) << manuscript;
  // The section from the names' Han prefix; the second article's title
  // from its name, its picture named after it and written under that
  // (UTF-8) name.
  EXPECT_TRUE(has(manuscript,
                  "\n# 新闻\n\n头条正文。\n\n## 新闻-测试\n\n"
                  "![图题](images/新闻-测试-1.png)\n\n正文。\n"))
      << manuscript;
  EXPECT_TRUE(std::filesystem::exists(dir / "images" / "新闻-测试-1.png"));
}

}  // namespace
}  // namespace paiban::import::test

namespace paiban::import::test {
namespace {

TEST(ImportHostile, EntryNamesInGbkOrPercentEncodedTargetsAreFound) {
  const std::string png = png_bytes();
  const std::string root =
      "<Relationships><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/"
      "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
      "</Relationships>";
  // "图片.png" in GBK bytes, stored without the UTF-8 flag (a ZIP tool on a
  // Chinese Windows; the bytes happen to be valid UTF-8, "ͼƬ"), and
  // "图表.png" in UTF-8.
  const std::string file = zip_of({{"[Content_Types].xml", "<Types/>"},
                                   {"_rels/.rels", root},
                                   {"word/document.xml", "<w:document/>"},
                                   {"word/media/abcd.png", png},
                                   {"word/media/图表.png", png + "2"}});
  // libzip flags any name it can read as UTF-8: write an ASCII name of the
  // same length (no flag) and put the GBK bytes in its place.
  std::string repacked = file;
  for (std::size_t at; (at = repacked.find("media/abcd.png")) != std::string::npos;)
    repacked.replace(at + 6, 4, "\xCD\xBC\xC6\xAC");
  const Package pkg(repacked, "repacked.docx");
  ASSERT_TRUE(pkg.has("word/media/图片.png"));
  EXPECT_EQ(*pkg.read("word/media/图片.png"), png);
  // A relationship's target is a URI: percent-encoded UTF-8.
  EXPECT_EQ(resolve_part_name("word/document.xml", "media/%E5%9B%BE%E8%A1%A8.png"),
            "word/media/%E5%9B%BE%E8%A1%A8.png");
  ASSERT_TRUE(pkg.has("word/media/%E5%9B%BE%E8%A1%A8.png"));
  EXPECT_EQ(*pkg.read("word/media/%E5%9B%BE%E8%A1%A8.png"), png + "2");
  EXPECT_FALSE(pkg.has("word/media/图.png"));
  EXPECT_FALSE(pkg.read("word/media/%E5%9B%BE.png"));
}

}  // namespace
}  // namespace paiban::import::test
