// Paragraph setting with a memory: pagination runs more than once when the
// contents need page numbers, and a paragraph set at the same measure gives
// the same lines, so each is set (and its problems reported) only once.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "layout/paragraph/paragraph.h"

namespace paiban::layout {

struct FlowBlock;
class ParagraphsAhead;

// Which text of which flow block a set of lines is for. A block may hold
// several texts (a box's title and its children, a table's caption, cells
// and note, a contents block's entries); the line setter remembers lines
// under this name, so two texts never share them.
struct TextOf {
  enum class Part : uint8_t {
    text,               // the block's own text: paragraph, heading, list item, code, pull quote
    box_title,          // a box's title bar
    list_marker,        // a list marker too wide for its slot, set as lines of its own
    caption,            // a figure's or a table's caption
    table_note,         // the source note under a table
    table_label,        // a table's continuation label (续表) at a column top
    table_cell,         // the cell at `row`, `column`
    cell_before_point,  // decimal alignment: the cell's text before its point …
    cell_after_point,   // … and from it on
    contents_entry,     // the contents line of outline heading number `row`
  };
  const FlowBlock* block = nullptr;
  Part part = Part::text;
  int row = 0;
  int column = 0;
  auto operator<=>(const TextOf&) const = default;
};

class LineSetter {
 public:
  explicit LineSetter(ParagraphSetter& setter) : setter_(setter) {}

  // Lines of `runs`, remembered under (text, style, measure, indent, the
  // numbers of its footnote marks).
  const std::vector<SetLine>& set(const TextOf& text, const std::vector<InlineRun>& runs,
                                  const style::TextStyle& style, Length measure,
                                  const SourceSpan& where, const ParagraphOptions& options = {});

  // A footnote's lines, remembered by what they say (a note's runs are
  // made anew by every layout pass, so they have no owner to go by).
  const std::vector<SetLine>& set_note(const std::vector<InlineRun>& runs,
                                       const style::TextStyle& style, Length measure,
                                       const SourceSpan& where);

  // A code block's lines (ParagraphSetter::set_code), remembered like a
  // paragraph's.
  const std::vector<SetLine>& set_code(const TextOf& text, const std::vector<InlineRun>& runs,
                                       const style::TextStyle& style, Length measure,
                                       const SourceSpan& where);
  // The least and most width of `runs` (table cells), remembered like set().
  ContentWidths content_widths(const TextOf& text, const std::vector<InlineRun>& runs,
                               const style::TextStyle& style);

  // Whether `style`'s own fonts have `cp` (ParagraphSetter::style_has_char).
  bool style_has_char(char32_t cp, const style::TextStyle& style) {
    return setter_.style_has_char(cp, style);
  }

  // One line of plain text, left-aligned and unindented (folios, contents
  // page numbers, leaders), remembered by text and style.
  const SetLine& set_single(const std::string& utf8, const style::TextStyle& style,
                            const SourceSpan& where);

  // Forgets every remembered line but the single ones, once the last layout
  // pass is done (only running lines and marks are set after it).
  void forget_paragraphs();

  // Where set() first looks for a text's lines set ahead on another thread
  // (nullptr: nowhere); it must outlive its use here.
  void take_ahead_from(ParagraphsAhead* ahead) { ahead_ = ahead; }

 private:
  struct Key {
    TextOf text;
    std::string style;
    int64_t measure_sp = 0;
    bool style_indent = false;
    // The footnote marks' numbers in the text: with numbering per page they
    // change between passes while the text stays the same.
    std::string marks;
    auto operator<=>(const Key&) const = default;
  };
  ParagraphSetter& setter_;
  ParagraphsAhead* ahead_ = nullptr;
  std::map<Key, std::vector<SetLine>> cache_;
  std::map<Key, std::vector<SetLine>> code_cache_;
  std::map<std::tuple<std::string, std::string, int64_t>, std::vector<SetLine>> notes_;
  std::map<std::pair<std::string, std::string>, SetLine> singles_;
  std::map<Key, ContentWidths> widths_;
};

// Appends a set line's glyph runs with the line's left edge at `x` and its
// baseline at `baseline` (coordinates of the row or page receiving them).
void append_line(std::vector<page::Item>& items, const SetLine& line, Length x, Length baseline);

// Stacks `lines` one line height of `style` apart, each on the baseline of
// a line of that style (Grid::baseline_in_line), the first line's top at
// `top`, every line's left edge at `x`. Returns the height they take.
Length place_lines(std::vector<page::Item>& items, const std::vector<SetLine>& lines,
                   const style::TextStyle& style, Length x, Length top);

}  // namespace paiban::layout
