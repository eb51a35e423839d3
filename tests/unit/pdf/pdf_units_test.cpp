// Small pure pieces of the pdf stage: number and date formatting, the
// ToUnicode CMap, page-label ranges, JPEG headers, clusters, page boxes.
#include <gtest/gtest.h>

#include <set>
#include <utility>
#include <vector>

#include "pdf/content_hash.h"
#include "pdf/font_objects.h"
#include "pdf/font_usage.h"
#include "pdf/metadata.h"
#include "pdf/navigation.h"
#include "pdf/number_format.h"
#include "pdf/page_geometry.h"
#include "pdf/pdf_dates.h"
#include "pdf/to_unicode.h"

namespace paiban::pdf {
namespace {

TEST(PdfNumberFormat, AtMostFourDecimalsNoTrailingZeros) {
  EXPECT_EQ(format_number(0.5), "0.5");
  EXPECT_EQ(format_number(1.23456), "1.2346");
  EXPECT_EQ(format_number(100.0), "100");
  EXPECT_EQ(format_number(-2.5), "-2.5");
  EXPECT_EQ(format_number(-0.00001), "0");
  EXPECT_EQ(format_number(0.0001), "0.0001");
  EXPECT_EQ(format_number(1e12), "1000000000000");
}

TEST(PdfNumberFormat, LengthsFromScaledPointsExactly) {
  EXPECT_EQ(format_length(Length::pt(10.5)), "10.5");
  EXPECT_EQ(format_length(Length::from_sp(1)), "0");       // 1/65536 pt rounds to 0
  EXPECT_EQ(format_length(Length::from_sp(4)), "0.0001");  // 0.000061 → 0.0001
  EXPECT_EQ(format_length(Length::mm(210)), "595.2756");
  EXPECT_EQ(format_length(Length::mm(297)), "841.8898");
  EXPECT_EQ(format_length(-Length::pt(3)), "-3");
  // Half a ten-thousandth rounds away from zero, on either side.
  EXPECT_EQ(format_length(Length::from_sp(32768 / 10000 + 2)), "0.0001");
  EXPECT_EQ(format_length(-Length::pt(1.5)), "-1.5");
  // Lengths beyond any page take the 128-bit path and print the same way
  // as those just inside the 64-bit one (2^48 sp, 4.29e9 pt).
  EXPECT_EQ(format_length(Length::from_sp((int64_t{1} << 48) - 1)), "4294967296");
  EXPECT_EQ(format_length(Length::from_sp(int64_t{1} << 48)), "4294967296");
  EXPECT_EQ(format_length(Length::from_sp(-(int64_t{1} << 48))), "-4294967296");
  EXPECT_EQ(format_length(Length::from_sp(int64_t{1} << 60)), "17592186044416");
}

// /DW is the whole-number width most codes have; /W lists only the others,
// in runs of consecutive codes that a code of the default width ends.
TEST(PdfCidWidths, DefaultWidthIsTheCommonestAndWListsTheRest) {
  const CidWidths cjk = cid_widths(
      {{1, 500}, {2, 1000}, {3, 1000}, {4, 1000}, {6, 250}, {7, 250.5}, {8, 1000}, {9, 600}});
  EXPECT_EQ(cjk.default_width, 1000);
  EXPECT_EQ(cjk.widths, "[1[500]6[250 250.5]9[600]]");
  const CidWidths latin = cid_widths({{3, 600}, {4, 600}, {5, 1000}, {6, 600}});
  EXPECT_EQ(latin.default_width, 600);
  EXPECT_EQ(latin.widths, "[5[1000]]");
  // A tie goes to the smaller width.
  const CidWidths tie = cid_widths({{1, 700}, {2, 500}});
  EXPECT_EQ(tie.default_width, 500);
  EXPECT_EQ(tie.widths, "[1[700]]");
  const CidWidths one_em = cid_widths({{10, 1000}, {11, 1000}});
  EXPECT_EQ(one_em.default_width, 1000);
  EXPECT_EQ(one_em.widths, "");
  // /DW is an integer: a commoner fractional width stays in /W.
  const CidWidths fraction = cid_widths({{1, 1042.4805}, {2, 1042.4805}, {3, 600}});
  EXPECT_EQ(fraction.default_width, 600);
  EXPECT_EQ(fraction.widths, "[1[1042.4805 1042.4805]]");
  const CidWidths no_whole = cid_widths({{1, 317.8711}});
  EXPECT_EQ(no_whole.default_width, 1000);
  EXPECT_EQ(no_whole.widths, "[1[317.8711]]");
  EXPECT_EQ(cid_widths({}).default_width, 1000);  // the PDF's own default
  EXPECT_EQ(cid_widths({}).widths, "");
}

TEST(PdfDates, UtcFromTimestampNeverTheClock) {
  EXPECT_EQ(pdf_date(0), "D:19700101000000Z");
  EXPECT_EQ(pdf_date(1736121600), "D:20250106000000Z");
  EXPECT_EQ(pdf_date(951782400 + 3661), "D:20000229010101Z");  // leap day
  EXPECT_EQ(xmp_date(1736121600 + 45296), "2025-01-06T12:34:56Z");
  EXPECT_EQ(pdf_date(-1), "D:19691231235959Z");
}

TEST(PdfToUnicode, Utf16WithSurrogatePairs) {
  EXPECT_EQ(utf16be_hex("ffi"), "006600660069");
  EXPECT_EQ(utf16be_hex("排"), "6392");
  EXPECT_EQ(utf16be_hex("𠮷"), "D842DFB7");
}

TEST(PdfToUnicode, BfcharBlocksOfAtMostHundred) {
  std::map<uint16_t, std::string> m;
  for (uint16_t c = 1; c <= 150; ++c) m[c] = "a";
  m[151] = "";  // continuation glyphs carry no mapping
  std::string cmap = to_unicode_cmap(m);
  EXPECT_NE(cmap.find("100 beginbfchar\n<0001> <0061>\n"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar\n<0065> <0061>\n"), std::string::npos);
  EXPECT_EQ(cmap.find("<0097>"), std::string::npos);
  EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"),
            std::string::npos);
}

TEST(PdfPageLabels, RangesFollowDecimalAndRomanRuns) {
  auto r = label_ranges({"i", "ii", "1", "2", "3", "封底"});
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0], (LabelRange{0, "r", "", 1}));
  EXPECT_EQ(r[1], (LabelRange{2, "D", "", 1}));
  EXPECT_EQ(r[2], (LabelRange{5, "", "封底", 1}));
  auto s = label_ranges({"5", "6", "8", "IV"});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], (LabelRange{0, "D", "", 5}));
  EXPECT_EQ(s[1], (LabelRange{2, "D", "", 8}));
  EXPECT_EQ(s[2], (LabelRange{3, "R", "", 4}));
  // Empty labels count as page positions; "iiii" is no canonical numeral.
  auto t = label_ranges({"", "", "iiii"});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0], (LabelRange{0, "D", "", 1}));
  EXPECT_EQ(t[1], (LabelRange{2, "", "iiii", 1}));
}

