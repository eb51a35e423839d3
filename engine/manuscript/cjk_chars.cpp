#include "manuscript/cjk_chars.h"

namespace paiban::manuscript {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// UAX #11 wide/full-width blocks used by Chinese and Japanese, sorted.
constexpr Range kWide[] = {
    {0x2E80, 0x2FDF},    // CJK radicals, Kangxi radicals
    {0x2FF0, 0x2FFF},    // ideographic description characters
    {0x3000, 0x303F},    // CJK symbols and punctuation (、。〈〉《》「」…)
    {0x3040, 0x30FF},    // hiragana, katakana
    {0x3100, 0x312F},    // bopomofo
    {0x3190, 0x31FF},    // kanbun, bopomofo ext., CJK strokes, katakana ext.
    {0x3200, 0x33FF},    // enclosed CJK, CJK compatibility
    {0x3400, 0x4DBF},    // CJK ext. A
    {0x4E00, 0x9FFF},    // CJK unified ideographs
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFE10, 0xFE1F},    // vertical forms
    {0xFE30, 0xFE4F},    // CJK compatibility forms
    {0xFF01, 0xFF60},    // full-width ASCII variants (，：；！？（）)
    {0xFFE0, 0xFFE6},    // full-width signs (￥)
    {0x20000, 0x3FFFD},  // CJK ext. B and later planes
};

}  // namespace

bool is_cjk_wide(char32_t cp) {
  for (const Range& r : kWide) {
    if (cp < r.first) return false;
    if (cp <= r.last) return true;
  }
  return false;
}

bool is_cjk_ambiguous_punct(char32_t cp) {
  switch (cp) {
    case 0x00B7:  // · middle dot (间隔号)
    case 0x2014:  // — em dash (破折号 is two of them)
    case 0x2018:  // ‘
    case 0x2019:  // ’
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x2026:  // … (省略号 is two of them)
      return true;
    default:
      return false;
  }
}

bool is_unicode_whitespace(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool soft_break_vanishes(char32_t before, char32_t after) {
  bool wide_before = is_cjk_wide(before);
  bool wide_after = is_cjk_wide(after);
  if (wide_before && wide_after) return true;
  return (wide_before && is_cjk_ambiguous_punct(after)) ||
         (wide_after && is_cjk_ambiguous_punct(before));
}

}  // namespace paiban::manuscript
