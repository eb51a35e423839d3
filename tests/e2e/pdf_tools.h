// Runs the poppler and qpdf command-line tools on a PDF for assertions.
#pragma once

#include <string>

namespace paiban::testing {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

CommandResult run_command(const std::string& command);

// Removes every Unicode whitespace character (ASCII spaces, U+00A0, U+3000…).
std::string strip_whitespace(const std::string& utf8);

}  // namespace paiban::testing
