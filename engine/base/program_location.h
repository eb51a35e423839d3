// Where the running program is installed, so that it finds its plugins and
// data next to itself (docs/install.md): `<prefix>/bin/paiban` reads
// `<prefix>/lib/paiban/plugins` and `<prefix>/share/paiban`, wherever the
// prefix was moved. The build tree has the same shape (build/bin,
// build/lib/paiban/plugins, build/share/paiban linking to the source data).
#pragma once

#include <string>

namespace paiban {

// The folder above the running executable's folder ("/usr" for
// /usr/bin/paiban), symlinks to the executable resolved; empty when the
// system does not tell (no /proc).
std::string program_prefix();

// <prefix>/lib/paiban/plugins, or empty when program_prefix() is.
std::string program_plugin_dir();

// <prefix>/lib/paiban: the program's own modules, loaded by the one command
// that needs each (cli/command_module.h).
std::string program_module_dir();

// <prefix>/share/paiban: styles/, samples/, templates/.
std::string program_data_dir();

// <prefix>/share/locale: the message catalogs.
std::string program_locale_dir();

}  // namespace paiban
