#include "pdf/font_program.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <cmath>

#include "pdf/font_table.h"

namespace paiban::pdf {
namespace {

// Big-endian reads from an sfnt table; 0 past its end (a short or missing
// table reads as zeros, as FreeType reports it).
class TableReader {
 public:
  TableReader(hb_face_t* face, hb_tag_t tag) : table_(face, tag) {}

  bool present() const { return table_.size() > 0; }
  uint32_t u16(unsigned at) const { return table_.u16(at).value_or(0); }
  int32_t i16(unsigned at) const { return static_cast<int16_t>(static_cast<uint16_t>(u16(at))); }
  int32_t i32(unsigned at) const { return static_cast<int32_t>(u16(at) << 16 | u16(at + 2)); }

 private:
  FontTable table_;
};

}  // namespace

FreeTypeLibrary::FreeTypeLibrary() {
  if (FT_Init_FreeType(&lib_) != 0) lib_ = nullptr;
}

FreeTypeLibrary::~FreeTypeLibrary() {
  if (lib_) FT_Done_FreeType(lib_);
}

std::unique_ptr<FontProgram> FontProgram::open(const page::FaceRef& face, const Environment& env,
                                               std::string& error) {
  std::unique_ptr<FontProgram> p(new FontProgram());
  p->face_ = face;
  FontFileProblem problem = FontFileProblem::none;
  p->shared_ = env.open_face(face.path, face.face_index, &problem);
  switch (problem) {
    case FontFileProblem::none:
      break;
    case FontFileProblem::unreadable:
      error = "cannot read font file '" + face.path.str() + "'";
      return nullptr;
    case FontFileProblem::no_such_face:
      error = "font file '" + face.path.str() + "' has no face " + std::to_string(face.face_index);
      return nullptr;
    case FontFileProblem::not_a_font:
      error = "'" + face.path.str() + "' is not a font HarfBuzz can read";
      return nullptr;
    case FontFileProblem::damaged:
      error = "font file '" + face.path.str() + "' is damaged";
      return nullptr;
  }
  hb_face_t* hb_face = p->shared_->get();
  p->glyph_count_ = hb_face_get_glyph_count(hb_face);
  p->upem_ = hb_face_get_upem(hb_face);
  p->hb_font_ = hb_font_create(hb_face);
  // Scale = upem: advances come back in font units (docs/stack.md §2).
  hb_font_set_scale(p->hb_font_, static_cast<int>(p->upem_), static_cast<int>(p->upem_));
  hb_ot_font_set_funcs(p->hb_font_);
  p->kind_ = TableReader(hb_face, HB_TAG('C', 'F', 'F', ' ')).present() ? OutlineKind::cff
                                                                        : OutlineKind::truetype;
  return p;
}

FontProgram::~FontProgram() {
  if (hb_font_) hb_font_destroy(hb_font_);
}

std::string FontProgram::postscript_name() const {
  // name ID 6, the PostScript name (OpenType 'name' table).
  char buffer[128];
  unsigned size = sizeof buffer;
  hb_ot_name_get_utf8(shared_->get(), HB_OT_NAME_ID_POSTSCRIPT_NAME,
                      hb_language_from_string("en", -1), &size, buffer);
  std::string name(buffer, size);
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
  hb_face_t* face = shared_->get();
  FontDescriptorMetrics m;
  const double k = 1000.0 / static_cast<double>(upem_);
  auto scale = [&](long v) { return static_cast<int>(std::lround(static_cast<double>(v) * k)); };
  const TableReader hhea(face, HB_TAG('h', 'h', 'e', 'a'));
  const TableReader os2(face, HB_TAG('O', 'S', '/', '2'));
  const TableReader head(face, HB_TAG('h', 'e', 'a', 'd'));
  const TableReader post(face, HB_TAG('p', 'o', 's', 't'));
  // Ascent and descent as font tools report them: hhea's, else OS/2's
  // typographic values, else its Windows ones (the usual sfnt fallback).
  int32_t ascender = hhea.i16(4), descender = hhea.i16(6);
  if (ascender == 0 && descender == 0 && os2.present()) {
    ascender = os2.i16(68);
    descender = os2.i16(70);
    if (ascender == 0 && descender == 0) {
      ascender = static_cast<int32_t>(os2.u16(74));
      descender = -static_cast<int32_t>(os2.u16(76));
    }
  }
  m.ascent = scale(ascender);
  m.descent = scale(descender);
  // FontBBox: the head table's bounding box of all glyphs.
  m.bbox[0] = scale(head.i16(36));
  m.bbox[1] = scale(head.i16(38));
  m.bbox[2] = scale(head.i16(40));
  m.bbox[3] = scale(head.i16(42));
  m.cap_height = m.ascent;
  int weight = 400;
  if (os2.present()) {
    if (os2.u16(0) >= 2 && os2.i16(88) > 0) m.cap_height = scale(os2.i16(88));
    if (os2.u16(4) > 0) weight = static_cast<int>(os2.u16(4));
  }
  m.italic_angle = static_cast<double>(post.i32(4)) / 65536.0;
  // No font table stores the dominant stem width; this weight-based estimate
  // is the one commonly used by PDF producers (StemV is only a hint).
  m.stem_v = static_cast<int>(std::lround(10 + 220.0 * (weight - 50) / 900.0));
  // Flags (ISO 32000-1 §9.8.2): Symbolic (bit 3) because CID fonts use no
  // standard Latin encoding; FixedPitch (bit 1) for monospaced faces (the
  // post table's isFixedPitch).
  m.flags = 4;
  if (post.i32(12) != 0) m.flags |= 1;
  if (m.italic_angle != 0) m.flags |= 64;
  return m;
}

}  // namespace paiban::pdf
