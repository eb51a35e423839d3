// Containment of one call into a plugin's native code (docs/plugins.md,
// "Containment"). A plugin runs in the engine's process, so its crash is
// the process's crash and its endless loop the process's hang. Around each
// call the guard makes both end with a message naming the plugin and the
// section instead of a bare "Segmentation fault" or a silent hang:
//
// - a SIGSEGV, SIGBUS, SIGFPE, SIGILL or SIGABRT on the calling thread is
//   caught by a handler running on an alternate signal stack (so a stack
//   overflow is caught too), which writes a message prepared before the
//   call with write(2), removes the temporary output files
//   (base/temp_files.h) and ends the process with exit status 1;
// - a call still running after its time budget is ended the same way by the
//   process's one watchdog thread, which watches every guarded call's
//   deadline (a thread per call cost a render of the sample 16 thread
//   starts and joins, each waiting for the new thread to be scheduled).
//
// The process cannot go on after either: the plugin may hold locks or have
// corrupted memory. Running plugins in a child process would survive that,
// but every Composer call would then cross a process boundary; a crash or
// a hang is a bug to fix, not a state to continue from.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "paiban/source.h"

namespace paiban::plugin {

// What a guarded call is, for its messages.
struct PluginCall {
  std::string plugin;    // "crasher"
  std::string activity;  // "composing section '编者的话'", "loading"
  std::string section;   // for the [plugin, section] tag; may be empty
  SourceSpan where;      // the [[section]] entry (or the section) asking
};

class PluginCallGuard {
 public:
  // `budget`: wall-clock time the call may take; zero = no limit.
  PluginCallGuard(const PluginCall& call, std::chrono::seconds budget);
  ~PluginCallGuard();
  PluginCallGuard(const PluginCallGuard&) = delete;
  PluginCallGuard& operator=(const PluginCallGuard&) = delete;

  // The prepared message for `signal` (one of the signals above), or the
  // overrun message for 0. Read by the signal handler: no allocation.
  const std::string& message_for(int signal) const;

 private:
  static constexpr int kSignals = 5;
  std::string crashed_[kSignals];
  std::string overrun_;
  const PluginCallGuard* outer_ = nullptr;  // a guard further up this thread's stack
  std::uint64_t watched_ = 0;               // the watchdog's ticket; 0: no budget
};

}  // namespace paiban::plugin
