// An in-memory Environment for style tests: files are strings, fonts are a
// fixed list, no file system and no fontconfig.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "style/loader.h"

namespace paiban::style::testing {

class MemoryEnv final : public Environment {
 public:
  std::map<std::string, std::string> files;
  std::set<std::pair<std::string, std::string>> fonts;  // (family, style)

  std::optional<std::string> read_file(const std::string& path) const override {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  }
  std::optional<FontLocation> find_font(const std::string& family,
                                        const std::string& style) const override {
    if (!fonts.count({family, style})) return std::nullopt;
    return FontLocation{"/fonts/" + family + "-" + style + ".otf", 0};
  }
  std::optional<int64_t> source_date_epoch() const override { return 0; }
};

// Loads `text` as "sheet.toml".
inline StyleSheet load_text(const std::string& text, Diagnostics& diags) {
  MemoryEnv env;
  env.files["sheet.toml"] = text;
  return load_stylesheet("sheet.toml", env, diags);
}

inline int error_count(const Diagnostics& diags) {
  int n = 0;
  for (const auto& d : diags.items()) n += d.severity == Severity::error;
  return n;
}

}  // namespace paiban::style::testing
