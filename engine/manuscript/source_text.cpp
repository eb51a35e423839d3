#include "manuscript/source_text.h"

#include "base/utf8.h"

namespace paiban::manuscript {

SourceText::SourceText(std::string_view raw) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    had_bom_ = true;
  }
  std::string normalised;
  normalised.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\r') {
      normalised += raw[i];
    } else {
      normalised += '\n';
      if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
    }
  }
  append_checked(normalised);
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
}

void SourceText::append_checked(std::string_view s) {
  text_.reserve(s.size());
  int line = 1;
  int column = 1;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t begin = i;
    // Overlong forms, surrogates and stray bytes are ill-formed (RFC 3629);
    // each maximal ill-formed part becomes one U+FFFD.
    const std::optional<char32_t> decoded = utf8_decode(s, i);
    const char32_t cp = decoded.value_or(U'\uFFFD');
    if (!decoded || cp == 0) {
      if (problem_.line == 0) problem_ = {line, column, cp == 0};
      text_ += "\xEF\xBF\xBD";
    } else {
      text_.append(s.substr(begin, i - begin));
    }
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

std::size_t SourceText::line_offset(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return line_starts_[static_cast<std::size_t>(line - 1)];
}

std::string_view SourceText::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t begin = line_offset(line);
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(begin, end - begin);
}

int SourceText::char_column(int line, int byte_column) const {
  if (byte_column < 1) return 1;
  std::string_view s = this->line(line);
  std::size_t target = static_cast<std::size_t>(byte_column - 1);
  int column = 1;
  std::size_t i = 0;
  while (i < target && i < s.size()) {
    utf8_next(s, i);
    ++column;
  }
  // A column inside a multi-byte character lands on that character; one
  // past the line's end counts bytes, so positions stay monotonic.
  if (i < target) column += static_cast<int>(target - i);
  return column;
}

std::size_t SourceText::byte_offset(int line, int char_column) const {
  std::string_view s = this->line(line);
  std::size_t i = 0;
  for (int c = 1; c < char_column && i < s.size(); ++c) utf8_next(s, i);
  return line_offset(line) + i;
}

}  // namespace paiban::manuscript
