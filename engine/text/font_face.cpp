#include "text/font_face.h"

#include <algorithm>

namespace paiban::text {

FontFace::FontFace(const Environment& env, std::string path, int face_index)
    : id_{std::move(path), face_index} {
  // Through the environment, like every input: the system one gives the
  // process's shared face (base/font_files.h), which the pdf stage subsets
  // from and other issues rendered in the process shape with.
  shared_ = env.open_face(id_.path, face_index, &problem_, &damage_);
  if (!shared_) return;
  hb_face_t* face = shared_->get();
  upem_ = static_cast<int>(hb_face_get_upem(face));
  font_ = hb_font_create(face);
  // Scale = upem so HarfBuzz answers in font units; layout scales exactly.
  hb_font_set_scale(font_, upem_, upem_);
  hb_font_extents_t extents{};
  if (hb_font_get_h_extents(font_, &extents)) {
    ascender_ = extents.ascender;
    descender_ = extents.descender;
  }
  const float weight = hb_style_get_value(font_, HB_STYLE_TAG_WEIGHT);
  if (weight >= 1 && weight <= 1000) weight_ = static_cast<int>(weight);
}

FontFace::~FontFace() {
  if (font_) hb_font_destroy(font_);
  delete[] char_cache_.load();
}

bool FontFace::has_char(char32_t cp) const {
  return nominal_glyph(cp) != 0;
}

uint32_t FontFace::nominal_glyph(char32_t cp) const {
  if (!font_) return 0;
  std::atomic<uint64_t>* cache = char_cache_.load(std::memory_order_acquire);
  if (!cache) {
    auto* made = new std::atomic<uint64_t>[kCharCache];
    for (std::size_t i = 0; i < kCharCache; ++i) made[i].store(kNoChar, std::memory_order_relaxed);
    // Another thread may have made one meanwhile: keep the first.
    if (char_cache_.compare_exchange_strong(cache, made, std::memory_order_acq_rel))
      cache = made;
    else
      delete[] made;
  }
  std::atomic<uint64_t>& slot = cache[cp % kCharCache];
  const uint64_t cached = slot.load(std::memory_order_relaxed);
  if (cached >> 32 == cp) return static_cast<uint32_t>(cached);
  hb_codepoint_t glyph = 0;
  if (!hb_font_get_nominal_glyph(font_, cp, &glyph)) glyph = 0;
  slot.store(uint64_t{cp} << 32 | glyph, std::memory_order_relaxed);
  return glyph;
}

int32_t FontFace::advance(uint32_t glyph) const {
  return font_ ? hb_font_get_glyph_h_advance(font_, glyph) : 0;
}

InkBounds FontFace::ink(uint32_t glyph) const {
  std::lock_guard<std::mutex> lock(ink_mutex_);
  auto it = ink_cache_.find(glyph);
  if (it != ink_cache_.end()) return it->second;
  InkBounds bounds;
  hb_glyph_extents_t ext{};
  if (font_ && hb_font_get_glyph_extents(font_, glyph, &ext) && ext.width != 0) {
    bounds.x_min = std::min(ext.x_bearing, ext.x_bearing + ext.width);
    bounds.x_max = std::max(ext.x_bearing, ext.x_bearing + ext.width);
    bounds.empty = false;
  }
  ink_cache_.emplace(glyph, bounds);
  return bounds;
}

}  // namespace paiban::text
