#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <map>
#include <tuple>

#include "base/environment.h"

namespace paiban {

struct SystemEnvironment::FontCache {
  FcConfig* config = nullptr;  // created on the first lookup
  std::map<std::pair<std::string, std::string>, std::optional<FontLocation>> answers;
  ~FontCache() {
    if (config) FcConfigDestroy(config);
  }
};

SystemEnvironment::SystemEnvironment(std::uint64_t max_input_bytes)
    : fonts_(std::make_unique<FontCache>()), max_input_bytes_(max_input_bytes) {}
SystemEnvironment::~SystemEnvironment() = default;

std::optional<std::string> SystemEnvironment::read_file(const std::string& path) const {
  return read_input_file(path, max_input_bytes_).bytes;
}

std::string SystemEnvironment::why_unreadable(const std::string& path) const {
  return why_not_readable(path, max_input_bytes_);
}

std::optional<FontLocation> SystemEnvironment::find_font(const std::string& family,
                                                         const std::string& style) const {
  const auto key = std::make_pair(family, style);
  auto cached = fonts_->answers.find(key);
  if (cached != fonts_->answers.end()) return cached->second;
  if (!fonts_->config) fonts_->config = FcInitLoadConfigAndFonts();
  FcConfig* config = fonts_->config;
  if (!config) return std::nullopt;
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  if (!style.empty())
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style.c_str()));
  FcObjectSet* props = FcObjectSetBuild(FC_FAMILY, FC_STYLE, FC_FILE, FC_INDEX, nullptr);
  // FcFontList, not FcFontMatch: a match always returns *some* font, and a
  // silently substituted family is exactly the bug editors complain about.
  FcFontSet* set = FcFontList(config, pattern, props);
  std::optional<FontLocation> found;
  int best_rank = 0;
  if (set) {
    for (int i = 0; i < set->nfont; ++i) {
      FcChar8* file = nullptr;
      int index = 0;
      if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
      FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &index);
      // A face lists several style names ("Light", "Regular" for WenKai
      // Light); the one whose FIRST name is the style asked for is the
      // face meant, the others only answer to it.
      FcChar8* primary = nullptr;
      const bool exact = style.empty() || (FcPatternGetString(set->fonts[i], FC_STYLE, 0,
                                                              &primary) == FcResultMatch &&
                                           style == reinterpret_cast<const char*>(primary));
      const int rank = exact ? 0 : 1;
      FontLocation here{reinterpret_cast<const char*>(file), index};
      // Ties: the lexically smallest file, so the choice is the same on
      // every run and machine.
      if (!found || rank < best_rank ||
          (rank == best_rank &&
           std::tie(here.path, here.face_index) < std::tie(found->path, found->face_index))) {
        found = here;
        best_rank = rank;
      }
    }
    FcFontSetDestroy(set);
  }
  FcObjectSetDestroy(props);
  FcPatternDestroy(pattern);
  fonts_->answers.emplace(key, found);
  return found;
}

std::optional<int64_t> SystemEnvironment::source_date_epoch() const {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  char* end = nullptr;
  long long v = std::strtoll(value, &end, 10);
  if (*end != '\0' || v < 0) return std::nullopt;
  return static_cast<int64_t>(v);
}

}  // namespace paiban
