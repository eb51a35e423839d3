// What the paiban program and its command modules agree on. A command
// module holds what one command alone needs, with the libraries only it
// links, so that every other command starts without loading them
// (cli/command_module.h, docs/architecture.md "Start-up"). Both sides are
// built from these declarations in one build; a module of another build is
// refused before any of its functions is called.
#pragma once

#include <ostream>

#include "base/program_location.h"
#include "base/translation.h"
#include "cli/preview/preview_server.h"
#include "import/import_request.h"

namespace paiban::cli {

// The text every module's `const char* paiban_module_build()` returns; the
// program loads only a module whose text equals its own. Raise the number when a function
// type below changes.
#define PAIBAN_MODULE_BUILD "paiban " PAIBAN_VERSION " command modules 1"
inline constexpr const char* kModuleBuildSymbol = "paiban_module_build";

// libpaiban-import.so: `paiban import` (engine/import: libzip, pugixml).
inline constexpr const char* kImportModule = "import";
inline constexpr const char* kImportRunSymbol = "paiban_import_run";
using ImportRunFunction = int(const import::ImportRequest& request, const Environment& env,
                              std::ostream& out, std::ostream& err);

// libpaiban-preview.so: the HTTP server of `paiban watch --serve`
// (cpp-httplib, which brings OpenSSL and Brotli). The server is deleted
// through its virtual destructor, inside the module, which is never
// unloaded.
inline constexpr const char* kPreviewModule = "preview";
inline constexpr const char* kPreviewServerSymbol = "paiban_preview_server_create";
using PreviewServerFactory = preview::PreviewServer*(preview::PreviewState& state,
                                                     const preview::ServerSetup& setup);

// A module holds its own copy of base/translation.cpp: each exported
// function binds it to the catalog the program's language set-up chose
// (cli/language.cpp), so the module's messages are in the editor's language.
inline void bind_module_translations() {
  const std::string locale_dir = program_locale_dir();
  if (!locale_dir.empty()) bind_translations(locale_dir);
}

}  // namespace paiban::cli
