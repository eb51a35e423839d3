#include "base/diagnostics.h"

#include <map>

#include "base/translation.h"

namespace paiban {
namespace {

// In the editor's language (base/translation.h); the place stays first, so
// tools that jump to file:line:col read every language alike.
std::string severity_word(Severity s) {
  switch (s) {
    case Severity::error:
      return tr(N_("error"));
    case Severity::warning:
      return tr(N_("warning"));
    case Severity::note:
      return tr(N_("note"));
  }
  return tr(N_("error"));
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
  std::string out =
      location(d.span) + ": " + severity_word(d.severity) + ": " + translate_message(d.message);
  if (!d.plugin.empty() || !d.section.empty()) {
    out += " [";
    if (!d.plugin.empty()) out += tr_format(N_("plugin '{}'"), {d.plugin});
    if (!d.plugin.empty() && !d.section.empty()) out += ", ";
    if (!d.section.empty()) out += tr_format(N_("section '{}'"), {d.section});
    out += "]";
  }
  for (const auto& hint : d.hints)
    out += "\n" + location(d.span) + ": " + severity_word(Severity::note) + ": " +
           translate_message(hint);
  return out;
}

std::string format_diagnostic(Severity severity, const std::string& place, std::string message,
                              std::vector<std::string> hints) {
  return format_diagnostic(
      Diagnostic{severity, SourceSpan{place, 0, 0}, std::move(message), std::move(hints), {}, {}});
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
  // Warnings of one kind (same text once numbers are blanked, same plugin
  // and section) are shown kShownPerKind times, then counted: a 1-character
  // column once printed 10,602 "wider than the measure" lines.
  auto kind_of = [](const Diagnostic& d) {
    std::string k = d.plugin + '\x1f' + d.section + '\x1f';
    bool in_number = false;
    for (char c : d.message) {
      const bool numeric = (c >= '0' && c <= '9') || (in_number && c == '.');
      if (!numeric)
        k += c;
      else if (!in_number)
        k += '#';
      in_number = numeric;
    }
    return k;
  };
  std::map<std::string, std::size_t> total, seen;
  for (const auto& d : items_)
    if (d.severity == Severity::warning) ++total[kind_of(d)];
  std::string out;
  for (const auto& d : items_) {
    if (d.severity != Severity::warning) {
      out += format_diagnostic(d) + "\n";
      continue;
    }
    const std::string k = kind_of(d);
    const std::size_t n = ++seen[k];
    if (n <= kShownPerKind) out += format_diagnostic(d) + "\n";
    if (n == kShownPerKind + 1)
      out += location(d.span) + ": " + severity_word(Severity::note) + ": " +
             translate_message(
                 std::to_string(total[k] - kShownPerKind) +
                 " more warnings like this are not shown, the first here: " + d.message) +
             "\n";
  }
  return out;
}

}  // namespace paiban
