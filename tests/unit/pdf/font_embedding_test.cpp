// The pages are painted while the fonts are subset (pdf/font_embedding.h):
// the file must be the one painting after subsetting gives, at any thread
// count, when a prediction is wrong, and with issues written side by side.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "pdf/pdf_writer_detail.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

// Two pages in three faces of the three kinds: CID-keyed CFF, TrueType,
// TrueType with composite glyphs. `salt` changes the text a little.
page::PagedDocument pages(int salt) {
  const page::FaceRef dejavu{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0};
  page::PagedDocument doc;
  doc.meta.title = "边印边嵌";
  const std::string lines[] = {
      "排版引擎把稿件排成印刷品，标点挤压与避头尾都照规矩。",
      "中文正文用宋体，标题用楷体，引文用黑体。",
      "Crème brûlée, façade, Ångström, naïve Øre — ÀÉÎÕÜ àéîõü.",
  };
  for (int p = 0; p < 2; ++p) {
    page::Page pg;
    pg.width = Length::mm(148);
    pg.height = Length::mm(210);
    for (int l = 0; l < 6; ++l) {
      const int kind = (l + p + salt) % 3;
      const page::FaceRef face = kind == 0 ? test::noto_sc() : kind == 1 ? test::wenkai() : dejavu;
      std::string text = lines[kind];
      if (salt && kind != 2) text += "第" + std::to_string(salt) + "期";
      pg.items.push_back(
          test::shape(face, text, Length::pt(10), Point{Length::mm(12), Length::mm(20 + l * 8)}));
    }
    doc.pages.push_back(pg);
  }
  return doc;
}

PdfOptions options(unsigned threads) {
  PdfOptions o;
  o.output_profile_path = test::fogra39();
  o.timestamp = 1736121600;
  o.threads = threads;
  return o;
}

std::string render(const page::PagedDocument& doc, unsigned threads, WriteStats* stats,
                   const WriteSeams& seams = {}) {
  std::string bytes;
  Diagnostics d = render_pdf_bytes(doc, options(threads), test::files(), bytes, stats, seams);
  EXPECT_FALSE(d.has_errors()) << d.format_all();
  return bytes;
}

TEST(FontEmbedding, PaintingAheadGivesTheBytesOfPaintingAfter) {
  const page::PagedDocument doc = pages(0);
  WriteStats serial_stats;
  const std::string serial = render(doc, 1, &serial_stats);
  ASSERT_GT(serial.size(), 50'000u);
  EXPECT_EQ(serial_stats.subset_seconds.size(), 3u);
  for (unsigned threads : {2u, 3u, 8u}) {
    WriteStats stats;
    EXPECT_TRUE(render(doc, threads, &stats) == serial) << threads << " threads";
    EXPECT_FALSE(stats.painted_again) << "a prediction was wrong at " << threads << " threads";
    EXPECT_EQ(stats.subset_glyphs, serial_stats.subset_glyphs);
  }
}

// A wrong prediction is found when the subset is there: the pages are
// painted again with the subset's codes, and the file is the same.
TEST(FontEmbedding, AWrongPredictionPaintsThePagesAgain) {
  const page::PagedDocument doc = pages(0);
  const std::string serial = render(doc, 1, nullptr);
  for (unsigned threads : {2u, 3u}) {
    WriteStats stats;
    WriteSeams spoil;
    spoil.spoil_predicted_codes = true;
    const std::string bytes = render(doc, threads, &stats, spoil);
    EXPECT_TRUE(stats.painted_again);
    EXPECT_TRUE(bytes == serial) << threads << " threads";
    // Counted once, for the painting that was kept.
    EXPECT_EQ(stats.subset_seconds.size(), 3u);
  }
  // Spoiling needs threads to paint ahead: one thread paints after.
  WriteStats one;
  WriteSeams spoil;
  spoil.spoil_predicted_codes = true;
  EXPECT_TRUE(render(doc, 1, &one, spoil) == serial);
  EXPECT_FALSE(one.painted_again);
}

// Issues written side by side (`paiban render` with several manuscripts) share the
// process's font faces while each subsets and paints on its own threads.
TEST(FontEmbedding, IssuesSideBySideGiveTheirOwnBytes) {
  std::vector<page::PagedDocument> docs;
  std::vector<std::string> alone;
  for (int salt = 0; salt < 4; ++salt) {
    docs.push_back(pages(salt));
    alone.push_back(render(docs.back(), 1, nullptr));
  }
  EXPECT_FALSE(alone[0] == alone[1]);
  for (int round = 0; round < 3; ++round) {
    std::vector<std::string> together(docs.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < docs.size(); ++i)
      threads.emplace_back([&, i] { together[i] = render(docs[i], 2, nullptr); });
    for (std::thread& t : threads) t.join();
    for (std::size_t i = 0; i < docs.size(); ++i)
      EXPECT_TRUE(together[i] == alone[i]) << "issue " << i << ", round " << round;
  }
}

}  // namespace
}  // namespace paiban::pdf
