// docs/typography.md §1 test cases on the paragraph setter (Noto Serif CJK SC,
// 10 pt, so 1 em = 10 pt).
#include "paragraph_fixture.h"

namespace paiban::testing {
namespace {

constexpr double kEps = 1e-3;

// R1 (a): "，" may not start a line: "十，" is pushed down together and
// line 1 is set with 9 characters spread over 10 em.
TEST_F(ParagraphTest, KinsokuPushesCommaWithItsCharacter) {
  auto lines = set("一二三四五六七八九十，一二三", 10);
  ASSERT_EQ(texts(lines), (std::vector<std::string>{"一二三四五六七八九", "十，一二三"}));
  EXPECT_EQ(lines[0].width, Length::pt(100));  // flush with the measure
  auto xs = pen_em(lines[0]);
  ASSERT_EQ(xs.size(), 9u);
  EXPECT_NEAR(xs[8], 9.0 / 8.0 * 8.0, kEps);  // 8 gaps of 1/8 em: last char at 9 em
  EXPECT_NEAR(xs[1] - xs[0], 1.125, kEps);
}

// R1 (b), strict: …… never starts a line.
TEST_F(ParagraphTest, StrictKinsokuKeepsEllipsisOffLineStart) {
  auto lines = set("一二三四五六七八九十……好", 10);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(texts(lines)[1].substr(0, 3), "十");
  EXPECT_EQ(texts(lines)[1], "十……好");
}

// R1 (c): the interpunct never starts a line (typst#6774).
TEST_F(ParagraphTest, InterpunctNeverStartsALine) {
  for (double measure : {5.0, 6.0, 7.0, 8.0, 9.0}) {
    auto lines = set("噫，克里斯蒂娜·罗塞蒂说了一些话", measure);
    for (const auto& l : lines) {
      ASSERT_FALSE(l.text.empty());
      EXPECT_NE(l.text.front(), U'·') << "measure " << measure;
      EXPECT_NE(l.text.front(), U'，') << "measure " << measure;
    }
  }
}

// R3: 他说：“好。” is 6 em, not 7: ：“ and 。” each compress to 1.5 em.
TEST_F(ParagraphTest, AdjacentPunctuationCompressesToOneAndAHalfEm) {
  auto lines = set("他说：“好。”", 20);
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  ASSERT_EQ(xs.size(), 7u);
  EXPECT_NEAR(xs[1], 1.0, kEps);  // 说
  EXPECT_NEAR(xs[2], 2.0, kEps);  // ：
  EXPECT_NEAR(xs[4], 3.5, kEps);  // 好: ：+“ took 1.5 em
  EXPECT_NEAR(xs[6], 5.0, kEps);  // ” right after the half-width 。
  EXPECT_NEAR(lines[0].natural_width.to_pt(), 60.0, kEps);
}

// R3: full-width punctuation at a line end is set half width.
TEST_F(ParagraphTest, LineEndPunctuationIsHalfWidth) {
  // 9 characters + "，" fit 10 em only if the comma ends the line at ½ em.
  auto lines = set("一二三四五六七八九，一二三四五", 9.5);
  ASSERT_EQ(texts(lines)[0], "一二三四五六七八九，");
  EXPECT_EQ(lines[0].width, Length::pt(95));
}

// R4: ¼ em between Han and Latin letters or digits, none next to CJK
// punctuation, none inside the number or word.
TEST_F(ParagraphTest, CjkLatinSpacingIsAQuarterEm) {
  auto lines = set("采用2048块H800训练", 30);
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  // 采 用 | 2 0 4 8 | 块 | H 8 0 0 | 训 练
  ASSERT_EQ(xs.size(), 13u);
  const double digit = xs[3] - xs[2];
  EXPECT_NEAR(xs[2] - xs[1], 1.25, kEps);            // 用 + ¼ em
  EXPECT_NEAR(xs[6] - xs[5], digit + 0.25, 0.05);    // 8 + ¼ em before 块
  EXPECT_NEAR(xs[7] - xs[6], 1.25, kEps);            // 块 + ¼ em
  EXPECT_NEAR(xs[4] - xs[3], digit, kEps);           // inside 2048: nothing added
  EXPECT_NEAR(xs[11] - xs[10], digit + 0.25, 0.05);  // 0 + ¼ em before 训
}

TEST_F(ParagraphTest, NoCjkLatinSpaceBesideQuotes) {
  auto lines = set("“DeepSeek-V3”发布", 30);
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  ASSERT_EQ(xs.size(), 15u);  // “ D e e p S e e k - V 3 ” 发 布
  // “ is compressed at the paragraph start to its ink; D follows the quote
  // box directly, and 发 follows ” at its full width (no ¼ em anywhere).
  EXPECT_NEAR(xs[14] - xs[13], 1.0, kEps);  // 发 布 solid
  EXPECT_NEAR(xs[13] - xs[12], 1.0, kEps);  // ” keeps 1 em before 发: no ¼ em added
  // The paragraph-initial “ loses its left blank (its origin sits ½ em
  // before the line start, so its ink starts at 0), and D follows its ink
  // box directly: no ¼ em.
  EXPECT_NEAR(xs[0], -0.5, kEps);
  EXPECT_NEAR(xs[1], 0.5, kEps);
}

// Latin words and numbers never break inside; ——, …… never split.
TEST_F(ParagraphTest, NoBreakInsideLatinWordsOrDashes) {
  // (DeepSeek-V3 is 6.25 em wide: narrower measures must split it, below.)
  for (double measure : {7.0, 8.0, 9.0, 11.0, 13.0}) {
    auto lines = set("深度求索上线DeepSeek-V3模型——开源GPT-4o的一半成本……约557.6万美元", measure);
    std::string all;
    for (const auto& t : texts(lines)) all += t + "|";
    for (const char* unit : {"DeepSeek-V3", "GPT-4o", "——", "……", "557.6"})
      EXPECT_NE(all.find(unit), std::string::npos)
          << unit << " split at " << measure << ": " << all;
  }
}

// A no-break space binds "GB 9685"; between Han and Latin it gives way to
// the ¼-em CJK–Latin space like an ordinary space.
TEST_F(ParagraphTest, NoBreakSpaceBindsAndYieldsToCjkLatinSpacing) {
  for (double measure : {6.0, 7.0, 8.0, 9.0, 10.0}) {
    auto lines = set("原辅材料必须符合中国GB\u00A09685等相关标准", measure);
    std::string all;
    for (const auto& t : texts(lines)) all += t + "|";
    // Spaces are glue, not boxes: the line text reads "GB9685".
    EXPECT_NE(all.find("GB9685"), std::string::npos) << all;
  }
  auto one = set("中国GB\u00A09685标准", 30);
  auto gb = pen_em(one[0]);
  EXPECT_GT(gb[4] - gb[3], 0.8);  // B + a word space before 9
  auto lines = set("这与\u00A0DeepSeek\u00A0降低", 30);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(texts(lines)[0], "这与DeepSeek降低");
  auto xs = pen_em(lines[0]);
  EXPECT_NEAR(xs[2] - xs[1], 1.25, kEps);  // 与 + ¼ em, not a word space
}

// R8: no 孤字 — the last line holds at least two characters besides its
// closing punctuation.
TEST_F(ParagraphTest, NoOrphanCharacterOnLastLine) {
  // 10 chars + "者。" at 10 em: greedy would leave "者。" alone.
  auto lines = set("一二三四五六七八九十者。", 10);
  ASSERT_EQ(lines.size(), 2u);
  int chars = 0;
  for (char32_t c : lines[1].text) chars += (c != U'。');
  EXPECT_GE(chars, 2) << texts(lines)[1];
  EXPECT_EQ(lines[0].width, Length::pt(100));
}

// Every justified line ends exactly on the measure.
TEST_F(ParagraphTest, JustifiedLinesAreFlush) {
  auto lines = set(
      "近年来，以ChatGPT为代表的大语言模型快速发展，在为产业发展和行业应用带来新机遇的同时，"
      "也对科学研究、教育教学、人才培养和就业等方面产生了巨大影响。那么，大模型的基本原理是什么？",
      21, Length::pt(20));
  ASSERT_GE(lines.size(), 4u);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_EQ(lines[i].width, Length::pt(210)) << i;
    EXPECT_FALSE(lines[i].overfull);
  }
  EXPECT_LE(lines.back().width, Length::pt(210));
  EXPECT_TRUE(diags_.empty()) << diags_.format_all();
}

// Style boundaries do not stop compression: **（文字）**。
TEST_F(ParagraphTest, CompressionWorksAcrossStyleBoundaries) {
  style::TextStyle st = sheet_.styles["body"];
  InlineRun a, b, c;
  a.text = "说";
  b.text = "（文字）";
  b.strong = true;
  c.text = "。好";
  auto lines = setter_.set({a, b, c}, st, Length::pt(200), {"t.md", 1, 1});
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  ASSERT_EQ(xs.size(), 7u);
  EXPECT_NEAR(xs[6] - xs[4], 1.5, kEps);  // ）。 compress to 1.5 em before 好
}

}  // namespace
}  // namespace paiban::testing
