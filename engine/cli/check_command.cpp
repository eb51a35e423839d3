// `paiban check [MANUSCRIPT] [--style FILE] [--plugin-path DIR]…`: every
// check render runs short of setting type, with render's messages.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "base/translation.h"
#include "cli/commands.h"
#include "cli/preflight.h"
#include "cli/run_options.h"
#include "cli/standard_input.h"

namespace paiban::cli {
namespace {

int run_check(const RenderArgs& args, const RenderContext& ctx) {
  const auto pre = preflight(args, ctx);
  if (pre->exit_code != kSuccess) return pre->exit_code;
  ctx.out << tr_format(N_("{}: ok ({} sections, {} plugin calls, {} font roles, {} images; "
                          "style {})"),
                       {pre->manuscript_path, std::to_string(pre->document.sections.size()),
                        std::to_string(pre->plan.size()), std::to_string(pre->sheet().fonts.size()),
                        std::to_string(pre->images_checked), pre->sheet().path})
          << "\n";
  return kSuccess;
}

}  // namespace

void add_check_command(CommandLine& cl) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App& cmd = cl.add_command(
      "check", "Check a manuscript and its style sheet without setting type",
      "Runs every check render runs before setting type: front matter, Markdown,\n"
      "style sheet, fonts installed, plugins found and their options, section\n"
      "titles against the sheet's [[section]] entries, images and ICC profiles.\n"
      "Lists every problem at once, with the same messages and exit status as render.\n"
      "MANUSCRIPT - reads it from standard input (paths it names are then relative\n"
      "to the working directory).",
      [args](const RenderContext& ctx) {
        if (!take_standard_input(*args, std::cin, ctx)) return static_cast<int>(kBadInput);
        return run_within_limits(*args, ctx,
                                 [&](const RenderContext& c) { return run_check(*args, c); });
      });
  cmd.add_option("MANUSCRIPT", args->manuscript,
                 "The issue's Markdown manuscript (default: the bundled sample)")
      ->type_name("FILE.md");
  cmd.add_option("--style", args->style,
                 "Style sheet (default: the manuscript's `style` key, else the house style)")
      ->type_name("FILE.toml");
  cmd.add_option("--plugin-path", args->plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  add_run_options(cmd, *args);
}

}  // namespace paiban::cli
