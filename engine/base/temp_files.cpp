#include "base/temp_files.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>

namespace paiban {
namespace {

// A fixed table, written before the file exists: a signal handler may only
// call async-signal-safe functions, so it cannot allocate or take locks; it
// reads the state flags (lock-free atomics) and unlinks the paths marked live.
constexpr int kTempSlots = 32;
constexpr std::size_t kTempPathMax = PATH_MAX;
enum SlotState : int { kFree = 0, kPreparing = 1, kLive = 2 };

}  // namespace

struct TempSlot {
  std::atomic<int> state{kFree};
  char path[kTempPathMax];
};

namespace {

TempSlot g_temp_slots[kTempSlots];
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void remove_temp_files_and_die(int sig) {
  remove_temp_files();
  // SA_RESETHAND restored the default action on entry; the re-raised signal
  // is delivered when this handler returns, so the exit status still says
  // "killed by SIGTERM" to the shell.
  ::raise(sig);
}

}  // namespace

void remove_temp_files() noexcept {
  const int saved = errno;
  for (TempSlot& slot : g_temp_slots)
    if (slot.state.load() == kLive) ::unlink(slot.path);
  errno = saved;
}

void install_temp_file_cleanup() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue;
      struct sigaction act {};
      act.sa_handler = remove_temp_files_and_die;
      sigemptyset(&act.sa_mask);
      act.sa_flags = SA_RESETHAND;
      ::sigaction(sig, &act, nullptr);
    }
  });
}

TempRegistration::TempRegistration() {
  for (TempSlot& s : g_temp_slots) {
    int expected = kFree;
    if (s.state.compare_exchange_strong(expected, kPreparing)) {
      slot_ = &s;
      return;
    }
  }
}

bool TempRegistration::arm(const std::string& path) {
  if (!slot_ || path.size() >= kTempPathMax) return false;
  slot_->state.store(kPreparing);
  std::memcpy(slot_->path, path.c_str(), path.size() + 1);
  slot_->state.store(kLive);
  return true;
}

void TempRegistration::disarm() {
  if (slot_) slot_->state.store(kPreparing);
}

void TempRegistration::release() {
  if (slot_) slot_->state.store(kFree);
  slot_ = nullptr;
}

}  // namespace paiban
