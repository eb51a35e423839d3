// A line that ends between two clusters HarfBuzz shaped together (a Latin
// pair kern, such as "y." in an e-mail address broken before ".") ends with
// the glyphs the cluster has without its successor, and the breaker measured
// that width: the line ends exactly on the measure (docs/typography.md R5).
// Noto Serif CJK SC at 10 pt: 1 em = 10 pt.
#include <cctype>
#include <optional>

#include "paragraph_fixture.h"
#include "text/font_face.h"

namespace paiban::testing {
namespace {

class LineEndKern : public ParagraphTest {
 protected:
  // A glyph's own advance from the font (what a PDF reader gives it).
  Length own_advance(const page::GlyphRun& run, const page::Glyph& g) const {
    const text::FontFace face(env_, run.font.path, run.font.face_index);
    return font_units(face.advance(g.id), face.units_per_em(), run.size);
  }

  // Where the line's last glyph ends: its set advance or its own, the wider.
  Length last_glyph_end(const layout::SetLine& line) const {
    const page::GlyphRun& run = line.runs.back();
    Length x = run.origin.x;
    for (std::size_t i = 0; i + 1 < run.glyphs.size(); ++i) x += run.glyphs[i].advance;
    return x + std::max(run.glyphs.back().advance, own_advance(run, run.glyphs.back()));
  }
};

const std::string kAddress = "我们的邮箱是some.very.long.name@example.com同理。";

TEST_F(LineEndKern, AJustifiedLineEndingInsideAKernedPairEndsOnTheMeasure) {
  // On one line, "y." is kerned: the y sets narrower than its own advance.
  const auto one = set(kAddress, 40);
  ASSERT_EQ(one.size(), 1u);
  const page::GlyphRun* kerned_run = nullptr;
  std::optional<page::Glyph> kerned_y;
  for (const auto& run : one[0].runs)
    for (std::size_t i = 0; i + 1 < run.glyphs.size(); ++i)
      if (run.glyphs[i].text == "y" && run.glyphs[i + 1].text == ".") {
        kerned_run = &run;
        kerned_y = run.glyphs[i];
      }
  ASSERT_TRUE(kerned_y.has_value());
  const Length own = own_advance(*kerned_run, *kerned_y);
  EXPECT_EQ(own, Length::pt(5.52));                // 552 units of 1000 at 10 pt
  EXPECT_EQ(kerned_y->advance, Length::pt(4.51));  // kerned by -101 units before "."

  // At 11.25 em the address breaks before that ".": the line ends with the
  // y's own advance, justified exactly to the measure.
  const Length measure = Length::pt(112.5);
  const auto lines = set(kAddress, 11.25);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(utf8(lines[0].text), "我们的邮箱是some.very");
  EXPECT_FALSE(lines[0].ragged);
  EXPECT_FALSE(lines[0].overfull);
  EXPECT_EQ(lines[0].width, measure);
  const page::Glyph y = lines[0].runs.back().glyphs.back();
  EXPECT_EQ(y.text, "y");
  EXPECT_EQ(y.id, kerned_y->id);
  EXPECT_EQ(y.advance, own);
  EXPECT_EQ(last_glyph_end(lines[0]), measure);
  // Copied text is the address unchanged.
  std::string copied;
  for (const auto& l : lines) copied += utf8(l.text);
  EXPECT_EQ(copied, kAddress);
}

// Over many measures, no line's last Latin glyph reaches past the measure
// with its own advance, justified or ragged.
TEST_F(LineEndKern, NoLineEndsPastTheMeasureByAKern) {
  for (const char* t : {"邮箱some.very.long.name@sub.domain.example-organization.com.cn同理。",
                        kAddress.c_str(), "请访问WAVE.AVATAR.Today/Yearly/Toyota/VAT以及LTA.",
                        "Typography: AVAYA, Tokyo, WAVY, Yay, Taiwan, To-Vote. 完"}) {
    for (double m = 5; m <= 14; m += 0.25) {
      const auto lines = set(t, m);
      const Length measure = Length::pt(10).scaled(m);
      for (const auto& l : lines) {
        const std::string line_text = utf8(l.text);
        const char last = line_text.back();
        if (!std::isalnum(static_cast<unsigned char>(last))) continue;
        EXPECT_LE(last_glyph_end(l), measure) << m << " em: " << line_text;
      }
    }
  }
}

}  // namespace
}  // namespace paiban::testing
