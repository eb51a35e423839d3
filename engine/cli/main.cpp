// paiban: Chinese newsletter manuscript → print-ready PDF.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include "base/environment.h"
#include "base/translation.h"
#include "cli/commands.h"
#include "cli/language.h"

int main(int argc, char** argv) {
  using namespace paiban::cli;
  auto variable = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value ? value : "");
  };
  set_up_language(
      {variable("LANGUAGE"), variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG")});
  paiban::SystemEnvironment env;
  const char* plugin_path = std::getenv("PAIBAN_PLUGIN_PATH");
  RenderContext ctx{env, plugin_path ? plugin_path : "", std::cerr, std::cout};
  // The user's standing permission for --allow-style-plugins.
  const char* allow = std::getenv("PAIBAN_ALLOW_STYLE_PLUGINS");
  ctx.allow_style_plugins = allow && std::string(allow) == "1";
  try {
    CommandLine command_line;
    add_all_commands(command_line);
    return command_line.run(std::vector<std::string>(argv + 1, argv + argc), ctx);
  } catch (const std::exception& e) {
    // Stages translate their errors into diagnostics; reaching here is a bug.
    std::cerr << "paiban: " << paiban::tr(N_("internal error")) << ": " << e.what() << "\n";
    return kRenderError;
  }
}
