// Whole documents written to a temp folder and read back with independent
// tools: qpdf, pdffonts, pdftotext, pdfinfo, pikepdf and Ghostscript.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "pdf/pdf_writer.h"
#include "pdf/pdf_writer_detail.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

using test::fact;
using test::facts_of;
using test::run;

// pdfinfo -box prints "Page    1 MediaBox:     0.00 …" with column padding.
bool has_box(const std::string& out, const std::string& box, const std::string& values) {
  return std::regex_search(out, std::regex("Page +1 " + box + ": +" + values + "\\n"));
}

const std::string kLineNoto = "排版 office 𠮷 一⼀ 测试。";
const std::string kLineKai = "霞鹜文楷：你好，世界！";
const std::string kLineKai2 = "第二页的正文𩽾";
constexpr int64_t kTimestamp = 1736121600;  // 2025-01-06T00:00:00Z

Point at_mm(double x, double y) {
  return Point{Length::mm(x), Length::mm(y)};
}

page::Page a4(std::string label) {
  page::Page p;
  p.width = Length::mm(210);
  p.height = Length::mm(297);
  p.label = std::move(label);
  return p;
}

page::PagedDocument text_document() {
  page::PagedDocument doc;
  doc.meta.title = "排版测试 第1期";
  doc.meta.author = "paiban 编辑部";
  doc.meta.subject = "2025年第1期";
  doc.meta.date = "2025-01-06";
  page::Page p1 = a4("i");
  p1.items.push_back(test::shape(test::noto_sc(), kLineNoto, Length::pt(12), at_mm(20, 30)));
  p1.items.push_back(test::shape(test::wenkai(), kLineKai, Length::pt(10.5), at_mm(20, 45)));
  page::Page p2 = a4("1");
  p2.items.push_back(test::shape(test::wenkai(), kLineKai2, Length::pt(10.5), at_mm(20, 30)));
  page::Page p3 = a4("2");
  p3.items.push_back(test::shape(test::noto_sc(), "行业动态", Length::pt(16), at_mm(20, 30)));
  doc.pages = {p1, p2, p3};
  doc.outline = {{"编者的话", 1, 0, Length::mm(25)},
                 {"第一篇", 2, 1, Length::mm(20)},
                 {"行业动态", 1, 2, Length::mm(25)}};
  return doc;
}

PdfOptions options() {
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.rgb_profile_path = test::srgb();
  o.output_condition = "FOGRA39L Coated";
  o.timestamp = kTimestamp;
  return o;
}

class PdfDocumentTest : public ::testing::Test {
 protected:
  std::string write(const page::PagedDocument& doc, const PdfOptions& o, const std::string& name,
                    Diagnostics* diags_out = nullptr) {
    std::string path = dir_.file(name);
    Diagnostics d = write_pdf(doc, o, test::files(), path);
    EXPECT_FALSE(d.has_errors()) << d.format_all();
    if (diags_out) *diags_out = d;
    return path;
  }
  test::TempDir dir_;
};

TEST_F(PdfDocumentTest, QpdfFindsNoErrorsOrWarnings) {
  std::string pdf = write(text_document(), options(), "text.pdf");
  auto r = run("qpdf --check " + test::quote(pdf));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("No syntax or stream encoding errors found"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("WARNING"), std::string::npos) << r.out;
}

TEST_F(PdfDocumentTest, BothFontKindsEmbeddedSubsetWithToUnicode) {
  std::string pdf = write(text_document(), options(), "fonts.pdf");
  auto r = run("pdffonts " + test::quote(pdf));
  ASSERT_EQ(r.status, 0) << r.out;
  // name type encoding emb sub uni object
  std::regex cff(
      R"(([A-Z]{6})\+NotoSerifCJKsc-Regular-Identity-H\s+CID Type 0C\s+Identity-H\s+yes yes yes)");
  std::regex ttf(R"(([A-Z]{6})\+LXGWWenKai-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes)");
  EXPECT_TRUE(std::regex_search(r.out, cff)) << r.out;
  EXPECT_TRUE(std::regex_search(r.out, ttf)) << r.out;
  auto facts = test::inspect(pdf);
  auto fonts = facts_of(facts, "font");
  ASSERT_EQ(fonts.size(), 4u);  // page 1: both; page 2: WenKai; page 3: Noto
  EXPECT_NE(fonts[0].find("/CIDFontType0|/CIDFontType0C"), std::string::npos) << fonts[0];
  EXPECT_NE(fonts[1].find("/CIDFontType2|FontFile2"), std::string::npos) << fonts[1];
}

