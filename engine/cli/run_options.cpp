#include "cli/run_options.h"

#include <CLI/CLI.hpp>

namespace paiban::cli {

void add_run_options(CLI::App& cmd, RenderArgs& args) {
  cmd.add_flag("--allow-style-plugins", args.allow_style_plugins,
               "Load plugins from the plugin_path of a style sheet the manuscript's `style` key "
               "names (also PAIBAN_ALLOW_STYLE_PLUGINS=1)");
}

}  // namespace paiban::cli
