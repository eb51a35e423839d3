// Work every render needs that no input decides, started on a helper thread
// as a render begins, so that it runs on the second core while the main
// thread reads the manuscript, the style sheet and the plugins: fontconfig's
// configuration (every font lookup waits for it; parsing /etc/fonts is a
// tenth of a cold render of the sample) and the English hyphenation
// patterns (another tenth). What it makes lands in the process's shared
// stores (the environment's font lookup, text::Hyphenator::shared), which
// the main thread finds ready or waits for under their locks, so nothing
// set depends on which thread got there first.
#pragma once

#include <thread>

#include "base/environment.h"

namespace paiban::cli {

class WarmUp {
 public:
  // `hyphenation`: also parse the English patterns (not when a watch's
  // cache already holds them).
  WarmUp(const Environment& env, bool hyphenation);
  // Waits for the helper: what it uses must outlive it.
  ~WarmUp();
  WarmUp(const WarmUp&) = delete;
  WarmUp& operator=(const WarmUp&) = delete;

 private:
  std::thread thread_;
};

}  // namespace paiban::cli
