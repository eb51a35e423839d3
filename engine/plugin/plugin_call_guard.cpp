#include "plugin/plugin_call_guard.h"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/diagnostics.h"
#include "base/temp_files.h"
#include "base/translation.h"

namespace paiban::plugin {
namespace {

// The fatal signals a guard reports, with the words a reader needs.
struct FatalSignal {
  int number;
  const char* text;
};
constexpr std::array<FatalSignal, 5> kFatalSignals{{
    {SIGSEGV, "SIGSEGV, an invalid memory access"},
    {SIGBUS, "SIGBUS, a bad memory access"},
    {SIGFPE, "SIGFPE, an arithmetic fault such as a division by zero"},
    {SIGILL, "SIGILL, an illegal instruction"},
    {SIGABRT, "SIGABRT, an abort (a failed assertion or an unhandled error)"},
}};

// The exit status after a contained crash or overrun: a rendering error.
constexpr int kExitStatus = 1;

// The guard of the plugin call running on this thread, if any. Read in the
// signal handler: an initial-exec TLS variable of the executable, so
// reading it allocates nothing.
thread_local const PluginCallGuard* t_active = nullptr;

// The actions in place before ours, restored for a fault outside any
// plugin call (the default, or a sanitizer's own handler).
struct sigaction g_previous[kFatalSignals.size()];

void write_all(const std::string& text) noexcept {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n <= 0) return;
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

[[noreturn]] void report_and_exit(const std::string& message) noexcept {
  write_all(message);
  remove_temp_files();
  ::_exit(kExitStatus);
}

int signal_index(int sig) {
  for (std::size_t i = 0; i < kFatalSignals.size(); ++i)
    if (kFatalSignals[i].number == sig) return static_cast<int>(i);
  return -1;
}

extern "C" void on_fatal_signal(int sig, siginfo_t* info, void* /*context*/) {
  const PluginCallGuard* guard = t_active;
  const int index = signal_index(sig);
  if (guard && index >= 0) report_and_exit(guard->message_for(sig));
  // Not inside a plugin call: behave as if we had never been here. A fault
  // (si_code > 0) happens again when the instruction is retried; a sent
  // signal is sent again.
  if (index >= 0) ::sigaction(sig, &g_previous[index], nullptr);
  if (!info || info->si_code <= 0 || sig == SIGABRT) ::raise(sig);
}

void install_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (std::size_t i = 0; i < kFatalSignals.size(); ++i) {
      struct sigaction act {};
      act.sa_sigaction = on_fatal_signal;
      sigemptyset(&act.sa_mask);
      act.sa_flags = SA_SIGINFO | SA_ONSTACK;
      ::sigaction(kFatalSignals[i].number, &act, &g_previous[i]);
    }
  });
}

// An alternate signal stack for this thread, so that a plugin that
// overflows its stack still gets its message. A thread that already has
// one (a sanitizer's) keeps it.
class AltStack {
 public:
  AltStack() {
    stack_t current{};
    if (::sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
    memory_ = std::make_unique<char[]>(kSize);
    stack_t ours{};
    ours.ss_sp = memory_.get();
    ours.ss_size = kSize;
    if (::sigaltstack(&ours, nullptr) != 0) memory_.reset();
  }
  ~AltStack() {
    if (!memory_) return;
    stack_t off{};
    off.ss_flags = SS_DISABLE;
    ::sigaltstack(&off, nullptr);
  }
  AltStack(const AltStack&) = delete;
  AltStack& operator=(const AltStack&) = delete;

 private:
  static constexpr std::size_t kSize = std::size_t{64} * 1024;
  std::unique_ptr<char[]> memory_;
};

void ensure_alt_stack() {
  thread_local AltStack stack;
}

// The deadlines of the guarded calls in progress, on every thread, watched
// by one thread started with the first: a call still registered when its
// deadline passes has overrun, and its prepared message ends the process.
// Registering wakes the thread only when the new deadline comes first, and
// a call that ends just unregisters, so a guarded call costs no thread
// start, join or wake-up. Never destroyed: the thread may still wait when
// the process ends.
class Watchdog {
 public:
  using Clock = std::chrono::steady_clock;

  static Watchdog& shared() {
    static Watchdog* const watchdog = new Watchdog;
    return *watchdog;
  }

