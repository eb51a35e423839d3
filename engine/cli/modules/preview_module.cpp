// libpaiban-preview.so: the preview server of `paiban watch --serve` with
// cpp-httplib (and through it OpenSSL and Brotli), loaded only when a watch
// serves (modules/module_interface.h).
#include <type_traits>

#include "cli/modules/module_interface.h"

extern "C" {

__attribute__((visibility("default"))) const char* paiban_module_build() {
  return PAIBAN_MODULE_BUILD;
}

__attribute__((visibility("default"))) paiban::cli::preview::PreviewServer*
paiban_preview_server_create(paiban::cli::preview::PreviewState& state,
                             const paiban::cli::preview::ServerSetup& setup) {
  paiban::cli::bind_module_translations();
  return paiban::cli::preview::make_preview_server(state, setup).release();
}
}

// The exported function has the type the program calls it by.
static_assert(
    std::is_same_v<decltype(paiban_preview_server_create), paiban::cli::PreviewServerFactory>);
