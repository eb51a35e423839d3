// Plugins linked into the engine, so that an issue composes even where no
// plugin folder exists (docs/code-style.md point 8).
#pragma once

#include <string>
#include <vector>

#include "plugin/plugin_library.h"

namespace paiban::plugin {

struct BuiltinPlugin {
  std::string name;
  PluginFactory factory;
};

std::vector<BuiltinPlugin> builtin_plugins();

}  // namespace paiban::plugin
