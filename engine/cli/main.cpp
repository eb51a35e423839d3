// paiban: Chinese newsletter manuscript → print-ready PDF.
#include <cstdlib>
#include <exception>
#include <iostream>

#include "base/environment.h"
#include "cli/arguments.h"
#include "cli/render.h"

int main(int argc, char** argv) {
  using namespace paiban::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  const auto command = parse_arguments(args, error);
  if (!command) {
    std::cerr << "paiban: error: " << error << "\n" << usage_text();
    return kBadInput;
  }
  switch (command->kind) {
    case Command::Kind::help:
      std::cout << usage_text();
      return kSuccess;
    case Command::Kind::version:
      std::cout << "paiban " << PAIBAN_VERSION << "\n";
      return kSuccess;
    default:
      break;
  }
  paiban::SystemEnvironment env;
  const char* plugin_path = std::getenv("PAIBAN_PLUGIN_PATH");
  RenderContext ctx{env, plugin_path ? plugin_path : "", std::cerr, std::cout};
  try {
    return command->kind == Command::Kind::check_style ? run_check_style(command->check_style, ctx)
                                                       : run_render(command->render, ctx);
  } catch (const std::exception& e) {
    // Stages translate their errors into diagnostics; reaching here is a bug.
    std::cerr << "paiban: internal error: " << e.what() << "\n";
    return kRenderError;
  }
}
