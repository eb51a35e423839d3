// The plugin registry: finds, loads and owns section plugins, and unloads
// their libraries only after every object they made is gone.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "paiban/options.h"
#include "paiban/section_plugin.h"
#include "plugin/plugin_library.h"
#include "plugin/search_path.h"

namespace paiban::plugin {

// The name the engine uses for a manuscript section no [[section]] matches.
inline constexpr const char* kDefaultPlugin = "article";

// One usable plugin: its object and what it said about itself at load time.
struct LoadedPlugin {
  std::string name;
  std::string file;  // the library it came from; empty for a built-in
  PluginPtr instance;
  std::string summary;
  std::vector<OptionDecl> options;
  std::vector<TextStyleDecl> text_styles;  // the styles it declares, with their defaults
};

class PluginRegistry {
 public:
  // Registers the built-in plugins (the default plugin "article" is linked
  // into the engine, docs/code-style.md point 8) as fallbacks for names the search
  // path does not have.
  explicit PluginRegistry(std::vector<SearchFolder> search_path);
  // Destroys every plugin object first, then unloads the libraries.
  ~PluginRegistry();
  PluginRegistry(const PluginRegistry&) = delete;
  PluginRegistry& operator=(const PluginRegistry&) = delete;

  // A plugin compiled into this program, used when no library named `name`
  // is on the search path. Replaces an earlier built-in of that name.
  void add_builtin(const std::string& name, PluginFactory factory);

  // The plugin `name`, loaded on first use (libraries on the search path
  // first, then built-ins). nullptr when it cannot be had; the reason is
  // reported once per name, at `where` (the [[section]] entry asking).
  const LoadedPlugin* get(const std::string& name, const SourceSpan& where, Diagnostics& diags);

  const std::vector<SearchFolder>& search_path() const { return search_path_; }
  // Names of the plugins compiled into the program, sorted.
  std::vector<std::string> builtin_names() const;
  // Names of the plugins loaded so far, sorted.
  std::vector<std::string> loaded_names() const;

 private:
  std::unique_ptr<LoadedPlugin> load(const std::string& name, const SourceSpan& where,
                                     Diagnostics& diags);
  std::unique_ptr<LoadedPlugin> instantiate(const std::string& name, const std::string& file,
                                            PluginFactory factory, const SourceSpan& where,
                                            Diagnostics& diags);
  void report_not_found(const std::string& name, const SourceSpan& where, Diagnostics& diags);

  std::vector<SearchFolder> search_path_;
  std::map<std::string, PluginFactory> builtins_;
  // Declared before plugins_ so that, even without the explicit destructor,
  // members die in the safe order: objects first, libraries last.
  std::vector<std::unique_ptr<PluginLibrary>> libraries_;
  std::map<std::string, std::unique_ptr<LoadedPlugin>> plugins_;
  std::set<std::string> failed_;
};

}  // namespace paiban::plugin
