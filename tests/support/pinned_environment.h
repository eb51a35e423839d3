// An Environment for tests: fonts pinned by Debian package path (never
// fontconfig), files from memory first, and a fixed date.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/environment.h"

namespace paiban::testing {

class PinnedEnvironment : public Environment {
 public:
  PinnedEnvironment() {
    fonts_[{"Noto Serif CJK SC", "Regular"}] = {PAIBAN_NOTO_SERIF_CJK, 2};
    fonts_[{"Noto Serif CJK SC", "Bold"}] = {PAIBAN_NOTO_SERIF_CJK_BOLD, 2};
    fonts_[{"Noto Sans CJK SC", "Regular"}] = {PAIBAN_NOTO_SANS_CJK, 2};
    fonts_[{"Noto Sans CJK SC", "Bold"}] = {PAIBAN_NOTO_SANS_CJK_BOLD, 2};
    fonts_[{"LXGW WenKai", "Regular"}] = {PAIBAN_WENKAI, 0};
    fonts_[{"Noto Sans Mono CJK SC", "Regular"}] = {PAIBAN_NOTO_SANS_CJK, 7};
  }

  // `family` in `style` is found at `where` (a test's own copy of a font).
  void pin_font(const std::string& family, const std::string& style, FontLocation where) {
    fonts_[{family, style}] = std::move(where);
  }

  void add_file(const std::string& path, std::string contents) {
    files_[path] = std::move(contents);
  }

  std::optional<std::string> read_file(const std::string& path) const override {
    auto it = files_.find(path);
    if (it != files_.end()) return it->second;
    return system_.read_file(path);
  }
  std::string why_unreadable(const std::string& path) const override {
    return files_.count(path) ? std::string() : system_.why_unreadable(path);
  }
  std::optional<FontLocation> find_font(const std::string& family,
                                        const std::string& style) const override {
    auto it = fonts_.find({family, style});
    if (it == fonts_.end()) return std::nullopt;
    return it->second;
  }
  // Fallback faces come from fontconfig: the fonts of scripts/install-deps.
  std::vector<FontLocation> fonts_covering(char32_t cp, const std::string& generic) const override {
    return system_.fonts_covering(cp, generic);
  }
  std::optional<int64_t> source_date_epoch() const override { return 1736121600; }  // 2025-01-06

 private:
  SystemEnvironment system_;
  std::map<std::pair<std::string, std::string>, FontLocation> fonts_;
  std::map<std::string, std::string> files_;
};

}  // namespace paiban::testing
