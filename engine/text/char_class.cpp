#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <string_view>

namespace paiban::text {
namespace {

bool in(char32_t cp, std::u32string_view set) {
  return set.find(cp) != std::u32string_view::npos;
}

constexpr std::u32string_view kOpening = U"“‘（《〈「『【〔［｛〖〘〚｟";
constexpr std::u32string_view kClosing = U"”’）》〉」』】〕］｝〗〙〛｠";
constexpr std::u32string_view kPauseStop = U"，、。．：；！？‼⁇⁈⁉｡､";
constexpr std::u32string_view kMiddleDot = U"·・‧";
constexpr std::u32string_view kPrefix = U"￥¥＄$£￡€＃#";
constexpr std::u32string_view kPostfix = U"%％‰℃°′″￠";

CharClass classify_anew(char32_t cp);

}  // namespace

CharClass classify(char32_t cp) {
  // A character's class never changes, and every character of every
  // paragraph is classified (x20: 260 k times, ~100 instructions each with
  // the list searches and ICU's script lookup). The classes of BMP
  // characters are remembered as they are met: 64 KB, atomics because
  // issues set side by side share them; 0 = not yet known.
  static std::array<std::atomic<uint8_t>, 0x10000> known{};
  if (cp > 0xFFFF) return classify_anew(cp);
  const uint8_t k = known[cp].load(std::memory_order_relaxed);
  if (k != 0) return static_cast<CharClass>(k - 1);
  const CharClass c = classify_anew(cp);
  known[cp].store(static_cast<uint8_t>(static_cast<uint8_t>(c) + 1), std::memory_order_relaxed);
  return c;
}

namespace {

CharClass classify_anew(char32_t cp) {
  if (cp == U' ' || cp == 0x00A0 || cp == U'\t') return CharClass::space;
  if (cp >= U'0' && cp <= U'9') return CharClass::digit;
  if (in(cp, kOpening)) return CharClass::opening;
  if (in(cp, kClosing)) return CharClass::closing;
  if (in(cp, kPauseStop)) return CharClass::pause_stop;
  if (in(cp, kMiddleDot)) return CharClass::middle_dot;
  if (cp == 0x2014 || cp == 0x2E3A || cp == 0x2015) return CharClass::dash;
  if (cp == 0x2026 || cp == 0x22EF) return CharClass::ellipsis;
  if (cp == 0xFF5E || cp == 0x2013 || cp == 0x301C) return CharClass::connector;
  if (in(cp, kPrefix)) return CharClass::prefix;
  if (in(cp, kPostfix)) return CharClass::postfix;
  if (cp == U'/' || cp == 0xFF0F) return CharClass::solidus;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &err);
  if (U_SUCCESS(err) &&
      (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
       script == USCRIPT_BOPOMOFO || script == USCRIPT_HANGUL))
    return CharClass::han;
  // Full-width forms and CJK symbols behave like ideographs on the em grid.
  if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) ||
      (cp >= 0x3200 && cp <= 0x33FF))
    return CharClass::han;
  if (u_isalpha(static_cast<UChar32>(cp))) return CharClass::latin;
  if (u_isdigit(static_cast<UChar32>(cp))) return CharClass::digit;
  return CharClass::other;
}

}  // namespace

bool is_cjk_class(CharClass c) {
  switch (c) {
    case CharClass::han:
    case CharClass::opening:
    case CharClass::closing:
    case CharClass::pause_stop:
    case CharClass::middle_dot:
    case CharClass::dash:
    case CharClass::ellipsis:
    case CharClass::connector:
      return true;
    default:
      return false;
  }
}

bool is_cjk_punctuation(CharClass c) {
  return is_cjk_class(c) && c != CharClass::han;
}

bool is_adjustable_punctuation(CharClass c) {
  return c == CharClass::opening || c == CharClass::closing || c == CharClass::pause_stop ||
         c == CharClass::middle_dot;
}

bool is_latin_like(CharClass c) {
  return c == CharClass::latin || c == CharClass::digit;
}

bool is_line_start_prohibited(char32_t cp, CharClass c, bool strict) {
  switch (c) {
    case CharClass::closing:
    case CharClass::pause_stop:
    case CharClass::middle_dot:
    case CharClass::connector:
    case CharClass::postfix:
    case CharClass::solidus:
      return true;
    case CharClass::dash:
    case CharClass::ellipsis:
      return strict;
    default:
      // ASCII closing punctuation inside Chinese text (a stray "," or ")").
      return cp == U',' || cp == U'.' || cp == U';' || cp == U':' || cp == U'?' || cp == U'!' ||
             cp == U')' || cp == U']' || cp == U'}';
  }
}

bool is_line_end_prohibited(char32_t cp, CharClass c, bool gb_or_stricter) {
  switch (c) {
    case CharClass::opening:
    case CharClass::prefix:
      return true;
    case CharClass::solidus:
      return gb_or_stricter;
    default:
      return cp == U'(' || cp == U'[' || cp == U'{';
  }
}

}  // namespace paiban::text