  // `message` must stay valid until release(ticket).
  std::uint64_t watch(Clock::time_point deadline, const std::string* message) {
    std::lock_guard<std::mutex> lock(mutex_);
    // A child of fork() has the watchdog's state but not its thread.
    if (running_in_ != ::getpid()) {
      running_in_ = ::getpid();
      wakes_at_ = Clock::time_point::max();
      std::thread([this] { run(); }).detach();
    }
    const std::uint64_t ticket = ++last_ticket_;
    calls_.emplace(ticket, Call{deadline, message});
    if (deadline < wakes_at_) changed_.notify_one();
    return ticket;
  }

  void release(std::uint64_t ticket) {
    std::lock_guard<std::mutex> lock(mutex_);
    calls_.erase(ticket);
  }

 private:
  struct Call {
    Clock::time_point deadline;
    const std::string* message;
  };

  void run() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wakes_at_ = Clock::time_point::max();
      for (const auto& [ticket, call] : calls_) {
        // Still registered after its deadline: the call has overrun. Its
        // thread still runs and may hold any lock: write the prepared text
        // and end the process without unwinding anything.
        if (call.deadline <= Clock::now()) report_and_exit(*call.message);
        wakes_at_ = std::min(wakes_at_, call.deadline);
      }
      if (wakes_at_ == Clock::time_point::max())
        changed_.wait(lock);
      else
        changed_.wait_until(lock, wakes_at_);
    }
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::uint64_t, Call> calls_;
  std::uint64_t last_ticket_ = 0;
  Clock::time_point wakes_at_ = Clock::time_point::max();  // when run() wakes next
  pid_t running_in_ = 0;                                   // the process the thread runs in
};

std::string prepared(const PluginCall& call, const std::string& message,
                     std::vector<std::string> hints) {
  Diagnostic d;
  d.span = call.where;
  d.message = message;
  d.hints = std::move(hints);
  d.plugin = call.plugin;
  d.section = call.section;
  return format_diagnostic(d);
}

}  // namespace

PluginCallGuard::PluginCallGuard(const PluginCall& call, std::chrono::seconds budget) {
  const std::string who = "plugin '" + call.plugin + "'";
  const auto crashed = [&](std::size_t i) {
    return prepared(call,
                    who + " crashed while " + call.activity + " (" + kFatalSignals[i].text +
                        "); paiban stopped and wrote no PDF",
                    {"the fault is in the plugin (or in what it asked the engine to do): "
                     "report it to the plugin's author with this manuscript, or bind the "
                     "section to another plugin in the style sheet"});
  };
  // The crash messages differ only in the signal's words. In a language
  // with a catalog, translating a message searches the catalog's patterns
  // (7 M instructions for the sample's 16 calls under zh_CN, when every
  // message was translated whole), so the first is translated whole and the
  // others are made from it with their own signal's words, as translated, in
  // its signal's place; where that place is not found, whole.
  crashed_[0] = crashed(0);
  const std::string first_words = translate_message(kFatalSignals[0].text);
  const std::size_t at = crashed_[0].find(first_words);
  for (std::size_t i = 1; i < kFatalSignals.size(); ++i) {
    if (at == std::string::npos) {
      crashed_[i] = crashed(i);
      continue;
    }
    crashed_[i] = crashed_[0];
    crashed_[i].replace(at, first_words.size(), translate_message(kFatalSignals[i].text));
  }
  overrun_ = prepared(
      call,
      who + " did not finish " + call.activity + " within " + std::to_string(budget.count()) +
          " s; paiban stopped it and wrote no PDF",
      {"a plugin that never returns has a bug (an endless loop, a wait for input): report it "
       "to its author",
       "if the section really takes longer, raise the limit: [limits] compose_seconds in the "
       "style sheet, or --limit compose_seconds=N"});
  install_handlers();
  ensure_alt_stack();
  outer_ = t_active;
  t_active = this;
  if (budget.count() > 0)
    watched_ = Watchdog::shared().watch(Watchdog::Clock::now() + budget, &overrun_);
}

PluginCallGuard::~PluginCallGuard() {
  if (watched_) Watchdog::shared().release(watched_);
  t_active = outer_;
}

const std::string& PluginCallGuard::message_for(int signal) const {
  const int index = signal_index(signal);
  return index >= 0 ? crashed_[index] : overrun_;
}

}  // namespace paiban::plugin
