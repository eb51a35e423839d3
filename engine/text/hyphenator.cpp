#include "text/hyphenator.h"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <cstdio>
#include <cstdlib>
#include <future>
#include <map>
#include <mutex>
#include <optional>

#include "base/utf8.h"

namespace paiban::text {

namespace {

std::shared_future<HyphenDict*> ready(HyphenDict* dict) {
  std::promise<HyphenDict*> promise;
  promise.set_value(dict);
  return promise.get_future().share();
}

}  // namespace

HyphenDict* Hyphenator::parse(std::string& bytes) {
  // libhyphen parses from a FILE*; the bytes came through the environment
  // (the engine opens no files itself), so hand them over in memory.
  FILE* f = fmemopen(bytes.data(), bytes.size(), "r");
  if (!f) return nullptr;
  HyphenDict* dict = hnj_hyphen_load_file(f);
  std::fclose(f);
  return dict;
}

std::unique_ptr<Hyphenator> Hyphenator::load(const Environment& env, const std::string& path) {
  std::optional<std::string> bytes = env.read_file(path);
  if (!bytes || bytes->empty()) return nullptr;
  HyphenDict* dict = parse(*bytes);
  if (!dict) return nullptr;
  return std::unique_ptr<Hyphenator>(new Hyphenator(ready(dict)));
}

std::shared_ptr<const Hyphenator> Hyphenator::shared(const Environment& env,
                                                     const std::string& path) {
  struct Parsed {
    std::string bytes;
    std::shared_ptr<const Hyphenator> patterns;  // possibly still being parsed
  };
  static std::mutex mutex;
  static std::map<std::string, Parsed> parsed;
  std::optional<std::string> bytes = env.read_file(path);
  if (!bytes || bytes->empty()) return nullptr;
  std::promise<HyphenDict*> promise;
  std::shared_ptr<const Hyphenator> mine;
  {
    std::lock_guard<std::mutex> lock(mutex);
    // Keyed by the bytes too: another environment (a test's) may serve
    // other patterns under the same path.
    auto it = parsed.find(path);
    if (it != parsed.end() && it->second.bytes == *bytes) return it->second.patterns;
    mine = std::shared_ptr<const Hyphenator>(new Hyphenator(promise.get_future().share()));
    parsed[path] = Parsed{*bytes, mine};
  }
  // Parsed outside the lock: a caller for the same bytes takes `mine` now.
  HyphenDict* dict = parse(*bytes);
  promise.set_value(dict);
  if (!dict) {  // out of memory: the next caller tries again
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = parsed.find(path); it != parsed.end() && it->second.patterns == mine)
      parsed.erase(it);
    return nullptr;
  }
  return mine;
}

Hyphenator::~Hyphenator() {
  if (HyphenDict* dict = dict_.get()) hnj_hyphen_free(dict);
}

std::vector<std::size_t> Hyphenator::points(std::u32string_view word, int min_before,
                                            int min_after) const {
  std::vector<std::size_t> result;
  const int n = static_cast<int>(word.size());
  if (n < min_before + min_after) return result;
  // The patterns are lower case UTF-8; libhyphen marks bytes, so remember
  // which character each byte ends.
  std::string utf8;
  std::vector<int> char_of_byte;
  for (int i = 0; i < n; ++i) {
    utf8_append(utf8, static_cast<char32_t>(u_tolower(static_cast<UChar32>(word[i]))));
    char_of_byte.resize(utf8.size(), -1);
    char_of_byte[utf8.size() - 1] = i;
  }
  std::vector<char> hyphens(utf8.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  HyphenDict* dict = dict_.get();  // waits while another thread parses
  if (!dict) return result;
  const int failed = hnj_hyphen_hyphenate2(dict, utf8.data(), static_cast<int>(utf8.size()),
                                           hyphens.data(), nullptr, &rep, &pos, &cut);
  if (rep) {  // non-standard hyphenation (not in English patterns): ignored
    for (std::size_t i = 0; i < utf8.size(); ++i) std::free(rep[i]);
    std::free(rep);
    std::free(pos);
    std::free(cut);
  }
  if (failed) return result;
  for (std::size_t b = 0; b < utf8.size(); ++b) {
    if ((hyphens[b] - '0') % 2 == 0 || char_of_byte[b] < 0) continue;
    const std::size_t k = static_cast<std::size_t>(char_of_byte[b]) + 1;  // break before word[k]
    if (static_cast<int>(k) >= min_before && n - static_cast<int>(k) >= min_after)
      result.push_back(k);
  }
  return result;
}

}  // namespace paiban::text
