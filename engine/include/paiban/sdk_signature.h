// SDK. The plugin ABI handshake beyond the version number: a text naming
// the ABI version, the hash of the SDK headers the code was compiled with
// (paiban/sdk_hash.h, generated) and the sizes of the SDK types that cross
// the plugin boundary. PAIBAN_EXPORT_SECTION_PLUGIN exports the plugin's
// signature; the engine compares it with its own and refuses a plugin whose
// signature differs (built against other headers, or with other packing or
// standard-library flags), naming what differs.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "paiban/abi.h"
#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/options.h"
#include "paiban/sdk_hash.h"
#include "paiban/section_plugin.h"

namespace paiban {

// "abi=2;headers=<sha256>;InlineRun=…;Block=…;…": each field separated by
// ';' so the engine can name the first that differs.
inline std::string sdk_signature() {
  std::string s = "abi=" + std::to_string(kPluginAbiVersion);
  s += ";headers=";
  s += PAIBAN_SDK_HEADER_HASH;
  auto size = [&s](const char* name, std::size_t bytes) {
    s += ';';
    s += name;
    s += '=';
    s += std::to_string(bytes);
  };
  size("string", sizeof(std::string));
  size("vector", sizeof(std::vector<int>));
  size("SourceSpan", sizeof(SourceSpan));
  size("Diagnostic", sizeof(Diagnostic));
  size("InlineRun", sizeof(InlineRun));
  size("Block", sizeof(Block));
  size("Article", sizeof(Article));
  size("Section", sizeof(Section));
  size("Document", sizeof(Document));
  size("Length", sizeof(Length));
  size("OptionValue", sizeof(OptionValue));
  size("OptionDecl", sizeof(OptionDecl));
  size("TextStyleDecl", sizeof(TextStyleDecl));
  size("BoxSpec", sizeof(BoxSpec));
  size("ColumnSpec", sizeof(ColumnSpec));
  size("FigureSpec", sizeof(FigureSpec));
  size("ListItemSpec", sizeof(ListItemSpec));
  size("TableSpec", sizeof(TableSpec));
  size("TableRow", sizeof(TableRow));
  size("TableCell", sizeof(TableCell));
  size("TableColumn", sizeof(TableColumn));
  size("SectionContext", sizeof(SectionContext));
  return s;
}

// The first field in which two signatures differ ("headers", "Block", …),
// or an empty string when they are equal.
inline std::string first_signature_difference(const std::string& a, const std::string& b) {
  auto fields = [](const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
      const std::size_t end = std::min(s.find(';', start), s.size());
      out.push_back(s.substr(start, end - start));
      start = end + 1;
    }
    return out;
  };
  const std::vector<std::string> fa = fields(a), fb = fields(b);
  for (std::size_t k = 0; k < std::max(fa.size(), fb.size()); ++k) {
    const std::string x = k < fa.size() ? fa[k] : "", y = k < fb.size() ? fb[k] : "";
    if (x != y) {
      const std::string& field = x.empty() ? y : x;
      return field.substr(0, field.find('='));
    }
  }
  return {};
}

}  // namespace paiban
