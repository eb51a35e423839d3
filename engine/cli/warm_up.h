// Work every render needs that no input decides, started on a helper thread
// as a render begins, so that it runs on the second core while the main
// thread reads the manuscript, the style sheet and the plugins: fontconfig's
// configuration (every font lookup waits for it; parsing /etc/fonts is a
// tenth of a cold render of the sample) and the English hyphenation
// patterns (another tenth). What it makes lands in the process's shared
// stores (the environment's font lookup, text::Hyphenator::shared), which
// the main thread finds ready or waits for (the patterns only when the
// first word is hyphenated: layout starts while they are parsed), so
// nothing set depends on which thread got there first.
#pragma once

#include <string>
#include <thread>

#include "base/environment.h"
#include "pdf/compress_ahead.h"

namespace paiban::cli {

class WarmUp {
 public:
  // `hyphenation`: also parse the English patterns (not when a watch's
  // cache already holds them).
  WarmUp(const Environment& env, bool hyphenation);
  // Compresses `profile` (the output profile's bytes, once the style sheet
  // named it) on another helper while the issue is laid out, when the second
  // core has nothing else to do; the pdf stage then finds it compressed
  // (pdf/compress_ahead.h). The helper is waited for before ~WarmUp returns.
  void compress_profile(std::string profile);
  // Waits for the helpers: what they use must outlive them.
  ~WarmUp();
  WarmUp(const WarmUp&) = delete;
  WarmUp& operator=(const WarmUp&) = delete;

 private:
  std::thread thread_;
  pdf::CompressAhead profile_;
};

}  // namespace paiban::cli
