// The manuscript's text after input normalisation, with a line index, so
// every stage of the reader can turn a parser's position into the
// file:line:col an editor shows (columns in characters, not bytes).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace paiban::manuscript {

// First offending spot of input that is not UTF-8 text.
struct EncodingProblem {
  int line = 0;  // 0 = none found
  int column = 0;
  bool nul = false;  // a NUL byte rather than an invalid sequence
};

class SourceText {
 public:
  // Drops a leading UTF-8 BOM (editors do not show it, so it must not shift
  // columns) and turns CRLF and lone CR into LF, as CommonMark §2.1 treats
  // all three as line endings; toml++ and the line index then agree.
  // Bytes that are not UTF-8, and NUL, become U+FFFD (CommonMark §2.3), so
  // later stages only ever see valid UTF-8; the first one is remembered.
  explicit SourceText(std::string_view raw);

  const std::string& text() const { return text_; }
  bool had_bom() const { return had_bom_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }

  // Line `line` (1-based) without its '\n'; empty when out of range.
  std::string_view line(int line) const;
  // Byte offset of the start of `line`; text().size() when past the end.
  std::size_t line_offset(int line) const;

  // 1-based character column of the 1-based byte column on `line`. Bytes
  // that are not valid UTF-8 count as one character each; columns past the
  // end of the line count one per byte, so the result is always >= 1.
  int char_column(int line, int byte_column) const;
  // Inverse: byte offset into text() of a 1-based character column.
  std::size_t byte_offset(int line, int char_column) const;

  EncodingProblem first_encoding_problem() const { return problem_; }

 private:
  void append_checked(std::string_view normalised);

  std::string text_;
  bool had_bom_ = false;
  EncodingProblem problem_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace paiban::manuscript
