// Issue 16 (points 1, 2, 3, 7, 8): nothing outside the measure, no
// emergency letter-spacing, every character printed, spaces and
// apostrophes, even spacing. Noto Serif CJK SC at 10 pt: 1 em = 10 pt.
#include <memory>
#include <set>
#include <string>

#include "paragraph_fixture.h"
#include "text/hyphenator.h"
#include "text/itemize.h"
#include "text/word_breaks.h"

namespace paiban::testing {
namespace {

constexpr double kEps = 1e-3;

class TextRules : public ParagraphTest {
 protected:
  TextRules()
      : hyphenator_(text::Hyphenator::load(env_, text::kEnglishPatterns)),
        hyphenating_(sheet_, fonts_, diags_, hyphenator_.get()) {}

  std::vector<layout::SetLine> set_with(const std::string& text, double measure_em,
                                        const std::string& font = "song") {
    style::TextStyle st = sheet_.styles["body"];
    st.font = font;
    InlineRun run;
    run.text = text;
    run.span = {"t.md", 3, 5};
    return hyphenating_.set({run}, st, st.size.scaled(measure_em), {"t.md", 3, 5});
  }
  static void expect_within(const std::vector<layout::SetLine>& lines, Length measure) {
    for (const auto& l : lines) {
      EXPECT_FALSE(l.overfull) << utf8(l.text);
      EXPECT_LE(l.width - l.hang, measure) << utf8(l.text);
    }
  }

  std::unique_ptr<text::Hyphenator> hyphenator_;
  layout::ParagraphSetter hyphenating_;
};

// The break kinds add_word_breaks gives a text, as "|" (address point),
// "-" (hyphenation point), "." (last resort) before each character.
std::string break_marks(const std::u32string& text, const text::Hyphenator* hyphenator,
                        bool code = false, bool last_resort = false) {
  text::ShapingInput input;
  input.text = text;
  input.variant.assign(text.size(), 0);
  input.fonts.resize(1);
  input.fonts[0].code = code;
  input.hyphenator = hyphenator;
  const auto classes = text::classify_text(text);
  std::vector<text::BreakKind> breaks(text.size() + 1, text::BreakKind::never);
  text::add_word_breaks(input, classes, std::vector<bool>(text.size(), code), breaks);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && breaks[i] == text::BreakKind::url) out += "|";
    if (i > 0 && breaks[i] == text::BreakKind::hyphen) out += "-";
    if (i > 0 && last_resort && breaks[i] == text::BreakKind::last_resort) out += ".";
    utf8_append(out, text[i]);
  }
  return out;
}

// Chicago 7.42: after :// and /, before . ? # & = _ - @ ~ %; never inside
// "//"; trailing sentence punctuation is not part of the address.
TEST_F(TextRules, UrlBreaksAtConventionalPoints) {
  EXPECT_EQ(break_marks(U"https://www.example.gov.cn/2024/05-20/index.html?from=a&b=0.", nullptr),
            "https://|www|.example|.gov|.cn/|2024/|05|-20/|index|.html|?from|=a|&b|=0.");
  EXPECT_EQ(break_marks(U"someone.with_name@example-org.com.cn", nullptr),
            "someone|.with|_name|@example|-org|.com|.cn");
  EXPECT_EQ(break_marks(U"www.a.org/~me", nullptr), "www|.a|.org/|~me");
}

