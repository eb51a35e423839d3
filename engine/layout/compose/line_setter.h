// Paragraph setting with a memory: pagination runs more than once when the
// contents need page numbers, and a paragraph set at the same measure gives
// the same lines, so each is set (and its problems reported) only once.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "layout/paragraph/paragraph.h"

namespace paiban::layout {

class LineSetter {
 public:
  explicit LineSetter(ParagraphSetter& setter) : setter_(setter) {}

  // Lines of `runs`, remembered under (owner, part, style, measure): `owner`
  // is the flow block the text belongs to, `part` tells its texts apart.
  const std::vector<SetLine>& set(const void* owner, int part, const std::vector<InlineRun>& runs,
                                  const style::TextStyle& style, Length measure,
                                  const SourceSpan& where, const ParagraphOptions& options = {});

  // A code block's lines (ParagraphSetter::set_code), remembered like a
  // paragraph's.
  const std::vector<SetLine>& set_code(const void* owner, const std::vector<InlineRun>& runs,
                                       const style::TextStyle& style, Length measure,
                                       const SourceSpan& where);
  // The least and most width of `runs` (table cells), remembered like set().
  ContentWidths content_widths(const void* owner, int part, const std::vector<InlineRun>& runs,
                               const style::TextStyle& style);

  // One line of plain text, left-aligned and unindented (folios, contents
  // page numbers, leaders), remembered by text and style.
  const SetLine& set_single(const std::string& utf8, const style::TextStyle& style,
                            const SourceSpan& where);

 private:
  using Key = std::tuple<const void*, int, std::string, int64_t, bool>;
  ParagraphSetter& setter_;
  std::map<Key, std::vector<SetLine>> cache_;
  std::map<Key, std::vector<SetLine>> code_cache_;
  std::map<std::pair<std::string, std::string>, SetLine> singles_;
  std::map<Key, ContentWidths> widths_;
};

// Appends a set line's glyph runs with the line's left edge at `x` and its
// baseline at `baseline` (coordinates of the row or page receiving them).
void append_line(std::vector<page::Item>& items, const SetLine& line, Length x, Length baseline);

}  // namespace paiban::layout
