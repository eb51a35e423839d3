// Options every command that reads a manuscript shares (render, check,
// watch): what the user allows a run to load.
#pragma once

#include <functional>

#include "cli/render.h"

namespace CLI {
class App;
}

namespace paiban::cli {

// --allow-style-plugins and --limit NAME=VALUE (repeatable).
void add_run_options(CLI::App& cmd, RenderArgs& args);

// Runs `action` with a context whose environment reads files within the
// command line's input_file_mib (base/limits.h); the style sheet cannot set
// it, as it is itself read under it.
int run_within_limits(const RenderArgs& args, const RenderContext& ctx,
                      const std::function<int(const RenderContext&)>& action);

}  // namespace paiban::cli
