// `paiban render [MANUSCRIPT…] [--style FILE] [-o OUT.pdf] [--plugin-path DIR]… [--report]
//  [-j N]`
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/translation.h"
#include "cli/commands.h"
#include "cli/run_options.h"
#include "cli/standard_input.h"

namespace paiban::cli {
namespace {

int run_render_command(RenderArgs& args, const std::vector<std::string>& manuscripts, unsigned jobs,
                       const RenderContext& ctx) {
  const bool from_stdin =
      std::find(manuscripts.begin(), manuscripts.end(), "-") != manuscripts.end();
  if (from_stdin && (manuscripts.size() > 1 || args.output.empty())) {
    ctx.err << "paiban render: " << tr(N_("error")) << ": "
            << tr(N_("a manuscript from standard input (-) is rendered alone, and needs -o"))
            << "\npaiban render: " << tr(N_("note")) << ": "
            << tr(N_("e.g. paiban render - -o issue.pdf < issue.md")) << "\n";
    return kBadInput;
  }
  if (manuscripts.size() > 1) return run_render_all(args, manuscripts, jobs, ctx);
  args.manuscript = manuscripts.empty() ? "" : manuscripts.front();
  if (!take_standard_input(args, std::cin, ctx)) return kBadInput;
  return run_render(args, ctx);
}

}  // namespace

void add_render_command(CommandLine& cl) {
  auto args = std::make_shared<RenderArgs>();
  auto manuscripts = std::make_shared<std::vector<std::string>>();
  auto jobs = std::make_shared<unsigned>(0);
  CLI::App& cmd =
      cl.add_command("render", "Typeset a manuscript into a print PDF",
                     "Typesets MANUSCRIPT (default: the bundled sample issue) into a print PDF.\n"
                     "MANUSCRIPT - reads it from standard input (then -o is needed, and paths\n"
                     "it names, like images, are relative to the working directory).\n"
                     "Without -o the PDF goes next to the manuscript (issue.md -> issue.pdf).\n"
                     "Several manuscripts are rendered in one process, up to -j at a time,\n"
                     "each to the PDF next to it, exactly as if rendered one by one.\n"
                     "A failed run leaves an existing PDF at the output path untouched.",
                     [args, manuscripts, jobs](const RenderContext& outer) {
                       return run_within_limits(*args, outer, [&](const RenderContext& ctx) {
                         return run_render_command(*args, *manuscripts, *jobs, ctx);
                       });
                     });
  cmd.add_option("MANUSCRIPT", *manuscripts, "The issues' Markdown manuscripts")
      ->type_name("FILE.md ...");
  cmd.add_option("--style", args->style,
                 "Style sheet (default: the manuscript's `style` key, else the house style)")
      ->type_name("FILE.toml");
  cmd.add_option("-o,--output", args->output, "Where to write the PDF")->type_name("OUT.pdf");
  cmd.add_option("--plugin-path", args->plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_run_options(cmd, *args);
  cmd.add_flag("--report", args->report, "Print page count and typographic statistics");
  cmd.add_option("-j,--jobs", *jobs,
                 "With several manuscripts, render up to N at a time (default: one per core)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
}

}  // namespace paiban::cli
