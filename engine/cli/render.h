// `paiban render`: the pipeline from manuscript to PDF, stage by stage.
#pragma once

#include <ostream>
#include <string>

#include "base/environment.h"
#include "cli/arguments.h"

namespace paiban::cli {

// Exit status of a run.
enum ExitCode : int { kSuccess = 0, kRenderError = 1, kBadInput = 2 };

struct RenderContext {
  const Environment& env;
  std::string plugin_path_env;  // PAIBAN_PLUGIN_PATH as read by main()
  std::ostream& err;            // diagnostics, GCC style
  std::ostream& out;            // --report
};

int run_render(const RenderArgs& args, const RenderContext& ctx);

// `paiban check-style FILE`: every problem of a style sheet, one run.
int run_check_style(const CheckStyleArgs& args, const RenderContext& ctx);

// Where the bundled sample and the house style live (the source tree in a
// build, share/paiban when installed).
std::string bundled_sample_path();
std::string bundled_style_path();

}  // namespace paiban::cli
