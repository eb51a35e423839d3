// The bundled sample issue end to end: facts on the engine's page model and
// on the PDF as the print shop and readers get it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/pdf_options.h"
#include "cli/render.h"
#include "cli/timestamp.h"
#include "pdf/pdf_writer.h"
#include "pdf_tools.h"
#include "support/pinned_environment.h"

namespace paiban::testing {
namespace {

namespace fs = std::filesystem;

// The manuscript's own text: section and article titles and every block, in
// reading order (what a reader must be able to copy out of the PDF).
void append_blocks(const std::vector<Block>& blocks, std::string& out) {
  for (const Block& b : blocks) {
    out += plain_text(b.inlines);
    append_blocks(b.children, out);
  }
}

std::string manuscript_text(const Document& doc) {
  std::string out;
  for (const Section& s : doc.sections) {
    out += s.title;
    for (const Article& a : s.articles) {
      out += a.title_text;
      append_blocks(a.blocks, out);
    }
  }
  return strip_whitespace(out);
}

std::string page_model_text(const page::PagedDocument& pages, bool with_artifacts) {
  std::string out;
  for (const auto& p : pages.pages)
    for (const auto& item : p.items)
      if (const auto* run = std::get_if<page::GlyphRun>(&item))
        if (with_artifacts || run->artifact == page::Artifact::none)
          for (const auto& g : run->glyphs) out += g.text;
  return strip_whitespace(out);
}

// Where two texts first differ, with a little context, for a readable
// failure message instead of two dumps of several thousand characters.
std::string first_difference(const std::string& want, const std::string& have) {
  std::size_t i = 0;
  while (i < want.size() && i < have.size() && want[i] == have[i]) ++i;
  if (i == want.size() && i == have.size()) return "equal";
  while (i > 0 && (static_cast<unsigned char>(want[i]) & 0xC0) == 0x80) --i;  // char start
  const std::size_t from = i > 30 ? i - 30 : 0;
  auto cut = [&](const std::string& s) {
    std::string out =
        s.substr(from, std::min<std::size_t>(90, s.size() - std::min(from, s.size())));
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    return out;
  };
  return "first difference at byte " + std::to_string(i) + "\n  want: …" + cut(want) +
         "\n  have: …" + cut(have);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class SampleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static PinnedEnvironment env;
    static std::ostringstream err, out;
    cli::RenderContext ctx{env, "", err, out};
    result_ = new cli::Typeset(cli::typeset({}, ctx));
    diagnostics_ = new std::string(err.str());
    options_ = new pdf::PdfOptions(cli::pdf_options_for(
        result_->sheet,
        cli::output_timestamp(env.source_date_epoch(), result_->document.meta.date)));
    pdf_path_ = new std::string(std::string(PAIBAN_E2E_OUT) + "/sample.pdf");
    write_errors_ =
        new std::string(pdf::write_pdf(result_->pages, *options_, env, *pdf_path_).format_all());
  }
  static void TearDownTestSuite() {
    delete result_;
    delete diagnostics_;
    delete options_;
    delete pdf_path_;
    delete write_errors_;
  }

