#include "cli/preview/diagnostic_lines.h"

#include <regex>
#include <utility>

#include "base/translation.h"

namespace paiban::cli::preview {
namespace {

// base/diagnostics.cpp prints PLACE ": " SEVERITY ": " MESSAGE, where PLACE is
// file, file:line or file:line:col and SEVERITY is in the editor's language
// (base/translation.h). The shortest file that lets the rest match is taken,
// so a message quoting "x: error: y" stays in the message.
std::string escaped(const std::string& word) {
  static const std::string special = R"(\^$.|?*+()[]{}/)";
  std::string out;
  for (char c : word) {
    if (special.find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

// Each severity as printed (English and the editor's language) → its key.
std::vector<std::pair<std::string, std::string>> severity_words() {
  std::vector<std::pair<std::string, std::string>> words;
  for (const char* key : {"error", "warning", "note"}) {
    words.emplace_back(key, key);
    if (tr(key) != key) words.emplace_back(tr(key), key);
  }
  return words;
}

std::regex line_form(const std::vector<std::pair<std::string, std::string>>& words) {
  std::string alternatives;
  for (const auto& [word, key] : words)
    alternatives += (alternatives.empty() ? "" : "|") + escaped(word);
  return std::regex("^(.+?)(?::(\\d+))?(?::(\\d+))?: (" + alternatives + "): (.*)$");
}

int number(const std::ssub_match& m) {
  if (!m.matched || m.length() > 9) return 0;
  return std::stoi(m.str());
}

}  // namespace

std::vector<DiagnosticLine> parse_diagnostics(std::string_view printed) {
  const auto words = severity_words();
  const std::regex form = line_form(words);
  const auto key_of = [&](const std::string& word) {
    for (const auto& [w, key] : words)
      if (w == word) return key;
    return word;
  };
  std::vector<DiagnosticLine> out;
  std::size_t at = 0;
  while (at < printed.size()) {
    std::size_t end = printed.find('\n', at);
    if (end == std::string_view::npos) end = printed.size();
    const std::string text(printed.substr(at, end - at));
    at = end + 1;
    if (text.empty()) continue;
    std::smatch m;
    if (!std::regex_match(text, m, form)) {
      out.push_back({"", "", 0, 0, "", "", text, {}});
      continue;
    }
    const std::string severity = key_of(m[4].str());
    if (severity == "note" && !out.empty()) {
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
    d.severity = severity;
    d.severity_word = m[4].str();
    d.message = m[5].str();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace paiban::cli::preview