TEST_F(PdfDocumentTest, PdftotextGivesTheInputBack) {
  std::string pdf = write(text_document(), options(), "text.pdf");
  auto page = [&](int n) {
    auto r = run("pdftotext -f " + std::to_string(n) + " -l " + std::to_string(n) + " " +
                 test::quote(pdf) + " -");
    EXPECT_EQ(r.status, 0);
    return r.out;
  };
  // Ligature ffi (one glyph, three characters), astral 𠮷 (surrogates in
  // the CMap), and ⼀ sharing 一's glyph (ActualText) all survive.
  // pdftotext ends every page with an empty line and a form feed.
  EXPECT_EQ(page(1), kLineNoto + "\n" + kLineKai + "\n\n\f");
  EXPECT_EQ(page(2), kLineKai2 + "\n\n\f");
  EXPECT_EQ(page(3), "行业动态\n\n\f");
}

TEST_F(PdfDocumentTest, BoxesWithBleedAndNoMarks) {
  std::string pdf = write(text_document(), options(), "boxes.pdf");
  auto r = run("pdfinfo -box -f 1 -l 1 " + test::quote(pdf));
  EXPECT_TRUE(has_box(r.out, "MediaBox", "0\\.00 +0\\.00 +612\\.28 +858\\.90")) << r.out;
  EXPECT_TRUE(has_box(r.out, "BleedBox", "0\\.00 +0\\.00 +612\\.28 +858\\.90"));
  EXPECT_TRUE(has_box(r.out, "TrimBox", "8\\.50 +8\\.50 +603\\.78 +850\\.39"));
  EXPECT_TRUE(std::regex_search(r.out, std::regex("PDF version: +1\\.6\\n"))) << r.out;
  // The exact values, as written (pdfinfo rounds to 2 decimals).
  auto f = test::inspect(pdf);
  for (int i = 0; i < 3; ++i) {
    const std::string p = "box." + std::to_string(i) + ".";
    EXPECT_EQ(fact(f, p + "MediaBox"), "0 0 612.2835 858.8976");
    EXPECT_EQ(fact(f, p + "BleedBox"), "0 0 612.2835 858.8976");
    EXPECT_EQ(fact(f, p + "TrimBox"), "8.5039 8.5039 603.7795 850.3937");
  }
}

// Printer's marks come with the page model (layout makes them,
// compose_marks_test): a crop mark and a slug run outside the bleed.
page::PagedDocument with_marks(page::PagedDocument doc) {
  doc.marks_room = Length::mm(12);
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    page::Page& p = doc.pages[i];
    page::Stroke crop;
    crop.from = Point{Length::mm(-11), Length::zero()};
    crop.to = Point{Length::mm(-5), Length::zero()};
    crop.width = Length::pt(0.25);
    crop.color = Color::registration();
    p.marks.push_back(crop);
    page::GlyphRun slug = test::shape(
        test::noto_sc(),
        "issue-1.md 页 " + p.label + " (" + std::to_string(i + 1) + "/3) 2025-01-06 00:00 UTC",
        Length::pt(6), Point{Length::zero(), Length::mm(310)});
    slug.color = Color::registration();
    slug.artifact = page::Artifact::page;
    p.marks.push_back(slug);
  }
  return doc;
}

