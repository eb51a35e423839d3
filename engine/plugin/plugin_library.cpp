#include "plugin/plugin_library.h"

#include <exception>
#include <utility>

#include "paiban/abi.h"
#include "paiban/sdk_signature.h"

namespace paiban::plugin {
namespace {

void report(Diagnostics& diags, const SourceSpan& where, const std::string& name,
            std::string message, std::vector<std::string> hints) {
  Diagnostic d;
  d.severity = Severity::error;
  d.span = where;
  d.message = std::move(message);
  d.hints = std::move(hints);
  d.plugin = name;
  diags.add(std::move(d));
}

}  // namespace

std::string dl_error_text(const std::string& boost_message) {
  const std::string marker = "(dlerror system message: ";
  auto start = boost_message.find(marker);
  if (start == std::string::npos) return boost_message;
  start += marker.size();
  auto end = boost_message.rfind("): ");
  if (end == std::string::npos || end < start) end = boost_message.rfind(')');
  if (end == std::string::npos || end < start) return boost_message.substr(start);
  return boost_message.substr(start, end - start);
}

std::optional<PluginLibrary> open_plugin_library(const std::string& file, const std::string& name,
                                                 const SourceSpan& where, Diagnostics& diags) {
  PluginLibrary out;
  out.file = file;
  try {
    // rtld_now: a plugin with an unresolved symbol fails here, with the
    // symbol's name, instead of crashing in the middle of composing.
    out.library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
  } catch (const std::exception& e) {
    // dlerror starts with the file name, which the message already leads with.
    std::string reason = dl_error_text(e.what());
    if (reason.rfind(file + ": ", 0) == 0) reason.erase(0, file.size() + 2);
    report(diags, where, name, file + ": cannot load plugin '" + name + "': " + reason,
           {"the file must be a shared library built for this machine; rebuild the plugin"});
    return std::nullopt;
  }

  if (!out.library.has(kAbiSymbol)) {
    report(diags, where, name,
           file + ": not a paiban plugin (it exports no '" + std::string(kAbiSymbol) + "')",
           {"a plugin source must use PAIBAN_EXPORT_SECTION_PLUGIN(YourClass) from "
            "<paiban/plugin_export.h>"});
    return std::nullopt;
  }
  int abi = 0;
  try {
    abi = out.library.get<int()>(kAbiSymbol)();
  } catch (...) {
    // Boost only throws here for a missing symbol, which has() ruled out;
    // the plugin's function itself is extern "C" and does not throw.
    report(diags, where, name, file + ": cannot read the plugin's ABI version", {});
    return std::nullopt;
  }
  if (abi != kPluginAbiVersion) {
    report(diags, where, name,
           file + ": plugin '" + name + "' was built for plugin ABI version " +
               std::to_string(abi) + ", but this paiban has ABI version " +
               std::to_string(kPluginAbiVersion),
           {"rebuild the plugin against the SDK of this paiban (find_package(paiban))"});
    return std::nullopt;
  }

  // Same version, same headers, same type sizes: a plugin built against
  // edited SDK headers, or with flags that change a type's layout, would
  // otherwise crash inside a virtual call (docs/stack.md §6 on ABI mismatch).
  if (!out.library.has(kSignatureSymbol)) {
    report(diags, where, name,
           file + ": plugin '" + name + "' exports no SDK signature ('" +
               std::string(kSignatureSymbol) + "')",
           {"rebuild the plugin with PAIBAN_EXPORT_SECTION_PLUGIN from this paiban's SDK"});
    return std::nullopt;
  }
  const char* theirs = out.library.get<const char*()>(kSignatureSymbol)();
  const std::string ours = sdk_signature();
  const std::string differs = first_signature_difference(ours, theirs ? theirs : "");
  if (!differs.empty()) {
    report(diags, where, name,
           file + ": plugin '" + name + "' was built against different SDK " +
               (differs == "headers" ? std::string("headers (their hash differs)")
                                     : "type layouts (" + differs + " differs)") +
               " than this paiban, though both say ABI version " + std::to_string(abi),
           {"rebuild the plugin against the SDK installed with this paiban "
            "(find_package(paiban)), with the same compiler flags"});
    return std::nullopt;
  }

  if (!out.library.has(kFactoryAlias)) {
    report(diags, where, name,
           file + ": plugin '" + name + "' has ABI version " + std::to_string(abi) +
               " but no factory '" + std::string(kFactoryAlias) + "'",
           {"export the plugin class with PAIBAN_EXPORT_SECTION_PLUGIN(YourClass)"});
    return std::nullopt;
  }
  // BOOST_DLL_ALIAS stores the function's address in a variable named by the
  // alias; get_alias reads it. The signature cannot be checked (docs/stack.md §6),
  // which is why the alias name carries the version.
  out.factory = out.library.get_alias<SectionPlugin*()>(kFactoryAlias);
  return out;
}

}  // namespace paiban::plugin