TEST_F(TextRules, WordsHyphenateWithPatternsButNotNamesCodeOrAddresses) {
  ASSERT_NE(hyphenator_, nullptr) << "install hyphen-en-us";
  EXPECT_EQ(break_marks(U"hyphenation", hyphenator_.get()), "hy-phen-ation");
  // 2 letters before, 3 after at least.
  for (std::size_t k :
       hyphenator_->points(U"Pneumonoultramicroscopicsilicovolcanoconiosis", 2, 3)) {
    EXPECT_GE(k, 2u);
    EXPECT_LE(k, 45u - 3u);
  }
  EXPECT_EQ(break_marks(U"DeepSeek", hyphenator_.get()), "DeepSeek");              // inner capital
  EXPECT_EQ(break_marks(U"hyphenation", hyphenator_.get(), true), "hyphenation");  // code
  EXPECT_EQ(break_marks(U"www.hyphenation.org", hyphenator_.get()), "www|.hyphenation|.org");
  // Paths and identifiers break like addresses, never with a hyphen; a
  // single slash between words is not a path.
  EXPECT_EQ(break_marks(U"node_modules/.bin/webpack-dev-server", hyphenator_.get()),
            "node|_modules/|.bin/|webpack|-dev|-server");
  EXPECT_EQ(break_marks(U"/usr/share/hyphenation", hyphenator_.get()), "/usr/|share/|hyphenation");
  EXPECT_EQ(break_marks(U"hyphenation/segmentation", hyphenator_.get()),
            "hy-phen-ation/seg-men-ta-tion");
}

// A URL in a narrow column: every line within the measure, broken only at
// conventional points, no hyphen added, the text unchanged.
TEST_F(TextRules, UrlInRunningTextStaysInsideTheMeasure) {
  const std::string url = "https://www.example.gov.cn/2024/05-20/index.html?from=timeline";
  for (double measure : {8.0, 11.0, 15.0}) {
    auto lines = set_with("文件全文见" + url + "，请查阅。", measure);
    expect_within(lines, Length::pt(measure * 10));
    std::string all;
    for (const auto& t : texts(lines)) all += t;
    EXPECT_EQ(all, "文件全文见" + url + "，请查阅。");
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
      const std::string t = utf8(lines[k].text);
      const std::string next = utf8(lines[k + 1].text);
      const bool after_slash = t.back() == '/';
      const bool before_mark = std::string(".?#&=_-@~%").find(next.front()) != std::string::npos;
      const bool chinese = static_cast<unsigned char>(t.back()) >= 0x80 ||
                           static_cast<unsigned char>(next.front()) >= 0x80;
      EXPECT_TRUE(after_slash || before_mark || chinese) << t << " | " << next;
    }
  }
  // At 8 em the address needs several lines: exact breaks (flush-left lines
  // filled as far as a conventional point allows).
  auto lines = set_with(url, 8);
  EXPECT_EQ(texts(lines), (std::vector<std::string>{"https://www", ".example.gov", ".cn/2024/05",
                                                    "-20/index.html", "?from=timeline"}));
}

// A long word is hyphenated; the hyphen is a glyph at the line end that is
// not in the line's text (copied text is the whole word).
TEST_F(TextRules, LongWordIsHyphenatedWithinTheMeasure) {
  auto lines = set_with("Pneumonoultramicroscopicsilicovolcanoconiosis（尘肺病）的监测", 10);
  expect_within(lines, Length::pt(100));
  ASSERT_GE(lines.size(), 2u);
  const auto& first = lines[0];
  const auto& last_glyph = first.runs.back().glyphs.back();
  EXPECT_TRUE(last_glyph.text.empty());  // the hyphen carries no text
  const text::FontFace* face = fonts_.load({PAIBAN_NOTO_SERIF_CJK, 2});
  EXPECT_EQ(last_glyph.id, face->nominal_glyph(U'-'));
  std::string all;
  for (const auto& t : texts(lines)) all += t;
  EXPECT_EQ(all, "Pneumonoultramicroscopicsilicovolcanoconiosis（尘肺病）的监测");
  EXPECT_EQ(utf8(first.text).find('-'), std::string::npos);
  // Hyphenation points only (en-US): the first line ends at one of them.
  const auto points = hyphenator_->points(U"Pneumonoultramicroscopicsilicovolcanoconiosis", 2, 3);
  const std::size_t k = first.text.size();
  EXPECT_NE(std::find(points.begin(), points.end(), k), points.end()) << utf8(first.text);
}

