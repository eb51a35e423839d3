// cli::WarmUp (cli/warm_up.h): the font lookup's set-up and the English
// hyphenation patterns are loaded on a helper thread while a render reads
// its inputs, and what it loads is what the render then uses.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>

#include "base/parallel.h"
#include "cli/warm_up.h"
#include "pdf/deflate.h"
#include "pdf/large_streams.h"
#include "support/pinned_environment.h"
#include "text/hyphenator.h"

namespace paiban::cli {
namespace {

// Records on which threads the warm-up asked for what.
class WatchedEnvironment : public testing::PinnedEnvironment {
 public:
  void prepare_font_lookup() const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++prepared_;
    prepared_on_ = std::this_thread::get_id();
  }
  std::optional<std::string> read_file(const std::string& path) const override {
    if (path == text::kEnglishPatterns) {
      std::lock_guard<std::mutex> lock(mutex_);
      ++pattern_reads_;
      patterns_read_on_ = std::this_thread::get_id();
    }
    return PinnedEnvironment::read_file(path);
  }

  mutable std::mutex mutex_;
  mutable int prepared_ = 0;
  mutable int pattern_reads_ = 0;
  mutable std::thread::id prepared_on_, patterns_read_on_;
};

TEST(WarmUp, PreparesFontLookupAndParsesThePatternsOnAHelperThread) {
  if (core_count() < 2) GTEST_SKIP() << "one core: the warm-up does nothing";
  WatchedEnvironment env;
  { const WarmUp warm_up(env, true); }
  EXPECT_EQ(env.prepared_, 1);
  EXPECT_EQ(env.pattern_reads_, 1);
  EXPECT_NE(env.prepared_on_, std::this_thread::get_id());
  EXPECT_NE(env.patterns_read_on_, std::this_thread::get_id());
  // The render then gets the patterns the helper parsed: the same bytes
  // give the process's one parsed copy, and they hyphenate.
  const auto patterns = text::Hyphenator::shared(env, text::kEnglishPatterns);
  ASSERT_TRUE(patterns);
  EXPECT_EQ(patterns.get(), text::Hyphenator::shared(env, text::kEnglishPatterns).get());
  EXPECT_FALSE(patterns->points(U"typesetting", 2, 3).empty());
}

TEST(WarmUp, LeavesThePatternsAloneWhenTheRenderHasThemAlready) {
  if (core_count() < 2) GTEST_SKIP() << "one core: the warm-up does nothing";
  WatchedEnvironment env;
  { const WarmUp warm_up(env, false); }
  EXPECT_EQ(env.prepared_, 1);
  EXPECT_EQ(env.pattern_reads_, 0);
}

// The system environment's lookups work after the set-up was done ahead
// (fontconfig's configuration loaded once, under the lookups' lock).
TEST(WarmUp, SystemFontLookupWorksAfterPreparingIt) {
  SystemEnvironment env;
  std::thread helper([&env] { env.prepare_font_lookup(); });
  helper.join();
  const auto found = env.find_font("DejaVu Sans", "Book");
  ASSERT_TRUE(found);
  EXPECT_NE(found->path.find("DejaVuSans.ttf"), std::string::npos);
  EXPECT_FALSE(env.fonts_covering(U'中', "serif").empty());
}

TEST(WarmUp, CompressesTheProfileBeforeItReturns) {
  if (core_count() < 2) GTEST_SKIP() << "one core: the warm-up does nothing";
  WatchedEnvironment env;
  std::string profile(pdf::LargeStreams::kMinSize * 2, '\0');
  for (std::size_t i = 0; i < profile.size(); ++i) profile[i] = static_cast<char>(i * 31 % 97);
  {
    WarmUp warm_up(env, false);
    warm_up.compress_profile(profile);
  }
  const auto kept = pdf::LargeStreams::shared().compressed(profile);
  ASSERT_TRUE(kept);
  EXPECT_EQ(*kept, pdf::Deflater().zlib(profile));
}

}  // namespace
}  // namespace paiban::cli
