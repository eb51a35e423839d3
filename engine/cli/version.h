// `paiban --version`: the program's version and those of the libraries it
// was built with and runs with, for bug reports.
#pragma once

#include <string>

namespace paiban::cli {

std::string version_text();

}  // namespace paiban::cli