TEST_F(PdfDocumentTest, MarksEnlargeTheMediaBoxBy12mm) {
  PdfOptions o = options();
  std::string pdf = write(with_marks(text_document()), o, "marks.pdf");
  auto r = run("pdfinfo -box -f 1 -l 1 " + test::quote(pdf));
  EXPECT_TRUE(has_box(r.out, "MediaBox", "0\\.00 +0\\.00 +680\\.31 +926\\.93")) << r.out;
  EXPECT_TRUE(has_box(r.out, "BleedBox", "34\\.02 +34\\.02 +646\\.30 +892\\.91"));
  EXPECT_TRUE(has_box(r.out, "TrimBox", "42\\.52 +42\\.52 +637\\.80 +884\\.41"));
  auto f = test::inspect(pdf);
  EXPECT_EQ(fact(f, "box.2.MediaBox"), "0 0 680.315 926.9291");
  EXPECT_EQ(fact(f, "box.2.BleedBox"), "34.0157 34.0157 646.2992 892.9134");
  EXPECT_EQ(fact(f, "box.2.TrimBox"), "42.5197 42.5197 637.7953 884.4095");
  // The slug is real text in registration colour, outside the bleed.
  auto t = run("pdftotext -f 2 -l 2 " + test::quote(pdf) + " -");
  EXPECT_NE(t.out.find("issue-1.md 页 1 (2/3) 2025-01-06 00:00 UTC"), std::string::npos) << t.out;
  auto spaces = facts_of(f, "colorspace");
  ASSERT_FALSE(spaces.empty());
  EXPECT_EQ(spaces[0], "0|/CS1|/Separation|/All");
  // The marks are production aids: the slug's text object is an /Artifact
  // /Page (the crop mark is a path, wrapped too: counted in the BDCs).
  auto objects = facts_of(f, "text_object");
  ASSERT_EQ(objects.size(), 7u);  // page 1: two body lines, then its slug
  EXPECT_EQ(objects[2].substr(objects[2].rfind('|') + 1), "/Artifact Page/");
  const std::string bdc =
      run("qpdf --qdf --object-streams=disable " + test::quote(pdf) + " - | grep -a -c 'Artifact'")
          .out;
  EXPECT_EQ(bdc, "6\n") << "a crop mark and a slug on each of 3 pages";
  auto q = run("qpdf --check " + test::quote(pdf));
  EXPECT_EQ(q.status, 0) << q.out;
}

// Running heads, folios and leaders are furniture: each such run, and only
// such a run, is enclosed in /Artifact marked content of its kind (read back
// by pikepdf's own content-stream parser).
TEST_F(PdfDocumentTest, FurnitureRunsAreArtifactsAndBodyTextIsNot) {
  page::PagedDocument doc = text_document();
  doc.pages.resize(1);
  page::Page& p = doc.pages[0];
  auto furniture = [&](const std::string& text, double y_mm, page::Artifact kind) {
    page::GlyphRun run = test::shape(test::noto_sc(), text, Length::pt(9), at_mm(20, y_mm));
    run.artifact = kind;
    p.items.push_back(std::move(run));
  };
  furniture("科技周刊 第1期", 12, page::Artifact::header);
  furniture("……………", 60, page::Artifact::layout);
  furniture("12", 285, page::Artifact::footer);
  // An artifact run that needs /ActualText (⼀ shares 一's glyph) nests
  // its /Span inside the /Artifact sequence.
  furniture("⼀一", 290, page::Artifact::footer);
  std::string pdf = write(doc, options(), "artifacts.pdf");
  auto objects = facts_of(test::inspect(pdf), "text_object");
  std::vector<std::string> marked;
  for (const std::string& o : objects) marked.push_back(o.substr(o.find('|', 2) + 1));
  const std::vector<std::string> want = {
      "none",  // the two body lines of text_document()
      "none",
      "/Artifact Pagination/Header",
      "/Artifact Layout/",
      "/Artifact Pagination/Footer",
      "/Artifact Pagination/Footer",
  };
  EXPECT_EQ(marked, want) << ::testing::PrintToString(objects);
  // The body text is what pdftotext gives back first; qpdf finds the
  // marked content well formed.
  auto q = run("qpdf --check " + test::quote(pdf));
  EXPECT_EQ(q.status, 0) << q.out;
  EXPECT_EQ(q.out.find("WARNING"), std::string::npos) << q.out;
  const std::string content =
      run("qpdf --qdf --object-streams=disable " + test::quote(pdf) + " - | grep -a -c 'BDC'").out;
  EXPECT_EQ(content, "6\n") << "4 artifacts + 2 /ActualText spans (body line 1 and the last folio)";
}

