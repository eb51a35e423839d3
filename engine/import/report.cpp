#include "import/report.h"

#include "base/utf8.h"

namespace paiban::import {

void Report::warn(const std::string& file, int paragraph, const std::string& message,
                  std::vector<std::string> hints) {
  const std::string where = paragraph > 0 ? "paragraph " + std::to_string(paragraph) + ": " : "";
  diagnostics_.warning(SourceSpan{file, 0, 0}, where + message, std::move(hints));
}

void Report::error(const std::string& file, const std::string& message,
                   std::vector<std::string> hints) {
  diagnostics_.error(SourceSpan{file, 0, 0}, message, std::move(hints));
}

std::string Report::format_changes() const {
  std::string out;
  for (const auto& c : changes_) {
    out += c.file + ": ";
    if (c.paragraph > 0) out += "paragraph " + std::to_string(c.paragraph) + ": ";
    out += c.rule + ": " + c.before + " → " + c.after + "\n";
  }
  return out;
}

std::string excerpt(const std::string& text, std::size_t max_chars) {
  std::size_t i = 0;
  std::size_t count = 0;
  while (i < text.size() && count < max_chars) {
    utf8_next(text, i);
    ++count;
  }
  return i < text.size() ? text.substr(0, i) + "…" : text;
}

}  // namespace paiban::import
