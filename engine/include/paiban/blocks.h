// SDK. Composing a manuscript's blocks the ordinary way, for plugins that
// need nothing special for them: header-only, so it is compiled into each
// plugin and adds nothing to the ABI.
#pragma once

#include <string>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"

namespace paiban {

// One plain text run, placed at `span` (titles, markers, signatures).
inline std::vector<InlineRun> text_runs(const std::string& text, const SourceSpan& span) {
  InlineRun run;
  run.text = text;
  run.span = span;
  return {run};
}

// Text styles of the blocks. A style sheet without the rarer ones sets
// them in body (StyleSheet::text_style falls back).
struct BlockStyles {
  std::string body = "body";
  std::string subhead = "h3";     // `###`: no bookmark, no contents line
  std::string minor_head = "h4";  // `####` and deeper
  std::string quote = "quote";    // paragraphs inside `>` (quotes nest by style, not depth)
  std::string code = "code";      // fenced code blocks
  Length thematic_rule = Length::pt(0.5);  // `---`, in the default text colour
  int list_level = 0;  // lists around the blocks (set while composing an item's children)
};

inline void compose_blocks(Composer& c, const std::vector<Block>& blocks,
                           const BlockStyles& styles);
inline void compose_block(Composer& c, const Block& b, const BlockStyles& styles);

// One list: each item's paragraphs as list paragraphs one level deeper
// than the blocks around it (the first carries the marker), its other
// blocks (nested lists, quotes, code) composed at that depth.
inline void compose_list(Composer& c, const Block& list, const BlockStyles& styles) {
  BlockStyles inner = styles;
  inner.list_level = styles.list_level + 1;
  int number = list.start;
  for (const auto& item : list.children) {
    ListItemSpec spec;
    spec.level = inner.list_level;
    spec.ordered = list.ordered;
    spec.number = number++;
    // An item that opens with no paragraph of its own (only a nested list)
    // still shows its marker, on a line of its own.
    if (item.children.empty() || item.children.front().kind != Block::Kind::paragraph) {
      c.list_paragraph({}, styles.body, spec);
      spec.marker = false;
    }
    for (const auto& child : item.children) {
      if (child.kind == Block::Kind::paragraph) {
        c.list_paragraph(child.inlines, styles.body, spec);
        spec.marker = false;
      } else {
        compose_block(c, child, inner);
      }
    }
  }
}

// One block in reading order: paragraphs in the body style, headings as
// subheads, quotes in the quote style, lists with a marker and an indent
// per level, code blocks, figures, `---` rules, page and column breaks.
// Inside a list item a paragraph stands under the item's text.
inline void compose_block(Composer& c, const Block& b, const BlockStyles& styles) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      if (styles.list_level > 0) {
        ListItemSpec under;
        under.level = styles.list_level;
        under.marker = false;
        c.list_paragraph(b.inlines, styles.body, under);
      } else {
        c.paragraph(b.inlines, styles.body);
      }
      break;
    case Block::Kind::heading:
      c.heading(b.inlines, b.level >= 4 ? styles.minor_head : styles.subhead, 0);
      break;
    case Block::Kind::code_block:
      c.code_block(b.inlines, styles.code);
      break;
    case Block::Kind::quote: {
      BlockStyles quoted = styles;
      quoted.body = styles.quote;
      compose_blocks(c, b.children, quoted);
      break;
    }
    case Block::Kind::list:
      compose_list(c, b, styles);
      break;
    case Block::Kind::list_item:  // only inside a list; alone, its text still counts
      compose_blocks(c, b.children, styles);
      break;
    case Block::Kind::figure:
      c.figure(b.image_path, b.inlines, FigureSpec{});
      break;
    case Block::Kind::thematic_break:
      c.rule(styles.thematic_rule, "");
      break;
    case Block::Kind::page_break:
      c.page_break(PageBreakSpec{});
      break;
    case Block::Kind::column_break:
      c.column_break();
      break;
  }
}

inline void compose_blocks(Composer& c, const std::vector<Block>& blocks,
                           const BlockStyles& styles) {
  for (const auto& b : blocks) compose_block(c, b, styles);
}

}  // namespace paiban
