// What a long-running `paiban watch` keeps loaded between renders, kept at
// the pipeline's boundary: the style sheet with its font library (font
// files, faces and whatever the text stage caches with them), and the plugin
// registry with its loaded libraries. Each part is reused only while every
// file it came from is unchanged; a one-off render runs without a cache.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "pdf/write_memo.h"
#include "plugin/plugin_registry.h"
#include "plugin/search_path.h"
#include "style/stylesheet.h"
#include "text/font_library.h"
#include "text/hyphenator.h"

namespace paiban::cli {

// A loaded style sheet and the fonts its roles name.
struct StyleState {
  std::string path;  // the sheet asked for
  style::StyleSheet sheet;
  std::map<std::string, std::string> files;  // every file read → its bytes then
  Diagnostics load_diagnostics;              // what loading the sheet reported
  std::string declared_styles;  // the plugins' declared styles the sheet holds, as a key
  Diagnostics font_check;       // what loading every role's fonts reported
  Diagnostics font_sink;        // where the font library reports later loads
  std::unique_ptr<text::FontLibrary> fonts;

  // True when `path` is this sheet and none of its files changed.
  bool still_valid(const std::string& path, const Environment& env) const;
};

// A plugin registry and the libraries it loaded.
struct PluginState {
  std::vector<plugin::SearchFolder> search_path;
  std::unique_ptr<plugin::PluginRegistry> registry;
  std::map<std::string, std::pair<long long, long long>> libraries;  // file → (mtime ns, size)
  bool reusable = true;  // false after a plugin problem: a fixed plugin must be looked for again

  bool still_valid(const std::vector<plugin::SearchFolder>& search_path) const;
  void remember_library(const std::string& file);
};

struct RenderCache {
  std::shared_ptr<StyleState> style;
  std::shared_ptr<PluginState> plugins;
  // Liang patterns of a system file (text::kEnglishPatterns); kept once read.
  std::shared_ptr<const text::Hyphenator> hyphenator;
  // Compressed streams and font subsets of the latest PDF, reused where the
  // next one has the same (same bytes as without).
  pdf::WriteMemo pdf_memo;
};

}  // namespace paiban::cli
