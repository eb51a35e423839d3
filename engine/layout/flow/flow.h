// The flow: what the plugins composed, as a tree of blocks in reading order.
// Recorded by FlowBuilder from Composer calls; read by the paginator, which
// may lay it out several times (contents page numbers), so it is plain data.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/length.h"
#include "paiban/source.h"

namespace paiban::layout {

// Which kind of block a FlowBlock is: its node's index in FlowBlock::Node,
// in the same order.
enum class FlowKind {
  heading,
  paragraph,
  list_paragraph,
  code_block,
  text,
  space,
  rule,
  box,
  columns,
  figure,
  pull_quote,
  page_break,
  column_break,
  contents,
  running_section,
  table,  // SDK v2
};

// One Composer call. Each kind is its own node type holding exactly what
// that call recorded; `span` is the text's place in the manuscript, or the
// last place seen before the call.
struct FlowBlock {
  // A run of text in one style.
  struct Text {
    std::vector<InlineRun> text;
    std::string style;
  };
  // No default member initializers in these node types: std::variant
  // decides whether its first type is default-constructible while FlowBlock
  // is still incomplete, and such an initializer would make it "not yet".
  // Create them value-initialized (`Heading{}`): numbers start at 0.
  struct Heading : Text {
    int outline_level;  // 0: not in the outline or the contents
  };
  struct Paragraph : Text {};
  struct ListParagraph : Text {
    ListItemSpec list;
    // The lists it stands in, outermost first (indices into Flow::lists; -1
    // where a level has none). Empty in hand-made flows.
    std::vector<int> list_path;
  };
  struct CodeBlock : Text {};  // code runs, hard breaks between its lines
  struct PlainText : Text {};  // plain text, its line breaks kept
  struct Space {
    Length amount;
  };
  struct Rule {
    Length thickness;
    std::string color;
  };
  struct Box {
    BoxSpec spec;
    std::vector<FlowBlock> children;
  };
  struct ColumnSet {
    ColumnSpec spec;
    std::vector<FlowBlock> children;
  };
  struct Figure {
    std::string image_path;  // as the plugin gave it (relative to the manuscript)
    std::vector<InlineRun> caption;
    FigureSpec spec;
  };
  struct PullQuote : Text {};
  struct PageBreak {
    PageBreakSpec spec;
  };
  struct ColumnBreak {};
  struct Contents {
    ContentsSpec spec;
  };
  struct RunningSection {
    std::string name;
  };
  struct Table {
    TableSpec spec;
  };
  using Node = std::variant<Heading, Paragraph, ListParagraph, CodeBlock, PlainText, Space, Rule,
                            Box, ColumnSet, Figure, PullQuote, PageBreak, ColumnBreak, Contents,
                            RunningSection, Table>;

  Node node;
  SourceSpan span;

  FlowKind kind() const { return static_cast<FlowKind>(node.index()); }
  template <class T>
  const T& as() const {
    return std::get<T>(node);
  }
  template <class T>
  T& as() {
    return std::get<T>(node);
  }
  template <class T>
  const T* if_is() const {
    return std::get_if<T>(&node);
  }
  // The text node of a text block (heading, paragraph, list paragraph, code,
  // plain text, pull quote); nullptr for the others.
  const Text* text_node() const;
  // A box's or a column set's blocks; empty for the others.
  const std::vector<FlowBlock>& children() const;
};

static_assert(std::variant_size_v<FlowBlock::Node> == static_cast<std::size_t>(FlowKind::table) + 1,
              "FlowKind lists FlowBlock::Node's types in order");

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
