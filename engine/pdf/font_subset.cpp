#include "pdf/font_subset.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H
#include <hb-subset.h>
#include <hb.h>

#include <chrono>

namespace paiban::pdf {
namespace {

std::string blob_bytes(hb_blob_t* blob) {
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  std::string out(data ? data : "", data ? len : 0);
  hb_blob_destroy(blob);
  return out;
}

// Maps new glyph ids to CIDs by reading the subset's bare CFF back (FreeType
// opens a CFF without its sfnt wrapper).
bool cff_codes(const FreeTypeLibrary& ft, const std::string& cff,
               std::map<uint32_t, uint16_t>& code_of, std::string& error) {
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(ft.get(), reinterpret_cast<const FT_Byte*>(cff.data()),
                         static_cast<FT_Long>(cff.size()), 0, &face) != 0) {
    error = "FreeType cannot read the CFF subset";
    return false;
  }
  FT_Bool cid_keyed = 0;
  FT_Get_CID_Is_Internally_CID_Keyed(face, &cid_keyed);
  bool ok = true;
  for (auto& [old_gid, code] : code_of) {
    FT_UInt cid = code;  // a name-keyed CFF has no CIDs: GID == CID then
    if (cid_keyed && FT_Get_CID_From_Glyph_Index(face, code, &cid) != 0) {
      error = "no CID for glyph " + std::to_string(old_gid);
      ok = false;
      break;
    }
    code = static_cast<uint16_t>(cid);
  }
  FT_Done_Face(face);
  return ok;
}

// The tables hb-subset sees of the source font. Shaping is done, so cmap and
// the layout tables are hidden: with glyph ids as input hb-subset would
// otherwise map the whole cmap (some 45,000 entries in a CJK font) and close
// over GSUB for every subset, and nothing of them is embedded.
hb_blob_t* visible_table(hb_face_t*, hb_tag_t tag, void* source) {
  switch (tag) {
    case HB_TAG('c', 'm', 'a', 'p'):
    case HB_TAG('G', 'S', 'U', 'B'):
    case HB_TAG('G', 'P', 'O', 'S'):
    case HB_TAG('G', 'D', 'E', 'F'):
    case HB_TAG('B', 'A', 'S', 'E'):
    case HB_TAG('m', 'o', 'r', 'x'):
    case HB_TAG('k', 'e', 'r', 'n'):
      return hb_blob_get_empty();
    default:
      return hb_face_reference_table(static_cast<hb_face_t*>(source), tag);
  }
}

// Only the tables the PDF embeds are written: for CFF the CFF table alone
// (FontFile3/CIDFontType0C), for TrueType what a CIDFontType2 program needs
// (ISO 32000-1 §9.9: glyf, head, hhea, hmtx, loca, maxp, and the hinting
// programs cvt, fpgm, prep).
bool embedded_table(hb_tag_t tag, OutlineKind kind) {
  if (kind == OutlineKind::cff) return tag == HB_TAG('C', 'F', 'F', ' ');
  for (hb_tag_t t :
       {HB_TAG('g', 'l', 'y', 'f'), HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'),
        HB_TAG('h', 'm', 't', 'x'), HB_TAG('l', 'o', 'c', 'a'), HB_TAG('m', 'a', 'x', 'p'),
        HB_TAG('c', 'v', 't', ' '), HB_TAG('f', 'p', 'g', 'm'), HB_TAG('p', 'r', 'e', 'p')})
    if (tag == t) return true;
  return false;
}

}  // namespace

std::optional<FontSubset> subset_font(const FontProgram& font, const FreeTypeLibrary& ft,
                                      const std::set<uint32_t>& glyphs, std::string& error) {
  auto start = std::chrono::steady_clock::now();
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) {
    error = "out of memory creating the subset input";
    return std::nullopt;
  }
  hb_set_t* gids = hb_subset_input_glyph_set(input);
  hb_set_add(gids, 0);
  for (uint32_t g : glyphs) hb_set_add(gids, g);
  // Layout tables serve shaping, which is done; vertical metrics are unused
  // in horizontal text. Dropping GSUB also stops the glyph closure pulling
  // in every aalt/vert alternate.
  // Every table but the embedded ones is dropped (hb-subset writes what it
  // does not drop; the tag list is the source's, from its table directory).
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  hb_tag_t tags[64];
  unsigned offset = 0, count = 0;
  do {
    count = 64;
    hb_face_get_table_tags(font.hb_face(), offset, &count, tags);
    for (unsigned i = 0; i < count; ++i)
      if (!embedded_table(tags[i], font.kind())) hb_set_add(drop, tags[i]);
    offset += count;
  } while (count == 64);
  // Desubroutinized: measured on the sample (Noto Serif CJK, ~1,100 glyphs),
  // hb-subset's CFF with the kept subroutines is 6 % larger before and 12 %
  // larger after compression, and takes twice as long.
  // Without hints (CFF stem hints, TrueType instructions): they serve
  // rasterizers at a few pixels per em, not print; poppler, cairo and
  // Ghostscript draw the sample's pages pixel for pixel the same at 72 and
  // 100 dpi without them, and the sample's PDF is 38 KB smaller
  // (docs/performance.md, "PDF size").
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE | HB_SUBSET_FLAGS_NO_HINTING);

  // The source as hb-subset sees it (visible_table); it shares the tables of
  // the process's face, so nothing is read twice.
  hb_face_t* source = hb_face_create_for_tables(visible_table, font.hb_face(), nullptr);
  hb_face_set_upem(source, font.units_per_em());
  hb_face_set_glyph_count(source, font.glyph_count());

  std::optional<FontSubset> result;
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(source, input);
  hb_face_t* sub = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr;
  if (!sub) {
    error = "hb-subset failed for '" + font.face().path.str() + "'";
  } else {
    FontSubset s;
    const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
    for (uint32_t g : glyphs) {
      hb_codepoint_t new_gid = hb_map_get(mapping, g);
      s.code_of[g] = new_gid == HB_MAP_VALUE_INVALID ? 0 : static_cast<uint16_t>(new_gid);
    }
    bool ok = true;
    if (font.kind() == OutlineKind::cff) {
      s.program = blob_bytes(hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')));
      ok = cff_codes(ft, s.program, s.code_of, error);
    } else {
      s.program = blob_bytes(hb_face_reference_blob(sub));
    }
    if (ok && s.program.empty()) {
      error = "hb-subset produced an empty font for '" + font.face().path.str() + "'";
      ok = false;
    }
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (ok) result = std::move(s);
  }
  if (sub) hb_face_destroy(sub);
  if (plan) hb_subset_plan_destroy(plan);
  hb_face_destroy(source);
  hb_subset_input_destroy(input);
  return result;
}

}  // namespace paiban::pdf
