#include "cli/preview/diagnostic_lines.h"

#include <regex>

namespace paiban::cli::preview {
namespace {

// base/diagnostics.cpp prints PLACE ": " SEVERITY ": " MESSAGE, where PLACE is
// file, file:line or file:line:col. The shortest file that lets the rest
// match is taken, so a message quoting "x: error: y" stays in the message.
const std::regex& line_form() {
  static const std::regex form(R"(^(.+?)(?::(\d+))?(?::(\d+))?: (error|warning|note): (.*)$)");
  return form;
}

int number(const std::ssub_match& m) {
  if (!m.matched || m.length() > 9) return 0;
  return std::stoi(m.str());
}

}  // namespace

std::vector<DiagnosticLine> parse_diagnostics(std::string_view printed) {
  std::vector<DiagnosticLine> out;
  std::size_t at = 0;
  while (at < printed.size()) {
    std::size_t end = printed.find('\n', at);
    if (end == std::string_view::npos) end = printed.size();
    const std::string text(printed.substr(at, end - at));
    at = end + 1;
    if (text.empty()) continue;
    std::smatch m;
    if (!std::regex_match(text, m, line_form())) {
      out.push_back({"", "", 0, 0, "", text, {}});
      continue;
    }
    if (m[4] == "note" && !out.empty()) {
      out.back().notes.push_back(m[5].str());
      continue;
    }
    DiagnosticLine d;
    d.file = m[1].str();
    d.line = number(m[2]);
    d.column = number(m[3]);
    d.place = d.file;
    if (m[2].matched) d.place += ":" + m[2].str();
    if (m[3].matched) d.place += ":" + m[3].str();
    d.severity = m[4].str();
    d.message = m[5].str();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace paiban::cli::preview
