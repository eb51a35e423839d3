// Small UTF-8 helpers shared by the stages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace paiban {

// Decodes the code point starting at byte `i` and advances `i` past it.
// Invalid bytes decode as U+FFFD and advance by one.
char32_t utf8_next(std::string_view s, std::size_t& i);

void utf8_append(std::string& out, char32_t cp);

// Number of code points.
std::size_t utf8_length(std::string_view s);

}  // namespace paiban
