#include "text/shaping_cache.h"

#include <algorithm>

namespace paiban::text {
namespace {

// HB_BUFFER_CONTEXT_LENGTH: hb_buffer_add_utf32 keeps this many characters
// before and after the item as context, and no more.
constexpr uint32_t kContext = 5;

}  // namespace

ShapingKey shaping_key(const SharedFace* face, uint8_t setup, std::u32string_view text,
                       uint32_t begin, uint32_t end) {
  const uint32_t from = begin > kContext ? begin - kContext : 0;
  const uint32_t to = std::min<std::size_t>(text.size(), std::size_t{end} + kContext);
  ShapingKey key;
  key.face = face;
  key.setup = setup;
  key.text.assign(text.substr(from, to - from));
  key.run_begin = begin - from;
  key.run_length = end - begin;
  return key;
}

ShapingCache& ShapingCache::shared() {
  static ShapingCache cache;
  return cache;
}

std::size_t ShapingCache::KeyHash::operator()(const ShapingKey& k) const {
  std::size_t h = std::hash<std::u32string_view>{}(k.text);
  const auto mix = [&h](std::size_t v) { h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2); };
  mix(std::hash<const void*>{}(k.face));
  mix(k.setup);
  mix(k.run_begin);
  mix(k.run_length);
  return h;
}

std::size_t ShapingCache::cost(const ShapingKey& key, const std::vector<ShapedGlyph>& glyphs) {
  // The key's characters, the glyphs, and the map's node and control block.
  return key.text.capacity() * sizeof(char32_t) + glyphs.size() * sizeof(ShapedGlyph) + 128;
}

ShapingCache::Glyphs ShapingCache::glyphs(const ShapingKey& key,
                                          const std::shared_ptr<const SharedFace>& face,
                                          const std::function<std::vector<ShapedGlyph>()>& shape) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = runs_.find(key);
    if (it != runs_.end()) {
      ++stats_.hits;
      return it->second;
    }
    ++stats_.misses;
  }
  auto made = std::make_shared<const std::vector<ShapedGlyph>>(shape());
  const std::size_t bytes = cost(key, *made);
  std::lock_guard<std::mutex> lock(mutex_);
  if (bytes > budget_) return made;
  // Over budget: forget everything and start again. The runs of the text
  // being set come back at once; what is no longer set does not.
  if (stats_.bytes + bytes > budget_) clear_locked();
  auto [it, fresh] = runs_.emplace(key, made);
  if (!fresh) return it->second;  // another thread shaped it meanwhile: the same glyphs
  stats_.bytes += bytes;
  faces_.try_emplace(face.get(), face);
  return made;
}

ShapingCache::Stats ShapingCache::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return stats_;
}

void ShapingCache::clear() {
  std::lock_guard<std::mutex> lock(mutex_);
  clear_locked();
}

void ShapingCache::clear_locked() {
  runs_.clear();
  faces_.clear();
  stats_.bytes = 0;
  ++stats_.clears;
}

}  // namespace paiban::text
