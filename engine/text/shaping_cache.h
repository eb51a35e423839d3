// HarfBuzz's answers, remembered per process: the same run of text in the
// same face with the same features shapes to the same glyphs, so a run seen
// before (a word, a number, a repeated line, a paragraph a watch sets again,
// the same header in every issue of a multi-issue render) is not shaped
// again. The glyphs are those a fresh hb_shape gives, so output does not
// depend on what is cached; memory is bounded (docs/performance.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/font_files.h"

namespace paiban::text {

// One glyph as HarfBuzz set it, in font units (the face's upem scale).
struct ShapedGlyph {
  uint32_t id = 0;
  uint32_t cluster = 0;  // index of its first character from the run's start
  int32_t x_advance = 0;
  int32_t x_offset = 0;
  int32_t y_offset = 0;
  // HB_GLYPH_FLAG_UNSAFE_TO_BREAK: a line broken before this glyph's cluster
  // ends with glyphs other than these (a pair kern, a contextual form), so
  // the text before the break must be shaped again without it.
  bool unsafe_to_break = false;
};

// Everything a run's glyphs depend on. HarfBuzz sees at most five
// characters of context on either side of the run (HB_BUFFER_CONTEXT_LENGTH),
// so the key holds exactly those; `setup` names the buffer settings and
// features of one way of shaping (script, features), the caller's constants.
struct ShapingKey {
  const SharedFace* face = nullptr;
  uint8_t setup = 0;
  std::u32string text;  // context before, the run, context after
  uint32_t run_begin = 0;
  uint32_t run_length = 0;

  bool operator==(const ShapingKey&) const = default;
};

// The key of text[begin, end) shaped in `face` with `setup`.
ShapingKey shaping_key(const SharedFace* face, uint8_t setup, std::u32string_view text,
                       uint32_t begin, uint32_t end);

class ShapingCache {
 public:
  using Glyphs = std::shared_ptr<const std::vector<ShapedGlyph>>;

  // The process's one cache.
  static ShapingCache& shared();

  explicit ShapingCache(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

  // The glyphs remembered under `key`, or those `shape` makes, then
  // remembered. `face` keeps the face alive while its runs are remembered,
  // so no other face can take its address. Safe from any thread; `shape`
  // runs outside the lock.
  Glyphs glyphs(const ShapingKey& key, const std::shared_ptr<const SharedFace>& face,
                const std::function<std::vector<ShapedGlyph>()>& shape);

  struct Stats {
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::size_t bytes = 0;   // what the remembered runs take now
    std::size_t clears = 0;  // times the budget was reached and all was forgotten
  };
  Stats stats() const;
  // Forgets every run (tests; a watch whose fonts changed need not).
  void clear();

  // Shaping the sample issue remembers ~0.5 MB; a 1,000-page issue of
  // different text a few tens of MB at most before it starts over.
  static constexpr std::size_t kDefaultBudget = std::size_t{32} << 20;

 private:
  struct KeyHash {
    std::size_t operator()(const ShapingKey& k) const;
  };
  static std::size_t cost(const ShapingKey& key, const std::vector<ShapedGlyph>& glyphs);
  void clear_locked();

  mutable std::mutex mutex_;
  std::size_t budget_;
  std::unordered_map<ShapingKey, Glyphs, KeyHash> runs_;
  std::map<const SharedFace*, std::shared_ptr<const SharedFace>> faces_;
  Stats stats_;
};

}  // namespace paiban::text
