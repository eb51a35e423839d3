// The time budget of a guarded plugin call (plugin/plugin_call_guard.h):
// one watchdog thread for every call of the process, a call past its budget
// ends the process with its own message, a call that ended never does.
#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <thread>
#include <vector>

#include "base/diagnostics.h"
#include "base/translation.h"
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

// The crash messages are made from the first one's translation with each
// signal's own words in its place: they must read exactly as each message
// translated whole, in English and in Chinese.
TEST(PluginCallGuardTest, EachCrashMessageReadsAsTranslatedWhole) {
  const std::pair<int, const char*> signals[] = {
      {SIGSEGV, "SIGSEGV, an invalid memory access"},
      {SIGBUS, "SIGBUS, a bad memory access"},
      {SIGFPE, "SIGFPE, an arithmetic fault such as a division by zero"},
      {SIGILL, "SIGILL, an illegal instruction"},
      {SIGABRT, "SIGABRT, an abort (a failed assertion or an unhandled error)"},
  };
  const PluginCall call = call_of("crasher", "编者的话");
  const auto whole = [&](const char* words) {
    Diagnostic d;
    d.span = call.where;
    d.message = "plugin 'crasher' crashed while composing section '编者的话' (" +
                std::string(words) + "); paiban stopped and wrote no PDF";
    d.hints = {
        "the fault is in the plugin (or in what it asked the engine to do): report it to "
        "the plugin's author with this manuscript, or bind the section to another plugin "
        "in the style sheet"};
    d.plugin = call.plugin;
    d.section = call.section;
    return format_diagnostic(d);
  };
  {
    const PluginCallGuard guard(call, seconds(0));
    for (const auto& [number, words] : signals) EXPECT_EQ(guard.message_for(number), whole(words));
  }
  // Chinese, from the build's catalog (po/zh_CN.po).
  std::setlocale(LC_MESSAGES, "C.UTF-8");
  ::setenv("LANGUAGE", "zh_CN", 1);
  bind_translations(PAIBAN_LOCALE_DIR);
  {
    const PluginCallGuard guard(call, seconds(0));
    EXPECT_NE(guard.message_for(SIGSEGV).find("SIGSEGV，非法内存访问"), std::string::npos)
        << guard.message_for(SIGSEGV);
    for (const auto& [number, words] : signals) EXPECT_EQ(guard.message_for(number), whole(words));
  }
  ::unsetenv("LANGUAGE");
  bind_translations(PAIBAN_LOCALE_DIR);
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
