#include "pdf/text_painter.h"

#include <cmath>
#include <cstdlib>
#include <vector>

#include "pdf/artifact.h"
#include "pdf/number_format.h"
#include "pdf/to_unicode.h"

namespace paiban::pdf {
namespace {

// Positions along the run are tracked as integers in 1/10000 of a glyph-space
// unit (1/1000 em), the precision TJ numbers are printed with, so rounding
// never accumulates along a line.
int64_t to_glyph_space(Length along, Length size) {
  // In 64 bits when the product fits (any position on a page), else in 128;
  // the same rounding either way.
  constexpr int64_t kFits64 = int64_t{1} << 38;  // × 10^7 < 2^62
  if (along.sp > -kFits64 && along.sp < kFits64 && size.sp > 0 && size.sp < kFits64) {
    const int64_t n = along.sp * 10'000'000;
    const int64_t half = size.sp / 2;
    return n >= 0 ? (n + half) / size.sp : -((-n + half) / size.sp);
  }
  __int128 num = static_cast<__int128>(along.sp) * 10'000'000;
  __int128 den = size.sp;
  __int128 half = den / 2;
  return static_cast<int64_t>(num >= 0 ? (num + half) / den : -((-num + half) / den));
}

constexpr int64_t kNegligible = 100;  // 0.01 glyph-space unit

class TjWriter {
 public:
  TjWriter(std::string& out) : out_(out) {}

  void number(int64_t ten_thousandths) {
    open();
    if (last_was_number_) out_.push_back(' ');
    append_number(out_, static_cast<double>(ten_thousandths) / 10000.0);
    last_was_number_ = true;
  }
  void code(uint16_t c) {
    open();
    static const char* digits = "0123456789ABCDEF";
    out_.push_back('<');
    for (int shift = 12; shift >= 0; shift -= 4) out_.push_back(digits[(c >> shift) & 0xf]);
    out_.push_back('>');
    last_was_number_ = false;
  }
  void flush() {
    if (open_) out_ += "] TJ\n";
    open_ = false;
    last_was_number_ = false;
  }

 private:
  void open() {
    if (!open_) out_.push_back('[');
    open_ = true;
  }
  std::string& out_;
  bool open_ = false;
  bool last_was_number_ = false;
};

}  // namespace

void paint_glyph_run(const page::GlyphRun& run, const PageGeometry& geo, const FontTable& fonts,
                     ColorSpaces& colors, const TextPaintOptions& style, ContentStream& out,
                     PageResources& res) {
  if (run.glyphs.empty() || run.size.sp <= 0) return;
  const FontEntry& font = fonts.at(run.font);
  res.fonts[font.usage->resource_name] = font.embedded.type0;

  const ArtifactScope furniture(out, run.artifact);
  out.save();
  if (style.overprint_black && is_rich_free_black(run.color)) {
    // Built piecewise: GCC 12 warns falsely (-Wrestrict) on "/" + string.
    std::string op = "/";
    op += colors.overprint_state(res);
    op += " gs";
    out.line(op);
  }
  out.line(colors.fill(run.color, res));
  if (run.fake_bold) {
    // Fill and stroke the outlines (text render mode 2, §9.3.6); 2.5 % of
    // the size thickens the stems roughly like a semibold.
    out.line(colors.stroke(run.color, res));
    out.line_width(run.size.scaled(0.025));
    out.line("2 Tr");
  }
  out.line("BT");
  out.line("/" + font.usage->resource_name + " " + format_length(run.size) + " Tf");
  out.line("1 0 0 1 " + format_length(geo.x(run.origin.x)) + " " +
           format_length(geo.y(run.origin.y)) + " Tm");

  std::string& text = out.text();
  TjWriter tj(text);
  int64_t cursor = 0;  // where the text position is, in glyph space (×10000)
  Length pen;          // where the page model says the pen is
  Length rise;
  // Each glyph read once, with its code, width and text (one lookup).
  struct Painted {
    page::Glyph glyph;
    const GlyphCode* code;
  };
  std::vector<Painted> glyphs;
  glyphs.reserve(run.glyphs.size());
  for (const page::Glyph g : run.glyphs) glyphs.push_back({g, &font.embedded.glyphs.at(g.id)});
  for (std::size_t begin = 0, end = 0; begin < glyphs.size(); begin = end) {
    // A span (glyph_text_spans in font_usage.h): a glyph with text and the
    // glyphs after it without.
    end = begin + 1;
    while (end < glyphs.size() && glyphs[end].glyph.text.empty()) ++end;
    const std::string_view span_text = glyphs[begin].glyph.text;
    const bool actual =
        !spells(span_text, begin, end, [&](std::size_t i) { return glyphs[i].code->text; });
    if (actual) {
      tj.flush();
      // Marked content with /ActualText (ISO 32000-1 §14.9.4) carries the
      // real text where the CMap's one mapping per glyph cannot.
      text += "/Span <</ActualText <FEFF" + utf16be_hex(span_text) + ">>> BDC\n";
    }
    for (std::size_t i = begin; i < end; ++i) {
      const page::Glyph& g = glyphs[i].glyph;
      if (g.y_offset != rise) {
        tj.flush();
        rise = g.y_offset;
        text += format_length(rise) + " Ts\n";
      }
      int64_t wanted = to_glyph_space(pen + g.x_offset, run.size);
      // A positive TJ number moves the pen left (§9.4.3). Differences
      // under 1/100 000 em are scaled-point rounding, not intent.
      if (std::llabs(wanted - cursor) >= kNegligible) {
        tj.number(cursor - wanted);
      } else {
        wanted = cursor;
      }
      tj.code(glyphs[i].code->code);
      cursor = wanted + glyphs[i].code->width;
      pen += g.advance;
    }
    if (actual) {
      tj.flush();
      text += "EMC\n";
    }
  }
  tj.flush();
  out.line("ET");
  out.restore();
}

}  // namespace paiban::pdf
