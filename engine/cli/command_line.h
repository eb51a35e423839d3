// The command line: `paiban COMMAND [OPTIONS] [ARGS]`, parsed with CLI11.
// Each command lives in its own file (render_command.cpp, …) and registers
// itself through add_command(); see commands.h for the list.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/render.h"

namespace CLI {
class App;
}

namespace paiban::cli {

// What a command does once its arguments are parsed; returns the exit status.
using CommandAction = std::function<int(const RenderContext&)>;

class CommandLine {
 public:
  CommandLine();
  ~CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  // A new command `name` with a one-line summary for `paiban --help` and
  // details for `paiban help NAME` (printed under its options). Its options
  // and arguments go onto the returned CLI::App, bound to variables the
  // action captures; `action` runs when the command is chosen.
  CLI::App& add_command(const std::string& name, const std::string& summary,
                        const std::string& details, CommandAction action);

  // Parses `args` (without the program name) and runs the chosen command.
  // Usage errors print "paiban: error: …" and return kBadInput.
  int run(const std::vector<std::string>& args, const RenderContext& ctx);

  // The help text of the whole program, or of one command ("" for the
  // program); nullopt-like empty string for an unknown command.
  std::string help(const std::string& command = "") const;

  // The names of all commands, in the order they were added.
  std::vector<std::string> command_names() const;

 private:
  // Every option's description in the editor's language.
  void translate_options();
  int usage_error(const std::string& message, const std::string& command,
                  const RenderContext& ctx) const;

  std::unique_ptr<CLI::App> app_;
  std::vector<std::pair<CLI::App*, CommandAction>> commands_;
};

}  // namespace paiban::cli
