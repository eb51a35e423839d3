// libpaiban-import.so: `paiban import`'s stage (engine/import) with libzip
// and pugixml, loaded only by that command (modules/module_interface.h).
#include <type_traits>

#include "cli/modules/module_interface.h"

extern "C" {

__attribute__((visibility("default"))) const char* paiban_module_build() {
  return PAIBAN_MODULE_BUILD;
}

__attribute__((visibility("default"))) int paiban_import_run(
    const paiban::import::ImportRequest& request, const paiban::Environment& env, std::ostream& out,
    std::ostream& err) {
  paiban::cli::bind_module_translations();
  return paiban::import::run_import(request, env, out, err);
}
}

// The exported function has the type the program calls it by.
static_assert(std::is_same_v<decltype(paiban_import_run), paiban::cli::ImportRunFunction>);
