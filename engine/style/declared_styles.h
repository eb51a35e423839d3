// Text styles that plugins declare (paiban/options.h, TextStyleDecl): a
// layer of [styles.<name>] tables under the editor's sheets and over the
// built-in base, so the sheet overrides a declared style key by key and the
// declared keys are checked by the same schema as the sheet's own.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "paiban/options.h"
#include "style/report.h"

namespace paiban::style {

// The styles one plugin declares.
struct PluginStyles {
  std::string plugin;  // its name
  std::string file;    // its library; empty for a built-in plugin
  std::vector<TextStyleDecl> styles;
};

// The layer of every declared style. A declaration that cannot be taken —
// a name that is not a bare TOML key, a style of the built-in base
// (`builtin_names`), a value that is not TOML — is reported as a bug of its
// plugin; a name declared by two plugins is taken from the first, with a
// warning. Values are parsed from a text whose file is
// declared_styles_file(plugin), so later messages about them can be told
// apart (rename_declared_diagnostics).
toml::table declared_styles_layer(const std::vector<PluginStyles>& declared,
                                  const std::vector<std::string>& builtin_names,
                                  StyleReporter& report);

// "<text styles declared by plugin 'data_brief'>".
std::string declared_styles_file(const std::string& plugin);

// Points a diagnostic about a declared style at its plugin: the plugin's
// name and library instead of the generated text's place, with a hint that
// the plugin's declaration is at fault.
void rename_declared_diagnostics(std::vector<Diagnostic>& items,
                                 const std::vector<PluginStyles>& declared);

}  // namespace paiban::style
