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
  std::string subhead = "h3";   // `###` and deeper: no bookmark, no contents line
  std::string quote = "quote";  // paragraphs inside `>` (quotes nest by style, not depth)
  Length thematic_rule = Length::pt(0.5);  // `---`, in the default text colour
};

inline void compose_blocks(Composer& c, const std::vector<Block>& blocks,
                           const BlockStyles& styles);

// One block in reading order: paragraphs in the body style, headings as
// subheads, quotes in the quote style, list items as paragraphs whose first
// one starts with its marker ("• " or "1. "), figures, `---` rules, page and
// column breaks.
inline void compose_block(Composer& c, const Block& b, const BlockStyles& styles) {
  switch (b.kind) {
    case Block::Kind::paragraph:
      c.paragraph(b.inlines, styles.body);
      break;
    case Block::Kind::heading:
      c.heading(b.inlines, styles.subhead, 0);
      break;
    case Block::Kind::quote: {
      BlockStyles quoted = styles;
      quoted.body = styles.quote;
      compose_blocks(c, b.children, quoted);
      break;
    }
    case Block::Kind::list: {
      int number = 0;
      for (const auto& item : b.children) {
        const std::string marker = b.ordered ? std::to_string(++number) + ". " : "• ";
        bool marked = false;
        for (const auto& child : item.children) {
          if (!marked && child.kind == Block::Kind::paragraph) {
            std::vector<InlineRun> runs = text_runs(marker, child.span);
            runs.insert(runs.end(), child.inlines.begin(), child.inlines.end());
            c.paragraph(runs, styles.body);
            marked = true;
          } else {
            compose_block(c, child, styles);
          }
        }
        // An item without a paragraph (only a nested list) still shows its marker.
        if (!marked) c.paragraph(text_runs(marker, item.span), styles.body);
      }
      break;
    }
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
