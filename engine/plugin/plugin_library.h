// Opening one plugin library file: the ABI check, then the factory.
#pragma once

#include <boost/dll/shared_library.hpp>
#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "paiban/section_plugin.h"

namespace paiban::plugin {

// The factory every plugin exports as paiban_create_section_plugin_v1.
using PluginFactory = SectionPlugin* (*)();

// Deletes through the virtual destructor, so the plugin's own deleting
// destructor (and the operator delete it was allocated with) runs — inside
// the library, which therefore must still be loaded (docs/stack.md §6).
struct PluginDeleter {
  void operator()(SectionPlugin* plugin) const noexcept { delete plugin; }
};
using PluginPtr = std::unique_ptr<SectionPlugin, PluginDeleter>;

// A loaded library whose ABI version matched and whose factory was found.
struct PluginLibrary {
  std::string file;
  boost::dll::shared_library library;
  PluginFactory factory = nullptr;
};

inline constexpr const char* kAbiSymbol = "paiban_plugin_abi";
inline constexpr const char* kSignatureSymbol = "paiban_plugin_sdk_signature";
inline constexpr const char* kFactoryAlias = "paiban_create_section_plugin_v1";

// Loads `file` for the plugin `name` (needed by the [[section]] at `where`).
// The ABI symbol is read before anything else of the library is touched
// (docs/code-style.md point 8): calling into a library built for another SDK layout
// crashes without a word. Every failure is reported and gives nullopt.
std::optional<PluginLibrary> open_plugin_library(const std::string& file, const std::string& name,
                                                 const SourceSpan& where, Diagnostics& diags);

// The dlerror part of a Boost.DLL exception message; the errno text Boost
// appends ("Bad file descriptor") says nothing (docs/stack.md §6).
std::string dl_error_text(const std::string& boost_message);

}  // namespace paiban::plugin
