#include "manuscript/nesting.h"

#include <memory>
#include <string>

namespace paiban::manuscript {
namespace {

struct IterDeleter {
  void operator()(cmark_iter* it) const { cmark_iter_free(it); }
};

bool is_inline(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
}

}  // namespace

bool check_nesting(const MarkdownContext& ctx, cmark_node* document) {
  std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document));
  int blocks = 0;
  int inlines = 0;
  cmark_node* last_block = document;  // inline nodes may carry no position
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    if (node == document) continue;
    const bool inline_node = is_inline(node);
    // Only containers get ENTER and EXIT; leaves come once as ENTER and
    // add no depth. A paragraph or heading holds inlines only: a leaf among
    // blocks.
    cmark_node* child = cmark_node_first_child(node);
    if (!child || (!inline_node && is_inline(child))) continue;
    int& depth = inline_node ? inlines : blocks;
    if (ev == CMARK_EVENT_EXIT) {
      --depth;
      continue;
    }
    if (!inline_node) last_block = node;
    ++depth;
    const std::int64_t limit = inline_node ? ctx.limits.inline_nesting : ctx.limits.block_nesting;
    if (depth <= limit) continue;
    SourceSpan at = ctx.start_of(node);
    if (at.line == 0) at = ctx.start_of(last_block);
    const std::string what =
        inline_node ? "emphasis, links and other inline marks" : "quotes and lists";
    ctx.diags.error(at,
                    what + " nest more than " + std::to_string(limit) +
                        " deep here; the Markdown of this manuscript was not read",
                    {inline_node ? "close the `*`, `_` or `[` marks you opened"
                                 : "a `>` or list marker at the start of a line opens one "
                                   "more level; use fewer",
                     std::string("if the nesting is meant, raise the limit: [limits] ") +
                         (inline_node ? "inline_nesting" : "block_nesting") +
                         " in the style sheet, or --limit " +
                         (inline_node ? "inline_nesting" : "block_nesting") + "=N (at most 256)"});
    return false;
  }
  return true;
}

}  // namespace paiban::manuscript
