// The galley builder's working state, shared by the files that set one kind
// of block each (text_rows, box_rows, figure_rows, contents_rows). Private to
// the compose folder.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "layout/compose/galley_builder.h"
#include "layout/compose/table_widths.h"

namespace paiban::layout {

// A block's runs as set: footnote marks numbered, links' URLs added as the
// style's `links` says (note_rows.cpp).
struct NotedRuns {
  std::vector<InlineRun> runs;
  std::vector<int> note_of_run;  // Galley::notes index of each note run, -1 for others
};

// Where a block's rows stand: x from the column's left edge, and the width.
struct Measure {
  Length x;
  Length width;
};

class GalleyWriter {
 public:
  GalleyWriter(const Flow& flow, const LayoutContext& ctx,
               const std::vector<std::string>& heading_labels,
               const std::vector<NoteNumber>& note_numbers);

  void top_level(const FlowBlock& b);
  Galley finish();

 private:
  // galley_builder.cpp: segments and dispatch.
  void column_set(const FlowBlock& b);
  void open_segment(int columns, Length gap, bool rule, bool balance);
  void close_segment();
  void ensure_spanning();
  void block(const FlowBlock& b, const Measure& m, int box);
  Row& push(Row row, int box);

  // text_rows.cpp
  void paragraph(const FlowBlock& b, const Measure& m, int box);
  void heading(const FlowBlock& b, const Measure& m, int box);
  void pull_quote(const FlowBlock& b, const Measure& m, int box);
  void rule(const FlowBlock& b, const Measure& m, int box);
  void space(Length amount, int box);
  // Rows of a paragraph's set lines at `x`, widows and orphans kept;
  // `noted`: the runs they were set from, for their footnotes.
  void text_lines(const std::vector<SetLine>& lines, const style::TextStyle& st, Length x, int box,
                  const NotedRuns* noted = nullptr);

  // note_rows.cpp: footnotes and links. `noted` numbers the marks of one
  // text of a block once per layout; add_line puts a set line's glyphs,
  // decorations, link areas and footnotes into a row; place_noted_lines
  // stacks lines like place_lines() (line_setter.h), with add_line.
  const NotedRuns& noted(const TextOf& text, const std::vector<InlineRun>& runs);
  // `same`: what makes two marks one note (its text and where it was
  // written, or the URL of a link).
  int add_note(const std::vector<InlineRun>& text, const SourceSpan& where,
               const std::string& same);
  std::string mark_text(int id);
  void add_line(Row& row, const SetLine& line, Length x, Length baseline, const NotedRuns* noted);
  void place_noted_lines(Row& row, const std::vector<SetLine>& lines, const style::TextStyle& st,
                         Length x, Length top, const NotedRuns* noted);
  void restart_notes();

  // list_rows.cpp
  void list_paragraph(const FlowBlock& b, const Measure& m, int box);
  // Width of a list's marker slot (Flow::lists index), measured once.
  Length list_slot(int list_index);

  // code_rows.cpp
  void code_block(const FlowBlock& b, const Measure& m, int box);

  // box_rows.cpp
  void box(const FlowBlock& b, const Measure& m);

  // figure_rows.cpp
  void figure(const FlowBlock& b, const Measure& m, int box);

  // contents_rows.cpp
  void contents(const FlowBlock& b, const Measure& m, int box);

  // table_rows.cpp
  void table(const FlowBlock& b, const Measure& m, int box);
  TableNeeds table_needs(const FlowBlock& b);
  style::TextStyle table_cell_style(const FlowBlock& b, const TableRow& row, std::size_t c);
  // Whether the table's columns fit `width` at their least (no overflow).
  bool table_fits(const FlowBlock& b, Length width);
  void table_line(const FlowBlock& b, TextOf::Part part, const std::vector<InlineRun>& text,
                  const std::string& style, const Measure& m, int box, bool keep_with_next);

  // note_rows.cpp: a note number as the style's footnote_numbering writes
  // it, circled past ⑳ only where the footnote font has the figure.
  std::string note_number_text(int number);

  // Shared helpers.
  const style::TextStyle& text_style(const std::string& name, const SourceSpan& where);
  Color color(const std::string& name, const SourceSpan& where);

  const Flow& flow_;
  const LayoutContext& ctx_;
  const std::vector<std::string>& heading_labels_;
  Galley galley_;
  bool segment_open_ = false;
  bool segment_spanning_ = false;
  const SourceSpan* span_ = nullptr;  // the block being set
  int figures_ = 0;
  int tables_ = 0;
  int headings_ = 0;
  // The block just set was a heading: a heading right under it drops its
  // space before, so a section head stays with the article title it heads.
  bool after_heading_ = false;
  std::set<std::string> reported_;
  std::map<TextOf, NotedRuns> noted_;
  const std::vector<NoteNumber>& note_numbers_;  // decided by the previous pass (build_galley)
  int note_number_ = 0;                          // the last footnote number counted
  std::map<std::string, int> first_note_;        // each note's first mark in the numbering scope
  int note_circled_max_ = -1;  // the last circled note number the footnote font has (-1: not known)
  // The width of the column the block being set stands in: a footnote's
  // measure when notes stand at the column foot.
  Length column_measure_;
  std::map<int, Length> list_slots_;  // unknown style and colour names, once each
};

// text_rows.cpp: whether a paragraph's only line reads as a label of what
// follows: it does not end in sentence punctuation (。！？；… and Latin . ! ?
// ;), closing quotes and brackets aside. A colon ends a lead-in ("如下："),
// which keeps with what follows too.
bool is_label(const std::u32string& line);

// keeps.cpp: break rules that look across rows — keep-with-next chains of
// headings and box tops, and the lines a segment's end keeps with the next.
void apply_keeps(Segment& seg);

}  // namespace paiban::layout
