// Loading the program's command modules (modules/module_interface.h):
// `paiban import` and `paiban watch --serve` each need libraries no other
// command uses, and every library linked into the program is loaded and
// relocated at each start, a render's too (docs/architecture.md
// "Start-up"). Those commands load their module when they run.
#pragma once

#include <ostream>
#include <string>

namespace paiban::cli {

// The function `symbol` of module `name` (<prefix>/lib/paiban/
// libpaiban-<name>.so, base/program_location.h), loaded on first use and
// kept for the rest of the process. nullptr after printing to `err`, as a
// diagnostic of `who`, why it cannot be had (missing, unloadable, of
// another build).
void* command_module_function(const std::string& name, const char* symbol, const std::string& who,
                              std::ostream& err);

// The same for a function of known type F.
template <class F>
F* command_module_function(const std::string& name, const char* symbol, const std::string& who,
                           std::ostream& err) {
  return reinterpret_cast<F*>(command_module_function(name, symbol, who, err));
}

}  // namespace paiban::cli
