// page::GlyphList: glyphs stored once and shared by the copies of a run (the
// line setter's remembered line, the galley row, the page), the text of every
// glyph kept in one string per run.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "layout/compose/line_setter.h"
#include "page/glyph_list.h"
#include "page/page.h"

namespace paiban::page {
namespace {

Glyph glyph(uint32_t id, double advance_pt, const char* text) {
  Glyph g;
  g.id = id;
  g.advance = Length::pt(advance_pt);
  g.x_offset = Length::pt(0.5);
  g.y_offset = Length::pt(-1);
  g.text = text;
  return g;
}

// "ffi" as one ligature glyph, then a cluster of two glyphs (the second
// continues it and has no text), then a CJK character.
GlyphList sample() {
  return GlyphList(std::vector<Glyph>{glyph(7, 8.2, "ffi"), glyph(9, 5, "é"), glyph(10, 0, ""),
                                      glyph(1, 10, "排")});
}

TEST(GlyphList, KeepsEveryGlyphAndItsText) {
  const GlyphList list = sample();
  ASSERT_EQ(list.size(), 4u);
  EXPECT_EQ(list[0].id, 7u);
  EXPECT_EQ(list[0].text, "ffi");
  EXPECT_EQ(list[0].advance, Length::pt(8.2));
  EXPECT_EQ(list[0].x_offset, Length::pt(0.5));
  EXPECT_EQ(list[0].y_offset, Length::pt(-1));
  EXPECT_EQ(list[1].text, "é");
  EXPECT_EQ(list[2].id, 10u);
  EXPECT_TRUE(list[2].text.empty());
  EXPECT_EQ(list.back().text, "排");
  EXPECT_EQ(list.front().id, 7u);
  std::string text;
  std::vector<uint32_t> ids;
  for (const Glyph g : list) {
    text += g.text;
    ids.push_back(g.id);
  }
  EXPECT_EQ(text, "ffié排");
  EXPECT_EQ(ids, (std::vector<uint32_t>{7, 9, 10, 1}));
  EXPECT_EQ(list.end() - list.begin(), 4);
}

TEST(GlyphList, CopiesShareUntilOneIsEdited) {
  const GlyphList a = sample();
  GlyphList b = a;
  EXPECT_TRUE(b.shares_with(a));
  b.set_advance(3, Length::pt(12));
  EXPECT_FALSE(b.shares_with(a));
  EXPECT_EQ(a[3].advance, Length::pt(10));  // the original is untouched
  EXPECT_EQ(b[3].advance, Length::pt(12));
  EXPECT_EQ(b[3].text, "排");
  GlyphList c = a;
  c.push_back(glyph(2, 10, "版"));
  EXPECT_EQ(a.size(), 4u);
  EXPECT_EQ(c.size(), 5u);
  EXPECT_EQ(c[4].text, "版");
  EXPECT_EQ(c[3].text, "排");
  EXPECT_TRUE(GlyphList().empty());
  EXPECT_FALSE(GlyphList().shares_with(GlyphList()));
}

TEST(GlyphList, AppendRepeatsTheGlyphsWithTheirText) {
  GlyphList dots(std::vector<Glyph>{glyph(5, 3, "."), glyph(6, 3, "·")});
  GlyphList leader;
  for (int k = 0; k < 3; ++k) leader.append(dots);
  leader.append(leader);  // itself: six more
  ASSERT_EQ(leader.size(), 12u);
  std::string text;
  for (const Glyph g : leader) text += g.text;
  EXPECT_EQ(text, ".·.·.·.·.·.·");
  EXPECT_EQ(leader[11].id, 6u);
  EXPECT_EQ(dots.size(), 2u);
}

// A glyph is stored in 12 bytes, its advance as 32-bit sp and without
// offsets; offsets and an advance beyond ±32,768 pt (a glyph at a hostile
// size) are kept whole beside, also through a copy-on-edit and append.
TEST(GlyphList, OffsetsAndAdvancesBeyondThirtyTwoBitsAreKeptWhole) {
  Glyph far = glyph(3, 12, "远");
  far.x_offset = Length::pt(40000);
  far.y_offset = Length::pt(-50000.25);
  Glyph edge = glyph(4, 1, "");
  edge.x_offset = Length::from_sp(INT32_MAX);
  edge.y_offset = Length::from_sp(INT32_MIN);
  GlyphList list(std::vector<Glyph>{glyph(7, 8.2, "ffi"), far, edge, glyph(1, 10, "排")});
  GlyphList copy = list;
  copy.set_advance(1, Length::pt(13));  // the copy now owns its glyphs
  copy.append(list);
  for (const GlyphList* l : {&list, &copy}) {
    EXPECT_EQ((*l)[0].x_offset, Length::pt(0.5));
    EXPECT_EQ((*l)[1].x_offset, Length::pt(40000));
    EXPECT_EQ((*l)[1].y_offset, Length::pt(-50000.25));
    EXPECT_EQ((*l)[1].text, "远");
    EXPECT_EQ((*l)[2].x_offset.sp, INT32_MAX);
    EXPECT_EQ((*l)[2].y_offset.sp, INT32_MIN);
    EXPECT_EQ((*l)[3].y_offset, Length::pt(-1));
    EXPECT_EQ((*l)[3].text, "排");
  }
  EXPECT_EQ(list[1].advance, Length::pt(12));
  EXPECT_EQ(copy[1].advance, Length::pt(13));
  ASSERT_EQ(copy.size(), 8u);
  EXPECT_EQ(copy[5].x_offset, Length::pt(40000));
  EXPECT_EQ(copy[5].y_offset, Length::pt(-50000.25));
  EXPECT_EQ(copy[5].text, "远");
  EXPECT_EQ(copy[7].text, "排");
  copy.append(copy);  // appending itself
  ASSERT_EQ(copy.size(), 16u);
  EXPECT_EQ(copy[13].y_offset, Length::pt(-50000.25));
  EXPECT_EQ(copy[15].text, "排");
  // Advances set later: beyond 32 bits on a plain glyph and on one with
  // offsets, and back within.
  Glyph plain = glyph(5, 6, "平");
  plain.x_offset = plain.y_offset = Length::zero();
  GlyphList wide = list;
  wide.push_back(plain);
  wide.set_advance(4, Length::pt(-70000));
  EXPECT_EQ(wide[4].advance, Length::pt(-70000));
  EXPECT_EQ(wide[4].x_offset, Length::zero());
  EXPECT_EQ(wide[4].text, "平");
  wide.set_advance(0, Length::pt(70000));
  wide.set_advance(1, Length::pt(-40000));
  wide.set_advance(3, Length::from_sp(INT32_MIN));
  wide.set_advance(2, Length::from_sp(INT32_MAX + int64_t{1}));
  EXPECT_EQ(wide[0].advance, Length::pt(70000));
  EXPECT_EQ(wide[0].x_offset, Length::pt(0.5));
  EXPECT_EQ(wide[0].text, "ffi");
  EXPECT_EQ(wide[1].advance, Length::pt(-40000));
  EXPECT_EQ(wide[1].x_offset, Length::pt(40000));
  EXPECT_EQ(wide[2].advance.sp, INT32_MAX + int64_t{1});
  EXPECT_EQ(wide[2].y_offset.sp, INT32_MIN);
  EXPECT_EQ(wide[3].advance.sp, INT32_MIN);
  EXPECT_EQ(wide[3].y_offset, Length::pt(-1));
  wide.set_advance(0, Length::pt(3));
  wide.set_advance(4, Length::pt(6));
  EXPECT_EQ(wide[0].advance, Length::pt(3));
  EXPECT_EQ(wide[4].advance, Length::pt(6));
  EXPECT_EQ(wide[3].advance.sp, INT32_MIN);
  EXPECT_EQ(list[0].advance, Length::pt(8.2));  // the original is untouched
  EXPECT_EQ(list[2].advance, Length::pt(1));
}

TEST(GlyphList, PlacedLinesShareTheRememberedGlyphs) {
  layout::SetLine line;
  GlyphRun run;
  run.glyphs = sample();
  run.origin = {Length::pt(3), Length::zero()};
  line.runs.push_back(run);
  std::vector<Item> items;
  layout::append_line(items, line, Length::pt(10), Length::pt(20));
  layout::append_line(items, line, Length::pt(10), Length::pt(40));
  ASSERT_EQ(items.size(), 2u);
  for (const Item& item : items) {
    const auto& placed = std::get<GlyphRun>(item);
    EXPECT_TRUE(placed.glyphs.shares_with(line.runs[0].glyphs));
    EXPECT_EQ(placed.origin.x, Length::pt(13));
  }
  EXPECT_EQ(std::get<GlyphRun>(items[1]).origin.y, Length::pt(40));
}

}  // namespace
}  // namespace paiban::page

namespace paiban::page {
namespace {

// FaceRef's path: shared by copies, compared and ordered by its characters.
TEST(FontPath, ComparesAndOrdersLikeItsString) {
  const FontPath a("/fonts/a.ttc"), a2(std::string("/fonts/a.ttc")), b("/fonts/b.ttc");
  EXPECT_EQ(a, a2);
  EXPECT_LT(a, b);
  EXPECT_EQ(b.str(), "/fonts/b.ttc");
  const FontPath none;
  EXPECT_TRUE(none.empty());
  EXPECT_LT(none, a);
  const FaceRef face{a, 2}, copy = face;
  EXPECT_EQ(copy, face);
  EXPECT_EQ(&copy.path.str(), &face.path.str());  // the copy shares the characters
  EXPECT_LT(face, (FaceRef{b, 0}));
  EXPECT_LT((FaceRef{a, 1}), face);
}

}  // namespace
}  // namespace paiban::page
