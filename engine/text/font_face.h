// A loaded font face: HarfBuzz face/font at upem scale (advances come back in
// font units), plus the measurements typesetting needs — ink bounds for
// punctuation blanks, vertical metrics, and coverage.
#pragma once

#include <hb.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/environment.h"
#include "base/font_files.h"
#include "page/page.h"

namespace paiban::text {

struct InkBounds {
  int32_t x_min = 0;  // font units from the pen position
  int32_t x_max = 0;
  bool empty = true;
};

class FontFace {
 public:
  // Loads face `face_index` of `path` through `env` (Environment::open_face);
  // ok() is false when the file cannot be read or has no such face.
  FontFace(const Environment& env, std::string path, int face_index);
  ~FontFace();
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;

  bool ok() const { return font_ != nullptr; }
  // Why not ok(); `damage` names the tables when the problem is `damaged`.
  FontFileProblem problem() const { return problem_; }
  const std::string& damage() const { return damage_; }
  const page::FaceRef& id() const { return id_; }
  hb_font_t* hb_font() const { return font_; }
  // The process's face of this file (base/font_files.h); shaping results
  // are remembered per face (text/shaping_cache.h).
  const std::shared_ptr<const SharedFace>& shared_face() const { return shared_; }
  int units_per_em() const { return upem_; }
  int ascender() const { return ascender_; }    // font units, positive
  int descender() const { return descender_; }  // font units, negative
  // OS/2 usWeightClass (400 regular, 700 bold): lines drawn over the text
  // (strikethrough, underline) grow with it so bold strokes do not hide them.
  int weight() const { return weight_; }

  bool has_char(char32_t cp) const;
  uint32_t nominal_glyph(char32_t cp) const;  // 0 when missing
  int32_t advance(uint32_t glyph) const;
  // Ink extents of a glyph, cached: punctuation blanks are measured, never
  // assumed, because fonts place punctuation differently (docs/typography.md R3).
  InkBounds ink(uint32_t glyph) const;

 private:
  page::FaceRef id_;
  std::shared_ptr<const SharedFace> shared_;
  FontFileProblem problem_ = FontFileProblem::none;
  std::string damage_;
  hb_font_t* font_ = nullptr;
  int upem_ = 1000;
  int ascender_ = 880;
  int descender_ = -120;
  int weight_ = 400;
  // The caches below are filled from any thread: layout sets paragraphs
  // ahead on a helper thread (layout/compose/paragraphs_ahead.h) with the
  // same faces the main thread sets with.
  mutable std::mutex ink_mutex_;
  mutable std::unordered_map<uint32_t, InkBounds> ink_cache_;
  // Characters looked up before and their glyphs (0: none), by the low bits
  // of the character: itemizing asks for every character of every paragraph,
  // and HarfBuzz's cmap lookup (a search over a CJK font's ranges) cost
  // ~250 instructions a time. One word per slot, the character in the high
  // half and the glyph in the low half, so that a slot is read and written
  // whole from any thread. Made on first use.
  static constexpr std::size_t kCharCache = 2048;
  static constexpr uint64_t kNoChar = ~uint64_t{0};  // no character has 0xffffffff
  mutable std::atomic<std::atomic<uint64_t>*> char_cache_{nullptr};
};

}  // namespace paiban::text
