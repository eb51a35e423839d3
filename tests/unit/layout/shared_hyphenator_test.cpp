// Hyphenation patterns parsed once per process (Hyphenator::shared): the
// same file gives the same patterns to every issue, other bytes under the
// same path are parsed anew, and a missing file gives none.
#include <gtest/gtest.h>

#include <string>
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

TEST(SharedHyphenator, AMissingFileGivesNoPatterns) {
  testing::PinnedEnvironment env;
  EXPECT_EQ(Hyphenator::shared(env, "/nonexistent/hyph_xx.dic"), nullptr);
}

}  // namespace
}  // namespace paiban::text
