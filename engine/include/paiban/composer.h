// SDK. The Composer: the small vocabulary a section plugin composes with.
// Plugins say WHAT goes on the pages, in reading order; the engine measures,
// breaks lines, flows columns and paginates. The engine owns the Composer;
// plugins only call it during SectionPlugin::compose and keep no pointer.
#pragma once

#include <string>
#include <vector>

#include "paiban/document.h"
#include "paiban/length.h"

namespace paiban {

// A framed or tinted panel. Colours are names from the style's [colors].
struct BoxSpec {
  std::string background;  // fill colour name; empty = no fill
  std::string border;      // stroke colour name; empty = no frame
  Length border_width = Length::pt(0.5);
  Length padding = Length::pt(8);
  Length corner_radius;
  std::string title;                      // optional title bar text
  std::string title_style = "box_title";  // text style of the title bar
  std::string title_background;           // colour name of the title bar
  bool allow_break = true;  // may break across columns/pages (drawn open at the break)
};

// A set of columns. Blocks composed before begin_columns and after
// end_columns span the whole type area.
struct ColumnSpec {
  int count = 1;
  Length gap;           // zero = the page master's column gap
  bool rule = false;    // a hairline between columns
  bool balance = true;  // balance the columns where the set ends
};

struct FigureSpec {
  std::string caption_style = "caption";
  bool span_columns = false;  // as wide as the type area instead of the column
  bool numbered = true;       // "图1 caption"
};

struct PageBreakSpec {
  std::string master;       // page master for the new page; empty = default
  bool right_page = false;  // start on a right-hand (odd) page
};

struct ContentsSpec {
  std::string entry_style = "toc";    // text style of entries
  std::string section_style = "toc";  // text style of section entries
  std::string leader = ".";           // dot leader; empty = none
  // The deepest outline level listed: 1 = the sections, 2 = and their
  // articles, 3 = and the headings within the articles, and so on. Entries
  // below level 2 are indented one entry-style em per level.
  int depth = 2;
};

// A paragraph of a list item. The engine takes the marker for the level
// from the style's [lists] (• ◦ ▪, 1. （1） ①), indents each level and hangs
// wrapped lines under the item's text.
struct ListItemSpec {
  int level = 1;         // 1 = a list at the text's margin; a list in an item is one deeper
  bool ordered = false;  // numbered rather than bulleted
  int number = 1;        // the item's number in an ordered list
  bool marker = true;    // the item's first paragraph; later ones stand under its text
  // The item's own marker in place of the style's bullet or number (a task
  // list's box: □ or ■); empty = the style's.
  std::string marker_text;
};

// A table (SDK v2). Columns are sized by the engine: fixed widths first,
// then automatic columns from their cells' content (the widest unbreakable
// piece as the least, one unbroken line as the most; Chinese text measured
// in the cell style's fonts), then fractions share what is left. A row is
// kept whole: one that does not fit where it would start moves to the next
// column. Only a body row taller than a full column (under the
// continuation label and the repeated header rows) is cut between the lines
// of its cells, each part under the repeated header, with at least two
// lines of a cell on either side of a cut where the cells allow
// (typography widows / orphans); each column part but the last ends on
// rule_bottom, and a cut row gets its cell padding at both cut edges.
// Limits: cells span columns but not rows; no vertical rules in the header
// band other than per-column rule_after (none through a cell that spans
// columns).
struct TableColumn {
  enum class Width { automatic, fixed, fraction };
  enum class Align { left, center, right, decimal };  // decimal: on the '.'
  Width width = Width::automatic;
  Length fixed;         // Width::fixed
  double fraction = 1;  // Width::fraction: share of the room left over
  Align align = Align::left;
  Length rule_after;  // a vertical rule right of this column; 0 = none
};

struct TableCell {
  std::vector<InlineRun> text;
  int column_span = 1;  // columns this cell covers, at least 1
};

struct TableRow {
  std::vector<TableCell> cells;
  bool header = false;  // header rows come first and repeat after a break
  Length rule_below;    // a rule under this row across the table; 0 = none
};

struct TableSpec {
  std::vector<TableColumn> columns;
  std::vector<TableRow> rows;
  std::string style = "table";                // cell text style
  std::string header_style = "table_header";  // header cell text style
  Length cell_padding = Length::pt(3);        // left and right of each cell's text
  Length rule_top;                            // above the table; 0 = none
  Length rule_bottom;                         // below the table; 0 = none
  std::string rule_color;                     // colour name; empty = black
  // Above the repeated header after a column or page break ("续表"); empty =
  // the header repeats without a label.
  std::string continuation_label = "续表";
  std::string continuation_style = "table_caption";
  // A caption line above the table, "表N caption" when numbered (numbers
  // count the numbered tables); empty caption and not numbered = none.
  std::vector<InlineRun> caption;
  std::string caption_style = "table_caption";
  bool numbered = true;
  // A note line under the table ("资料来源：…"); empty = none.
  std::vector<InlineRun> note;
  std::string note_style = "table_note";
  // As wide as the type area instead of the column. A table whose columns
  // do not fit the column even at their least widths spans it anyway.
  bool span_columns = false;
};

// The outline levels of a section's and an article's title. Deeper levels
// are headings within an article; footnote numbers that start again per
// article start at levels 1 and 2 only.
inline constexpr int kSectionOutlineLevel = 1;
inline constexpr int kArticleOutlineLevel = 2;

class Composer {
 public:
  virtual ~Composer() = default;

