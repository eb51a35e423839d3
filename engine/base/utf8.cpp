#include "base/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>

namespace paiban {

std::optional<char32_t> utf8_decode(std::string_view s, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const std::size_t length = s.size();
  UChar32 c = 0;
  U8_NEXT(bytes, i, length, c);
  if (c < 0) return std::nullopt;
  return static_cast<char32_t>(c);
}

char32_t utf8_next(std::string_view s, std::size_t& i) {
  return utf8_decode(s, i).value_or(U'\uFFFD');
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  uint8_t buf[U8_MAX_LENGTH];
  std::size_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
  out.append(reinterpret_cast<const char*>(buf), n);
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) utf8_decode(s, i);
  return n;
}

bool utf8_valid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!utf8_decode(s, i)) return false;
  return true;
}

}  // namespace paiban