TEST_F(PdfDocumentTest, PdfX4Identification) {
  std::string pdf = write(text_document(), options(), "x4.pdf");
  auto f = test::inspect(pdf);
  ASSERT_EQ(fact(f, "exit"), "0");
  EXPECT_EQ(fact(f, "header"), "%PDF-1.6");
  EXPECT_EQ(fact(f, "encrypted"), "False");
  EXPECT_EQ(fact(f, "output_intents"), "1");
  EXPECT_EQ(fact(f, "oi.S"), "/GTS_PDFX");
  EXPECT_EQ(fact(f, "oi.OutputConditionIdentifier"), "FOGRA39");
  EXPECT_EQ(fact(f, "oi.RegistryName"), "http://www.color.org");
  EXPECT_EQ(fact(f, "oi.N"), "4");
  EXPECT_EQ(fact(f, "oi.profile_bytes"), "121368");
  EXPECT_EQ(fact(f, "oi.profile_class"), "prtr");
  EXPECT_EQ(fact(f, "metadata.Subtype"), "/XML");
  EXPECT_EQ(fact(f, "metadata.Filter"), "none");
  EXPECT_EQ(fact(f, "xmp.pdfxid:GTS_PDFXVersion"), "PDF/X-4");
  EXPECT_EQ(fact(f, "xmp.dc:title"), "排版测试 第1期");
  EXPECT_EQ(fact(f, "xmp.xmp:CreatorTool"), "paiban");
  EXPECT_EQ(fact(f, "xmp.xmp:CreateDate"), "2025-01-06T00:00:00Z");
  EXPECT_EQ(fact(f, "xmp.xmp:ModifyDate"), "2025-01-06T00:00:00Z");
  EXPECT_EQ(fact(f, "xmp.xmp:MetadataDate"), "2025-01-06T00:00:00Z");
  EXPECT_EQ(fact(f, "xmp.pdf:Producer"), "paiban");
  EXPECT_EQ(fact(f, "xmp.pdf:Trapped"), "False");
  EXPECT_EQ(fact(f, "xmp.xmpMM:DocumentID").substr(0, 5), "uuid:");
  EXPECT_EQ(fact(f, "info.Title"), "排版测试 第1期");
  EXPECT_EQ(fact(f, "info.Title.utf16"), "True");
  EXPECT_EQ(fact(f, "info.Author"), "paiban 编辑部");
  EXPECT_EQ(fact(f, "info.Subject"), "2025年第1期");
  EXPECT_EQ(fact(f, "info.Creator"), "paiban");
  EXPECT_EQ(fact(f, "info.Producer"), "paiban");
  EXPECT_EQ(fact(f, "info.Trapped"), "/False");
  EXPECT_EQ(fact(f, "info.GTS_PDFXVersion"), "PDF/X-4");
  EXPECT_EQ(fact(f, "info.CreationDate"), "D:20250106000000Z");
  EXPECT_EQ(fact(f, "info.ModDate"), "D:20250106000000Z");
}

