// `paiban help [COMMAND]`: the same text as `paiban [COMMAND] --help`.
#include <CLI/CLI.hpp>
#include <memory>

#include "base/translation.h"
#include "cli/commands.h"
#include "style/suggest.h"

namespace paiban::cli {
namespace {

int print_help(const CommandLine& cl, const std::string& command, const RenderContext& ctx) {
  const std::string text = cl.help(command);
  if (!text.empty()) {
    ctx.out << text;
    return kSuccess;
  }
  ctx.err << "paiban help: " << tr(N_("error")) << ": ";
  if (auto near = style::closest(command, cl.command_names()))
    ctx.err << tr_format(N_("unknown command '{}'; did you mean '{}'?"), {command, *near});
  else
    ctx.err << tr_format(N_("unknown command '{}'"), {command});
  ctx.err << "\n";
  return kBadInput;
}

}  // namespace

void add_help_command(CommandLine& cl) {
  auto command = std::make_shared<std::string>();
  CLI::App& cmd = cl.add_command(
      "help", "Show the help of paiban or of one command", "",
      [command, &cl](const RenderContext& ctx) { return print_help(cl, *command, ctx); });
  cmd.add_option("COMMAND", *command, "The command to explain (default: all of paiban)");
}

}  // namespace paiban::cli
