// Glyph runs → content-stream text: TJ numbers from advances and offsets,
// text rise, /ActualText, colours and the overprint state. Compares the
// operator text, not bytes of a whole file (docs/code-style.md point 12(a)).
#include <gtest/gtest.h>

#include <podofo/doc/PdfMemDocument.h>

#include "pdf/colors.h"
#include "pdf/shape_painter.h"
#include "pdf/text_painter.h"

namespace paiban::pdf {
namespace {

class TextPainterTest : public ::testing::Test {
 protected:
  TextPainterTest() : objects_(doc_.GetObjects(), hash_), colors_(objects_) {
    face_ = page::FaceRef{"/fonts/test.ttf", 0};
    usage_.face = face_;
    usage_.resource_name = "F1";
    usage_.unicode = {{1, "一"}, {2, "，"}, {3, "ffi"}};
    FontEntry e;
    e.usage = &usage_;
    auto text = [&](uint32_t g) -> const std::string* {
      const auto it = usage_.unicode.find(g);
      return it == usage_.unicode.end() ? nullptr : &it->second;
    };
    // Widths in ten-thousandths of a glyph-space unit: 1000, 1000, 820, 0.
    e.embedded.glyphs = {{1, {0x21, 10'000'000, text(1)}},
                         {2, {0x22, 10'000'000, text(2)}},
                         {3, {0x23, 8'200'000, text(3)}},
                         {4, {0x24, 0, nullptr}}};
    fonts_[face_] = e;
    // Trim 100×100 pt, no bleed: model y → PDF 100 − y.
    geo_ = PageGeometry{Length::pt(100), Length::pt(100), Length::zero(), Length::zero()};
  }

  // `text` is a literal: the glyph views it until the run copies it.
  page::Glyph glyph(uint32_t id, double advance_pt, const char* text = "") {
    page::Glyph g;
    g.id = id;
    g.advance = Length::pt(advance_pt);
    g.text = text;
    return g;
  }

  std::string paint(const page::GlyphRun& run, bool overprint = true) {
    ContentStream out;
    paint_glyph_run(run, geo_, fonts_, colors_, TextPaintOptions{overprint}, out, res_);
    return out.str();
  }

  page::GlyphRun run_of(std::vector<page::Glyph> glyphs, Color color = Color::black()) {
    page::GlyphRun r;
    r.font = face_;
    r.size = Length::pt(10);
    r.origin = Point{Length::pt(20), Length::pt(30)};
    r.glyphs = std::move(glyphs);
    r.color = color;
    return r;
  }

