#include "manuscript/source_text.h"

#include "base/utf8.h"

namespace paiban::manuscript {

SourceText::SourceText(std::string_view raw) {
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") {
    raw.remove_prefix(3);
    had_bom_ = true;
  }
  // Line ends become \n: CRLF and a lone CR (most files have neither).
  std::string normalised;
  if (raw.find('\r') != std::string_view::npos) {
    normalised.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '\r') {
        normalised += raw[i];
      } else {
        normalised += '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      }
    }
    raw = normalised;
  }
  append_checked(raw);
  line_starts_.push_back(0);
  for (std::size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1))
    if (i + 1 < text_.size()) line_starts_.push_back(i + 1);
}

void SourceText::append_checked(std::string_view s) {
  text_.reserve(s.size());
  int line = 1;
  int column = 1;
  // Well-formed bytes are copied in stretches, from `copied` on.
  std::size_t copied = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t begin = i;
    // Overlong forms, surrogates and stray bytes are ill-formed (RFC 3629);
    // each maximal ill-formed part becomes one U+FFFD. So does a NUL.
    char32_t cp = static_cast<unsigned char>(s[i]);
    bool well_formed = true;
    if (cp < 0x80) {
      ++i;
    } else {
      const std::optional<char32_t> decoded = utf8_decode(s, i);
      cp = decoded.value_or(U'\uFFFD');
      well_formed = decoded.has_value();
    }
    if (!well_formed || cp == 0) {
      text_.append(s.substr(copied, begin - copied));
      if (problem_.line == 0) problem_ = {line, column, cp == 0};
      text_ += "\xEF\xBF\xBD";
      copied = i;
    }
    if (cp == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  text_.append(s.substr(copied));
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
