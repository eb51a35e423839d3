#include "pdf/to_unicode.h"

#include <vector>

#include "base/utf8.h"

namespace paiban::pdf {
namespace {

void append_hex16(std::string& out, uint32_t v) {
  static const char* digits = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(digits[(v >> shift) & 0xf]);
}

}  // namespace

std::string utf16be_hex(std::string_view utf8) {
  std::string out;
  std::size_t i = 0;
  while (i < utf8.size()) {
    char32_t cp = utf8_next(utf8, i);
    if (cp >= 0x10000) {
      uint32_t v = static_cast<uint32_t>(cp) - 0x10000;
      append_hex16(out, 0xD800 + (v >> 10));
      append_hex16(out, 0xDC00 + (v & 0x3ff));
    } else {
      append_hex16(out, static_cast<uint32_t>(cp));
    }
  }
  return out;
}

std::string to_unicode_cmap(const std::map<uint16_t, std::string>& text_of_code) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<uint16_t, std::string>> entries;
  for (const auto& [code, text] : text_of_code) {
    if (!text.empty()) entries.emplace_back(code, utf16be_hex(text));
  }
  for (std::size_t i = 0; i < entries.size(); i += 100) {
    std::size_t n = std::min<std::size_t>(100, entries.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (std::size_t j = i; j < i + n; ++j) {
      out.push_back('<');
      append_hex16(out, entries[j].first);
      out += "> <" + entries[j].second + ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace paiban::pdf