TEST(PdfClusters, EmptyTextContinuesTheCluster) {
  std::vector<page::Glyph> g(4);
  g[0].id = 10, g[0].text = "é";
  g[1].id = 11;  // combining accent glyph, continues é
  g[2].id = 12, g[2].text = "ffi";
  g[3].id = 10, g[3].text = "e";  // same glyph, different text
  const page::GlyphList list(g);  // the spans view its text
  auto c = glyph_text_spans(list);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].begin, 0u);
  EXPECT_EQ(c[0].end, 2u);
  EXPECT_EQ(c[0].text, "é");
  FontUsage u;
  u.unicode = {{10, "é"}, {12, "ffi"}};
  EXPECT_FALSE(needs_actual_text(u, list, c[0]));
  EXPECT_FALSE(needs_actual_text(u, list, c[1]));
  EXPECT_TRUE(needs_actual_text(u, list, c[2]));
}

// The collector's glyph sets and first texts, whatever order runs and faces
// come in: a glyph first seen without text (continuing a cluster) takes
// the text it is later seen with; the first text wins.
TEST(PdfFontUsage, GlyphSetsAndFirstTextsPerFace) {
  auto run_of = [](const char* path, const std::vector<std::pair<uint32_t, const char*>>& glyphs) {
    page::GlyphRun r;
    r.font.path = page::FontPath(std::string(path));
    std::vector<page::Glyph> g;
    for (const auto& [id, text] : glyphs) {
      page::Glyph one;
      one.id = id;
      one.text = text;
      g.push_back(one);
    }
    r.glyphs = page::GlyphList(g);
    return r;
  };
  FontUsageCollector c;
  c.add_run(run_of("a.otf", {{5, "x"}, {7, ""}, {70000, "big"}}));
  c.add_run(run_of("b.ttf", {{5, "y"}}));
  c.add_run(run_of("a.otf", {{7, "z"}, {5, "w"}, {3000, ""}}));
  c.add_run(run_of("a.otf", {{7, "q"}, {2, "r"}}));
  ASSERT_EQ(c.fonts().size(), 2u);
  const FontUsage& a = c.fonts()[c.index_of(run_of("a.otf", {}).font)];
  const FontUsage& b = c.fonts()[c.index_of(run_of("b.ttf", {}).font)];
  EXPECT_EQ(a.resource_name, "F1");
  EXPECT_EQ(b.resource_name, "F2");
  EXPECT_EQ(a.glyphs, (std::set<uint32_t>{2, 5, 7, 3000, 70000}));
  EXPECT_EQ(b.glyphs, (std::set<uint32_t>{5}));
  EXPECT_EQ(a.unicode.at(5), "x");
  EXPECT_EQ(a.unicode.at(7), "z");
  EXPECT_EQ(a.unicode.at(2), "r");
  EXPECT_EQ(a.unicode.at(70000), "big");
  EXPECT_EQ(a.unicode.count(3000), 0u);
  EXPECT_EQ(b.unicode.at(5), "y");
}

