// `paiban render [MANUSCRIPT] [--style FILE] [-o OUT.pdf] [--plugin-path DIR]… [--report]`
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.h"

namespace paiban::cli {

void add_render_command(CommandLine& cl) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App& cmd =
      cl.add_command("render", "Typeset a manuscript into a print PDF",
                     "Typesets MANUSCRIPT (default: the bundled sample issue) into a print PDF.\n"
                     "Without -o the PDF goes next to the manuscript (issue.md -> issue.pdf).\n"
                     "A failed run leaves an existing PDF at the output path untouched.",
                     [args](const RenderContext& ctx) { return run_render(*args, ctx); });
  cmd.add_option("MANUSCRIPT", args->manuscript, "The issue's Markdown manuscript")
      ->type_name("FILE.md");
  cmd.add_option("--style", args->style,
                 "Style sheet (default: the manuscript's `style` key, else the house style)")
      ->type_name("FILE.toml");
  cmd.add_option("-o,--output", args->output, "Where to write the PDF")->type_name("OUT.pdf");
  cmd.add_option("--plugin-path", args->plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd.add_flag("--report", args->report, "Print page count and typographic statistics");
}

}  // namespace paiban::cli
