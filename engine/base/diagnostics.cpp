#include "base/diagnostics.h"

namespace paiban {
namespace {

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

std::string location(const SourceSpan& span) {
  if (span.file.empty()) return "paiban";
  std::string out = span.file;
  if (span.line > 0) {
    out += ":" + std::to_string(span.line);
    if (span.column > 0) out += ":" + std::to_string(span.column);
  }
  return out;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = location(d.span) + ": " + severity_word(d.severity) + ": " + d.message;
  if (!d.plugin.empty() || !d.section.empty()) {
    out += " [";
    if (!d.plugin.empty()) out += "plugin '" + d.plugin + "'";
    if (!d.plugin.empty() && !d.section.empty()) out += ", ";
    if (!d.section.empty()) out += "section '" + d.section + "'";
    out += "]";
  }
  for (const auto& hint : d.hints) out += "\n" + location(d.span) + ": note: " + hint;
  return out;
}

void Diagnostics::error(SourceSpan span, std::string message, std::vector<std::string> hints) {
  items_.push_back(
      {Severity::error, std::move(span), std::move(message), std::move(hints), {}, {}});
}

void Diagnostics::warning(SourceSpan span, std::string message, std::vector<std::string> hints) {
  items_.push_back(
      {Severity::warning, std::move(span), std::move(message), std::move(hints), {}, {}});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const {
  for (const auto& d : items_)
    if (d.severity == Severity::error) return true;
  return false;
}

std::string Diagnostics::format_all() const {
  std::string out;
  for (const auto& d : items_) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace paiban
