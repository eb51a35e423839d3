// More docs/typography.md §1 cases and §3 complaints, as regression tests on the
// paragraph setter (Noto Serif CJK SC at 10 pt: 1 em = 10 pt).
#include "paragraph_fixture.h"

namespace paiban::testing {
namespace {

constexpr double kEps = 1e-3;

class TypographyCases : public ParagraphTest {
 protected:
  void scheme(style::PunctuationStyle s) { sheet_.typography.punctuation = s; }
};

// R3 schemes. 他说：“好。” set in each: ：“ and 。” in em.
TEST_F(TypographyCases, BanjiaoSetsEveryMarkHalfWidth) {
  scheme(style::PunctuationStyle::banjiao);
  auto xs = pen_em(set("他说：“好。”", 20)[0]);
  EXPECT_NEAR(xs[4] - xs[2], 1.0, kEps);  // ： and “ half each
  EXPECT_NEAR(xs[6] - xs[5], 0.5, kEps);  // 。 half
}

TEST_F(TypographyCases, KaimingKeepsSentenceEndsFullWidth) {
  scheme(style::PunctuationStyle::kaiming);
  auto xs = pen_em(set("他说：“好。”她笑了", 20)[0]);
  EXPECT_NEAR(xs[4] - xs[2], 1.0, kEps);  // ： and “ half
  EXPECT_NEAR(xs[6] - xs[5], 1.0, kEps);  // 。 full
  EXPECT_NEAR(xs[7] - xs[6], 0.5, kEps);  // ” half
}

TEST_F(TypographyCases, HangmobanjiaoDoesNotCompressPairs) {
  scheme(style::PunctuationStyle::hangmobanjiao);
  auto xs = pen_em(set("他说：“好。”她笑了", 20)[0]);
  EXPECT_NEAR(xs[4] - xs[2], 2.0, kEps);  // ：“ stay 2 em
  EXPECT_NEAR(xs[6] - xs[5], 1.0, kEps);
}

// ctex-kit#259: a dash is not squeezed against 》 or 《.
TEST_F(TypographyCases, DashKeepsItsRoomBesideBookTitleMarks) {
  auto lines = set("看《大学》——《中庸》", 20);
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  // 看 《 大 学 》 —— 《 中 庸 》 : —— is one glyph two em wide
  ASSERT_EQ(xs.size(), 10u);
  EXPECT_NEAR(xs[5] - xs[4], 1.0, kEps);  // 》 keeps its full em before ——
  EXPECT_NEAR(xs[6] - xs[5], 2.0, kEps);  // —— two em, one glyph
}

// R11: —— is one unbroken 2-em rule (one glyph), …… two centred ellipses.
TEST_F(TypographyCases, DoubleDashIsOneTwoEmGlyph) {
  auto lines = set("他——我", 20);
  ASSERT_EQ(lines[0].runs.size(), 1u);
  const auto& glyphs = lines[0].runs[0].glyphs;
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_EQ(glyphs[1].text, "——");
  EXPECT_NEAR(glyphs[1].advance.to_pt(), 20.0, kEps);
}

// R6: after the 2-em indent an opening mark's blank is trimmed: 《 ink at 2 em.
TEST_F(TypographyCases, OpeningMarkAfterIndentLosesItsBlank) {
  auto lines = set("《新生》是一本书。", 20, Length::pt(20));
  auto xs = pen_em(lines[0]);
  EXPECT_NEAR(xs[0], 1.5, kEps);  // origin ½ em before the 2-em indent: ink at 2 em
  EXPECT_NEAR(xs[1], 2.5, kEps);  // 新 right after 《's ink half
}

// R10: Chinese quotes take full-width forms; an apostrophe in a Latin word
// stays Latin.
TEST_F(TypographyCases, QuotesFollowTheLanguageNotTheCodePoint) {
  auto lines = set("我说：“T'Pol 是‘虚构’人物！”", 30);
  auto xs = pen_em(lines[0]);
  // 我 说 ： “ T ' P o l 是 ‘ 虚 构 ’ 人 物 ！ ”
  ASSERT_EQ(xs.size(), 18u);
  EXPECT_LT(xs[6] - xs[5], 0.4);            // ' is a narrow Latin apostrophe
  EXPECT_NEAR(xs[12] - xs[11], 1.0, kEps);  // 虚 after ‘ (its ink half kept tight)
  EXPECT_NEAR(xs[14] - xs[13], 1.0, kEps);  // ’ full width before 人
}

// R5, issue 16 point 8: extra space is shared by CJK–Latin gaps and CJK
// gaps in proportion to their stretchability (1/12 em and 1/10 em), not
// poured into the CJK–Latin gaps first; never inside "2048" or "H800".
TEST_F(TypographyCases, JustificationSharesStretchInProportion) {
  const std::string first = "采用2048块H800训练的模型，";
  const auto natural = set(first, 100)[0];
  // The first line ends at "，" (set half-width there) and must stretch by
  // ½ em: shrinking to take 一 as well would cost more.
  const Length half = natural.runs.back().glyphs.back().advance / 2;
  const Length measure = natural.natural_width - half + Length::pt(5);
  style::TextStyle st = sheet_.styles["body"];
  InlineRun run;
  run.text = first + "一二三四五六七八九十一二三四五六七八九十";
  auto lines = setter_.set({run}, st, measure, {"t.md", 1, 1});
  ASSERT_GE(lines.size(), 2u);
  ASSERT_EQ(texts(lines)[0], "采用2048块H800训练的模型，");
  EXPECT_EQ(lines[0].width, measure);
  const auto xs = pen_em(lines[0]);
  const auto nat = pen_em(natural);
  // Inside 2048 and H800: the natural advances, untouched.
  for (int k : {3, 4, 5, 8, 9, 10}) EXPECT_NEAR(xs[k] - xs[k - 1], nat[k] - nat[k - 1], kEps) << k;
  const double cjk_latin = (xs[2] - xs[1]) - (nat[2] - nat[1]);
  EXPECT_NEAR((xs[7] - xs[6]) - (nat[7] - nat[6]), cjk_latin, kEps);
  EXPECT_EQ(lines[0].cjk_latin_count, 4);
  const double even = (xs[13] - xs[12]) - (nat[13] - nat[12]);
  EXPECT_GT(even, 0.005);
  EXPECT_NEAR((xs[14] - xs[13]) - (nat[14] - nat[13]), even, 0.002);  // evenly
  // In proportion: (1/12) / (1/10) of a CJK gap's share; 4 × 1/12 + 9 × 1/10
  // em of stretchability took the half em, so each is well under its limit.
  EXPECT_NEAR(cjk_latin / even, (1.0 / 12) / 0.1, 0.02);
  EXPECT_LT(lines[0].cjk_latin_max.to_pt(), 10.0 / 3.0 - 0.1);
}

// Hanging punctuation (off by default): on, a line-end ， reaches past the
// measure and the text before it fills the measure.
TEST_F(TypographyCases, HangingPunctuationIsAnOption) {
  const std::string text = "一二三四五六七八九十，一二三四五";
  auto plain = set(text, 10);
  EXPECT_EQ(texts(plain)[0], "一二三四五六七八九");  // off: pushed down
  sheet_.typography.hanging_punctuation = true;
  auto hung = set(text, 10);
  ASSERT_EQ(texts(hung)[0], "一二三四五六七八九十，");
  EXPECT_GT(hung[0].hang, Length::zero());
  EXPECT_EQ(hung[0].width - hung[0].hang, Length::pt(100));  // 十 ends on the measure
  auto xs = pen_em(hung[0]);
  EXPECT_NEAR(xs[9], 9.0, kEps);  // solid: no stretch needed
}

// R2/R12: a grouped number never splits; "5G+工" stays together (UAX #14).
// (12,345,678 is 5.02 em wide: from 6 em on it fits a line.)
TEST_F(TypographyCases, NumbersAndPlusGroupsStayWhole) {
  for (double measure : {6.0, 7.0, 8.0, 9.0}) {
    auto lines = set("共计12,345,678元的5G+工业互联网项目", measure);
    std::string all;
    for (const auto& t : texts(lines)) all += t + "|";
    EXPECT_NE(all.find("12,345,678"), std::string::npos) << all;
    EXPECT_NE(all.find("5G+工"), std::string::npos) << all;
  }
}

// §3.1 typst#3082: no comma at line start after （abc0）.
TEST_F(TypographyCases, NoLineStartCommaAfterBracketedLatin) {
  for (double measure = 4; measure <= 12; measure += 0.5) {
    auto lines = set("我们看到（abc0），然后继续看（GPU），结束。", measure);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      ASSERT_FALSE(lines[i].text.empty());
      EXPECT_NE(lines[i].text.front(), U'，') << measure;
      EXPECT_NE(lines[i].text.front(), U'）') << measure;
    }
    for (const auto& l : lines) EXPECT_FALSE(l.overfull) << measure;
  }
}

// §3.7 typst#6539: no CJK–Latin space at the start of a line after a hard break.
TEST_F(TypographyCases, NoCjkLatinSpaceAfterHardBreak) {
  style::TextStyle st = sheet_.styles["body"];
  InlineRun a, br, b;
  a.text = "第一行";
  br.kind = InlineRun::Kind::hard_break;
  b.text = "H800显卡";
  auto lines = setter_.set({a, br, b}, st, Length::pt(200), {"t.md", 1, 1});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(texts(lines)[1], "H800显卡");
  EXPECT_NEAR(pen_em(lines[1])[0], 0.0, kEps);
  EXPECT_LT(lines[0].width, Length::pt(200));  // the line before a hard break is not stretched
}

// ：“ at a line end never pushes the line past the measure (ctex-kit#244).
TEST_F(TypographyCases, ColonQuoteNeverOverflows) {
  for (double measure = 6; measure <= 14; measure += 0.5) {
    auto lines = set("他回答说：“我们明天再来看看这件事情。”大家都同意了。", measure);
    for (const auto& l : lines) {
      EXPECT_FALSE(l.overfull) << measure;
      EXPECT_LE(l.width, Length::pt(measure * 10) + Length::pt(0.001)) << measure;
    }
  }
}

}  // namespace
}  // namespace paiban::testing