  PoDoFo::PdfMemDocument doc_;
  ContentHash hash_;
  ObjectFactory objects_;
  ColorSpaces colors_;
  page::FaceRef face_;
  FontUsage usage_;
  FontTable fonts_;
  PageGeometry geo_;
  PageResources res_;
};

TEST_F(TextPainterTest, NaturalAdvancesNeedNoNumbers) {
  std::string s = paint(run_of({glyph(1, 10, "一"), glyph(1, 10, "一")}));
  EXPECT_EQ(s,
            "q\n/GSop gs\n0 0 0 1 k\nBT\n/F1 10 Tf\n1 0 0 1 20 70 Tm\n[<0021><0021>] TJ\nET\nQ\n");
  EXPECT_EQ(res_.fonts.count("F1"), 1u);
  EXPECT_EQ(res_.ext_gstates.count("GSop"), 1u);
}

TEST_F(TextPainterTest, CompressedPunctuationMovesOnlyByItsLostAdvance) {
  // "，" set at half width: +500 after it, i.e. the next glyph starts 5 pt
  // after the comma's origin — still forward of it (docs/stack.md §2).
  std::string s = paint(run_of({glyph(2, 5, "，"), glyph(1, 10, "一")}));
  EXPECT_NE(s.find("[<0022>500<0021>] TJ\n"), std::string::npos) << s;
}

TEST_F(TextPainterTest, JustificationSpaceIsANegativeNumber) {
  std::string s = paint(run_of({glyph(1, 10.25, "一"), glyph(1, 10, "一")}));
  EXPECT_NE(s.find("[<0021>-25<0021>] TJ\n"), std::string::npos) << s;
}

TEST_F(TextPainterTest, PositiveOffsetMovesForwardThenBack) {
  auto g = glyph(1, 10, "一");
  g.x_offset = Length::pt(1);
  std::string s = paint(run_of({g, glyph(1, 10, "一")}));
  // Forward 100 before, 100 back after (the pen itself did not move).
  EXPECT_NE(s.find("[-100<0021>100<0021>] TJ\n"), std::string::npos) << s;
}

TEST_F(TextPainterTest, YOffsetBecomesTextRise) {
  auto g = glyph(1, 10, "一");
  g.y_offset = Length::pt(2);
  std::string s = paint(run_of({glyph(1, 10, "一"), g, glyph(1, 10, "一")}));
  EXPECT_NE(s.find("[<0021>] TJ\n2 Ts\n[<0021>] TJ\n0 Ts\n[<0021>] TJ\n"), std::string::npos) << s;
}

TEST_F(TextPainterTest, SecondTextOfAGlyphGoesToActualText) {
  // Glyph 1 was first seen as 一; here it stands for ⼀ (U+2F00).
  std::string s = paint(run_of({glyph(1, 10, "一"), glyph(1, 10, "⼀")}));
  EXPECT_NE(s.find("[<0021>] TJ\n/Span <</ActualText <FEFF2F00>>> BDC\n[<0021>] TJ\nEMC\n"),
            std::string::npos)
      << s;
}

TEST_F(TextPainterTest, LigatureKeepsItsMappingAndContinuationIsPlain) {
  std::string s = paint(run_of({glyph(3, 8.2, "ffi"), glyph(4, 0)}));
  EXPECT_NE(s.find("[<0023><0024>] TJ\n"), std::string::npos) << s;
  EXPECT_EQ(s.find("ActualText"), std::string::npos);
}

TEST_F(TextPainterTest, OnlyPureBlackOverprints) {
  std::string cyan = paint(run_of({glyph(1, 10, "一")}, Color::cmyk(1, 0, 0, 0)));
  EXPECT_EQ(cyan.find(" gs"), std::string::npos);
  EXPECT_NE(cyan.find("1 0 0 0 k\n"), std::string::npos);
  std::string rich = paint(run_of({glyph(1, 10, "一")}, Color::cmyk(0.6, 0.4, 0.4, 1)));
  EXPECT_EQ(rich.find(" gs"), std::string::npos);
  std::string gray = paint(run_of({glyph(1, 10, "一")}, Color::gray(1)));
  EXPECT_NE(gray.find("/GSop gs\n0 g\n"), std::string::npos) << gray;
  std::string off = paint(run_of({glyph(1, 10, "一")}), /*overprint=*/false);
  EXPECT_EQ(off.find(" gs"), std::string::npos);
}

TEST_F(TextPainterTest, SpotAndRegistrationAreSeparations) {
  Color spot;
  spot.space = Color::Space::spot;
  spot.components = {0.5, 0, 0, 0};
  spot.spot_name = "PANTONE 485 C";
  spot.spot_cmyk = {0, 0.95, 1, 0};
  PageResources res;
  EXPECT_EQ(colors_.fill(spot, res), "/CS1 cs 0.5 scn");
  EXPECT_EQ(colors_.stroke(Color::registration(), res), "/CS2 CS 1 SCN");
  EXPECT_EQ(colors_.fill(spot, res), "/CS1 cs 0.5 scn");  // one space per name
  EXPECT_EQ(res.color_spaces.size(), 2u);
  EXPECT_EQ(colors_.fill(Color::gray(0.25), res), "0.75 g");
}

TEST_F(TextPainterTest, RoundedFillUsesFourBezierCorners) {
  page::Fill f;
  f.rect = Rect{Length::pt(10), Length::pt(10), Length::pt(40), Length::pt(20)};
  f.color = Color::cmyk(0, 0, 0, 0.1);
  f.corner_radius = Length::pt(4);
  ContentStream out;
  paint_fill(f, geo_, colors_, out, res_);
  // PDF y of the bottom edge: 100 − (10 + 20) = 70.
  EXPECT_EQ(out.str(),
            "0 0 0 0.1 k\n14 70 m\n46 70 l\n48.2091 70 50 71.7909 50 74 c\n50 86 l\n"
            "50 88.2091 48.2091 90 46 90 c\n14 90 l\n11.7909 90 10 88.2091 10 86 c\n10 74 l\n"
            "10 71.7909 11.7909 70 14 70 c\nh\nf\n");
}

// A tint touching the trim edges runs on to the bleed edge; one inside the
// page stays where it is.
TEST_F(TextPainterTest, TintTouchingTheTrimRunsIntoTheBleed) {
  const PageGeometry geo{Length::pt(100), Length::pt(200), Length::pt(8.5), Length::zero()};
  const Rect band =
      bleed_extended(Rect{Length::zero(), Length::pt(20), Length::pt(100), Length::pt(30)}, geo);
  EXPECT_EQ(band.x, Length::pt(-8.5));
  EXPECT_EQ(band.width, Length::pt(117));
  EXPECT_EQ(band.y, Length::pt(20));  // top and bottom edges are inside: unchanged
  EXPECT_EQ(band.height, Length::pt(30));
  const Rect corner =
      bleed_extended(Rect{Length::pt(50), Length::pt(150), Length::pt(50), Length::pt(50)}, geo);
  EXPECT_EQ(corner.x, Length::pt(50));
  EXPECT_EQ(corner.right(), Length::pt(108.5));
  EXPECT_EQ(corner.bottom(), Length::pt(208.5));
  const Rect inside =
      bleed_extended(Rect{Length::pt(10), Length::pt(10), Length::pt(40), Length::pt(20)}, geo);
  EXPECT_EQ(inside.x, Length::pt(10));
  EXPECT_EQ(inside.width, Length::pt(40));
}

TEST_F(TextPainterTest, OpenSidedDashedFrame) {
  page::Stroke s;
  s.shape = page::Stroke::Shape::rect;
  s.from = Point{Length::pt(10), Length::pt(10)};
  s.to = Point{Length::pt(50), Length::pt(30)};
  s.width = Length::pt(0.5);
  s.dash = Length::pt(2);
  s.sides[2] = false;  // open at the bottom: the box continues in the next column
  ContentStream out;
  paint_stroke(s, geo_, colors_, out, res_);
  EXPECT_EQ(out.str(),
            "q\n0 0 0 1 K\n0.5 w\n[2 2] 0 d\n10 90 m\n50 90 l\n50 90 m\n50 70 l\n"
            "10 90 m\n10 70 l\nS\nQ\n");
}

}  // namespace
}  // namespace paiban::pdf
