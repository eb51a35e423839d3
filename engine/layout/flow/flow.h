// The flow: what the plugins composed, as a tree of blocks in reading order.
// Recorded by FlowBuilder from Composer calls; read by the paginator, which
// may lay it out several times (contents page numbers), so it is plain data.
#pragma once

#include <string>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/length.h"
#include "paiban/source.h"

namespace paiban::layout {

enum class FlowKind {
  heading,          // text, style, outline_level
  paragraph,        // text, style
  list_paragraph,   // text, style, list
  code_block,       // text (code runs, hard breaks between lines), style
  text,             // text (plain, hard breaks kept), style
  space,            // amount
  rule,             // amount = thickness, color
  box,              // box, children
  columns,          // columns, children
  figure,           // image_path, text = caption, figure
  pull_quote,       // text, style
  page_break,       // page_break
  column_break,     //
  contents,         // contents
  running_section,  // name
  table,            // table (SDK v2)
};

struct FlowBlock {
  FlowKind kind = FlowKind::paragraph;
  std::vector<InlineRun> text;
  std::string style;
  int outline_level = 0;
  Length amount;
  std::string color;
  BoxSpec box;
  ColumnSpec columns;
  FigureSpec figure;
  PageBreakSpec page_break;
  ContentsSpec contents;
  ListItemSpec list;
  // list_paragraph: the lists it stands in, outermost first (indices into
  // Flow::lists; -1 where a level has none). Empty in hand-made flows.
  std::vector<int> list_path;
  TableSpec table;
  std::string image_path;  // as the plugin gave it (relative to the manuscript)
  std::string name;
  std::vector<FlowBlock> children;  // box and column set contents
  SourceSpan span;  // the text's place in the manuscript, or the last place seen before
};

inline constexpr int kDeepestListLevel = 32;

// One list: the items of one nesting level that follow each other (numbers
// counting on by one), however many nested blocks stand between them. All
// its markers share one slot, as wide as the widest of them (list_rows.cpp).
struct FlowList {
  int level = 1;
  bool ordered = false;
  int first = 1;  // numbers of its first and last items
  int last = 1;
  std::string style;  // text style of its first item, in which markers are measured
  // Markers of its items' own (ListItemSpec::marker_text: task boxes),
  // measured for the slot like its numbers.
  std::vector<std::string> own_markers;
};

struct Flow {
  std::string document_path;  // the manuscript, for resolving figure paths
  std::vector<FlowBlock> blocks;
  std::vector<FlowList> lists;
  // Nesting mistakes found while recording (end_box without begin_box, a
  // column set never closed, …); the paginator hands them on.
  std::vector<Diagnostic> problems;
};

// Every heading with outline_level > 0, in reading order: the numbering the
// paginator uses for outline entries and contents lines.
std::vector<const FlowBlock*> outline_headings(const Flow& flow);

}  // namespace paiban::layout
