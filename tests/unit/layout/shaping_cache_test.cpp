// The process's shaping cache (text/shaping_cache.h): a run shaped before is
// not shaped again, its key holds exactly what HarfBuzz sees, memory stays
// within the budget, and what comes out of the cache is what a fresh shaping
// gives.
#include "text/shaping_cache.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "base/environment.h"
#include "base/font_files.h"
#include "text/font_face.h"
#include "text/shaped_text.h"

namespace paiban::text {
namespace {

std::vector<ShapedGlyph> one_glyph(uint32_t id) {
  return {ShapedGlyph{id, 0, 1000, 0, 0}};
}

TEST(ShapingCache, TheKeyHoldsFiveCharactersOfContextOnEitherSide) {
  const std::u32string text = U"一二三四五六七八九十甲乙丙丁戊己庚辛";
  const ShapingKey key = shaping_key(nullptr, 1, text, 8, 10);
  EXPECT_EQ(key.text, U"四五六七八九十甲乙丙丁戊");  // 5 before, the run 九十, 5 after
  EXPECT_EQ(key.run_begin, 5u);
  EXPECT_EQ(key.run_length, 2u);
  EXPECT_EQ(key.setup, 1);
  // At the paragraph's edges there is less context.
  const ShapingKey first = shaping_key(nullptr, 0, text, 0, 2);
  EXPECT_EQ(first.text, U"一二三四五六七");
  EXPECT_EQ(first.run_begin, 0u);
  const ShapingKey last = shaping_key(nullptr, 0, text, 16, 18);
  EXPECT_EQ(last.text, U"乙丙丁戊己庚辛");
  EXPECT_EQ(last.run_begin, 5u);
  // Text farther away than the context does not change the key; nearer does.
  std::u32string far = text;
  far[0] = U'零';
  EXPECT_EQ(shaping_key(nullptr, 1, far, 8, 10), key);
  std::u32string near = text;
  near[3] = U'零';
  EXPECT_FALSE(shaping_key(nullptr, 1, near, 8, 10) == key);
  EXPECT_FALSE(shaping_key(nullptr, 2, text, 8, 10) == key);
}

TEST(ShapingCache, ARunSeenBeforeIsNotShapedAgain) {
  ShapingCache cache;
  const std::u32string text = U"排版引擎";
  int shaped = 0;
  auto shape = [&] {
    ++shaped;
    return one_glyph(42);
  };
  const auto a = cache.glyphs(shaping_key(nullptr, 0, text, 0, 4), nullptr, shape);
  const auto b = cache.glyphs(shaping_key(nullptr, 0, text, 0, 4), nullptr, shape);
  EXPECT_EQ(shaped, 1);
  ASSERT_EQ(b->size(), 1u);
  EXPECT_EQ((*b)[0].id, 42u);
  EXPECT_EQ(a.get(), b.get());
  // Another setup (features) is another run.
  cache.glyphs(shaping_key(nullptr, 1, text, 0, 4), nullptr, shape);
  EXPECT_EQ(shaped, 2);
  EXPECT_EQ(cache.stats().hits, 1u);
  EXPECT_EQ(cache.stats().misses, 2u);
}

TEST(ShapingCache, MemoryStaysWithinTheBudget) {
  const std::size_t budget = 4096;
  ShapingCache cache(budget);
  std::u32string text;
  for (char32_t c = U'一'; c < U'一' + 400; ++c) text.push_back(c);
  for (uint32_t i = 0; i + 4 <= text.size(); i += 4) {
    cache.glyphs(shaping_key(nullptr, 0, text, i, i + 4), nullptr, [&] { return one_glyph(i); });
    EXPECT_LE(cache.stats().bytes, budget);
  }
  EXPECT_GT(cache.stats().clears, 0u);
  EXPECT_GT(cache.stats().bytes, 0u);
  // A run larger than the whole budget is shaped but not kept.
  ShapingCache tiny(64);
  int shaped = 0;
  for (int round = 0; round < 2; ++round)
    tiny.glyphs(shaping_key(nullptr, 0, text, 0, 100), nullptr, [&] {
      ++shaped;
      return one_glyph(1);
    });
  EXPECT_EQ(shaped, 2);
  EXPECT_EQ(tiny.stats().bytes, 0u);
}

TEST(ShapingCache, AFaceStaysAliveWhileItsRunsAreRemembered) {
  // A face made from bytes is in no registry: only its users hold it, and
  // a freed face's address could be taken by another face, whose runs
  // would then be found under the old face's key.
  std::ifstream file(PAIBAN_WENKAI, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 1000u);
  ShapingCache cache;
  std::weak_ptr<const SharedFace> watched;
  {
    std::shared_ptr<const SharedFace> face = face_from_bytes(std::move(bytes), 0);
    ASSERT_TRUE(face);
    watched = face;
    cache.glyphs(shaping_key(face.get(), 0, U"文", 0, 1), face, [] { return one_glyph(7); });
  }
  EXPECT_FALSE(watched.expired());
  cache.clear();
  EXPECT_TRUE(watched.expired());
}

// What comes out of the cache is exactly what HarfBuzz gives without it:
// the same paragraph, shaped with an empty cache and again from it.
TEST(ShapingCache, CachedClustersEqualFreshOnes) {
  const SystemEnvironment env;
  FontFace song(env, PAIBAN_NOTO_SERIF_CJK, 2);  // Noto Serif CJK SC in the collection
  FontFace kai(env, PAIBAN_WENKAI, 0);
  ASSERT_TRUE(song.ok());
  ASSERT_TRUE(kai.ok());
  ShapingInput input;
  input.text = U"“排版”——DeepSeek-V3 的 token 吞吐量提升了 2.5 倍，I’m sure……";
  input.variant.assign(input.text.size(), 0);
  FontChoice choice;
  choice.cjk = {{&song, false}, {&kai, false}};
  choice.latin = {{&song, false}};
  input.fonts = {choice};

  ShapingCache::shared().clear();
  const ShapedText fresh = shape_text(input);
  const auto after_first = ShapingCache::shared().stats();
  const ShapedText cached = shape_text(input);
  const auto after_second = ShapingCache::shared().stats();
  EXPECT_EQ(after_second.misses, after_first.misses);  // nothing shaped the second time
  EXPECT_GT(after_second.hits, after_first.hits);

  ASSERT_EQ(cached.clusters.size(), fresh.clusters.size());
  ASSERT_GT(fresh.clusters.size(), 30u);
  for (std::size_t i = 0; i < fresh.clusters.size(); ++i) {
    const Cluster& a = fresh.clusters[i];
    const Cluster& b = cached.clusters[i];
    EXPECT_EQ(a.begin, b.begin) << i;
    EXPECT_EQ(a.end, b.end) << i;
    EXPECT_EQ(a.face, b.face) << i;
    EXPECT_EQ(a.advance, b.advance) << i;
    EXPECT_EQ(a.blank_left, b.blank_left) << i;
    EXPECT_EQ(a.blank_right, b.blank_right) << i;
    EXPECT_EQ(a.break_after, b.break_after) << i;
    ASSERT_EQ(a.glyphs.size(), b.glyphs.size()) << i;
    for (std::size_t g = 0; g < a.glyphs.size(); ++g) {
      EXPECT_EQ(a.glyphs[g].id, b.glyphs[g].id);
      EXPECT_EQ(a.glyphs[g].advance, b.glyphs[g].advance);
      EXPECT_EQ(a.glyphs[g].x_offset, b.glyphs[g].x_offset);
      EXPECT_EQ(a.glyphs[g].y_offset, b.glyphs[g].y_offset);
    }
  }
  // fwid in the Han run: —— is one glyph for two characters.
  bool dash_pair = false;
  for (const Cluster& c : fresh.clusters) dash_pair |= c.first_char == U'—' && c.end - c.begin == 2;
  EXPECT_TRUE(dash_pair);
}

}  // namespace
}  // namespace paiban::text
