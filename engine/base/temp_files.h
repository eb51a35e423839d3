// Temporary files a dying process must not leave behind. A file that will
// replace an output (pdf/atomic_file.cpp) is registered here before it is
// created; remove_temp_files() unlinks every registered one and may be
// called from a signal handler (SIGINT/SIGTERM/SIGHUP here, a plugin's
// crash or overrun in plugin/plugin_call_guard.cpp).
#pragma once

#include <string>

namespace paiban {

// Unlinks every live temporary file. Async-signal-safe: it reads a fixed
// table with lock-free atomics and calls only unlink(2).
void remove_temp_files() noexcept;

// Installs, once, handlers for SIGINT, SIGTERM and SIGHUP that remove the
// temporary files and re-raise the signal with its default action; only
// over the default action, so a program that ignores a signal (nohup) or
// handles it itself keeps its choice.
void install_temp_file_cleanup();

// A slot for one temporary file; released when the write ends either way.
class TempRegistration {
 public:
  TempRegistration();
  ~TempRegistration() { release(); }
  TempRegistration(const TempRegistration&) = delete;
  TempRegistration& operator=(const TempRegistration&) = delete;

  bool ok() const { return slot_ != nullptr; }
  // The path is copied in while the slot is not live, then marked live
  // BEFORE the file is created: a signal between open(2) and its return
  // must find it. False when the path is too long for the table.
  bool arm(const std::string& path);
  // The file is renamed or removed: never unlink a name that is not ours.
  void disarm();
  void release();

 private:
  struct TempSlot* slot_ = nullptr;
};

}  // namespace paiban
