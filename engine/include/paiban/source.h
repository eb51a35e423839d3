// Where something was written, and what is said about it. Shared by the
// engine and plugins: every message names a file, line and column.
#pragma once

#include <string>
#include <vector>

namespace paiban {

struct SourceSpan {
  std::string file;  // as the user named it
  int line = 0;      // 1-based; 0 = unknown
  int column = 0;    // 1-based, in characters; 0 = unknown
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceSpan span;
  std::string message;
  std::vector<std::string> hints;  // "what to do", each printed as a note
  std::string plugin;              // set when a plugin is involved
  std::string section;             // set when a manuscript section is involved
};

}  // namespace paiban
