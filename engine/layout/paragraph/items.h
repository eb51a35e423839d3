// The box/glue/penalty vocabulary of total-fit line breaking (Knuth & Plass
// 1981), with CJK glue kinds so that justification can spend space in the
// clreq order (§3.8): Latin word spaces, then CJK–Latin gaps, then evenly
// between all CJK characters.
#pragma once

#include <cstdint>
#include <vector>

#include "paiban/length.h"
#include "style/stylesheet.h"
#include "text/shaped_text.h"

namespace paiban::layout {

inline constexpr int kInfPenalty = 10000;  // forbids a break
inline constexpr int kForcedBreak = -10000;

// Which kind of gap a glue is; the order is the order in which extra space
// is given out, and the order in which space is taken away again.
enum class GlueKind : uint8_t {
  word_space,   // a Latin word space
  punct_blank,  // the blank of an adjustable punctuation mark (shrinks only)
  cjk_latin,    // ¼ em between Han and Latin letters/digits
  inter_cjk,    // between CJK characters (stretches only)
  fixed,        // neither
};

struct ParagraphItem {
  enum class Type : uint8_t { box, glue, penalty };
  Type type = Type::box;
  GlueKind kind = GlueKind::fixed;
  Length width;
  Length stretch;  // glue: how much it may grow before the line counts as loose
  Length shrink;   // glue: how much it may give up
  // glue: the most justification may ever add (a hard limit: a line that
  // needs more is set flush left instead)
  Length stretch_limit;
  int penalty = 0;
  // box: index into ShapedText::clusters, -1 = empty box (indent);
  // punct_blank glue: the mark whose blank it is
  int32_t cluster = -1;
  bool mark = false;            // box: an adjustable punctuation mark (its ink)
  bool counts_as_char = false;  // box: a Han character, Latin letter or digit (孤字 rule)
  bool hyphen = false;          // penalty: taking the break sets the cluster's hyphen (width)
  // penalty: taking the break sets the cluster's line_end_glyphs; `width`
  // includes the difference from its glyphs inside the line
  bool line_end_glyphs = false;
  bool hangs = false;        // penalty: a hanging mark; `width` is minus its inked width
  bool last_resort = false;  // penalty: a break inside a token, tried only when all else fails
  bool rescue = false;  // penalty (last_resort too): against the rules, only so as not to overflow
  bool in_address = false;  // penalty: inside a URL or e-mail address (ends with / allowed)
};

struct ItemSettings {
  Length size;  // font size of the paragraph
  Length first_line_indent;
  const style::Typography* typography = nullptr;
  bool justify = true;
};

// Turns shaped clusters into items, applying punctuation compression for
// the style's punctuation scheme, CJK–Latin spacing and break penalties.
std::vector<ParagraphItem> build_items(const text::ShapedText& shaped,
                                       const ItemSettings& settings);

// font_units (paiban/length.h) for a glyph's 32-bit units: the same result,
// cheaper at the sizes text is set at (it runs for every glyph set, so it
// is inline).
inline Length glyph_units(int32_t units, int units_per_em, Length size) {
  // 32-bit units times a size under 16,384 pt fit 64 bits, and the 64-bit
  // division is many times cheaper than font_units' 128-bit one (which keeps
  // any size exact); the rounding is the same.
  constexpr int64_t kSmall = int64_t{1} << 30;
  // Most glyphs have no offsets: nothing to divide.
  if (units == 0) return Length::zero();
  if (size.sp > -kSmall && size.sp < kSmall && units_per_em > 0) {
    const int64_t n = int64_t{units} * size.sp;
    const int64_t half = units_per_em / 2;
    return Length::from_sp(n >= 0 ? (n + half) / units_per_em : -((-n + half) / units_per_em));
  }
  return font_units(units, units_per_em, size);
}

// Scales font units of a cluster's face to the paragraph size.
inline Length to_length(const text::Cluster& c, int32_t units, Length size) {
  return glyph_units(units, c.face->units_per_em(), size);
}

}  // namespace paiban::layout
