// Nothing is ever set outside the measure: where the rules leave no break
// (kinsoku runs, no-break spaces, word joiners, —— runs, long tokens of any
// kind), a rescue break between two characters is taken; a character wider
// than the measure itself is an error naming its place, never an overflow.
// Noto Serif CJK SC at 10 pt: 1 em = 10 pt.
#include <memory>

#include "paragraph_fixture.h"
#include "text/hyphenator.h"

namespace paiban::testing {
namespace {

struct Hostile {
  const char* name;
  std::string text;
  bool code = false;  // set as inline code
};

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::vector<Hostile> hostile_texts() {
  return {
      {"kinsoku run", "甲" + repeat("。", 40)},
      {"closing marks", "乙" + repeat("」）》", 15) + "丙"},
      {"opening marks", repeat("「（《", 15) + "丁"},
      {"dashes", repeat("——", 20)},
      {"ellipses", "说" + repeat("……", 20)},
      {"word joiners", repeat("ab\u2060", 30)},
      {"no-break spaces", repeat("GB\u00A09685\u00A0", 12)},
      {"digits", repeat("1234567890", 6)},
      {"url", "见https://example.com/" + repeat("a", 50) + "/" + repeat("b", 40) +
                  "?query=" + repeat("c", 30) + "&x=1。"},
      {"e-mail", "来信" + repeat("x", 40) + "@" + repeat("y", 30) + ".example.com"},
      {"long word", "值得注意的Pneumonoultramicroscopicsilicovolcanoconiosis一词"},
      {"capitals", repeat("DEEPSEEKV", 8)},
      {"mixed", repeat("采用2048块H800训练DeepSeekV3模型", 4)},
      {"latin punctuation", "wow" + repeat("!?", 30)},
      {"emoji", repeat("😀👍🏽👨‍👩‍👧🇨🇳", 8)},
      {"inline code", repeat("std::vector<std::unique_ptr<Node>>::const_iterator", 3), true},
      {"path", "/usr/share/" + repeat("very_long_directory_name/", 6) + "file.tar.gz"},
  };
}

class NoOverfull : public ParagraphTest {
 protected:
  NoOverfull()
      : hyphenator_(text::Hyphenator::load(env_, text::kEnglishPatterns)),
        setter_with_hyphens_(sheet_, fonts_, diags_, hyphenator_.get()) {
    sheet_.fonts["mono"] = {"mono", {{"Noto Sans Mono CJK SC", "Regular"}}, false, {}};
  }

  std::vector<layout::SetLine> set_hostile(const Hostile& h, double measure_em,
                                           style::Alignment align) {
    style::TextStyle st = sheet_.styles["body"];
    st.align = align;
    st.first_line_indent = st.size * 2;
    InlineRun run;
    run.text = h.text;
    run.code = h.code;
    run.span = {"t.md", 3, 5};
    return setter_with_hyphens_.set({run}, st, st.size.scaled(measure_em), run.span);
  }

