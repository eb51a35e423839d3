// The diagnostics a render printed ("file:line:col: error: message", notes
// on the lines after), read back into parts for the preview page, which
// shows each with its place. The printed text stays the one source, so the
// page says exactly what the terminal says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace paiban::cli::preview {

struct DiagnosticLine {
  std::string place;          // "file:line:col" as printed (file only, or "" for none)
  std::string file;           // the file part of place
  int line = 0;               // 0 when not given
  int column = 0;             // 0 when not given
  std::string severity;       // "error", "warning" ("note" alone); "" for a line of another form
  std::string severity_word;  // as printed, in the editor's language
  std::string message;        // the text after the severity
  std::vector<std::string> notes;  // the "note:" lines that follow it
};

// Every diagnostic in `printed`, in order; a note joins the diagnostic before
// it, a line of no known form becomes a diagnostic of its own with no place.
std::vector<DiagnosticLine> parse_diagnostics(std::string_view printed);

}  // namespace paiban::cli::preview
