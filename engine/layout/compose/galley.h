// The galley: the flow set into rows at the measure of the column they will
// stand in, cut into segments (a run of spanning blocks, or one column set).
// A row is the unit pagination moves: a text line, a heading block, a
// figure, a box edge (Row::Node lists the kinds). Its page items are
// positioned relative to the left edge of its column and its own top, so
// placing a row is a translation.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "page/page.h"
#include "paiban/composer.h"
#include "paiban/length.h"

namespace paiban::layout {

// The unit pagination moves. What every row has — its size, what it paints,
// where a column may end — is here; what only one kind has is in its node,
// one type per kind, so a field of one kind cannot be read off another
// (Row::is, Row::if_is).
struct Row {
  // The kinds. No default member initializers in them (std::variant decides
  // default-constructibility while Row is incomplete): every row is made
  // with its node's fields given.

  // A line of running text (a paragraph's, a list item's, a code block's, a
  // footnote's): the unit widows and orphans count.
  struct TextLine {
    Length ink_below;  // its leading under the em box
    // The only line of a paragraph without closing punctuation ("4、SurfSense",
    // "（1）第一个十年"): it keeps with the text line that follows, if one does.
    bool label;
  };
  // A heading block: its lines and the space after them, centred in whole
  // grid lines.
  struct Heading {
    int outline;       // heading number in outline_headings(); -1: not in the outline
    Length outline_y;  // top of the heading's text within the row
  };
  // One row of a table, header or body. A body row too tall to stand whole
  // in a full column, under what a continuation column repeats, is set as
  // one of these per line of its cells (a line band), so a column may end
  // between its lines (table_rows.cpp).
  struct TableRow {
    int table;       // its table (Segment::tables)
    bool body;       // a body row: a column top before it repeats the header
    bool continues;  // a line band after the first of its table row
    bool goes_on;    // more line bands of its table row follow
    // A row that stands whole in a full column is set in line bands too
    // (when it has lines enough to cut), but a column ends inside it only
    // when the column it is in cannot hold it from its top: page footnotes
    // (its own marks' or earlier ones) shorten that column
    // (column_fill.cpp). `need`: the height the row needs from a column
    // top (caption or continuation label, header rows, the row, the closing
    // rule); zero for any other row. `may_cut`: a cut before this band
    // keeps every cell's orphans and widows.
    Length need;
    bool may_cut = false;
  };
  // A table's edge where the table breaks, placed only there
  // (TableRepeat::cut_pad, closing).
  struct TableEdge {};
  // Any other material set as one unit: a rule, a pull quote, a contents
  // entry's line, a table's caption or note line.
  struct Block {};
  // Vertical space: dropped at a column top.
  struct Space {};
  // Back to the grid after a block off the grid; its height is set when placed.
  struct Snap {};
  // An image and its caption.
  struct Figure {
    bool floats;  // may wait for the next column while text flows on
    // Across all columns of its set: the paginator puts it under the columns
    // before it, or at the top of the next page while they flow on.
    bool spans;
  };
  // The top padding (and title bar) of a box, and its bottom padding.
  struct BoxOpen {};
  struct BoxClose {};
  // Zero height: the running section changes here.
  struct Marker {
    std::string section;
  };
  // Forced breaks: the rest goes to the next column, or to the next page.
  struct ColumnBreak {};
  struct PageBreak {
    PageBreakSpec spec;
  };
  // A table's continuation label: placed only after a break, above the
  // repeated header (TableRepeat::label).
  struct Repeat {};

  using Node = std::variant<TextLine, Heading, TableRow, Block, Space, Snap, Figure, BoxOpen,
                            BoxClose, Marker, ColumnBreak, PageBreak, Repeat, TableEdge>;

  // Every row says its kind when it is made.
  explicit Row(Node kind) : node(std::move(kind)) {}

  Node node;
  Length height;
  std::vector<page::Item> items;
  bool break_before = true;  // may a column end just before this row
  // break_before is false only for widows and orphans (a paragraph's inner
  // line): a short set that cannot balance otherwise may break here.
  bool widow_rule = false;
  bool keep_with_next = false;       // headings: never the last thing in a column
  int lines = 0;                     // text lines it holds, for keep-with-next
  int box = -1;                      // the box (Galley::boxes) it stands in
  const SourceSpan* span = nullptr;  // the flow block it came from, for messages
  // Footnotes whose marks stand in this row (Galley::notes), in reading
  // order: the paginator puts them at the foot of the page the row lands on.
  std::vector<int> notes;
  // Link areas over the row's glyphs, placed like its items.
  std::vector<page::Link> links;

  template <class T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
  template <class T>
  const T* if_is() const {
    return std::get_if<T>(&node);
  }
  template <class T>
  T* if_is() {
    return std::get_if<T>(&node);
  }
  template <class T>
  T& as() {
    return std::get<T>(node);
  }
  // Material of the text: lines, headings, table rows, other set blocks.
  bool is_content() const {
    return is<TextLine>() || is<Heading>() || is<TableRow>() || is<Block>();
  }
  // A forced break: nothing after it stands in this column.
  bool is_break() const { return is<ColumnBreak>() || is<PageBreak>(); }
  // A figure placed across all columns of its set by the paginator.
  bool spans() const {
    const Figure* f = if_is<Figure>();
    return f && f->spans;
  }
};

// A footnote's lines in the footnote style, set across the type area, or at
// the measure of its mark's column when notes stand at the column foot
// ([typography] footnote_place); each a row, so that a long note can go on
// at the next page's or column's foot.
// A mark of a note already marked in the same numbering scope (the same
// [^label], the same URL) repeats that note's number and has no lines of
// its own (docs/typography.md R15).
struct Note {
  std::vector<Row> lines;
  int number = 0;       // the number its mark and its first line show
  Length measure;       // the width its lines were set at
  int same_as = -1;     // the first mark of the same note (Galley::notes), -1 = this is it
  bool printed = true;  // false: a repeated mark; the note stands under its first mark
};

// A footnote's number as the previous pass decided it (numbering per page,
// compose_pages.cpp), and whether its note is printed at this mark.
struct NoteNumber {
  int number = 0;
  bool printed = true;
  bool operator==(const NoteNumber&) const = default;
};

// What a column top repeats when a table goes on there: the continuation
// label (a Row::Repeat row) and the header rows, by row index; and the
// table's edges where it breaks (Row::TableEdge rows, after the label):
// the cell padding a row cut between its lines gets at both cut edges, and
// the table's bottom rule that closes every column part but the last
// (docs/plugins.md "Tables").
struct TableRepeat {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t first_body = 0;
  std::size_t label = kNone;
  std::vector<std::size_t> header;
  std::size_t cut_pad = kNone;
  std::size_t closing = kNone;
  // The table columns' left edges from the column's left: which cell an
  // item of a cut row stands in (page_paint.cpp).
  std::vector<Length> column_x;
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
