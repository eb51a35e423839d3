// The galley: the flow set into rows at the measure of the column they will
// stand in, cut into segments (a run of spanning blocks, or one column set).
// A row is the unit pagination moves: a text line, a heading block, a
// figure, a box edge. Its page items are positioned relative to the left
// edge of its column and its own top, so placing a row is a translation.
#pragma once

#include <string>
#include <vector>

#include "page/page.h"
#include "paiban/composer.h"
#include "paiban/length.h"

namespace paiban::layout {

struct Row {
  enum class Kind {
    content,       // text lines, headings, rules, pull quotes, contents lines
    space,         // vertical space: dropped at a column top
    snap,          // back to the grid after a block off the grid; height set when placed
    figure,        // image and caption
    box_open,      // top padding (and title bar) of a box
    box_close,     // bottom padding of a box
    marker,        // zero height: a running-section change
    column_break,  // forced: the rest goes to the next column
    page_break,    // forced: the rest goes to the next page
    repeat,        // a table's continuation label: placed only after a break
  };
  Kind kind = Kind::content;
  Length height;
  std::vector<page::Item> items;
  bool break_before = true;  // may a column end just before this row
  // break_before is false only for widows and orphans (a paragraph's inner
  // line): a short set that cannot balance otherwise may break here.
  bool widow_rule = false;
  bool keep_with_next = false;  // headings: never the last thing in a column
  // A one-line paragraph without closing punctuation ("4、SurfSense",
  // "（1）第一个十年"): it keeps with the text line that follows, if one does.
  bool label = false;
  int lines = 0;  // text lines it holds, for keep-with-next
  // A text line's leading under its em box; negative when not a text line.
  Length ink_below = Length::from_sp(-1);
  bool floats = false;  // a figure that may wait for the next column
  // A figure across all columns of its set: the paginator puts it under the
  // columns before it, or at the top of the next page while they flow on.
  bool spans = false;
  int box = -1;               // the box (Galley::boxes) it stands in
  int outline = -1;           // heading number in outline_headings()
  Length outline_y;           // top of that heading's text within the row
  bool sets_section = false;  // marker: the running section changes here
  std::string section;
  PageBreakSpec page_break;
  const SourceSpan* span = nullptr;  // the flow block it came from, for messages
  // A table's row: its table (Segment::tables) and whether it is a body
  // row, before which a column top repeats the header.
  int table = -1;
  bool table_body = false;
  // Footnotes whose marks stand in this row (Galley::notes), in reading
  // order: the paginator puts them at the foot of the page the row lands on.
  std::vector<int> notes;
  // Link areas over the row's glyphs, placed like its items.
  std::vector<page::Link> links;
};

// A footnote's lines, set across the type area in the footnote style; each
// a row, so that a long note can go on at the next page's foot.
struct Note {
  std::vector<Row> lines;
};

// What a column top repeats when a table goes on there: the continuation
// label (a Row::Kind::repeat row) and the header rows, by row index.
struct TableRepeat {
  std::size_t first_body = 0;
  std::size_t label = static_cast<std::size_t>(-1);  // none
  std::vector<std::size_t> header;
};

// How to draw a box around its rows, column by column.
struct BoxPaint {
  bool has_fill = false;
  Color fill;
  bool has_border = false;
  Color border;
  Length border_width;
  Length corner_radius;
  bool has_title_bar = false;
  Color title_fill;
  Length title_bar_height;
  // The box edge relative to the top of its open row and of its close row.
  Length top_in_open;
  Length bottom_in_close;
};

struct Segment {
  int columns = 1;
  Length column_width;
  Length gap;
  bool rule = false;
  bool balance = true;
  std::vector<Row> rows;
  // Its last rows keep with this many lines of the next segment (a heading
  // spanning the columns that follow it).
  int tail_keep_lines = 0;
  std::vector<TableRepeat> tables;
};

struct Galley {
  std::vector<Segment> segments;
  std::vector<BoxPaint> boxes;
  std::vector<Note> notes;  // in mark order
};

}  // namespace paiban::layout
