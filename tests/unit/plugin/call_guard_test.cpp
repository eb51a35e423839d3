// The time budget of a guarded plugin call (plugin/plugin_call_guard.h):
// one watchdog thread for every call of the process, a call past its budget
// ends the process with its own message, a call that ended never does.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "plugin/plugin_call_guard.h"

namespace paiban::plugin {
namespace {

using std::chrono::seconds;

std::size_t thread_count() {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/task"))
    ++n;
  return n;
}

PluginCall call_of(const std::string& plugin, const std::string& section) {
  return {plugin, "composing section '" + section + "'", section, {"style.toml", 3, 1}};
}

TEST(PluginCallGuardTest, EveryGuardedCallSharesOneWatchdogThread) {
  { const PluginCallGuard first(call_of("a", "一"), seconds(60)); }
  const std::size_t before = thread_count();
  for (int i = 0; i < 20; ++i) {
    const PluginCallGuard guard(call_of("a", "一"), seconds(60));
    // While a call runs, no thread of its own is running.
    EXPECT_EQ(thread_count(), before);
  }
  // Calls on several threads at once (a multi-issue render).
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([] {
      for (int i = 0; i < 20; ++i) const PluginCallGuard guard(call_of("b", "二"), seconds(30));
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(thread_count(), before);
}

TEST(PluginCallGuardTest, ACallThatEndedInTimeIsNeverStopped) {
  { const PluginCallGuard guard(call_of("quick", "三"), seconds(1)); }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  SUCCEED();  // still running past the ended call's deadline
}

class PluginCallGuardDeathTest : public ::testing::Test {
 protected:
  // A fresh process for each: the watchdog thread of this one is not
  // copied into a forked child.
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

TEST_F(PluginCallGuardDeathTest, ACallPastItsBudgetEndsTheProcessWithItsMessage) {
  EXPECT_EXIT(
      {
        const PluginCallGuard guard(call_of("slow", "编者的话"), seconds(1));
        std::this_thread::sleep_for(seconds(10));
      },
      ::testing::ExitedWithCode(1),
      "style.toml:3:1: error: plugin 'slow' did not finish composing section '编者的话' within "
      "1 s; paiban stopped it and wrote no PDF");
}

// A call with a short budget that starts while a long one runs elsewhere:
// the watchdog, asleep until the long one's deadline, wakes for it.
TEST_F(PluginCallGuardDeathTest, AShorterBudgetStartedLaterStillEndsOnTime) {
  EXPECT_EXIT(
      {
        std::thread([] {
          const PluginCallGuard guard(call_of("long", "甲"), seconds(600));
          std::this_thread::sleep_for(seconds(60));
        }).detach();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto start = std::chrono::steady_clock::now();
        const PluginCallGuard guard(call_of("short", "乙"), seconds(1));
        while (std::chrono::steady_clock::now() - start < seconds(10))
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
      },
      ::testing::ExitedWithCode(1),
      "plugin 'short' did not finish composing section '乙' within 1 s");
}

}  // namespace
}  // namespace paiban::plugin
