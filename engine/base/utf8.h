// Small UTF-8 helpers shared by the stages, on ICU's decoder (unicode/utf8.h):
// well-formed means RFC 3629 — no overlong forms, no surrogates, nothing past
// U+10FFFF.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace paiban {

// Decodes the code point starting at byte `i` and advances `i` past it. An
// ill-formed sequence gives nullopt and `i` moves past its maximal ill-formed
// part (at least one byte, Unicode §3.9 "U+FFFD substitution of maximal
// subparts").
std::optional<char32_t> utf8_decode(std::string_view s, std::size_t& i);

// utf8_decode with U+FFFD for an ill-formed sequence.
char32_t utf8_next(std::string_view s, std::size_t& i);

// Appends `cp` as UTF-8; a surrogate or a value past U+10FFFF appends U+FFFD.
void utf8_append(std::string& out, char32_t cp);

// Number of code points (an ill-formed part counts as one).
std::size_t utf8_length(std::string_view s);

// True when all of `s` is well-formed UTF-8.
bool utf8_valid(std::string_view s);

}  // namespace paiban
