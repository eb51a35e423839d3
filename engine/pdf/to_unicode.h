// The ToUnicode CMap (ISO 32000-1 §9.10.3; Adobe TN 5411) that lets viewers
// copy and search text drawn with Identity-H glyph codes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace paiban::pdf {

// Hex digits of `utf8` as UTF-16BE, astral characters as surrogate pairs.
std::string utf16be_hex(std::string_view utf8);

// A bfchar CMap from 2-byte codes to UTF-8 texts, at most 100 entries per
// block (the limit in Adobe TN 5411 §1.4.1), codespace <0000> <FFFF>.
std::string to_unicode_cmap(const std::map<uint16_t, std::string>& text_of_code);

}  // namespace paiban::pdf
