// One font face opened for measuring and subsetting: the process's shared
// HarfBuzz face (base/font_files.h, the one the text stage shaped with) for
// advances, hb-subset and the FontDescriptor metrics, read from the sfnt
// tables. FreeType only reads the small subset's CFF charset (font_subset.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "base/environment.h"
#include "base/font_files.h"
#include "page/page.h"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct FT_LibraryRec_;

namespace paiban::pdf {

// One FreeType library per PDF write (FreeType handles are not thread-safe).
class FreeTypeLibrary {
 public:
  FreeTypeLibrary();
  ~FreeTypeLibrary();
  FreeTypeLibrary(const FreeTypeLibrary&) = delete;
  FreeTypeLibrary& operator=(const FreeTypeLibrary&) = delete;
  FT_LibraryRec_* get() const { return lib_; }

 private:
  FT_LibraryRec_* lib_ = nullptr;
};

// FontDescriptor values (ISO 32000-1 §9.8.1), in glyph space (1000/em).
struct FontDescriptorMetrics {
  int ascent = 0, descent = 0, cap_height = 0, stem_v = 0;
  double italic_angle = 0;
  int bbox[4] = {0, 0, 0, 0};
  int flags = 0;
};

enum class OutlineKind { cff, truetype };

class FontProgram {
 public:
  // The face as `env` serves it; nullptr with `error` set when the file
  // cannot be read or is no font.
  static std::unique_ptr<FontProgram> open(const page::FaceRef& face, const Environment& env,
                                           std::string& error);
  ~FontProgram();
  FontProgram(const FontProgram&) = delete;
  FontProgram& operator=(const FontProgram&) = delete;

  const page::FaceRef& face() const { return face_; }
  OutlineKind kind() const { return kind_; }
  unsigned units_per_em() const { return upem_; }
  unsigned glyph_count() const { return glyph_count_; }
  std::string postscript_name() const;
  FontDescriptorMetrics descriptor_metrics() const;
  // Advance in font units, as the font itself defines it (hmtx/CFF).
  int advance(uint32_t gid) const;

  hb_face_t* hb_face() const { return shared_->get(); }
  hb_font_t* hb_font() const { return hb_font_; }

 private:
  FontProgram() = default;
  page::FaceRef face_;
  OutlineKind kind_ = OutlineKind::truetype;
  unsigned upem_ = 1000;
  unsigned glyph_count_ = 0;
  std::shared_ptr<const SharedFace> shared_;
  hb_font_t* hb_font_ = nullptr;
};

}  // namespace paiban::pdf
