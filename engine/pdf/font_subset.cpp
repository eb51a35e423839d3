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

// Maps new glyph ids to CIDs by reading the subset's CFF charset back.
bool cff_codes(const FreeTypeLibrary& ft, const std::string& sfnt,
               std::map<uint32_t, uint16_t>& code_of, std::string& error) {
  FT_Face face = nullptr;
  if (FT_New_Memory_Face(ft.get(), reinterpret_cast<const FT_Byte*>(sfnt.data()),
                         static_cast<FT_Long>(sfnt.size()), 0, &face) != 0) {
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
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t t :
       {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
        HB_TAG('B', 'A', 'S', 'E'), HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
        HB_TAG('V', 'O', 'R', 'G')})
    hb_set_add(drop, t);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE);

  std::optional<FontSubset> result;
  hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(font.hb_face(), input);
  hb_face_t* sub = plan ? hb_subset_plan_execute_or_fail(plan) : nullptr;
  if (!sub) {
    error = "hb-subset failed for '" + font.face().path + "'";
  } else {
    FontSubset s;
    const hb_map_t* mapping = hb_subset_plan_old_to_new_glyph_mapping(plan);
    for (uint32_t g : glyphs) {
      hb_codepoint_t new_gid = hb_map_get(mapping, g);
      s.code_of[g] = new_gid == HB_MAP_VALUE_INVALID ? 0 : static_cast<uint16_t>(new_gid);
    }
    std::string sfnt = blob_bytes(hb_face_reference_blob(sub));
    bool ok = true;
    if (font.kind() == OutlineKind::cff) {
      ok = cff_codes(ft, sfnt, s.code_of, error);
      s.program = blob_bytes(hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')));
    } else {
      s.program = std::move(sfnt);
    }
    if (ok && s.program.empty()) {
      error = "hb-subset produced an empty font for '" + font.face().path + "'";
      ok = false;
    }
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (ok) result = std::move(s);
  }
  if (sub) hb_face_destroy(sub);
  if (plan) hb_subset_plan_destroy(plan);
  hb_subset_input_destroy(input);
  return result;
}

}  // namespace paiban::pdf