  // A heading: kept with at least two lines of what follows, never left at
  // the foot of a column. outline_level > 0 also makes a bookmark at that
  // level (1 = section, 2 = article, 3 and deeper = a heading within an
  // article) and a contents entry when the contents' depth reaches it.
  virtual void heading(const std::vector<InlineRun>& text, const std::string& style,
                       int outline_level) = 0;
  // A paragraph, justified and broken by the engine in the text style's
  // fonts and measure.
  virtual void paragraph(const std::vector<InlineRun>& text, const std::string& style) = 0;
  // A paragraph from plain text (masthead lines, signatures).
  virtual void text(const std::string& utf8, const std::string& style) = 0;
  // Vertical space; with the line grid on it rounds up to whole grid lines.
  virtual void space(Length amount) = 0;
  // A horizontal rule across the current measure.
  virtual void rule(Length thickness, const std::string& color) = 0;

  virtual void begin_box(const BoxSpec& box) = 0;
  virtual void end_box() = 0;
  virtual void begin_columns(const ColumnSpec& columns) = 0;
  virtual void end_columns() = 0;

  virtual void figure(const std::string& image_path, const std::vector<InlineRun>& caption,
                      const FigureSpec& spec) = 0;
  // A paragraph of a list item (ListItemSpec), in a text style such as body
  // or quote; the item's text begins after the marker at every line.
  virtual void list_paragraph(const std::vector<InlineRun>& text, const std::string& style,
                              const ListItemSpec& item) = 0;
  // A code block: code runs, one per source line with hard breaks between.
  // Every line and its indentation is kept, never justified or indented; a
  // line longer than the measure breaks there with a continuation mark.
  virtual void code_block(const std::vector<InlineRun>& lines, const std::string& style) = 0;
  // A table (SDK v2): set row by row; see TableSpec for sizing and breaking.
  virtual void table(const TableSpec& spec) = 0;
  // A pull quote: set large between rules, kept in one piece.
  virtual void pull_quote(const std::vector<InlineRun>& text, const std::string& style) = 0;

  virtual void page_break(const PageBreakSpec& spec) = 0;
  virtual void column_break() = 0;
  // The contents with page numbers, resolved after pagination.
  virtual void table_of_contents(const ContentsSpec& spec) = 0;
  // Name shown by the running header's {section} from here on.
  virtual void set_running_section(const std::string& name) = 0;
};

}  // namespace paiban
