// Lines drawn over set text: a strikethrough stands over exactly the struck
// characters, 0.33 em above the baseline, and is as thick as the text is
// heavy — 1/18 em over regular text, 7/4 of that over a bold face or
// stroked (fake) bold, so that a struck bold title shows its line instead
// of losing it in the glyphs' own horizontal strokes.
#include "compose_fixture.h"

namespace paiban::testing {
namespace {

struct StrokeAt {
  double x0, x1, y, width;
};

std::vector<StrokeAt> strokes_of(const page::Page& page) {
  std::vector<StrokeAt> out;
  for (const auto& it : page.items)
    if (const auto* s = std::get_if<page::Stroke>(&it))
      if (s->from.y == s->to.y)
        out.push_back({s->from.x.to_pt(), s->to.x.to_pt(), s->from.y.to_pt(), s->width.to_pt()});
  return out;
}

std::vector<InlineRun> struck(const std::string& before, const std::string& gone,
                              const std::string& after, bool strong = false) {
  std::vector<InlineRun> runs = {words(before)[0], words(gone)[0], words(after)[0]};
  runs[1].strikethrough = true;
  for (auto& r : runs) r.strong = strong;
  return runs;
}

class DecorationsTest : public ComposeTest {
 protected:
  DecorationsTest() {
    sheet_.fonts["hei_bold"] = {"hei_bold", {{"Noto Sans CJK SC", "Bold"}}, false, {}};
    sheet_.styles["title"] = make_style("title", "hei_bold", 18, 24);
    sheet_.styles["title"].latin_font = "hei_bold";
  }

  // The one text line of `style` holding 甲; its baseline and left end.
  PageLine line_of(const page::PagedDocument& doc, double size) {
    for (const auto& l : body_lines(doc))
      if (std::abs(l.size - size) < 0.01 && l.text.find("甲") != std::string::npos) return l;
    ADD_FAILURE() << "no line of size " << size;
    return {};
  }
};

TEST_F(DecorationsTest, AStrikethroughCoversTheStruckCharactersAtRegularWeight) {
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(struck("甲甲", "删除", "乙"), "body");
  const page::PagedDocument doc = compose(flow);
  const PageLine line = line_of(doc, kBodySize);
  const auto strokes = strokes_of(doc.pages[0]);
  ASSERT_EQ(strokes.size(), 1u);
  EXPECT_NEAR(strokes[0].x0, line.x + 20, 0.01);  // after 甲甲
  EXPECT_NEAR(strokes[0].x1, line.x + 40, 0.01);  // over 删除 only
  EXPECT_NEAR(strokes[0].y, line.y - 3.3, 0.01);
  EXPECT_NEAR(strokes[0].width, 10.0 / 18, 0.001);
}

TEST_F(DecorationsTest, AStrikethroughInABoldTitleIsHeavierThanInRegularText) {
  FlowBuilder flow("issue/tour.md");
  flow.heading(struck("甲：", "越贵越好", "花小钱"), "title", 3);
  const page::PagedDocument doc = compose(flow);
  const PageLine line = line_of(doc, 18);
  const auto strokes = strokes_of(doc.pages[0]);
  ASSERT_EQ(strokes.size(), 1u);
  EXPECT_NEAR(strokes[0].x0, line.x + 36, 0.01);
  EXPECT_NEAR(strokes[0].x1, line.x + 36 + 4 * 18, 0.01);
  EXPECT_NEAR(strokes[0].y, line.y - 18 * 0.33, 0.01);
  EXPECT_NEAR(strokes[0].width, 18.0 / 18 * 700 / 400, 0.001) << "Noto Sans CJK Bold is weight 700";
}

TEST_F(DecorationsTest, StrokedBoldCountsAsBold) {
  // "song" has no bold face: strong text is stroked, and its line thickens.
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(struck("甲甲", "删除", "乙", true), "body");
  const auto strokes = strokes_of(compose(flow).pages[0]);
  ASSERT_EQ(strokes.size(), 1u);
  EXPECT_NEAR(strokes[0].width, 10.0 / 18 * 700 / 400, 0.001);
}

// The other decorations of SDK v2's InlineRun: an underline under exactly
// its characters, 0.17 em under the baseline; 着重号 as one dot under each
// Han character of the run (none under its punctuation), 0.26 em down,
// 0.14 em across; a run's colour on its glyphs and its dots.
TEST_F(DecorationsTest, UnderlineEmphasisDotsAndColourFollowTheirRuns) {
  sheet_.colors["brand"] = Color::cmyk(1, 0.5, 0, 0);
  std::vector<InlineRun> runs = {words("甲")[0], words("下划")[0], words("乙")[0],
                                 words("重点，")[0], words("丙")[0]};
  runs[1].underline = true;
  runs[3].emphasis_dots = true;
  runs[3].color = "brand";
  FlowBuilder flow("issue/tour.md");
  flow.paragraph(runs, "body");
  const page::PagedDocument doc = compose(flow);
  const PageLine line = line_of(doc, kBodySize);
  const auto strokes = strokes_of(doc.pages[0]);
  ASSERT_EQ(strokes.size(), 1u);
  EXPECT_NEAR(strokes[0].x0, line.x + 10, 0.01);  // after 甲
  EXPECT_NEAR(strokes[0].x1, line.x + 30, 0.01);  // under 下划 only
  EXPECT_NEAR(strokes[0].y, line.y + 1.7, 0.01);
  EXPECT_NEAR(strokes[0].width, 10.0 / 18, 0.001);
  std::vector<const page::Fill*> dots;
  for (const auto& it : doc.pages[0].items)
    if (const auto* f = std::get_if<page::Fill>(&it))
      if (f->corner_radius > Length::zero()) dots.push_back(f);
  ASSERT_EQ(dots.size(), 2u) << "重 and 点, none under the comma";
  for (int k = 0; k < 2; ++k) {
    const double centre = line.x + 40 + 5 + 10 * k;  // after 甲下划乙
    EXPECT_NEAR((dots[k]->rect.x + dots[k]->rect.width / 2).to_pt(), centre, 0.01);
    EXPECT_NEAR((dots[k]->rect.y + dots[k]->rect.height / 2).to_pt(), line.y + 2.6, 0.01);
    EXPECT_NEAR(dots[k]->rect.width.to_pt(), 1.4, 0.001);
    EXPECT_EQ(dots[k]->color.components, sheet_.colors["brand"].components);
  }
  int coloured = 0;  // glyphs in the run's colour: exactly 重点，
  for (const auto& it : doc.pages[0].items)
    if (const auto* r = std::get_if<page::GlyphRun>(&it))
      for (const auto& g : r->glyphs) {
        const bool brand = r->color.components == sheet_.colors["brand"].components;
        const bool in_run = g.text == "重" || g.text == "点" || g.text == "，";
        EXPECT_EQ(brand, in_run) << g.text;
        coloured += brand;
      }
  EXPECT_EQ(coloured, 3);
}

}  // namespace
}  // namespace paiban::testing
