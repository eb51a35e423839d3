// Options every command that reads a manuscript shares (render, check,
// watch): what the user allows a run to load.
#pragma once

#include "cli/render.h"

namespace CLI {
class App;
}

namespace paiban::cli {

// --allow-style-plugins.
void add_run_options(CLI::App& cmd, RenderArgs& args);

}  // namespace paiban::cli
