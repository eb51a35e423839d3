// Size and speed on a realistic load: 3 pages with ~1500 distinct hanzi in
// each of the two font kinds. Prints the numbers (for docs/print.md) and
// asserts the text survives and the file stays small.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include <hb.h>

#include "pdf/pdf_writer_detail.h"
#include "pdf/write_memo.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

// The first `count` characters from U+4E00 on that both fonts map.
std::vector<std::string> common_hanzi(int count) {
  auto has = [](const char* path, int index) {
    hb_blob_t* blob = hb_blob_create_from_file(path);
    hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(index));
    hb_font_t* font = hb_font_create(face);
    return std::make_tuple(blob, face, font);
  };
  auto [b1, f1, n1] = has(PAIBAN_NOTO_SERIF_CJK, 2);
  auto [b2, f2, n2] = has(PAIBAN_WENKAI, 0);
  std::vector<std::string> out;
  for (char32_t cp = 0x4E00; cp < 0x9FA5 && static_cast<int>(out.size()) < count; ++cp) {
    hb_codepoint_t g1, g2;
    if (hb_font_get_nominal_glyph(n1, cp, &g1) && hb_font_get_nominal_glyph(n2, cp, &g2)) {
      std::string s;
      s.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      s.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      s.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      out.push_back(s);
    }
  }
  for (auto* f : {n1, n2}) hb_font_destroy(f);
  for (auto* f : {f1, f2}) hb_face_destroy(f);
  for (auto* b : {b1, b2}) hb_blob_destroy(b);
  return out;
}

// Three A4 pages, each line of `per_line` hanzi set once in each font kind,
// 1500 distinct glyphs per font; `lines` gets page 1's lines.
page::PagedDocument three_pages(std::vector<std::string>* lines) {
  auto hanzi = common_hanzi(1500);
  EXPECT_EQ(hanzi.size(), 1500u);
  page::PagedDocument doc;
  doc.meta.title = "体积测试";
  const int per_page = 500, per_line = 50;
  for (int p = 0; p < 3; ++p) {
    page::Page pg;
    pg.width = Length::mm(210);
    pg.height = Length::mm(297);
    for (int l = 0; l < per_page / per_line; ++l) {
      std::string line;
      for (int i = 0; i < per_line; ++i)
        line += hanzi[static_cast<size_t>(p * per_page + l * per_line + i)];
      // Same line in both faces: 1500 distinct glyphs per font overall.
      for (int f = 0; f < 2; ++f) {
        pg.items.push_back(test::shape(f == 0 ? test::noto_sc() : test::wenkai(), line,
                                       Length::pt(9),
                                       Point{Length::mm(10), Length::mm(20 + (l * 2 + f) * 6)}));
      }
      if (p == 0 && lines) lines->push_back(line);
    }
    doc.pages.push_back(pg);
  }
  return doc;
}

TEST(PdfSize, ThreePagesOf1500DistinctHanziPerFont) {
  std::vector<std::string> expected_lines;
  const page::PagedDocument doc = three_pages(&expected_lines);
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.timestamp = 1736121600;
  test::TempDir dir;
  WriteStats stats;
  auto start = std::chrono::steady_clock::now();
  Diagnostics d =
      write_pdf_with(doc, o, test::files(), dir.file("size.pdf"), FileWriteHooks{}, &stats);
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_FALSE(d.has_errors()) << d.format_all();
  ASSERT_EQ(stats.subset_seconds.size(), 2u);
  std::printf(
      "[ size ] 3 pages, %zu + %zu distinct glyphs: %zu bytes, write_pdf %.3f s, "
      "subset %s %.3f s, %s %.3f s\n",
      stats.subset_glyphs[0], stats.subset_glyphs[1], stats.file_bytes, total, "NotoSerifCJK#2",
      stats.subset_seconds[0].second, "WenKai", stats.subset_seconds[1].second);
  EXPECT_EQ(stats.subset_glyphs[0], 1500u);
  EXPECT_EQ(stats.subset_glyphs[1], 1500u);
  // ≈0.4 KB per CFF glyph and ≈0.3 KB per TrueType glyph after Flate
  // (docs/stack.md §3), plus the 95 KB profile: well under 2 MB.
  EXPECT_LT(stats.file_bytes, 2'000'000u);
  auto t = test::run("pdftotext -f 1 -l 1 " + test::quote(dir.file("size.pdf")) + " -");
  for (const auto& line : expected_lines) EXPECT_NE(t.out.find(line), std::string::npos);
  auto q = test::run("qpdf --check " + test::quote(dir.file("size.pdf")));
  EXPECT_EQ(q.status, 0) << q.out;
}

// Subsetting and compression run on worker threads; the bytes must not
// depend on how many.
TEST(PdfSize, SameBytesAtAnyThreadCount) {
  const page::PagedDocument doc = three_pages(nullptr);
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.timestamp = 1736121600;
  std::string reference;
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    o.threads = threads;
    std::string bytes;
    Diagnostics d = render_pdf_bytes(doc, o, test::files(), bytes, nullptr);
    ASSERT_FALSE(d.has_errors()) << d.format_all();
    ASSERT_GT(bytes.size(), 100'000u);
    if (reference.empty()) reference = bytes;
    EXPECT_TRUE(bytes == reference) << "threads = " << threads << " gave other bytes";
  }
}

// `paiban watch` keeps a WriteMemo between writes: what it hands back must
// give the bytes a write without it gives, for the same document and for a
// changed one, and it must actually be used.
TEST(PdfSize, AMemoOfTheLastWriteGivesTheSameBytes) {
  page::PagedDocument doc = three_pages(nullptr);
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.timestamp = 1736121600;
  std::string fresh, first, second;
  ASSERT_FALSE(render_pdf_bytes(doc, o, test::files(), fresh, nullptr).has_errors());
  WriteMemo memo;
  o.memo = &memo;
  ASSERT_FALSE(render_pdf_bytes(doc, o, test::files(), first, nullptr).has_errors());
  EXPECT_EQ(memo.counts().stream_hits, 0u);
  EXPECT_EQ(memo.counts().subset_misses, 2u);
  ASSERT_FALSE(render_pdf_bytes(doc, o, test::files(), second, nullptr).has_errors());
  EXPECT_TRUE(first == fresh);
  EXPECT_TRUE(second == fresh);
  EXPECT_EQ(memo.counts().stream_misses, 0u);
  EXPECT_EQ(memo.counts().subset_hits, 2u);

  // Page 2 loses its last line (one face then has fewer glyphs): only what
  // changed is made again, and the bytes are those of a fresh write.
  doc.pages[1].items.pop_back();
  std::string changed, changed_fresh;
  ASSERT_FALSE(render_pdf_bytes(doc, o, test::files(), changed, nullptr).has_errors());
  EXPECT_EQ(memo.counts().subset_hits, 1u);
  EXPECT_EQ(memo.counts().subset_misses, 1u);
  EXPECT_GE(memo.counts().stream_hits, 3u);    // pages 1 and 3, the profile
  EXPECT_GE(memo.counts().stream_misses, 2u);  // page 2, the smaller font program
  o.memo = nullptr;
  ASSERT_FALSE(render_pdf_bytes(doc, o, test::files(), changed_fresh, nullptr).has_errors());
  EXPECT_TRUE(changed == changed_fresh);
  EXPECT_FALSE(changed == fresh);
}

}  // namespace
}  // namespace paiban::pdf
