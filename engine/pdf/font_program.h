// One font face opened for measuring and subsetting: HarfBuzz for advances
// and hb-subset, FreeType for the FontDescriptor metrics and the CFF charset.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "page/page.h"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct FT_LibraryRec_;
struct FT_FaceRec_;

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
  // nullptr with `error` set when the file cannot be read or is no font.
  static std::unique_ptr<FontProgram> open(const page::FontFace& face, const FreeTypeLibrary& ft,
                                           std::string& error);
  ~FontProgram();
  FontProgram(const FontProgram&) = delete;
  FontProgram& operator=(const FontProgram&) = delete;

  const page::FontFace& face() const { return face_; }
  OutlineKind kind() const { return kind_; }
  unsigned units_per_em() const { return upem_; }
  unsigned glyph_count() const { return glyph_count_; }
  std::string postscript_name() const;
  FontDescriptorMetrics descriptor_metrics() const;
  // Advance in font units, as the font itself defines it (hmtx/CFF).
  int advance(uint32_t gid) const;

  hb_face_t* hb_face() const { return hb_face_; }
  hb_font_t* hb_font() const { return hb_font_; }

 private:
  FontProgram() = default;
  page::FontFace face_;
  OutlineKind kind_ = OutlineKind::truetype;
  unsigned upem_ = 1000;
  unsigned glyph_count_ = 0;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
  FT_FaceRec_* ft_face_ = nullptr;
};

}  // namespace paiban::pdf
