#include "cli/command_module.h"

#include <dlfcn.h>

#include <cstring>
#include <map>
#include <mutex>

#include "base/diagnostics.h"
#include "base/program_location.h"
#include "cli/modules/module_interface.h"

namespace paiban::cli {
namespace {

// What to do when a module cannot be used: it ships with the program.
constexpr const char* kReinstall =
    "the module is part of paiban: rebuild it (cmake --build) or install paiban again "
    "(cmake --install), which puts it in lib/paiban next to bin/paiban";

std::string last_dl_error() {
  const char* why = ::dlerror();
  return why ? why : "unknown reason";
}

// Opens the module at `file` and checks it was built with this program;
// nullptr with `why` set otherwise.
void* open_module(const std::string& file, std::string& why) {
  // RTLD_NOW: a missing symbol fails here, with dlerror's words, instead of
  // ending the process at the first call. RTLD_LOCAL: the module's copies of
  // the engine's code stay its own.
  void* handle = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    why = last_dl_error();
    return nullptr;
  }
  using BuildFunction = const char*();
  auto* build_function = reinterpret_cast<BuildFunction*>(::dlsym(handle, kModuleBuildSymbol));
  const char* build = build_function ? build_function() : nullptr;
  if (!build || std::strcmp(build, PAIBAN_MODULE_BUILD) != 0) {
    why = "'" + file + "' was built for " + (build ? std::string(build) : "another program") +
          ", not for " + PAIBAN_MODULE_BUILD;
    ::dlclose(handle);
    return nullptr;
  }
  return handle;
}

}  // namespace

void* command_module_function(const std::string& name, const char* symbol, const std::string& who,
                              std::ostream& err) {
  static std::mutex mutex;
  static std::map<std::string, void*> loaded;  // never unloaded (module_interface.h)
  std::lock_guard<std::mutex> lock(mutex);
  std::string why;
  void* handle = nullptr;
  if (const auto it = loaded.find(name); it != loaded.end()) {
    handle = it->second;
  } else {
    const std::string dir = program_module_dir();
    if (dir.empty()) {
      why = "the program's folder is unknown (no /proc/self/exe)";
    } else {
      handle = open_module(dir + "/libpaiban-" + name + ".so", why);
      if (handle) loaded.emplace(name, handle);
    }
  }
  void* function = handle ? ::dlsym(handle, symbol) : nullptr;
  if (handle && !function) why = last_dl_error();
  if (!function)
    err << format_diagnostic(Severity::error, who,
                             "cannot load the " + name + " module of paiban: " + why, {kReinstall})
        << "\n";
  return function;
}

}  // namespace paiban::cli