  static cli::Typeset* result_;
  static std::string* diagnostics_;
  static pdf::PdfOptions* options_;
  static std::string* pdf_path_;
  static std::string* write_errors_;
};

cli::Typeset* SampleTest::result_ = nullptr;
std::string* SampleTest::diagnostics_ = nullptr;
pdf::PdfOptions* SampleTest::options_ = nullptr;
std::string* SampleTest::pdf_path_ = nullptr;
std::string* SampleTest::write_errors_ = nullptr;

TEST_F(SampleTest, TypesetsWithoutErrors) {
  ASSERT_EQ(result_->exit_code, cli::kSuccess) << *diagnostics_;
  EXPECT_GE(result_->pages.pages.size(), 4u);
  EXPECT_EQ(*write_errors_, "");
  EXPECT_EQ(result_->document.sections.size(), 3u);
}

// Kinsoku, justification, 孤字 — measured on the engine's own line list.
TEST_F(SampleTest, EngineLinesObeyTheChineseLineRules) {
  const auto& s = result_->stats;
  EXPECT_GT(s.justified_lines, 80) << s.summary();
  EXPECT_EQ(s.kinsoku_violations, 0) << s.summary();
  EXPECT_EQ(s.overfull_lines, 0) << s.summary();
  EXPECT_EQ(s.flush_lines, s.justified_lines) << s.summary();
  EXPECT_EQ(s.orphan_lines, 0) << s.summary();
  // Inter-character stretch stays small: no letter-spaced lines.
  EXPECT_LT(s.max_inter_cjk_em, 0.15) << s.summary();
  // CJK–Latin gaps stay within the configured ⅛ … ⅓ em.
  EXPECT_GT(s.cjk_latin_gaps, 100);
  EXPECT_GE(s.cjk_latin_min_em, 0.125 - 1e-6);
  EXPECT_LE(s.cjk_latin_max_em, 1.0 / 3.0 + 1e-6);
}

// The page model carries every manuscript character, in order; whatever the
// masthead adds from the front matter comes before the first section.
TEST_F(SampleTest, PageModelHoldsTheManuscriptTextInOrder) {
  const std::string want = manuscript_text(result_->document);
  const std::string have = page_model_text(result_->pages, false);
  ASSERT_GE(have.size(), want.size());
  const std::string tail = have.substr(have.size() - want.size());
  EXPECT_TRUE(tail == want) << first_difference(want, tail);
  EXPECT_LT(have.size() - want.size(), 1500u) << "more than a masthead before the text";
}

TEST_F(SampleTest, NoMissingGlyphs) {
  int notdef = 0;
  for (const auto& p : result_->pages.pages)
    for (const auto& item : p.items)
      if (const auto* run = std::get_if<page::GlyphRun>(&item))
        for (const auto& g : run->glyphs) notdef += g.id == 0;
  EXPECT_EQ(notdef, 0);
  EXPECT_EQ(diagnostics_->find("no font"), std::string::npos) << *diagnostics_;
}

// Glyph runs on one baseline never overlap each other.
TEST_F(SampleTest, RunsOnABaselineDoNotOverlap) {
  int overlaps = 0;
  for (const auto& p : result_->pages.pages) {
    std::vector<std::pair<Length, std::pair<Length, Length>>> spans;  // y, [x0, x1)
    for (const auto& item : p.items) {
      const auto* run = std::get_if<page::GlyphRun>(&item);
      if (!run || run->glyphs.empty()) continue;
      Length width;
      for (const auto& g : run->glyphs) width += g.advance;
      spans.push_back({run->origin.y, {run->origin.x, run->origin.x + width}});
    }
    for (std::size_t i = 0; i < spans.size(); ++i)
      for (std::size_t j = i + 1; j < spans.size(); ++j)
        if (spans[i].first == spans[j].first &&
            spans[i].second.first + Length::pt(0.5) < spans[j].second.second &&
            spans[j].second.first + Length::pt(0.5) < spans[i].second.second)
          ++overlaps;
  }
  EXPECT_EQ(overlaps, 0);
}

// pdftotext gives back exactly what the page model holds (the manuscript
// plus running heads and folios), character for character.
TEST_F(SampleTest, PdfTextRoundTrip) {
  auto r = run_command("pdftotext -raw -enc UTF-8 '" + *pdf_path_ + "' -");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  const std::string want = page_model_text(result_->pages, true);
  const std::string have = strip_whitespace(r.output);
  EXPECT_TRUE(have == want) << first_difference(want, have);
}

// The PDF encloses exactly the page model's furniture runs (running heads,
// folios, leaders) in /Artifact marked content of their kind, and no body
// run: text objects are painted in item order, so the lists must be equal.
TEST_F(SampleTest, PdfMarksExactlyTheFurnitureRunsAsArtifacts) {
  auto r = run_command("/usr/bin/python3 '" + std::string(PAIBAN_SOURCE_DIR) +
                       "/tests/unit/pdf/inspect_pdf.py' '" + *pdf_path_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::string have;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("text_object: ", 0) == 0)
      have += line.substr(13, line.find('|') - 13) + " " + line.substr(line.rfind('|') + 1) + "\n";
  std::string want;
  int furniture = 0;
  for (std::size_t p = 0; p < result_->pages.pages.size(); ++p)
    for (const auto& item : result_->pages.pages[p].items)
      if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
        if (run->glyphs.empty()) continue;
        const char* kinds[] = {"none", "/Artifact Pagination/Header", "/Artifact Pagination/Footer",
                               "/Artifact Layout/", "/Artifact Page/"};
        want += std::to_string(p) + " " + kinds[static_cast<int>(run->artifact)] + "\n";
        furniture += run->artifact != page::Artifact::none;
      }
  EXPECT_GE(furniture, 10) << "heads, folios and contents leaders";
  EXPECT_EQ(have, want);
}

TEST_F(SampleTest, PdfFontsAreEmbeddedSubsetWithToUnicode) {
  auto r = run_command("pdffonts '" + *pdf_path_ + "'");
  ASSERT_EQ(r.exit_code, 0) << r.output;
  std::istringstream lines(r.output);
  std::string line;
  int fonts = 0;
  while (std::getline(lines, line)) {
    if (line.find("Identity-H") == std::string::npos) continue;
    ++fonts;
    EXPECT_NE(line.find("yes yes yes"), std::string::npos) << line;
  }
  EXPECT_GE(fonts, 3) << r.output;  // song, hei, kai at least
}

TEST_F(SampleTest, QpdfFindsNoErrorsOrWarnings) {
  auto r = run_command("qpdf --check '" + *pdf_path_ + "'");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("WARNING"), std::string::npos) << r.output;
}

TEST_F(SampleTest, RenderingTwiceGivesTheSameBytes) {
  PinnedEnvironment env;
  const std::string again = std::string(PAIBAN_E2E_OUT) + "/sample-again.pdf";
  ASSERT_EQ(pdf::write_pdf(result_->pages, *options_, env, again).format_all(), "");
  std::ostringstream err, out;
  cli::RenderContext ctx{env, "", err, out};
  const cli::Typeset second = cli::typeset({}, ctx);
  const std::string third = std::string(PAIBAN_E2E_OUT) + "/sample-third.pdf";
  ASSERT_EQ(pdf::write_pdf(second.pages, *options_, env, third).format_all(), "");
  const std::string bytes = read_file(*pdf_path_);
  EXPECT_EQ(bytes, read_file(again));
  EXPECT_EQ(bytes, read_file(third)) << "a second full run differs";
}

}  // namespace
}  // namespace paiban::testing
