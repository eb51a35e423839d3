#include "pdf/slug_shaper.h"

#include <hb.h>

namespace paiban::pdf {

std::optional<page::GlyphRun> shape_slug(const std::string& utf8, const page::FontFace& font,
                                         Length size, Point origin, std::string& error) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font.path.c_str());
  if (!blob) {
    error = "cannot read the slug font '" + font.path + "'";
    return std::nullopt;
  }
  hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(std::max(0, font.face_index)));
  hb_font_t* hbfont = hb_font_create(face);
  const int upem = static_cast<int>(hb_face_get_upem(face));
  hb_font_set_scale(hbfont, upem, upem);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, utf8.data(), static_cast<int>(utf8.size()), 0, -1);
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, HB_SCRIPT_HAN);
  hb_buffer_set_language(buf, hb_language_from_string("zh-Hans", -1));
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_shape(hbfont, buf, nullptr, 0);

  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  page::GlyphRun run;
  run.font = font;
  run.size = size;
  run.origin = origin;
  run.color = Color::registration();
  bool missing = false;
  for (unsigned i = 0; i < n; ++i) {
    page::Glyph g;
    g.id = info[i].codepoint;
    missing = missing || g.id == 0;
    g.advance = font_units(pos[i].x_advance, upem, size);
    g.x_offset = font_units(pos[i].x_offset, upem, size);
    g.y_offset = font_units(pos[i].y_offset, upem, size);
    // The text of a glyph is its cluster's bytes, given to the first glyph.
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      unsigned end = static_cast<unsigned>(utf8.size());
      for (unsigned j = i + 1; j < n; ++j) {
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      }
      g.text = utf8.substr(info[i].cluster, end - info[i].cluster);
    }
    run.glyphs.push_back(std::move(g));
  }
  hb_buffer_destroy(buf);
  hb_font_destroy(hbfont);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  if (n == 0 && !utf8.empty()) {
    error = "'" + font.path + "' is not a font HarfBuzz can read";
    return std::nullopt;
  }
  if (missing) error = "the slug font lacks some characters of '" + utf8 + "'";
  return run;
}

}  // namespace paiban::pdf