TEST(PdfSubsetTag, SixUppercaseLettersStable) {
  ContentHash a, b;
  a.add("glyphs 1 2 3");
  b.add("glyphs 1 2 4");
  std::string tag = subset_tag(a);
  ASSERT_EQ(tag.size(), 6u);
  for (char c : tag) EXPECT_TRUE(c >= 'A' && c <= 'Z');
  ContentHash a2;
  a2.add("glyphs 1 2 3");
  EXPECT_EQ(subset_tag(a2), tag);
  EXPECT_NE(a.hex(), b.hex());
  EXPECT_EQ(a.uuid().size(), 36u);
}

// The XMP packet comes from libxml2's writer: markup in a title is escaped,
// and a control character XML 1.0 does not allow is dropped rather than
// making the packet ill-formed.
TEST(PdfXmp, TextIsEscapedAndWellFormed) {
  page::Metadata meta;
  meta.title = "A&B <快递>\x01\x1f";
  meta.author = "\"所\"";
  PdfOptions options;
  options.timestamp = 1736121600;
  const std::string x = xmp_packet(meta, options, "0ef709c2-d4d9-a4b9-1c96-618a690b437d");
  EXPECT_NE(x.find("<rdf:li xml:lang=\"x-default\">A&amp;B &lt;快递&gt;</rdf:li>"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("<rdf:li>&quot;所&quot;</rdf:li>"), std::string::npos) << x;
  EXPECT_EQ(x.find('\x01'), std::string::npos);
  EXPECT_EQ(x.find('\x1f'), std::string::npos);
  EXPECT_NE(x.find("<xmp:CreateDate>2025-01-06T00:00:00Z</xmp:CreateDate>"), std::string::npos);
  EXPECT_NE(x.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), std::string::npos);
  EXPECT_EQ(x.rfind("<?xpacket begin=\"\xEF\xBB\xBF\"", 0), 0u);
  EXPECT_EQ(x.substr(x.size() - 19), "<?xpacket end=\"w\"?>");
}

// The fingerprint is XXH3-128: nothing added gives the specified digest of
// the empty input, and a piece is delimited by its length.
TEST(PdfContentHash, IsXxh3WithLengthDelimitedPieces) {
  EXPECT_EQ(ContentHash().hex(), "99aa06d3014798d86001c324468d497f");
  ContentHash ab_c, a_bc, copy;
  ab_c.add("ab");
  ab_c.add("c");
  a_bc.add("a");
  a_bc.add("bc");
  EXPECT_NE(ab_c.hex(), a_bc.hex());
  copy = ab_c;
  EXPECT_EQ(copy.hex(), ab_c.hex());
  copy.add("d");
  EXPECT_NE(copy.hex(), ab_c.hex());
  EXPECT_EQ(ab_c.uuid().substr(0, 8), ab_c.hex().substr(0, 8));
}

TEST(PdfPageGeometry, BoxesNestTrimInBleedInMedia) {
  PageGeometry g{Length::mm(210), Length::mm(297), Length::mm(3), Length::zero()};
  EXPECT_EQ(g.trim_box(), "[8.5039 8.5039 603.7795 850.3937]");
  EXPECT_EQ(g.bleed_box(), "[0 0 612.2835 858.8976]");
  EXPECT_EQ(g.media_box(), g.bleed_box());
  PageGeometry m{Length::mm(210), Length::mm(297), Length::mm(3), Length::mm(12)};
  EXPECT_EQ(m.bleed_box(), "[34.0157 34.0157 646.2992 892.9134]");
  EXPECT_EQ(m.media_box(), "[0 0 680.315 926.9291]");
  // Model (0,0) is the trim's top-left corner.
  EXPECT_EQ(format_length(m.x(Length::zero())), "42.5197");
  EXPECT_EQ(format_length(m.y(Length::zero())), "884.4095");
}

}  // namespace
}  // namespace paiban::pdf
