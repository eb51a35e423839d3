// Where section plugins are looked for, and how a plugin name becomes a file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/program_location.h"

namespace paiban::plugin {

// One folder of the search path and the setting it came from, so that a
// "not found" message can tell the editor which knob to turn.
struct SearchFolder {
  std::string path;
  std::string origin;  // "--plugin-path", "PAIBAN_PLUGIN_PATH", "style sheet plugin_path", …
};

// The install prefix's plugin folder, fixed when the engine was compiled.
// Before it comes the folder next to the running program
// (base/program_location.h): an install wherever it was moved, or the build.
std::string installed_plugin_dir();

// Everything the search path is made of. The caller reads the environment
// variable (the engine never calls getenv itself, docs/code-style.md point 7) and
// passes its text here.
struct SearchPathInputs {
  std::vector<std::string> cli_paths;    // --plugin-path, in the order given
  std::string env_value;                 // PAIBAN_PLUGIN_PATH, colon-separated
  std::vector<std::string> style_paths;  // StyleSheet::plugin_path, already resolved
  std::string program_dir = program_plugin_dir();
  std::string install_dir = installed_plugin_dir();
};

// The folders in search order: --plugin-path, PAIBAN_PLUGIN_PATH, the style
// sheet's plugin_path, the folder next to the program, the install folder. Empty entries
// are skipped and a folder named twice is kept at its first place only.
std::vector<SearchFolder> plugin_search_path(const SearchPathInputs& inputs);

// "lib<name>.so": the file a plugin named `name` is built as.
std::string plugin_file_name(const std::string& name);

// The first existing file for `name` along `folders`: in each folder,
// <folder>/lib<name>.so, then <folder>/<name>/lib<name>.so (a plugin kept in
// its own folder, as in the source tree).
std::optional<std::string> find_plugin_file(const std::string& name,
                                            const std::vector<SearchFolder>& folders);

// A plugin library found on the search path.
struct FoundPlugin {
  std::string name;  // "industry_news" for libindustry_news.so
  std::string file;
  std::string origin;  // the search folder's origin
};

// Every plugin library along `folders` (<folder>/lib<name>.so and
// <folder>/<name>/lib<name>.so), in search order; a name found again in a
// later folder is shadowed and left out, as find_plugin_file would.
std::vector<FoundPlugin> list_plugin_files(const std::vector<SearchFolder>& folders);

// Plugin names are file-name parts: letters, digits, '_' and '-' only, so a
// style sheet can never reach outside the search path.
bool is_valid_plugin_name(const std::string& name);

}  // namespace paiban::plugin
