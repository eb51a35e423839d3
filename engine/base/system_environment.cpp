#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <mutex>
#include <tuple>

#include "base/environment.h"

namespace paiban {

struct SystemEnvironment::FontCache {
  std::mutex mutex;            // issues rendered in parallel share the environment
  FcConfig* config = nullptr;  // created on the first lookup
  std::map<std::pair<std::string, std::string>, std::optional<FontLocation>> answers;
  std::map<std::string, std::vector<FontLocation>> sorted;  // generic class → faces, best first
  std::map<std::string, std::vector<FcCharSet*>> coverage;  // parallel to `sorted`
  ~FontCache() {
    for (auto& [generic, sets] : coverage)
      for (FcCharSet* cs : sets) FcCharSetDestroy(cs);
    if (config) FcConfigDestroy(config);
  }
};

std::shared_ptr<const SharedFace> Environment::open_face(const std::string& path, int face_index,
                                                         FontFileProblem* problem,
                                                         std::string* damage) const {
  return FontFiles::shared().open(path, face_index, problem, damage);
}

SystemEnvironment::SystemEnvironment(std::uint64_t max_input_bytes)
    : fonts_(std::make_unique<FontCache>()), max_input_bytes_(max_input_bytes) {}
SystemEnvironment::~SystemEnvironment() = default;

std::optional<std::string> SystemEnvironment::read_file(const std::string& path) const {
  return read_input_file(path, max_input_bytes_).bytes;
}

std::optional<std::string> SystemEnvironment::read_file_within(const std::string& path,
                                                               std::uint64_t max_bytes) const {
  return read_input_file(path, max_bytes).bytes;
}

std::string SystemEnvironment::why_unreadable_within(const std::string& path,
                                                     std::uint64_t max_bytes) const {
  return why_not_readable(path, max_bytes);
}

std::string SystemEnvironment::why_unreadable(const std::string& path) const {
  return why_not_readable(path, max_input_bytes_);
}

std::optional<FontLocation> SystemEnvironment::find_font(const std::string& family,
                                                         const std::string& style) const {
  std::lock_guard<std::mutex> lock(fonts_->mutex);
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

void SystemEnvironment::prepare_font_lookup() const {
  std::lock_guard<std::mutex> lock(fonts_->mutex);
  if (!fonts_->config) fonts_->config = FcInitLoadConfigAndFonts();
}

std::vector<FontLocation> SystemEnvironment::fonts_covering(char32_t cp,
                                                            const std::string& generic) const {
  std::lock_guard<std::mutex> lock(fonts_->mutex);
  if (!fonts_->config) fonts_->config = FcInitLoadConfigAndFonts();
  FcConfig* config = fonts_->config;
  if (!config) return {};
  auto sorted = fonts_->sorted.find(generic);
  if (sorted == fonts_->sorted.end()) {
    // One sort per generic class and run: fontconfig's own preference
    // order (its aliases for serif/sans-serif, zh-cn first), kept with each
    // face's coverage so that every character is then a lookup.
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(generic.c_str()));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcFontSet* set = FcFontSort(config, pattern, FcFalse, nullptr, &result);
    std::vector<FontLocation> faces;
    std::vector<FcCharSet*> sets;
    for (int i = 0; set && i < set->nfont; ++i) {
      FcPattern* font = set->fonts[i];
      FcChar8* file = nullptr;
      FcChar8* format = nullptr;
      FcCharSet* charset = nullptr;
      FcBool outline = FcFalse;
      FcBool color = FcFalse;
      int index = 0;
      if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
      if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) continue;
      FcPatternGetBool(font, FC_OUTLINE, 0, &outline);
      FcPatternGetBool(font, FC_COLOR, 0, &color);
      FcPatternGetString(font, FC_FONTFORMAT, 0, &format);
      FcPatternGetInteger(font, FC_INDEX, 0, &index);
      const std::string fmt = format ? reinterpret_cast<const char*>(format) : "";
      // Outline fonts HarfBuzz shapes and hb-subset embeds (no Type 1, no
      // bitmaps, no colour-only emoji).
      if (!outline || color || (fmt != "TrueType" && fmt != "CFF")) continue;
      faces.push_back({reinterpret_cast<const char*>(file), index});
      sets.push_back(FcCharSetCopy(charset));
    }
    if (set) FcFontSetDestroy(set);
    FcPatternDestroy(pattern);
    fonts_->coverage[generic] = std::move(sets);
    sorted = fonts_->sorted.emplace(generic, std::move(faces)).first;
  }
  std::vector<FontLocation> found;
  const auto& sets = fonts_->coverage[generic];
  for (std::size_t i = 0; i < sets.size(); ++i)
    if (FcCharSetHasChar(sets[i], static_cast<FcChar32>(cp))) found.push_back(sorted->second[i]);
  return found;
}

std::optional<int64_t> parse_source_date_epoch(const std::string& value, std::string& error) {
  // 9999-12-31T23:59:59Z.
  constexpr int64_t kLast = 253402300799;
  if (value.empty()) return std::nullopt;
  const bool digits_only =
      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits_only) {
    error = "SOURCE_DATE_EPOCH=\"" + value + "\" is not a whole number of seconds since 1970";
    return std::nullopt;
  }
  // More than 12 digits is past 9999 (and may not fit an int64).
  if (value.size() > 12 || std::strtoll(value.c_str(), nullptr, 10) > kLast) {
    error = "SOURCE_DATE_EPOCH=" + value + " is after the year 9999, which a PDF date cannot hold";
    return std::nullopt;
  }
  return static_cast<int64_t>(std::strtoll(value.c_str(), nullptr, 10));
}

std::optional<int64_t> SystemEnvironment::source_date_epoch() const {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  std::string error;
  return value ? parse_source_date_epoch(value, error) : std::nullopt;
}

std::string SystemEnvironment::source_date_epoch_error() const {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  std::string error;
  if (value) parse_source_date_epoch(value, error);
  return error;
}

}  // namespace paiban
