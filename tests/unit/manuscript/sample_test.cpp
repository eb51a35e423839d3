// The sample issue (samples/2025-01/issue.md) read end to end: the facts a
// reader of the printed newsletter would check.
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "base/utf8.h"
#include "manuscript/cjk_chars.h"
#include "read_helper.h"

namespace paiban::manuscript::test {
namespace {

using ::testing::ElementsAre;

class Sample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string path = std::string(PAIBAN_SOURCE_DIR) + "/samples/2025-01/issue.md";
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    contents_ = new std::string(bytes.str());
    read_ = new Read;
    read_->doc = read_manuscript("samples/2025-01/issue.md", *contents_, read_->diags);
  }
  static void TearDownTestSuite() {
    delete read_;
    delete contents_;
  }
  static const Document& doc() { return read_->doc; }

  // Everything a reader sees: section titles, article titles, block text.
  static std::string all_text() {
    std::string out;
    for (const Section& s : doc().sections) {
      out += s.title + "\n";
      for (const Article& a : s.articles) {
        out += a.title_text + "\n";
        for (const Block& b : a.blocks) out += plain_text(b.inlines) + "\n";
      }
    }
    return out;
  }

  static std::string* contents_;
  static Read* read_;
};

std::string* Sample::contents_ = nullptr;
Read* Sample::read_ = nullptr;

TEST_F(Sample, ReadsWithoutDiagnostics) {
  ASSERT_FALSE(contents_->empty()) << "sample not found under " << PAIBAN_SOURCE_DIR;
  EXPECT_TRUE(read_->diags.empty()) << read_->diags.format_all();
}

TEST_F(Sample, FrontMatter) {
  const IssueMeta& m = doc().meta;
  EXPECT_EQ(m.title, "许昌竞争情报快递");
  EXPECT_EQ(m.issue, "2025年第1期");
  EXPECT_EQ(m.date, "2025-01-06");
  EXPECT_EQ(m.publisher, "许昌市科学技术情报研究所");
  EXPECT_EQ(m.fields.at("notice"), "内部资料，免费交流");
  EXPECT_EQ(m.fields.size(), 5u);
}

TEST_F(Sample, ThreeSections) {
  std::vector<std::string> titles;
  for (const Section& s : doc().sections) titles.push_back(s.title);
  EXPECT_THAT(titles, ElementsAre("编者的话", "行业动态", "行业趋势"));
  EXPECT_EQ(doc().sections.at(0).span.line, 9);
}

TEST_F(Sample, ArticleTitlesAndParagraphCounts) {
  std::vector<std::string> titles;
  std::vector<std::size_t> paragraphs;
  for (const Section& s : doc().sections) {
    for (const Article& a : s.articles) {
      titles.push_back(a.title_text);
      std::size_t n = 0;
      for (const Block& b : a.blocks) n += b.kind == Block::Kind::paragraph;
      EXPECT_EQ(n, a.blocks.size()) << "only paragraphs in " << a.title_text;
      paragraphs.push_back(n);
    }
  }
  EXPECT_THAT(titles,
              ElementsAre("", "工信部：推动“5G+工业互联网”创新发展", "享受科普盛宴 感受科学力量",
                          "为火腿肠“穿”上自制新衣", "深度求索大模型：“花小钱办大事”"));
  EXPECT_THAT(paragraphs, ElementsAre(1u, 9u, 8u, 13u, 22u));
}

TEST_F(Sample, TextSurvivesCharacterForCharacter) {
  std::string text = all_text();
  for (const char* s : {"5G+工业互联网", "DeepSeek-V3", "2048块H800", "“6+3+3”", "5G-A技术",
                        "K0-math", "享受科普盛宴 感受科学力量"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  // The seed separates these with U+00A0 NO-BREAK SPACE, and so does the
  // sample: a space that must not become a line break.
  for (const char* s : {"这与\u00A0DeepSeek\u00A0降低", "Llama3\u00A070B", "GB\u00A09685"})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  EXPECT_EQ(text.find('*'), std::string::npos);
  EXPECT_EQ(text.find("●"), std::string::npos);
}

TEST_F(Sample, NonWhitespaceCharacterCountMatchesTheSeed) {
  // Measured once against the seed text with ●, the page numbers 1 and 7
  // and all Unicode whitespace removed: 6371 characters, equal character
  // for character. Nine of the spaces are U+00A0.
  std::string text = all_text();
  std::size_t count = 0;
  std::size_t no_break_spaces = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = utf8_next(text, i);
    if (!is_unicode_whitespace(cp)) ++count;
    if (cp == 0xA0) ++no_break_spaces;
  }
  EXPECT_EQ(count, 6371u);
  EXPECT_EQ(no_break_spaces, 9u);
}

TEST_F(Sample, FirstParagraphPosition) {
  const Block& b = doc().sections.at(1).articles.at(0).blocks.at(0);
  EXPECT_EQ(b.span.line, 17);
  EXPECT_EQ(b.span.column, 1);
  ASSERT_EQ(b.inlines.size(), 1u);
  EXPECT_EQ(b.inlines[0].text.substr(0, 7), "2024年");
}

}  // namespace
}  // namespace paiban::manuscript::test
