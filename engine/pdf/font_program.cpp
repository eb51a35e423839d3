#include "pdf/font_program.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cmath>

namespace paiban::pdf {

FreeTypeLibrary::FreeTypeLibrary() {
  if (FT_Init_FreeType(&lib_) != 0) lib_ = nullptr;
}

FreeTypeLibrary::~FreeTypeLibrary() {
  if (lib_) FT_Done_FreeType(lib_);
}

std::unique_ptr<FontProgram> FontProgram::open(const page::FontFace& face,
                                               const FreeTypeLibrary& ft, std::string& error) {
  std::unique_ptr<FontProgram> p(new FontProgram());
  p->face_ = face;
  // mmap-backed: the 26 MB Noto collection is not copied.
  p->blob_ = hb_blob_create_from_file_or_fail(face.path.c_str());
  if (!p->blob_) {
    error = "cannot read font file '" + face.path + "'";
    return nullptr;
  }
  unsigned faces = hb_face_count(p->blob_);
  if (face.face_index < 0 || static_cast<unsigned>(face.face_index) >= std::max(faces, 1u)) {
    error = "font file '" + face.path + "' has no face " + std::to_string(face.face_index);
    return nullptr;
  }
  p->hb_face_ = hb_face_create(p->blob_, static_cast<unsigned>(face.face_index));
  p->glyph_count_ = hb_face_get_glyph_count(p->hb_face_);
  if (p->glyph_count_ == 0) {
    error = "'" + face.path + "' is not a font HarfBuzz can read";
    return nullptr;
  }
  p->upem_ = hb_face_get_upem(p->hb_face_);
  p->hb_font_ = hb_font_create(p->hb_face_);
  // Scale = upem: advances come back in font units (docs/stack.md §2).
  hb_font_set_scale(p->hb_font_, static_cast<int>(p->upem_), static_cast<int>(p->upem_));
  hb_ot_font_set_funcs(p->hb_font_);
  hb_blob_t* cff = hb_face_reference_table(p->hb_face_, HB_TAG('C', 'F', 'F', ' '));
  p->kind_ = hb_blob_get_length(cff) > 0 ? OutlineKind::cff : OutlineKind::truetype;
  hb_blob_destroy(cff);

  if (!ft.get() || FT_New_Face(ft.get(), face.path.c_str(), face.face_index, &p->ft_face_) != 0) {
    p->ft_face_ = nullptr;
    error = "FreeType cannot open '" + face.path + "'";
    return nullptr;
  }
  return p;
}

FontProgram::~FontProgram() {
  if (ft_face_) FT_Done_Face(ft_face_);
  if (hb_font_) hb_font_destroy(hb_font_);
  if (hb_face_) hb_face_destroy(hb_face_);
  if (blob_) hb_blob_destroy(blob_);
}

std::string FontProgram::postscript_name() const {
  const char* n = FT_Get_Postscript_Name(ft_face_);
  std::string name = n ? n : "";
  // A PDF name must not carry delimiters or spaces (ISO 32000-1 §7.3.5).
  std::string clean;
  for (char c : name) {
    if (c > ' ' && c < 0x7f && std::string_view("()<>[]{}/%").find(c) == std::string_view::npos)
      clean.push_back(c);
  }
  return clean.empty() ? "Font" : clean;
}

int FontProgram::advance(uint32_t gid) const {
  return hb_font_get_glyph_h_advance(hb_font_, gid);
}

FontDescriptorMetrics FontProgram::descriptor_metrics() const {
  FontDescriptorMetrics m;
  const double k = 1000.0 / static_cast<double>(upem_);
  auto scale = [&](long v) { return static_cast<int>(std::lround(static_cast<double>(v) * k)); };
  m.ascent = scale(ft_face_->ascender);
  m.descent = scale(ft_face_->descender);
  m.bbox[0] = scale(ft_face_->bbox.xMin);
  m.bbox[1] = scale(ft_face_->bbox.yMin);
  m.bbox[2] = scale(ft_face_->bbox.xMax);
  m.bbox[3] = scale(ft_face_->bbox.yMax);
  m.cap_height = m.ascent;
  int weight = 400;
  if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(ft_face_, FT_SFNT_OS2))) {
    if (os2->version >= 2 && os2->sCapHeight > 0) m.cap_height = scale(os2->sCapHeight);
    if (os2->usWeightClass > 0) weight = os2->usWeightClass;
  }
  if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(ft_face_, FT_SFNT_POST))) {
    m.italic_angle = static_cast<double>(post->italicAngle) / 65536.0;
  }
  // No font table stores the dominant stem width; this weight-based estimate
  // is the one commonly used by PDF producers (StemV is only a hint).
  m.stem_v = static_cast<int>(std::lround(10 + 220.0 * (weight - 50) / 900.0));
  // Flags (ISO 32000-1 §9.8.2): Symbolic (bit 3) because CID fonts use no
  // standard Latin encoding; FixedPitch (bit 1) for monospaced faces.
  m.flags = 4;
  if (FT_IS_FIXED_WIDTH(ft_face_)) m.flags |= 1;
  if (m.italic_angle != 0) m.flags |= 64;
  return m;
}

}  // namespace paiban::pdf