// A link on the press PDF would be an annotation on the printed area, which
// PDF/X-4 forbids (only TrapNet and PrinterMark may stand there): the press
// file has none. The screen file has a /Link /URI annotation over the
// link's glyphs (no border, non-ASCII bytes %-encoded) and claims no PDF/X.
TEST_F(PdfDocumentTest, LinksAreAnnotationsOnScreenAndAbsentInPrint) {
  page::PagedDocument doc = text_document();
  page::Link link;
  link.rect = {Length::mm(20), Length::mm(26), Length::mm(30), Length::pt(12)};
  link.uri = "https://例.cn/a b";
  doc.pages[0].links.push_back(link);

  auto press = test::inspect(write(doc, options(), "press.pdf"));
  EXPECT_TRUE(facts_of(press, "annot").empty());
  EXPECT_EQ(fact(press, "info.GTS_PDFXVersion"), "PDF/X-4");
  EXPECT_EQ(fact(press, "xmp.pdfxid:GTS_PDFXVersion"), "PDF/X-4");

  PdfOptions screen_options = options();
  screen_options.pdfx = false;
  const std::string screen_pdf = write(doc, screen_options, "screen.pdf");
  auto screen = test::inspect(screen_pdf);
  const auto annots = facts_of(screen, "annot");
  ASSERT_EQ(annots.size(), 1u);
  // x from 20 mm + 3 mm bleed; y from the bleed box's bottom: (297 + 3 − 26) mm
  // up to the top, 12 pt lower the bottom.
  const double mm = 72 / 25.4;
  char rect[120];
  std::snprintf(rect, sizeof rect, "%.4f %.4f %.4f %.4f", 23 * mm, 274 * mm - 12, 53 * mm,
                274 * mm);
  EXPECT_EQ(annots[0], "0|/Link|/URI|https://%E4%BE%8B.cn/a%20b|" + std::string(rect) + "|0 0 0|0")
      << "rect " << rect;
  EXPECT_EQ(fact(screen, "info.GTS_PDFXVersion"), "<missing>");
  EXPECT_EQ(fact(screen, "xmp.pdfxid:GTS_PDFXVersion"), "<missing>");
  EXPECT_EQ(fact(screen, "output_intents"), "1") << "colours stay defined by the CMYK profile";
  auto r = run("qpdf --check " + test::quote(screen_pdf));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(r.out.find("WARNING"), std::string::npos) << r.out;
}

TEST_F(PdfDocumentTest, OutlineLabelsAndViewerPreferences) {
  std::string pdf = write(text_document(), options(), "nav.pdf");
  auto f = test::inspect(pdf);
  EXPECT_EQ(fact(f, "viewer.DisplayDocTitle"), "True");
  EXPECT_EQ(fact(f, "outline.count"), "3");
  // level|title|page|/XYZ|top: y 25 mm below the trim top = 297+3−25 mm up.
  EXPECT_EQ(facts_of(f, "outline"),
            (std::vector<std::string>{"1|编者的话|0|/XYZ|779.5276", "2|第一篇|1|/XYZ|793.7008",
                                      "1|行业动态|2|/XYZ|779.5276"}));
  EXPECT_EQ(facts_of(f, "label"), (std::vector<std::string>{"0|i", "1|1", "2|2"}));
}

TEST_F(PdfDocumentTest, ByteIdenticalWhenWrittenTwice) {
  std::string a = write(text_document(), options(), "a.pdf");
  std::string b = write(text_document(), options(), "b.pdf");
  std::string ba = test::read_file(a), bb = test::read_file(b);
  ASSERT_GT(ba.size(), 10000u);
  EXPECT_TRUE(ba == bb);
}

TEST_F(PdfDocumentTest, IdDiffersForDifferentContent) {
  page::PagedDocument one = text_document();
  page::PagedDocument two = text_document();
  two.pages[1].items[0] =
      test::shape(test::wenkai(), "第二页的正文改了", Length::pt(10.5), at_mm(20, 30));
  auto fa = test::inspect(write(one, options(), "one.pdf"));
  auto fb = test::inspect(write(two, options(), "two.pdf"));
  ASSERT_EQ(fact(fa, "id").size(), 32u);
  EXPECT_NE(fact(fa, "id"), fact(fb, "id"));
  EXPECT_EQ(fact(fa, "info.Title"), fact(fb, "info.Title"));  // Info alone is equal
  EXPECT_NE(fact(fa, "xmp.xmpMM:DocumentID"), fact(fb, "xmp.xmpMM:DocumentID"));
}

// Items reaching past the bleed are clipped to the BleedBox. A cyan fill far
// larger than the page plus registration targets (C=M=Y=K=1) in the marks
// room: C − M is the cyan fill's coverage alone, which must equal the
// BleedBox's share of the MediaBox.
TEST_F(PdfDocumentTest, ItemsAreClippedToTheBleedBox) {
  page::PagedDocument doc;
  doc.pages.push_back(a4("1"));
  page::Fill fill;
  fill.rect = Rect{Length::mm(-40), Length::mm(-40), Length::mm(290), Length::mm(377)};
  fill.color = Color::cmyk(1, 0, 0, 0);
  doc.pages[0].items.push_back(fill);
  PdfOptions o = options();
  std::string pdf = write(with_marks(doc), o, "clip.pdf");
  auto r = run("gs -q -dSAFER -dBATCH -dNOPAUSE -r72 -o - -sDEVICE=inkcov " + test::quote(pdf));
  std::istringstream in(r.out);
  double c, m;
  in >> c >> m;
  const double bleed_share = (216.0 * 303.0) / (240.0 * 327.0);  // 0.834
  EXPECT_NEAR(c - m, bleed_share, 0.01) << r.out;
  EXPECT_GT(m, 0.0);  // the marks are there, outside the bleed
}

