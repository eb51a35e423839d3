#include "cli/warm_up.h"

#include <utility>

#include "base/parallel.h"
#include "text/hyphenator.h"

namespace paiban::cli {

WarmUp::WarmUp(const Environment& env, bool hyphenation) {
  // On one core the helper would only take turns with the main thread.
  if (core_count() < 2) return;
  thread_ = std::thread([&env, hyphenation] {
    // A failure here is met again, and reported, where the main thread
    // needs the result.
    try {
      env.prepare_font_lookup();
      if (hyphenation) text::Hyphenator::shared(env, text::kEnglishPatterns);
    } catch (...) {  // NOLINT(bugprone-empty-catch): see above
    }
  });
}

void WarmUp::compress_profile(std::string profile) {
  if (core_count() < 2) return;
  profile_.start(std::move(profile));
}

WarmUp::~WarmUp() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace paiban::cli
