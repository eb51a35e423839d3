// The codes predicted from a glyph set before the subset exists
// (pdf/predicted_codes.h) are the codes hb-subset's subset gives, on the
// real faces of each kind: CID-keyed CFF (Noto CJK), TrueType with and
// without composite glyphs (LXGW WenKai, DejaVu), name-keyed CFF (URW P052,
// which ghostscript's fonts-urw-base35 installs).
#include <gtest/gtest.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb.h>

#include <map>
#include <set>
#include <string>

#include "pdf/cff_charset.h"
#include "pdf/content_hash.h"
#include "pdf/font_program.h"
#include "pdf/font_subset.h"
#include "pdf/predicted_codes.h"
#include "test_support.h"

namespace paiban::pdf {
namespace {

constexpr const char* kDejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kP052 = "/usr/share/fonts/opentype/urw-base35/P052-Roman.otf";

std::unique_ptr<FontProgram> open(const page::FaceRef& face) {
  std::string error;
  auto program = FontProgram::open(face, test::files(), error);
  EXPECT_TRUE(program) << error;
  return program;
}

// Every `step`-th glyph below `count`, and glyph `last` of the font.
std::set<uint32_t> spread(unsigned count, unsigned step) {
  std::set<uint32_t> out;
  for (uint32_t g = 1; g < count; g += step) out.insert(g);
  out.insert(count - 1);
  return out;
}

std::map<uint32_t, uint16_t> subset_codes(const FontProgram& font,
                                          const std::set<uint32_t>& glyphs) {
  FreeTypeLibrary ft;
  std::string error;
  auto subset = subset_font(font, ft, glyphs, error);
  EXPECT_TRUE(subset) << error;
  return subset ? subset->code_of : std::map<uint32_t, uint16_t>{};
}

std::set<uint32_t> glyphs_of(const page::FaceRef& face, const std::string& text) {
  std::set<uint32_t> out;
  const page::GlyphRun run = test::shape(face, text, Length::pt(10), Point{});
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) out.insert(run.glyphs[i].id);
  return out;
}

TEST(PredictedCodes, CidKeyedCffGlyphsKeepTheirCids) {
  for (const page::FaceRef& face : {test::noto_sc(), page::FaceRef{PAIBAN_NOTO_SANS_CJK_BOLD, 2}}) {
    auto font = open(face);
    ASSERT_TRUE(font);
    ASSERT_EQ(font->kind(), OutlineKind::cff);
    const std::set<uint32_t> glyphs = spread(font->glyph_count(), 53);
    const auto predicted = predict_codes(*font, glyphs);
    ASSERT_TRUE(predicted) << face.path.str();
    EXPECT_EQ(predicted->size(), glyphs.size());
    EXPECT_EQ(*predicted, subset_codes(*font, glyphs)) << face.path.str();
    // Noto CJK numbers its CIDs like its glyphs: the code is the old id,
    // not the rank in the subset.
    EXPECT_EQ(predicted->at(font->glyph_count() - 1), font->glyph_count() - 1);
  }
}

TEST(PredictedCodes, TrueTypeCodesAreRanksAmongTheKeptGlyphs) {
  auto wenkai = open(test::wenkai());
  ASSERT_TRUE(wenkai);
  ASSERT_EQ(wenkai->kind(), OutlineKind::truetype);
  const std::set<uint32_t> glyphs =
      glyphs_of(test::wenkai(), "排版引擎：中文印刷品的版式，标点挤压与避头尾。Typeset 2025!");
  ASSERT_GT(glyphs.size(), 20u);
  const auto predicted = predict_codes(*wenkai, glyphs);
  ASSERT_TRUE(predicted);
  EXPECT_EQ(*predicted, subset_codes(*wenkai, glyphs));
  const std::set<uint32_t> many = spread(wenkai->glyph_count(), 11);
  EXPECT_EQ(predict_codes(*wenkai, many), subset_codes(*wenkai, many));
}

TEST(PredictedCodes, CompositeComponentsShiftTheNumbering) {
  const page::FaceRef dejavu{kDejaVuSans, 0};
  auto font = open(dejavu);
  ASSERT_TRUE(font);
  // Accented letters are composites in DejaVu: their base letters and
  // accents are kept too and take numbers between the requested glyphs.
  const std::set<uint32_t> glyphs = glyphs_of(dejavu, "ÅÉÎÕÜåéîõüŽž");
  const auto kept = truetype_kept_glyphs(*font, glyphs);
  ASSERT_TRUE(kept);
  EXPECT_GT(kept->size(), glyphs.size() + 5) << "no components were added";
  for (uint32_t g : glyphs) EXPECT_EQ(kept->count(g), 1u);
  const auto predicted = predict_codes(*font, glyphs);
  ASSERT_TRUE(predicted);
  EXPECT_EQ(*predicted, subset_codes(*font, glyphs));
  // The codes are not simply 1, 2, 3…: components came in between.
  uint16_t highest = 0;
  for (const auto& [gid, code] : *predicted) highest = std::max(highest, code);
  EXPECT_GT(highest, glyphs.size());
  const std::set<uint32_t> all = spread(font->glyph_count(), 1);
  EXPECT_EQ(predict_codes(*font, all), subset_codes(*font, all));
}

TEST(PredictedCodes, NameKeyedCffCodesAreRanks) {
  const page::FaceRef p052{kP052, 0};
  auto font = open(p052);
  ASSERT_TRUE(font);
  ASSERT_EQ(font->kind(), OutlineKind::cff);
  const std::set<uint32_t> glyphs = glyphs_of(p052, "Typesetting, fine & fast: 1,234.5 pages");
  const auto predicted = predict_codes(*font, glyphs);
  ASSERT_TRUE(predicted);
  EXPECT_EQ(*predicted, subset_codes(*font, glyphs));
  uint16_t rank = 1;  // .notdef is 0
  for (const auto& [gid, code] : *predicted) EXPECT_EQ(code, rank++);
}

// The charset reader against FreeType's, on every glyph of a CJK face.
TEST(CffCharset, CidsAreFreeTypesForEveryGlyph) {
  auto font = open(page::FaceRef{PAIBAN_NOTO_SANS_CJK_BOLD, 2});
  ASSERT_TRUE(font);
  hb_blob_t* blob = hb_face_reference_table(font->hb_face(), HB_TAG('C', 'F', 'F', ' '));
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  const std::string_view cff(data, length);
  std::set<uint32_t> all = spread(font->glyph_count(), 1);
  all.insert(0);
  const CffCids cids = read_cff_cids(cff, font->glyph_count(), all);
  ASSERT_EQ(cids.keying, CffKeying::cid);
  ASSERT_EQ(cids.cid_of.size(), font->glyph_count());

  FreeTypeLibrary ft;
  FT_Face face = nullptr;
  ASSERT_EQ(FT_New_Memory_Face(ft.get(), reinterpret_cast<const FT_Byte*>(data),
                               static_cast<FT_Long>(length), 0, &face),
            0);
  int differing = 0;
  for (const auto& [gid, cid] : cids.cid_of) {
    FT_UInt expected = 0;
    ASSERT_EQ(FT_Get_CID_From_Glyph_Index(face, gid, &expected), 0);
    differing += cid != expected;
  }
  EXPECT_EQ(differing, 0);
  FT_Done_Face(face);

  // Cut short anywhere, the table is unreadable, never misread.
  for (std::size_t cut : {0u, 3u, 5u, 40u, 200u, 4000u}) {
    const CffCids cut_short = read_cff_cids(cff.substr(0, cut), font->glyph_count(), all);
    EXPECT_EQ(cut_short.keying, CffKeying::unreadable) << cut;
    EXPECT_TRUE(cut_short.cid_of.empty());
  }
  hb_blob_destroy(blob);
}

TEST(CffCharset, GarbageIsUnreadable) {
  const std::set<uint32_t> glyphs{0, 1, 2};
  EXPECT_EQ(read_cff_cids("", 3, glyphs).keying, CffKeying::unreadable);
  EXPECT_EQ(read_cff_cids(std::string(64, '\xff'), 3, glyphs).keying, CffKeying::unreadable);
  EXPECT_EQ(read_cff_cids(std::string(64, '\0'), 3, glyphs).keying, CffKeying::unreadable);
}

// Pieces whose bytes come later hash as if they had come in their place.
TEST(ContentHash, ReservedPiecesHashInTheirPlace) {
  ContentHash plain;
  for (const char* piece : {"a", "program one", "b", "program two", "c"}) plain.add(piece);
  plain.add_number(42);

  ContentHash later;
  later.add("a");
  const std::size_t one = later.reserve();
  later.add("b");
  const std::size_t two = later.reserve();
  later.add("c");
  later.add_number(42);
  EXPECT_THROW(later.hex(), std::logic_error);
  later.fill(two, "program two");
  EXPECT_THROW(later.hex(), std::logic_error);
  EXPECT_THROW(later.fill(two, "again"), std::logic_error);
  later.fill(one, "program one");
  EXPECT_EQ(later.hex(), plain.hex());
  // Filled at once, and a copy taken while waiting, hash the same.
  ContentHash at_once;
  at_once.add("a");
  const std::size_t p = at_once.reserve();
  const ContentHash copy = at_once;
  at_once.fill(p, "x");
  ContentHash copy_filled = copy;
  copy_filled.fill(p, "x");
  ContentHash direct;
  direct.add("a");
  direct.add("x");
  EXPECT_EQ(at_once.hex(), direct.hex());
  EXPECT_EQ(copy_filled.hex(), direct.hex());
}

}  // namespace
}  // namespace paiban::pdf