  std::unique_ptr<text::Hyphenator> hyphenator_;
  layout::ParagraphSetter setter_with_hyphens_;
};

// Without spaces and break controls the copied text of the lines is the
// input: a rescue break loses nothing (the hyphen of a hyphenated line is no
// part of its text).
std::u32string visible(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8_next(s, i);
    if (c != U' ' && c != U'\u00A0' && c != U'\u2060') out.push_back(c);
  }
  return out;
}

TEST_F(NoOverfull, NoLineLeavesTheMeasureWhateverTheText) {
  for (const Hostile& h : hostile_texts())
    for (double measure : {3.0, 4.0, 7.5, 11.0})
      for (auto align : {style::Alignment::justify, style::Alignment::left}) {
        SCOPED_TRACE(std::string(h.name) + " at " + std::to_string(measure) + " em");
        diags_ = {};
        const auto lines = set_hostile(h, measure, align);
        ASSERT_FALSE(lines.empty());
        std::u32string copied;
        for (const auto& l : lines) {
          EXPECT_FALSE(l.overfull) << utf8(l.text);
          EXPECT_LE(l.width - l.hang, Length::pt(10).scaled(measure)) << utf8(l.text);
          for (const auto& run : l.runs) {
            // Every glyph's pen position lies inside the line.
            Length x = run.origin.x;
            for (const auto& g : run.glyphs) {
              EXPECT_GE(x.to_pt(), -5.01) << utf8(l.text);  // a line-start （ gives its blank
              x += g.advance;
            }
          }
          for (char32_t c : l.text)
            if (c != U' ' && c != U'\u00A0' && c != U'\u2060') copied.push_back(c);
        }
        EXPECT_EQ(utf8(copied), utf8(visible(h.text)));
        EXPECT_FALSE(diags_.has_errors()) << diags_.format_all();
      }
}

// The rescue is the very last choice: where the rules allow a break, a
// kinsoku run is kept whole with its character.
TEST_F(NoOverfull, RescueBreaksOnlyWhereNothingElseFits) {
  const auto lines = set_hostile({"kinsoku", "甲乙丙丁戊己庚辛壬癸子丑寅卯。。。辰巳午未"}, 8,
                                 style::Alignment::justify);
  for (const auto& l : lines) {
    ASSERT_FALSE(l.text.empty());
    EXPECT_NE(l.text.front(), U'。') << utf8(l.text);
  }
  // 甲 … 。。。 (one Han character and three full stops together) can be
  // kept: nothing may start a line with 。.
  const auto run = set_hostile({"run", "甲" + repeat("。", 20)}, 6, style::Alignment::justify);
  ASSERT_GE(run.size(), 2u);
  EXPECT_EQ(run.front().text.front(), U'甲');
}

// Flush left is for the lines an address forces: in a justified paragraph
// with a long URL or e-mail address, every ragged line is one that ends
// inside the address or carries its tail, never a line of running text
// before it (which the breaker could justify by breaking elsewhere). Squared
// demerits alone spread the address's gap over a ragged line of prose too
// (the first line, 30.5 pt short, in a 行业动态 column).
TEST_F(NoOverfull, FlushLeftLinesAreTheLinesTheAddressForces) {
  const std::vector<std::string> texts = {
      "据统计，2025年第二季度国产AI芯片出货量达到120万片，同比增长85%。业内人士指出，"
      "7nm工艺良率提升是主要原因。详细数据见https://stats.example.gov.cn/industry/"
      "semiconductor/2025q2/report-final-v3.pdf。",
      "数据中心的能耗问题受到越来越多的关注，运维团队表示明年还将继续改造机房的制冷系统。"
      "联系人：李工，邮箱energy.saving.team@datacenter-alliance.example.org，欢迎来信。",
      "上周，社区维护者在https://gitlab.example-foundation.org/infrastructure/ci-templates/"
      "-/merge_requests/48213?tab=diffs&view=parallel#note_99887766发布了合并请求，"
      "并请大家把意见发到邮件组。"};
  int ragged = 0;
  for (const std::string& text : texts)
    for (double measure = 16; measure <= 24; measure += 0.5) {
      SCOPED_TRACE(text.substr(0, 30) + " at " + std::to_string(measure) + " em");
      const auto lines = set_hostile({"address", text}, measure, style::Alignment::justify);
      ASSERT_GE(lines.size(), 3u);
      for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].ragged) {
          ++ragged;
          // Ends inside the address, or carries the address's tail.
          EXPECT_TRUE(lines[i].address_break || (i > 0 && lines[i - 1].address_break))
              << utf8(lines[i].text);
        }
    }
  // The texts do force flush-left lines (else the test would prove nothing).
  EXPECT_GT(ragged, 10);
}

TEST_F(NoOverfull, ACharacterWiderThanTheMeasureIsAnErrorWithItsPlace) {
  const auto lines = set_hostile({"tiny", "甲乙"}, 0.5, style::Alignment::justify);
  ASSERT_TRUE(diags_.has_errors());
  const std::string all = diags_.format_all();
  EXPECT_NE(all.find("t.md:3:5"), std::string::npos) << all;
  EXPECT_NE(all.find("U+7532"), std::string::npos) << all;
  EXPECT_NE(all.find("no PDF is written"), std::string::npos) << all;
  // One message per place, however often the paragraph is set.
  const std::size_t count = diags_.size();
  set_hostile({"tiny", "甲乙"}, 0.5, style::Alignment::justify);
  EXPECT_EQ(diags_.size(), count);
}

TEST_F(NoOverfull, ACodeCharacterWiderThanTheMeasureIsAnError) {
  style::TextStyle st = sheet_.styles["body"];
  st.font = "mono";
  st.align = style::Alignment::left;
  InlineRun line;
  line.text = "x = 1";
  line.code = true;
  line.span = {"t.md", 7, 5};
  layout::ParagraphSetter setter(sheet_, fonts_, diags_);
  setter.set_code({line}, st, Length::pt(3), line.span);
  ASSERT_TRUE(diags_.has_errors());
  const std::string all = diags_.format_all();
  EXPECT_NE(all.find("t.md:7:5"), std::string::npos) << all;
  EXPECT_NE(all.find("leave its column"), std::string::npos) << all;
}

}  // namespace
}  // namespace paiban::testing
