// Hyphenation points of Latin words from Liang patterns (libhyphen with a
// pattern file such as Debian's hyphen-en-us), loaded once per run.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/environment.h"

typedef struct _HyphenDict HyphenDict;

namespace paiban::text {

class Hyphenator {
 public:
  // The patterns of `path` read through the environment; nullptr when the
  // file cannot be read or parsed.
  static std::unique_ptr<Hyphenator> load(const Environment& env, const std::string& path);
  // The same, parsed once per process and shared while the file's bytes are
  // unchanged: parsing Debian's English patterns is ~25 M instructions, as
  // much as setting the sample's text, and every issue of a multi-issue
  // render wants them. points() only reads the patterns, from any thread.
  // While another thread parses the same bytes (the warm-up thread of
  // cli/warm_up.h) this returns at once: the paragraphs before the first
  // word to hyphenate are set meanwhile, and points() waits for the parse.
  // nullptr only when the file cannot be read (libhyphen parses any bytes).
  static std::shared_ptr<const Hyphenator> shared(const Environment& env, const std::string& path);
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Indices k (min_before <= k <= word.size() - min_after) where `word`, a
  // run of letters, may be split as word[0, k) + "-" + word[k, …).
  std::vector<std::size_t> points(std::u32string_view word, int min_before, int min_after) const;

 private:
  explicit Hyphenator(std::shared_future<HyphenDict*> dict) : dict_(std::move(dict)) {}
  static HyphenDict* parse(std::string& bytes);
  // Set by the thread that parses the patterns, once.
  std::shared_future<HyphenDict*> dict_;
};

// Where Debian's hyphen-en-us installs the American English patterns.
inline constexpr const char* kEnglishPatterns = "/usr/share/hyphen/hyph_en_US.dic";

}  // namespace paiban::text
