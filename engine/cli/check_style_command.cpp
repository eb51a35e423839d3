// `paiban check-style FILE.toml [--plugin-path DIR]…`
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "base/translation.h"
#include "cli/commands.h"
#include "cli/preflight.h"
#include "cli/standard_input.h"

namespace paiban::cli {
namespace {

int check_style(const RenderArgs& args, const RenderContext& ctx) {
  const auto pre = preflight(args, ctx, /*style_only=*/true);
  if (pre->exit_code != kSuccess) return pre->exit_code;
  ctx.out << tr_format(N_("{}: ok"), {args.style}) << "\n";
  return kSuccess;
}

int run_check_style(const RenderArgs& args, const RenderContext& ctx) {
  if (args.style != "-") return check_style(args, ctx);
  // `paiban check-style - < house.toml`: the sheet is <stdin>, its extends
  // relative to the working directory.
  std::optional<std::string> text = read_standard_input(std::cin, ctx);
  if (!text) return kBadInput;
  const StandardInputEnvironment env(ctx.env, std::move(*text));
  RenderArgs from_stdin = args;
  from_stdin.style = kStandardInputName;
  const RenderContext own{env,     ctx.plugin_path_env, ctx.err,
                          ctx.out, ctx.cache,           ctx.allow_style_plugins};
  return check_style(from_stdin, own);
}

}  // namespace

void add_check_style_command(CommandLine& cl) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App& cmd =
      cl.add_command("check-style", "Check a style sheet and list every problem",
                     "Checks a style sheet (and every sheet it extends): keys and values, fonts\n"
                     "installed, the plugin of every [[section]] entry and its options, and the\n"
                     "ICC profiles; lists every problem with file:line:col. `paiban check` also\n"
                     "checks a manuscript against the sheet. STYLE - reads the sheet from\n"
                     "standard input; its extends are then relative to the working folder.",
                     [args](const RenderContext& ctx) { return run_check_style(*args, ctx); });
  cmd.add_option("STYLE", args->style, "The style sheet to check")
      ->type_name("FILE.toml")
      ->required();
  cmd.add_option("--plugin-path", args->plugin_paths,
                 "Also look for section plugins in DIR (repeatable; searched first)")
      ->type_name("DIR")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

}  // namespace paiban::cli
