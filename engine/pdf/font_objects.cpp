#include "pdf/font_objects.h"

#include <podofo/base/PdfArray.h>

#include <cmath>

#include "pdf/number_format.h"
#include "pdf/to_unicode.h"

namespace paiban::pdf {

CidWidths cid_widths(const std::map<uint16_t, double>& width_of_code) {
  CidWidths out;
  // /DW is the whole-number width most codes have (one em in a CJK font); a
  // tie goes to the smaller width, so the choice does not depend on the
  // order of codes. /DW is an integer (ISO 32000-1 Table 117): poppler
  // ignores a real there and takes 1000.
  std::map<double, std::size_t> codes_of_width;
  for (const auto& [code, w] : width_of_code)
    if (w == std::round(w)) ++codes_of_width[w];
  std::size_t most = 0;
  for (const auto& [w, n] : codes_of_width) {
    if (n > most) {
      out.default_width = w;
      most = n;
    }
  }
  // /W lists the other codes as runs of consecutive codes: [c [w1 w2 …] c' […] …]
  // (ISO 32000-1 §9.7.4.3); a code of the default width ends a run.
  int next = -1;
  for (const auto& [code, w] : width_of_code) {
    // Exact comparison: each width was rounded once, to what is printed.
    if (w == out.default_width) continue;
    if (code != next) {
      out.widths += next >= 0 ? "]" : "[";
      out.widths += std::to_string(code) + "[";
    } else {
      out.widths.push_back(' ');
    }
    append_number(out.widths, w);
    next = code + 1;
  }
  if (next >= 0) out.widths += "]]";
  return out;
}

namespace {

std::string tag_for(const FontUsage& usage, const std::map<uint32_t, uint16_t>& code_of) {
  ContentHash h;
  h.add(usage.face.path.str());
  h.add_number(usage.face.face_index);
  for (const auto& [gid, code] : code_of) {
    h.add_number(gid);
    h.add_number(code);
  }
  return subset_tag(h);
}

}  // namespace

EmbeddedFont embed_font(ObjectFactory& objects, const FontProgram& font, const FontSubset& subset,
                        const FontUsage& usage) {
  FontProgramToCome to_come;
  EmbeddedFont out = embed_font(objects, font, subset.code_of, usage, to_come);
  fill_font_program(objects, to_come, subset.program);
  return out;
}

void fill_font_program(ObjectFactory& objects, const FontProgramToCome& to_come,
                       std::string program) {
  if (to_come.truetype)
    put_int(to_come.stream.object, "Length1", static_cast<int64_t>(program.size()));
  objects.fill_stream(to_come.stream, std::move(program));
}

EmbeddedFont embed_font(ObjectFactory& objects, const FontProgram& font,
                        const std::map<uint32_t, uint16_t>& code_of, const FontUsage& usage,
                        FontProgramToCome& program) {
  EmbeddedFont out;
  out.glyphs.reserve(code_of.size());
  const bool cff = font.kind() == OutlineKind::cff;
  const std::string font_name = tag_for(usage, code_of) + "+" + font.postscript_name();
  const double k = 1000.0 / static_cast<double>(font.units_per_em());

  std::map<uint16_t, double> width_of_code;
  std::map<uint16_t, std::string> text_of_code;
  for (const auto& [gid, code] : code_of) {
    // Round once, to what format_number prints, and use that everywhere.
    const int64_t w = to_ten_thousandths(font.advance(gid) * k);
    width_of_code[code] = static_cast<double>(w) / 10000.0;
    auto t = usage.unicode.find(gid);
    const std::string* text = t == usage.unicode.end() ? nullptr : &t->second;
    if (text) text_of_code.try_emplace(code, *text);
    out.glyphs.emplace(gid, GlyphCode{code, w, text});
  }

  program = FontProgramToCome{objects.stream_to_come(), !cff};
  PoDoFo::PdfObject* file = program.stream.object;
  if (cff) put_name(file, "Subtype", "CIDFontType0C");

  FontDescriptorMetrics m = font.descriptor_metrics();
  PoDoFo::PdfObject* desc = objects.dict("FontDescriptor");
  put_name(desc, "FontName", font_name);
  put_int(desc, "Flags", m.flags);
  put_raw(desc, "FontBBox",
          "[" + std::to_string(m.bbox[0]) + " " + std::to_string(m.bbox[1]) + " " +
              std::to_string(m.bbox[2]) + " " + std::to_string(m.bbox[3]) + "]");
  put_number(desc, "ItalicAngle", m.italic_angle);
  put_int(desc, "Ascent", m.ascent);
  put_int(desc, "Descent", m.descent);
  put_int(desc, "CapHeight", m.cap_height);
  put_int(desc, "StemV", m.stem_v);
  put_ref(desc, cff ? "FontFile3" : "FontFile2", file->Reference());

  PoDoFo::PdfObject* cid = objects.dict("Font");
  put_name(cid, "Subtype", cff ? "CIDFontType0" : "CIDFontType2");
  put_name(cid, "BaseFont", font_name);
  // Adobe-Identity-0 matches the ROS of the CJK CFF (docs/stack.md §3) and is
  // what Identity-H pairs with for TrueType.
  put_raw(cid, "CIDSystemInfo", "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>");
  put_ref(cid, "FontDescriptor", desc->Reference());
  const CidWidths widths = cid_widths(width_of_code);
  put_int(cid, "DW", static_cast<int64_t>(widths.default_width));
  if (!widths.widths.empty()) put_raw(cid, "W", widths.widths);
  if (!cff) put_name(cid, "CIDToGIDMap", "Identity");

  PoDoFo::PdfObject* cmap = objects.stream(to_unicode_cmap(text_of_code), Compression::flate);

  PoDoFo::PdfObject* type0 = objects.dict("Font");
  put_name(type0, "Subtype", "Type0");
  // §9.7.6.1: for a CIDFontType0 descendant the BaseFont is name-encoding.
  put_name(type0, "BaseFont", cff ? font_name + "-Identity-H" : font_name);
  put_name(type0, "Encoding", "Identity-H");
  PoDoFo::PdfArray descendants;
  descendants.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(cid->Reference())));
  put_value(type0, "DescendantFonts", PoDoFo::PdfObject(PoDoFo::PdfVariant(descendants)));
  put_ref(type0, "ToUnicode", cmap->Reference());
  out.type0 = type0->Reference();
  return out;
}

}  // namespace paiban::pdf
