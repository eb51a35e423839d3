// paiban: Chinese newsletter manuscript → print-ready PDF.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include "base/environment.h"
#include "base/translation.h"
#include "cli/commands.h"
#include "cli/language.h"

namespace {

// The sanitized build ends main by returning, so that the locals' and
// statics' destructors run and LeakSanitizer checks a heap that is given
// back object by object (fontconfig's configuration lives in `env`).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Ends the process without running the destructors of static objects: the
// fonts' mappings, fontconfig's configuration, the caches and plugins are
// all given back by the kernel at once, where tearing them down piece by
// piece was 4 % of a cold render of the sample. Output is flushed first;
// every file the command wrote is complete and closed by then.
[[noreturn]] void finish(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}

}  // namespace

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
    const int code = command_line.run(std::vector<std::string>(argv + 1, argv + argc), ctx);
    if (kSanitized) return code;
    finish(code);
  } catch (const std::exception& e) {
    // Stages translate their errors into diagnostics; reaching here is a bug.
    std::cerr << "paiban: " << paiban::tr(N_("internal error")) << ": " << e.what() << "\n";
    return kRenderError;
  }
}
