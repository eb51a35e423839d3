// Hyphenation patterns parsed once per process (Hyphenator::shared): the
// same file gives the same patterns to every issue, other bytes under the
// same path are parsed anew, and a missing file gives none.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "support/pinned_environment.h"
#include "text/hyphenator.h"

namespace paiban::text {
namespace {

TEST(SharedHyphenator, TheSameFileIsParsedOnce) {
  testing::PinnedEnvironment env;
  const auto a = Hyphenator::shared(env, kEnglishPatterns);
  const auto b = Hyphenator::shared(env, kEnglishPatterns);
  ASSERT_TRUE(a);
  EXPECT_EQ(a.get(), b.get());
  // The shared patterns hyphenate as freshly loaded ones do.
  const auto fresh = Hyphenator::load(env, kEnglishPatterns);
  ASSERT_TRUE(fresh);
  EXPECT_EQ(a->points(U"typesetting", 2, 3), fresh->points(U"typesetting", 2, 3));
  EXPECT_FALSE(a->points(U"typesetting", 2, 3).empty());
}

TEST(SharedHyphenator, OtherBytesUnderTheSamePathAreParsedAnew) {
  testing::PinnedEnvironment system;
  const auto english = Hyphenator::shared(system, kEnglishPatterns);
  ASSERT_TRUE(english);
  testing::PinnedEnvironment other;
  // One pattern: a break allowed only between the two letters of "ab".
  other.add_file(kEnglishPatterns, "UTF-8\na1b\n");
  const auto mine = Hyphenator::shared(other, kEnglishPatterns);
  ASSERT_TRUE(mine);
  EXPECT_NE(mine.get(), english.get());
  EXPECT_EQ(mine->points(U"xxabxx", 1, 1), std::vector<std::size_t>{3});
  EXPECT_TRUE(mine->points(U"typesetting", 2, 3).empty());
  // The system's file again: its own patterns, not the other's.
  EXPECT_EQ(Hyphenator::shared(system, kEnglishPatterns)->points(U"typesetting", 2, 3),
            english->points(U"typesetting", 2, 3));
}

// Callers on several threads at once (the warm-up thread parsing while the
// main thread and the paragraphs set ahead ask): one set of patterns, which
// each caller may get while it is still being parsed, and every caller's
// points are those of freshly loaded patterns.
TEST(SharedHyphenator, CallersWhileItIsParsedGetTheSamePatterns) {
  testing::PinnedEnvironment env;
  // Bytes of their own, so that no earlier test parsed them already.
  const auto system = Hyphenator::load(env, kEnglishPatterns);
  ASSERT_TRUE(system);
  auto bytes = env.read_file(kEnglishPatterns);
  ASSERT_TRUE(bytes);
  testing::PinnedEnvironment own;
  own.add_file(kEnglishPatterns, *bytes + "\n");
  std::vector<std::shared_ptr<const Hyphenator>> got(6);
  std::vector<std::vector<std::size_t>> points(got.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] {
      got[i] = Hyphenator::shared(own, kEnglishPatterns);
      points[i] = got[i]->points(U"typesetting", 2, 3);
    });
  for (auto& thread : threads) thread.join();
  for (std::size_t i = 0; i < got.size(); ++i) {
    ASSERT_TRUE(got[i]);
    EXPECT_EQ(got[i].get(), got[0].get());
    EXPECT_EQ(points[i], system->points(U"typesetting", 2, 3));
  }
  EXPECT_FALSE(points[0].empty());
}

TEST(SharedHyphenator, AMissingFileGivesNoPatterns) {
  testing::PinnedEnvironment env;
  EXPECT_EQ(Hyphenator::shared(env, "/nonexistent/hyph_xx.dic"), nullptr);
}

}  // namespace
}  // namespace paiban::text
