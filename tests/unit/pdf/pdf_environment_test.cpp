// The pdf stage reads every file it needs through the Environment: an
// environment with no file system behind it (fonts, image and both ICC
// profiles served from memory under paths that do not exist) still gives a
// whole PDF, and it was asked for exactly those files.
#include <gtest/gtest.h>

#include <filesystem>
#include <mutex>
#include <set>

#include "pdf/pdf_writer.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

class MemoryEnvironment : public Environment {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }

  std::optional<std::string> read_file(const std::string& path) const override {
    note(path);
    auto it = files_.find(path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
  }
  std::string why_unreadable(const std::string& path) const override {
    return files_.count(path) ? std::string() : "not in memory";
  }
  std::shared_ptr<const SharedFace> open_face(const std::string& path, int face_index,
                                              FontFileProblem* problem,
                                              std::string* /*damage*/ = nullptr) const override {
    note(path + "#" + std::to_string(face_index));
    auto it = files_.find(path);
    if (it == files_.end()) {
      if (problem) *problem = FontFileProblem::unreadable;
      return nullptr;
    }
    return face_from_bytes(it->second, face_index, problem);
  }
  std::optional<FontLocation> find_font(const std::string&, const std::string&) const override {
    return std::nullopt;
  }
  std::optional<int64_t> source_date_epoch() const override { return std::nullopt; }

  std::set<std::string> asked() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return asked_;
  }

 private:
  // Fonts are opened on worker threads.
  void note(const std::string& what) const {
    std::lock_guard<std::mutex> lock(mutex_);
    asked_.insert(what);
  }
  std::map<std::string, std::string> files_;
  mutable std::mutex mutex_;
  mutable std::set<std::string> asked_;
};

const std::string kFont = "/in-memory/fonts/kai.ttf";
const std::string kChart = "/in-memory/images/chart.png";
const std::string kCmyk = "/in-memory/profiles/print.icc";
const std::string kSrgb = "/in-memory/profiles/srgb.icc";

TEST(PdfEnvironment, EveryInputComesFromTheEnvironment) {
  MemoryEnvironment env;
  env.add(kFont, test::read_file(PAIBAN_WENKAI));
  env.add(kChart, test::read_file(std::string(PAIBAN_SOURCE_DIR) +
                                  "/tests/e2e/composition/images/chart.png"));
  env.add(kCmyk, test::read_file(test::fogra39()));
  env.add(kSrgb, test::read_file(test::srgb()));
  ASSERT_FALSE(std::filesystem::exists("/in-memory"));

  page::PagedDocument doc;
  doc.meta.title = "内存中的文件";
  page::Page p;
  p.width = Length::mm(148);
  p.height = Length::mm(210);
  page::GlyphRun run = test::shape(test::wenkai(), "字体来自内存", Length::pt(12),
                                   Point{Length::mm(20), Length::mm(30)});
  run.font.path = kFont;  // same glyph ids, the bytes come from memory
  p.items.push_back(run);
  page::Image chart;
  chart.path = kChart;
  chart.rect = Rect{Length::mm(20), Length::mm(40), Length::mm(100), Length::mm(60)};
  p.items.push_back(chart);
  doc.pages.push_back(p);

  PdfOptions o;
  o.output_profile_path = kCmyk;
  o.rgb_profile_path = kSrgb;
  o.timestamp = 1736121600;
  test::TempDir dir;
  const std::string out = dir.file("memory.pdf");
  Diagnostics d = write_pdf(doc, o, env, out);
  ASSERT_FALSE(d.has_errors()) << d.format_all();

  EXPECT_EQ(env.asked(), (std::set<std::string>{kFont + "#0", kChart, kCmyk, kSrgb}));
  auto f = test::inspect(out);
  EXPECT_EQ(test::fact(f, "oi.profile_bytes"), "121368");
  auto images = test::facts_of(f, "image");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0], "0|/Im1|[/ICCBased, <Stream>]|/FlateDecode|False");
  auto fonts = test::run("pdffonts " + test::quote(out));
  EXPECT_NE(fonts.out.find("LXGWWenKai-Regular"), std::string::npos) << fonts.out;
  auto text = test::run("pdftotext " + test::quote(out) + " -");
  EXPECT_NE(text.out.find("字体来自内存"), std::string::npos) << text.out;
}

// A file the environment cannot serve is an error that says why, in the
// environment's words.
TEST(PdfEnvironment, AMissingInputIsReportedWithTheEnvironmentsReason) {
  MemoryEnvironment env;
  env.add(kCmyk, test::read_file(test::fogra39()));
  page::PagedDocument doc;
  page::Page p;
  p.width = Length::mm(148);
  p.height = Length::mm(210);
  page::Image chart;
  chart.path = kChart;
  chart.rect = Rect{Length::mm(20), Length::mm(40), Length::mm(100), Length::mm(60)};
  p.items.push_back(chart);
  doc.pages.push_back(p);
  PdfOptions o;
  o.output_profile_path = kCmyk;
  test::TempDir dir;
  Diagnostics d = write_pdf(doc, o, env, dir.file("x.pdf"));
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items()[0].message, "cannot read image file: not in memory");

  page::PagedDocument text;
  text.pages.push_back(p);
  text.pages[0].items = {
      test::shape(test::wenkai(), "字", Length::pt(12), Point{Length::mm(20), Length::mm(30)})};
  std::get<page::GlyphRun>(text.pages[0].items[0]).font.path = kFont;
  d = write_pdf(text, o, env, dir.file("y.pdf"));
  ASSERT_TRUE(d.has_errors());
  EXPECT_EQ(d.items()[0].message, "cannot read font file '" + kFont + "'");
  EXPECT_FALSE(std::filesystem::exists(dir.file("y.pdf")));
}

}  // namespace
}  // namespace paiban::pdf
