#include "plugin/plugin_registry.h"

#include <exception>
#include <filesystem>
#include <system_error>
#include <utility>

#include "base/limits.h"
#include "base/suggest.h"
#include "plugin/builtin_plugins.h"
#include "plugin/plugin_call_guard.h"

namespace paiban::plugin {
namespace {

Diagnostic plugin_error(const SourceSpan& where, const std::string& name, std::string message,
                        std::vector<std::string> hints = {}) {
  Diagnostic d;
  d.span = where;
  d.message = std::move(message);
  d.hints = std::move(hints);
  d.plugin = name;
  return d;
}

bool folder_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

}  // namespace

PluginRegistry::PluginRegistry(std::vector<SearchFolder> search_path)
    : search_path_(std::move(search_path)) {
  for (const auto& builtin : builtin_plugins()) add_builtin(builtin.name, builtin.factory);
}

PluginRegistry::~PluginRegistry() {
  // The order is the point (docs/stack.md §6, "unload hazard"): a plugin object's
  // destructor is code inside its library.
  plugins_.clear();
  libraries_.clear();
}

void PluginRegistry::add_builtin(const std::string& name, PluginFactory factory) {
  builtins_[name] = factory;
}

std::vector<std::string> PluginRegistry::loaded_names() const {
  std::vector<std::string> names;
  for (const auto& [name, plugin] : plugins_) names.push_back(name);
  return names;
}

const LoadedPlugin* PluginRegistry::get(const std::string& name, const SourceSpan& where,
                                        Diagnostics& diags) {
  if (auto it = plugins_.find(name); it != plugins_.end()) return it->second.get();
  if (failed_.count(name)) return nullptr;
  auto loaded = load(name, where, diags);
  if (!loaded) {
    failed_.insert(name);
    return nullptr;
  }
  auto* raw = loaded.get();
  plugins_.emplace(name, std::move(loaded));
  return raw;
}

std::unique_ptr<LoadedPlugin> PluginRegistry::load(const std::string& name, const SourceSpan& where,
                                                   Diagnostics& diags) {
  if (!is_valid_plugin_name(name)) {
    diags.add(plugin_error(where, name, "'" + name + "' is not a valid plugin name",
                           {"plugin names are file-name parts: letters, digits, '_' and '-'"}));
    return nullptr;
  }
  if (auto file = find_plugin_file(name, search_path_)) {
    auto library = open_plugin_library(*file, name, where, diags);
    if (!library) return nullptr;
    auto owned = std::make_unique<PluginLibrary>(std::move(*library));
    auto plugin = instantiate(name, owned->file, owned->factory, where, diags);
    // Only the destructor unloads libraries, so no path here can unload one
    // while an object or exception of it is still around.
    libraries_.push_back(std::move(owned));
    return plugin;
  }
  if (auto it = builtins_.find(name); it != builtins_.end()) {
    return instantiate(name, {}, it->second, where, diags);
  }
  report_not_found(name, where, diags);
  return nullptr;
}

std::unique_ptr<LoadedPlugin> PluginRegistry::instantiate(const std::string& name,
                                                          const std::string& file,
                                                          PluginFactory factory,
                                                          const SourceSpan& where,
                                                          Diagnostics& diags) {
  const std::string origin = file.empty() ? "built-in plugin '" + name + "'" : file;
  auto loaded = std::make_unique<LoadedPlugin>();
  loaded->name = name;
  loaded->file = file;
  std::string own_name;
  // Plugin code runs here for the first time; nothing it throws may reach
  // the engine (docs/code-style.md point 10), and the library is still loaded while
  // we look at the exception.
  try {
    // A crash or a hang in the plugin's first code is reported by name.
    const PluginCallGuard guard({name, "loading from " + origin, "", where},
                                std::chrono::seconds(Limits{}.compose_seconds));
    loaded->instance.reset(factory());
    if (!loaded->instance) {
      diags.add(plugin_error(where, name, origin + ": the plugin factory returned no object"));
      return nullptr;
    }
    own_name = loaded->instance->name();
    loaded->summary = loaded->instance->summary();
    loaded->options = loaded->instance->options();
    loaded->text_styles = loaded->instance->text_styles();
  } catch (const std::exception& e) {
    diags.add(plugin_error(where, name,
                           origin + ": plugin '" + name + "' failed while loading: " + e.what()));
    return nullptr;
  } catch (...) {
    diags.add(plugin_error(where, name,
                           origin + ": plugin '" + name +
                               "' threw an exception that is not a std::exception while loading"));
    return nullptr;
  }
  if (own_name != name) {
    Diagnostic d = plugin_error(
        where, name,
        origin + ": the plugin calls itself '" + own_name + "' but was loaded as '" + name + "'",
        {"rename the library to " + plugin_file_name(own_name) + " or make name() return \"" +
         name + "\""});
    d.severity = Severity::warning;
    diags.add(std::move(d));
  }
  return loaded;
}

std::vector<std::string> PluginRegistry::builtin_names() const {
  std::vector<std::string> names;
  for (const auto& entry : builtins_) names.push_back(entry.first);
  return names;
}

void PluginRegistry::report_not_found(const std::string& name, const SourceSpan& where,
                                      Diagnostics& diags) {
  std::vector<std::string> known = builtin_names();
  for (const auto& found : list_plugin_files(search_path_)) known.push_back(found.name);
  // Plugin names are long and alike ("industry_news", "industry_trends"):
  // only a slip of a key or two is worth suggesting.
  auto near = closest(name, known);
  if (near && edit_distance(name, *near) > 2) near.reset();
  std::vector<std::string> hints;
  int n = 0;
  for (const auto& folder : search_path_) {
    std::string hint =
        "searched " + std::to_string(++n) + ". " + folder.path + " (" + folder.origin + ")";
    if (!folder_exists(folder.path)) hint += " - no such folder";
    hints.push_back(std::move(hint));
  }
  if (search_path_.empty()) hints.push_back("the plugin search path is empty");
  hints.push_back("put " + plugin_file_name(name) +
                  " into one of these folders, or name its folder with --plugin-path, "
                  "PAIBAN_PLUGIN_PATH or the style sheet's plugin_path");
  diags.add(plugin_error(where, name,
                         "plugin '" + name + "' not found: no " + plugin_file_name(name) +
                             " in the plugin search path" +
                             (near ? "; did you mean '" + *near + "'?" : std::string()),
                         std::move(hints)));
}

}  // namespace paiban::plugin