namespace paiban::testing {
namespace {

// R10 with a font whose quotes are proportional (LXGW WenKai: 350 units):
// in Chinese text they get a full-width cell, and pairs still compress.
TEST_F(TypographyCases, ProportionalQuotesGetAFullWidthCell) {
  style::TextStyle st = sheet_.styles["body"];
  st.font = "kai";
  InlineRun run;
  run.text = "他说“好”吧";
  auto lines = setter_.set({run}, st, Length::pt(200), {"t.md", 1, 1});
  ASSERT_EQ(lines.size(), 1u);
  auto xs = pen_em(lines[0]);
  ASSERT_EQ(xs.size(), 6u);
  EXPECT_NEAR(xs[3] - xs[1], 2.0, kEps);  // 说 1 em + “ a full em
  EXPECT_NEAR(xs[5] - xs[4], 1.0, kEps);  // ” a full em before 吧
  // The opening quote's ink sits at the right of its cell, next to 好.
  const auto& glyph = lines[0].runs[0].glyphs[2];
  EXPECT_GT(glyph.x_offset, Length::pt(5));
  // WenKai's interpunct (also 350 units) gets a full cell, centred.
  run.text = "达里奥·阿莫迪";
  auto names = setter_.set({run}, st, Length::pt(200), {"t.md", 1, 1});
  auto dot = pen_em(names[0]);
  EXPECT_NEAR(dot[4] - dot[3], 1.0, kEps);
  EXPECT_GT(names[0].runs[0].glyphs[3].x_offset, Length::pt(2));
}

}  // namespace
}  // namespace paiban::testing
