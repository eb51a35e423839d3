// Diagnostics are values. Stages collect every problem they find and hand the
// whole list back, so an editor sees all mistakes of a style sheet in one run.
#pragma once

#include <string>
#include <vector>

#include "paiban/source.h"

namespace paiban {

// GCC form: "file:line:col: error: message [plugin 'x', section 'y']" and one
// "file:line:col: note: hint" line per hint, so editors can jump to the spot.
std::string format_diagnostic(const Diagnostic& d);
// One message in that form at `place` (a file, or a command's name such as
// "paiban watch"), for what a command says outside a Diagnostics list.
std::string format_diagnostic(Severity severity, const std::string& place, std::string message,
                              std::vector<std::string> hints = {});

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void error(SourceSpan span, std::string message, std::vector<std::string> hints = {});
  void warning(SourceSpan span, std::string message, std::vector<std::string> hints = {});
  void append(const Diagnostics& other);

  bool has_errors() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  // Every diagnostic in GCC form; warnings of one kind (the same text but
  // for its numbers) after the first kShownPerKind are counted, not listed.
  std::string format_all() const;
  static constexpr std::size_t kShownPerKind = 3;

 private:
  std::vector<Diagnostic> items_;
};

// Thrown only at stage borders to stop a run; carries the collected list.
struct StageError {
  Diagnostics diagnostics;
};

}  // namespace paiban