// Black text over a cyan tint: with overprint, the K plate carries the text
// and the cyan underneath stays (no knock-out), so cyan coverage is the
// same as without text; C, M and Y stay empty where only text is.
TEST_F(PdfDocumentTest, BlackTextOverprintsOnTheKPlateOnly) {
  page::PagedDocument doc = text_document();
  doc.pages.resize(1);
  doc.outline.clear();
  page::PagedDocument with_fill = doc;
  page::Fill fill;
  fill.rect = Rect{Length::mm(15), Length::mm(20), Length::mm(120), Length::mm(30)};
  fill.color = Color::cmyk(1, 0, 0, 0);
  auto& items = with_fill.pages[0].items;
  items.insert(items.begin(), fill);
  page::PagedDocument fill_only = with_fill;
  fill_only.pages[0].items.resize(1);

  PdfOptions o = options();
  std::string text_pdf = write(doc, o, "k.pdf");
  auto facts = test::inspect(text_pdf);
  EXPECT_EQ(facts_of(facts, "extgstate"), (std::vector<std::string>{"0|/GSop|True|True|1"}));
  EXPECT_EQ(facts_of(facts, "uses_gs"), (std::vector<std::string>{"0|/GSop"}));
  EXPECT_EQ(fact(facts, "content.rg"), "0|False");

  auto inkcov = [&](const std::string& pdf) {
    auto r = run("gs -q -dSAFER -dBATCH -dNOPAUSE -r72 -o - -sDEVICE=inkcov " + test::quote(pdf));
    std::istringstream in(r.out);
    double c, m, y, k;
    in >> c >> m >> y >> k;
    return std::array<double, 4>{c, m, y, k};
  };
  auto text_only = inkcov(text_pdf);
  EXPECT_EQ(text_only[0], 0.0);
  EXPECT_EQ(text_only[1], 0.0);
  EXPECT_EQ(text_only[2], 0.0);
  EXPECT_GT(text_only[3], 0.0);

  auto both = inkcov(write(with_fill, o, "over.pdf"));
  auto cyan = inkcov(write(fill_only, o, "cyan.pdf"));
  EXPECT_GT(cyan[0], 0.0);
  EXPECT_DOUBLE_EQ(both[0], cyan[0]);  // nothing knocked out of the cyan
  EXPECT_GT(both[3], 0.0);
  o.overprint_black_text = false;
  auto knocked = inkcov(write(with_fill, o, "knock.pdf"));
  EXPECT_LT(knocked[0], cyan[0]);  // proves the check can fail
}

}  // namespace
}  // namespace paiban::pdf

