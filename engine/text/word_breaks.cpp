#include "text/word_breaks.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string_view>

namespace paiban::text {
namespace {

bool in(char32_t cp, std::u32string_view set) {
  return set.find(cp) != std::u32string_view::npos;
}

// Chicago 7.42: an address breaks before these (the mark starts the new
// line, so the reader sees the address goes on) …
constexpr std::u32string_view kBreakBefore = U".?#&=_-@~%";

bool is_token_char(char32_t cp, CharClass c) {
  return c != CharClass::space && !is_cjk_class(c) && cp != U'\u2028';
}

bool is_letter(char32_t cp, CharClass c) {
  return c == CharClass::latin && u_isalpha(static_cast<UChar32>(cp));
}

bool starts_with_ci(std::u32string_view s, std::u32string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (u_tolower(static_cast<UChar32>(s[i])) != static_cast<UChar32>(prefix[i])) return false;
  return true;
}

void address_breaks(const std::u32string& text, std::size_t begin, std::size_t end,
                    std::vector<BreakKind>& breaks) {
  for (std::size_t i = begin + 1; i < end; ++i) {
    if (breaks[i] != BreakKind::never) continue;
    const char32_t a = text[i - 1];
    const char32_t b = text[i];
    // … and after a slash, but not inside "//" (http:|//|host is wrong).
    // (not after a path's leading slash: a line of "/" alone).
    const bool after_slash = a == U'/' && b != U'/' && i - 1 > begin;
    const bool before_mark = in(b, kBreakBefore) && !in(a, kBreakBefore) && a != U'/';
    if (after_slash || before_mark) breaks[i] = BreakKind::url;
  }
}

void hyphenation_breaks(const ShapingInput& input, const std::vector<CharClass>& classes,
                        std::size_t begin, std::size_t end, std::vector<BreakKind>& breaks) {
  const std::u32string& text = input.text;
  for (std::size_t a = begin; a < end;) {
    if (!is_letter(text[a], classes[a])) {
      ++a;
      continue;
    }
    std::size_t z = a;
    bool inner_capital = false;
    while (z < end && is_letter(text[z], classes[z])) {
      if (z > a && u_isupper(static_cast<UChar32>(text[z]))) inner_capital = true;
      ++z;
    }
    // A word glued to digits ("Llama3", "5G") is a name, not a word; one
    // with a capital inside (DeepSeek, iPhone, NASA) is not hyphenated
    // either: its parts do not follow the patterns of ordinary words.
    const bool glued = (a > begin && classes[a - 1] == CharClass::digit) ||
                       (z < end && classes[z] == CharClass::digit);
    if (!inner_capital && !glued) {
      const std::u32string_view word(text.data() + a, z - a);
      for (std::size_t k :
           input.hyphenator->points(word, input.hyphen_min_before, input.hyphen_min_after))
        if (breaks[a + k] == BreakKind::never) breaks[a + k] = BreakKind::hyphen;
    }
    a = z;
  }
}

}  // namespace

// A character that belongs to the one before it and must not start a line:
// a combining or enclosing mark (the keycap of 1️⃣), a variation selector or
// other default-ignorable, an emoji skin-tone modifier, anything after a
// zero width joiner (👨‍👩‍👧), the second of a regional-indicator pair (🇨🇳).
bool joins_previous(const std::u32string& text, std::size_t i) {
  const auto cp = static_cast<UChar32>(text[i]);
  const auto category = u_charType(cp);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
      category == U_COMBINING_SPACING_MARK)
    return true;
  if (u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) return true;
  if (text[i - 1] == 0x200D) return true;
  auto regional = [](char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; };
  if (regional(text[i]) && regional(text[i - 1])) {
    std::size_t run = 0;  // pairs count from the first indicator of the run
    for (std::size_t k = i; k > 0 && regional(text[k - 1]); --k) ++run;
    return run % 2 == 1;
  }
  return false;
}

void add_rescue_breaks(const std::u32string& text, std::vector<BreakKind>& breaks) {
  for (std::size_t i = 1; i < text.size(); ++i)
    if (breaks[i] == BreakKind::never && text[i] != U'\u2028' && text[i - 1] != U'\u2028' &&
        !joins_previous(text, i))
      breaks[i] = BreakKind::rescue;
}

std::pair<std::size_t, std::size_t> find_address(const std::u32string& text, std::size_t begin,
                                                 std::size_t end) {
  while (begin < end && in(text[begin], U"([<{'\"")) ++begin;
  while (end > begin && in(text[end - 1], U".,;:!?)]}>'\"")) --end;
  const std::u32string_view token(text.data() + begin, end - begin);
  const bool url =
      token.find(U"://") != std::u32string_view::npos || starts_with_ci(token, U"www.");
  const std::size_t at = token.find(U'@');
  const bool email = at != std::u32string_view::npos && at > 0 &&
                     token.find(U'.', at) != std::u32string_view::npos;
  // A file path or identifier (node_modules/.bin/webpack-dev-server,
  // file_name.tar.gz, /usr/share/hyphen) breaks like an address: a hyphen
  // added inside it would read as part of the name. A single slash between
  // words (and/or) is not a path.
  const bool path = token.find(U'_') != std::u32string_view::npos ||
                    token.find(U"/.") != std::u32string_view::npos ||
                    token.find(U"./") != std::u32string_view::npos ||
                    std::count(token.begin(), token.end(), U'/') >= 2;
  if (!url && !email && !path) return {0, 0};
  return {begin, end};
}

void add_word_breaks(const ShapingInput& input, const std::vector<CharClass>& classes,
                     const std::vector<bool>& no_hyphenation, std::vector<BreakKind>& breaks) {
  const std::u32string& text = input.text;
  const std::size_t n = text.size();
  for (std::size_t begin = 0; begin < n;) {
    if (!is_token_char(text[begin], classes[begin])) {
      ++begin;
      continue;
    }
    std::size_t end = begin;
    bool code = false;
    while (end < n && is_token_char(text[end], classes[end])) code |= no_hyphenation[end++];
    const auto [address_begin, address_end] = find_address(text, begin, end);
    if (address_end > address_begin)
      address_breaks(text, address_begin, address_end, breaks);
    else if (input.hyphenator && !code)
      hyphenation_breaks(input, classes, begin, end, breaks);
    for (std::size_t i = begin + 1; i < end; ++i)
      if (breaks[i] == BreakKind::never && !joins_previous(text, i))
        breaks[i] = BreakKind::last_resort;
    begin = end;
  }
}

}  // namespace paiban::text
