// The damage check of every face opened (base/font_damage.h): the fixed
// probes for the common case, the samples spread over the cmap for a face
// whose probes do not map, and broken outline and cmap tables found by
// either path. The fonts are cut from the Debian fonts here with hb-subset.
#include <gtest/gtest.h>
#include <hb-subset.h>
#include <hb.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "base/font_damage.h"
#include "base/font_files.h"
#include "support/font_tables.h"

namespace paiban {
namespace {

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A face of `bytes` (which must outlive it).
hb_face_t* face_of(const std::string& bytes, unsigned index = 0) {
  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, index);
  hb_blob_destroy(blob);
  return face;
}

// Face `index` of the font file `path` cut down to the characters `chars`
// (and the .notdef glyph), as the bytes of a single-font file.
std::string subset_of(const char* path, unsigned index, const std::u32string& chars) {
  const std::string whole = read_file(path);
  hb_face_t* face = face_of(whole, index);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  for (char32_t c : chars) hb_set_add(hb_subset_input_unicode_set(input), c);
  hb_face_t* cut = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_face_destroy(face);
  EXPECT_NE(cut, nullptr);
  if (!cut) return {};
  hb_blob_t* blob = hb_face_reference_blob(cut);
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string bytes(data, length);
  hb_blob_destroy(blob);
  hb_face_destroy(cut);
  return bytes;
}

// `bytes` (a single-font file) with table `tag` overwritten by zeros.
std::string with_zeroed_table(std::string bytes, const char* tag) {
  EXPECT_TRUE(testing::overwrite_table(bytes, tag, '\0')) << tag;
  return bytes;
}

std::string damage_of(const std::string& bytes) {
  hb_face_t* face = face_of(bytes);
  std::string damage = damaged_tables(face);
  hb_face_destroy(face);
  return damage;
}

std::vector<hb_codepoint_t> samples_of(const std::string& bytes, unsigned index = 0) {
  hb_face_t* face = face_of(bytes, index);
  std::vector<hb_codepoint_t> samples = damage_samples(face);
  hb_face_destroy(face);
  return samples;
}

// Common text: probes (的一是, Latin letters and digits) and more.
const std::u32string kCommonText =
    U"的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年部销额龙"
    U"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789，。";
// Hiragana and ideographs no probe names: a face of these maps no probe.
const std::u32string kNoProbes =
    U"ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどな"
    U"にぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをん"
    U"鹿麦黄鼠齐";

TEST(FontDamageTest, CommonFacesAreSampledThroughTheProbes) {
  const std::string wenkai = read_file(PAIBAN_WENKAI);
  const std::string noto = read_file(PAIBAN_NOTO_SERIF_CJK);
  for (const auto& samples : {samples_of(wenkai), samples_of(noto, 2)}) {
    ASSERT_EQ(samples.size(), kDamageSamples);
    // Ideograph and Latin probes in turn: 的 A 一 a 是 0 不 B …
    EXPECT_EQ(samples[0], U'的');
    EXPECT_EQ(samples[1], U'A');
    EXPECT_EQ(samples[2], U'一');
    EXPECT_EQ(samples[3], U'a');
    EXPECT_EQ(samples[5], U'0');
    EXPECT_EQ(samples[23], U'3');
  }
  hb_face_t* face = face_of(wenkai);
  EXPECT_EQ(damaged_tables(face), "");
  hb_face_destroy(face);
}

TEST(FontDamageTest, AHealthyFaceWhoseProbesDoNotMapIsSampledOverItsCmap) {
  const std::string kana = subset_of(PAIBAN_WENKAI, 0, kNoProbes);
  const std::vector<hb_codepoint_t> samples = samples_of(kana);
  ASSERT_EQ(samples.size(), kDamageSamples);
  const std::set<hb_codepoint_t> in_face(kNoProbes.begin(), kNoProbes.end());
  for (hb_codepoint_t cp : samples) EXPECT_TRUE(in_face.count(cp)) << cp;
  // Spread over the cmap: from its start to its end (the ideographs).
  EXPECT_EQ(samples.front(), U'ぁ');
  EXPECT_GE(samples.back(), U'鹿');
  EXPECT_EQ(damage_of(kana), "");
  FontFileProblem problem = FontFileProblem::damaged;
  EXPECT_NE(face_from_bytes(kana, 0, &problem), nullptr);
  EXPECT_EQ(problem, FontFileProblem::none);
}

TEST(FontDamageTest, ABrokenGlyfIsFoundThroughTheProbes) {
  const std::string cut = subset_of(PAIBAN_WENKAI, 0, kCommonText);
  ASSERT_EQ(samples_of(cut).size(), kDamageSamples);
  EXPECT_EQ(damage_of(cut), "");
  const std::string broken = with_zeroed_table(cut, "glyf");
  ASSERT_EQ(samples_of(broken).front(), U'的');  // still the probes' path
  EXPECT_EQ(damage_of(broken),
            "its glyph outlines do not load (24 of 24 letters sampled have none: a broken "
            "loca/glyf or CFF table)");
  FontFileProblem problem = FontFileProblem::none;
  EXPECT_EQ(face_from_bytes(broken, 0, &problem), nullptr);
  EXPECT_EQ(problem, FontFileProblem::damaged);
}

TEST(FontDamageTest, ABrokenCffIsFoundThroughTheProbes) {
  const std::string cut = subset_of(PAIBAN_NOTO_SERIF_CJK, 2, kCommonText);
  ASSERT_EQ(samples_of(cut).size(), kDamageSamples);
  EXPECT_EQ(damage_of(cut), "");
  const std::string broken = with_zeroed_table(cut, "CFF ");
  ASSERT_EQ(samples_of(broken).front(), U'的');
  EXPECT_NE(damage_of(broken).find("its glyph outlines do not load (24 of 24"), std::string::npos)
      << damage_of(broken);
}

TEST(FontDamageTest, ABrokenGlyfIsFoundOverTheCmapWhenNoProbeMaps) {
  const std::string broken = with_zeroed_table(subset_of(PAIBAN_WENKAI, 0, kNoProbes), "glyf");
  ASSERT_EQ(samples_of(broken).front(), U'ぁ');
  EXPECT_EQ(damage_of(broken),
            "its glyph outlines do not load (24 of 24 letters sampled have none: a broken "
            "loca/glyf or CFF table)");
}

TEST(FontDamageTest, ABrokenCmapMapsNoProbeAndNothingElse) {
  const std::string broken = with_zeroed_table(subset_of(PAIBAN_WENKAI, 0, kCommonText), "cmap");
  EXPECT_TRUE(samples_of(broken).empty());
  EXPECT_EQ(damage_of(broken), "its cmap table (characters to glyphs) does not load");
}

// A face with only a few probes (here 10 digits and 的) is measured on its
// whole cmap, not on too few samples.
TEST(FontDamageTest, TooFewProbesFallBackToTheWholeCmap) {
  const std::string few = subset_of(PAIBAN_WENKAI, 0, U"的0123456789" + kNoProbes);
  const std::vector<hb_codepoint_t> samples = samples_of(few);
  ASSERT_EQ(samples.size(), kDamageSamples);
  EXPECT_EQ(samples.front(), U'0');  // the cmap's first character, not 的
  EXPECT_EQ(damage_of(few), "");
}

}  // namespace
}  // namespace paiban
