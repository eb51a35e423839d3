// `paiban check-style FILE.toml`
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.h"

namespace paiban::cli {

void add_check_style_command(CommandLine& cl) {
  auto args = std::make_shared<CheckStyleArgs>();
  CLI::App& cmd =
      cl.add_command("check-style", "Check a style sheet and list every problem",
                     "Checks a style sheet (and every sheet it extends) and lists every problem\n"
                     "with file:line:col.",
                     [args](const RenderContext& ctx) { return run_check_style(*args, ctx); });
  cmd.add_option("STYLE", args->style, "The style sheet to check")
      ->type_name("FILE.toml")
      ->required();
}

}  // namespace paiban::cli