// A token with no break point at all is split between two characters
// rather than overflow.
// The last resort never splits a keycap, a variation sequence, a ZWJ
// sequence, a skin-tone modifier or a flag from its base: that put the
// keycap mark alone at a line start, drawn left of the column.
TEST_F(TextRules, LastResortKeepsEmojiSequencesWhole) {
  EXPECT_EQ(break_marks(U"ab1\uFE0F\u20E3c", nullptr, false, true), "a.b.1\uFE0F\u20E3.c");
  EXPECT_EQ(break_marks(U"x\U0001F468\u200D\U0001F469y", nullptr, false, true),
            "x.\U0001F468\u200D\U0001F469.y");
  EXPECT_EQ(break_marks(U"x\U0001F44D\U0001F3FD\U0001F1E8\U0001F1F3\U0001F1EF\U0001F1F5", nullptr,
                        false, true),
            "x.\U0001F44D\U0001F3FD.\U0001F1E8\U0001F1F3.\U0001F1EF\U0001F1F5");
}

TEST_F(TextRules, LastResortSplitsAnUnbreakableToken) {
  auto lines = set_with("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 6);
  expect_within(lines, Length::pt(60));
  EXPECT_GE(lines.size(), 4u);
}

// No emergency letter-spacing: a line that would need more than ⅛ em per
// CJK gap is set flush left at its natural spacing.
TEST_F(TextRules, LineTooLooseToJustifyIsSetFlushLeft) {
  auto lines = set_with("或来信someone.with.a.long.name.here@example-organization.com.cn。", 12);
  expect_within(lines, Length::pt(120));
  bool ragged = false;
  for (const auto& l : lines) {
    if (l.ragged) {
      ragged = true;
      EXPECT_LT(l.width, Length::pt(120));
      EXPECT_EQ(l.width, l.natural_width);
    }
    EXPECT_LE(l.max_inter_cjk.to_pt(), 1.25 + kEps);
  }
  EXPECT_TRUE(ragged);
  EXPECT_GT(setter_.statistics().ragged_lines + hyphenating_.statistics().ragged_lines, 0);
}

// Justified lines never spread Han gaps beyond ⅛ em.
// When the last pass must set lines flush left, it fills them: a line
// before an address is not left with two characters ("联系" alone, then
// "邮箱：editor…" on the next line) just because both lines are too loose
// to justify anyway.
TEST_F(TextRules, FlushLeftLinesAreFilledNotLeftNearlyEmpty) {
  const std::string text =
      "联系邮箱：editor-in-chief.weekly.technology@mail.very-long-domain-name.example.com.cn，"
      "或者first.last+tag@example.co.uk。";
  for (double measure : {14.0, 18.0, 21.0, 22.0, 25.0}) {
    auto lines = set_with(text, measure);
    expect_within(lines, Length::pt(measure * 10));
    std::string all;
    for (const auto& t : texts(lines)) all += t;
    EXPECT_EQ(all, text);
    for (std::size_t k = 0; k + 1 < lines.size(); ++k)
      EXPECT_GE(lines[k].width.to_pt(), 0.6 * measure * 10)
          << "measure " << measure << " em, line " << k << ": " << utf8(lines[k].text);
  }
}

TEST_F(TextRules, HanStretchNeverExceedsTheLimit) {
  for (double measure : {7.3, 9.6, 12.4, 15.5}) {
    auto lines = set_with(
        "工业和信息化部有关负责人表示，“5G+工业互联网”已迈入规模化发展新阶段。一方面，仍存在"
        "产业供给不足、综合应用成本较高等问题。",
        measure);
    for (const auto& l : lines) {
      if (l.last || l.ragged) continue;
      EXPECT_LE(l.max_inter_cjk.to_pt(), 1.25 + kEps) << utf8(l.text);
      EXPECT_EQ(l.width - l.hang, Length::pt(measure * 10)) << utf8(l.text);
    }
  }
}

// Point 3: ₓ ☺ 𡈼 😀 (none of them in WenKai) print from an installed face in a 楷体 style
// (LXGW WenKai's .notdef is empty), never as .notdef, and no diagnostic; the
// emoji as a monochrome outline. ₂ ① ℃ are WenKai's own and print too.
TEST_F(TextRules, KaiStyleFallsBackToAnInstalledFace) {
  auto lines = set_with("NOₓ与SO₂、☺和𡈼①℃😀", 20, "kai");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(diags_.empty()) << diags_.format_all();
  const std::set<std::string, std::less<>> not_in_wenkai = {"ₓ", "☺", "𡈼", "😀"};
  const std::set<std::string, std::less<>> wanted = {"ₓ", "☺", "𡈼", "😀", "₂", "①", "℃"};
  std::set<std::string, std::less<>> found;
  for (const auto& run : lines[0].runs)
    for (const auto& g : run.glyphs) {
      if (!wanted.count(g.text)) continue;
      found.emplace(g.text);
      EXPECT_NE(g.id, 0u) << g.text;
      if (not_in_wenkai.count(g.text)) {
        EXPECT_EQ(run.font.path.str().find("WenKai"), std::string::npos)
            << g.text << " " << run.font.path.str() << " " << g.id;
      }
      const text::FontFace* face = fonts_.load({run.font.path.str(), run.font.face_index});
      ASSERT_NE(face, nullptr);
      EXPECT_FALSE(face->ink(g.id).empty) << g.text << " " << run.font.path.str();
    }
  EXPECT_EQ(found, wanted);
  // 𡈼 comes from a serif CJK face (kai prefers serif over sans).
  for (const auto& run : lines[0].runs)
    if (!run.glyphs.empty() && run.glyphs[0].text == "𡈼") {
      EXPECT_NE(run.font.path.str().find("Serif"), std::string::npos) << run.font.path.str();
    }
}

// A character no installed font has is an error at file:line:col, or a
// warning when the style allows placeholders.
TEST_F(TextRules, MissingCharacterIsAnErrorWithItsPlace) {
  set_with("一二\U0010FFFD三", 20);
  ASSERT_TRUE(diags_.has_errors());
  const std::string all = diags_.format_all();
  EXPECT_NE(all.find("t.md:3:7"), std::string::npos) << all;
  EXPECT_NE(all.find("U+10FFFD"), std::string::npos) << all;
  diags_ = {};
  sheet_.typography.missing_glyph = style::MissingGlyph::warn;
  set_with("四五六\U0010FFFD", 20);
  EXPECT_FALSE(diags_.has_errors());
  EXPECT_NE(diags_.format_all().find("U+10FFFD"), std::string::npos);
}

// Break controls are never glyphs: U+200B allows a break, U+2060/U+FEFF
// forbid one, and none reaches the line's text.
TEST_F(TextRules, ZeroWidthCharactersAreBreakControls) {
  auto lines = set_with("abc\u200Bdef\u2060ghi\uFEFFjkl", 30);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(utf8(lines[0].text), "abcdefghijkl");
  EXPECT_TRUE(diags_.empty()) << diags_.format_all();
  auto narrow = set_with("abcdefgh\u200Bijklmnop", 5);
  EXPECT_EQ(texts(narrow), (std::vector<std::string>{"abcdefgh", "ijklmnop"}));
}

// Point 7: a space typed between Han keeps its width in a stretched line;
// ’ between Latin letters is a narrow apostrophe; a space before an opening
// quote in Latin context stays.
TEST_F(TextRules, SpacesAndApostrophes) {
  auto natural = set_with("享受科普盛宴 感受科学力量", 30)[0];
  auto lines = set_with("享受科普盛宴 感受科学力量享受科普盛宴感受科学力量", 13.5);
  ASSERT_GE(lines.size(), 2u);
  ASSERT_FALSE(lines[0].ragged);
  const auto nat = pen_em(natural);
  const auto xs = pen_em(lines[0]);
  EXPECT_GT(xs[5] - xs[4], nat[5] - nat[4] + 0.01);   // the Han gaps stretched …
  EXPECT_NEAR(xs[6] - xs[5], nat[6] - nat[5], kEps);  // … the space did not

  auto im = set_with("他说I’m fine。", 30)[0];
  const auto ix = pen_em(im);     // 他 说 I ’ m f i n e 。
  EXPECT_LT(ix[4] - ix[3], 0.4);  // ’ is a Latin apostrophe, no CJK cell
  EXPECT_LT(ix[3] - ix[2], 0.5);  // no gap before it either

  auto quote = set_with("He said “yes” twice", 30)[0];
  const auto qx = pen_em(quote);         // H e s a i d “ y e s ” t w i c e
  EXPECT_GT(qx[6] - qx[5], 0.63 + 0.2);  // d (0.63 em) + a word space before “
  EXPECT_LT(qx[7] - qx[6], 0.5);         // “ is proportional

  // After Latin punctuation the quotes are Latin too, and the spaces stay.
  auto said = set_with("He said: “no,” and ‘yes’. 他说“好”。", 40)[0];
  // Glyphs (spaces are glue): H e s a i d : “ n o , ” a n d ‘ y e s ’ . 他 说 “ 好 ” 。
  const auto sx = pen_em(said);
  ASSERT_EQ(sx.size(), 27u);
  EXPECT_LT(sx[8] - sx[7], 0.5);  // “ after "said: " is proportional
  // ” after "no," is proportional and the word space after it kept: well
  // under a CJK cell, well over the quote alone.
  EXPECT_LT(sx[12] - sx[11], 0.75);
  EXPECT_LT(sx[20] - sx[19], 0.5);  // ’ before "." too
  EXPECT_GT(sx[7] - sx[6], 0.4);    // colon plus the kept word space
  EXPECT_GT(sx[12] - sx[11], 0.6);
  EXPECT_GT(sx[24] - sx[23], 0.6);  // beside Han “ keeps its CJK cell
}

// Word leftovers: ideographic spaces typed as a manual indent are dropped
// (the style indents); inside the text they stay.
TEST_F(TextRules, ManualIdeographicIndentIsDropped) {
  const auto plain = pen_em(set_with("这是段落，　中间有全角空格。", 30)[0]);
  const auto typed = pen_em(set_with("　　这是段落，　中间有全角空格。", 30)[0]);
  ASSERT_EQ(typed.size(), plain.size());
  for (std::size_t k = 0; k < plain.size(); ++k) EXPECT_NEAR(typed[k], plain[k], kEps) << k;
  EXPECT_EQ(plain.size(), 14u);  // the inner U+3000 is kept as a glyph
}

// Point 8: shrink is shared — no mark goes below ¾ em while another still
// has more than that.
TEST_F(TextRules, ShrinkIsSharedAcrossMarks) {
  auto lines = set_with("甲，乙，丙，丁，戊，己，庚，辛，壬，癸，子丑", 19.2);
  ASSERT_GE(lines.size(), 1u);
  const auto& l = lines[0];
  if (l.narrowest_mark > Length::zero()) {
    EXPECT_GE(l.narrowest_mark.to_pt(), 7.5 - kEps) << utf8(l.text);
  }
  const auto xs = pen_em(l);
  // Every full mark on the line was shrunk by the same amount.
  std::vector<double> marks;
  for (std::size_t k = 1; k + 2 < xs.size(); k += 2) marks.push_back(xs[k + 1] - xs[k]);
  for (double m : marks) EXPECT_NEAR(m, marks.front(), 0.002);
}

}  // namespace
}  // namespace paiban::testing