namespace paiban::pdf {
namespace {

class PdfImageTest : public PdfDocumentTest {
 protected:
  void SetUp() override {
    auto r = run("/usr/bin/python3 " +
                 test::quote(std::string(PAIBAN_TEST_DATA_DIR) + "/unit/pdf/make_images.py") + " " +
                 test::quote(dir_.path()));
    ASSERT_EQ(r.status, 0) << r.out;
  }
  page::Image image(const std::string& name, double x, double y, double w, double h) {
    page::Image i;
    i.path = dir_.file(name);
    i.rect = Rect{Length::mm(x), Length::mm(y), Length::mm(w), Length::mm(h)};
    return i;
  }
};

TEST_F(PdfImageTest, EachFileOnceColourSpacesAndLowResolutionWarnings) {
  page::PagedDocument doc = text_document();
  // 960×720 px over 60×45 mm = 406 ppi; placed on two pages.
  doc.pages[0].items.push_back(image("rgb.jpg", 20, 60, 60, 45));
  doc.pages[1].items.push_back(image("rgb.jpg", 20, 60, 60, 45));
  doc.pages[1].items.push_back(image("cmyk.jpg", 90, 60, 40, 40));    // 381 ppi
  doc.pages[1].items.push_back(image("gray.jpg", 20, 120, 40, 40));   // 381 ppi
  doc.pages[2].items.push_back(image("alpha.png", 20, 60, 30, 30));   // 339 ppi
  doc.pages[2].items.push_back(image("lowres.png", 60, 60, 50, 50));  // 51 ppi
  Diagnostics d;
  std::string pdf = write(doc, options(), "images.pdf", &d);
  // Exactly one warning, naming the file, the page and the resolution.
  ASSERT_EQ(d.size(), 1u) << d.format_all();
  EXPECT_EQ(d.items()[0].severity, Severity::warning);
  EXPECT_EQ(d.items()[0].span.file, dir_.file("lowres.png"));
  EXPECT_EQ(d.items()[0].message,
            "image on page 3 has 51 ppi at its placed size (100×100 px over 50×50 mm); print "
            "needs 300 ppi");

  auto f = test::inspect(pdf);
  ASSERT_EQ(fact(f, "exit"), "0") << fact(f, "output");
  EXPECT_EQ(fact(f, "images.placements"), "6");
  // rgb.jpg once + cmyk + gray + alpha.png + its soft mask + lowres.png.
  EXPECT_EQ(fact(f, "images.distinct"), "5");
  EXPECT_EQ(fact(f, "images.objects"), "6");
  auto images = facts_of(f, "image");
  ASSERT_EQ(images.size(), 6u);
  EXPECT_EQ(images[0], "0|/Im1|[/ICCBased, <Stream>]|/DCTDecode|False");
  EXPECT_EQ(images[1], "1|/Im1|[/ICCBased, <Stream>]|/DCTDecode|False");
  EXPECT_EQ(images[2], "1|/Im2|/DeviceCMYK|/DCTDecode|False");
  EXPECT_EQ(images[3], "1|/Im3|/DeviceGray|/DCTDecode|False");
  EXPECT_EQ(images[4], "2|/Im4|[/ICCBased, <Stream>]|/FlateDecode|True");
  EXPECT_EQ(images[5], "2|/Im5|/DeviceGray|/FlateDecode|False");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(fact(f, "content.rg"), "0|False");

  auto list = run("pdfimages -list " + test::quote(pdf));
  EXPECT_NE(list.out.find("cmyk"), std::string::npos) << list.out;
  auto q = run("qpdf --check " + test::quote(pdf));
  EXPECT_EQ(q.status, 0) << q.out;
  EXPECT_EQ(q.out.find("WARNING"), std::string::npos) << q.out;

  // The Adobe CMYK JPEG is inverted: /Decode puts magenta back on the M plate.
  page::PagedDocument cmyk_only;
  cmyk_only.pages.push_back(a4("1"));
  cmyk_only.pages[0].items.push_back(image("cmyk.jpg", 0, 0, 210, 297));
  std::string cpdf = write(cmyk_only, options(), "cmyk.pdf");
  auto r = run("gs -q -dSAFER -dBATCH -dNOPAUSE -r36 -o - -sDEVICE=inkcov " + test::quote(cpdf));
  std::istringstream in(r.out);
  double c, m, y, k;
  in >> c >> m >> y >> k;
  EXPECT_LT(c, 0.02) << r.out;
  EXPECT_GT(m, 0.9) << r.out;
  EXPECT_LT(y, 0.02) << r.out;
  EXPECT_LT(k, 0.02) << r.out;
}

// EXIF orientation: the image matrix turns the stored pixels so that they
// fill the upright box. Stored 80 × 60 with a red first row and a blue
// first column; the box is 60 × 80 (upright for 6 and 8).
TEST_F(PdfImageTest, OrientationTurnsTheImageMatrixAndThePicture) {
  const struct {
    ImageOrientation orientation;
    double w, h;
    // Expected matrix from the upright one (w 0 0 h x y): a b c d and the
    // offsets in units of w and h.
    int a, b, c, d, dx, dy;
    const char* red;   // where the first stored row shows: left/right/top/bottom
    const char* blue;  // where the first stored column shows
  } cases[] = {
      {ImageOrientation::upright, 80, 60, 1, 0, 0, 1, 0, 0, "top", "left"},
      {ImageOrientation::upside_down, 80, 60, -1, 0, 0, -1, 1, 1, "bottom", "right"},
      {ImageOrientation::turned_clockwise, 60, 80, 0, -1, 1, 0, 0, 1, "right", "top"},
      {ImageOrientation::turned_counterclockwise, 60, 80, 0, 1, -1, 0, 1, 0, "left", "bottom"},
  };
  for (const auto& c : cases) {
    page::PagedDocument doc;
    doc.pages.push_back(a4("1"));
    page::Image img = image("side.jpg", 20, 60, c.w, c.h);
    img.orientation = c.orientation;
    doc.pages[0].items.push_back(img);
    page::Image reference = image("side.jpg", 20, 60, c.w, c.h);  // upright, on page 2
    doc.pages.push_back(a4("2"));
    doc.pages[1].items.push_back(reference);
    Diagnostics d;
    const std::string pdf = write(doc, options(), "side.pdf", &d);
    ASSERT_FALSE(d.has_errors()) << d.format_all();
    // The cm before each Do, and where the red row and blue column show.
    auto r = run(R"(/usr/bin/python3 -c "
import sys, fitz, pikepdf
pdf = pikepdf.open(sys.argv[1])
for page in pdf.pages:
    cm = None
    for operands, op in pikepdf.parse_content_stream(page):
        if str(op) == 'cm': cm = [float(v) for v in operands]
        if str(op) == 'Do': print(' '.join('%.4f' % v for v in cm))
doc = fitz.open(sys.argv[1])
box = doc[0].get_image_info()[0]['bbox']
pix = doc[0].get_pixmap(dpi=144, clip=box)
def colour(x, y):
    p = pix.pixel(int(x * (pix.width - 1)), int(y * (pix.height - 1)))
    return 'red' if p[0] > 200 and p[2] < 80 else 'blue' if p[2] > 200 and p[0] < 80 else 'white'
sides = {'left': (0.02, 0.5), 'right': (0.98, 0.5), 'top': (0.5, 0.02), 'bottom': (0.5, 0.98)}
print(' '.join(name + '=' + colour(*xy) for name, xy in sides.items()))
" )" + test::quote(pdf));
    ASSERT_EQ(r.status, 0) << r.out;
    std::istringstream lines(r.out);
    std::string turned, upright, seen;
    std::getline(lines, turned);
    std::getline(lines, upright);
    std::getline(lines, seen);
    std::istringstream u(upright);
    double w, zero1, zero2, h, x, y;
    u >> w >> zero1 >> zero2 >> h >> x >> y;
    EXPECT_NEAR(w, c.w * 72 / 25.4, 0.001);
    const double expected[6] = {c.a * w, c.b * h, c.c * w, c.d * h, x + c.dx * w, y + c.dy * h};
    std::istringstream t(turned);
    for (double e : expected) {
      double v = 0;
      ASSERT_TRUE(t >> v) << turned;
      // Both sides are rounded to 4 decimals.
      EXPECT_NEAR(v, e, 0.0002) << static_cast<int>(c.orientation) << ": " << turned;
    }
    EXPECT_NE(seen.find(std::string(c.red) + "=red"), std::string::npos)
        << static_cast<int>(c.orientation) << ": " << seen;
    EXPECT_NE(seen.find(std::string(c.blue) + "=blue"), std::string::npos)
        << static_cast<int>(c.orientation) << ": " << seen;
  }
}

TEST_F(PdfImageTest, MissingImageIsAnErrorNamingTheFile) {
  page::PagedDocument doc = text_document();
  doc.pages[0].items.push_back(image("nope.png", 20, 60, 60, 45));
  Diagnostics d = write_pdf(doc, options(), test::files(), dir_.file("x.pdf"));
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items()[0].span.file, dir_.file("nope.png"));
  EXPECT_EQ(d.items()[0].message, "cannot read image file: No such file or directory");
  EXPECT_FALSE(std::filesystem::exists(dir_.file("x.pdf")));
}

}  // namespace
}  // namespace paiban::pdf
