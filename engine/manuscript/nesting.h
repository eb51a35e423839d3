// How deep a manuscript's Markdown may nest. The readers (and every stage
// after them) walk blocks and inlines recursively, so a hostile file — a
// quote nested 17,000 deep, `- ` 10,000 times on one line, 50,000 `*` —
// would overflow the stack. The tree cmark-gfm builds is measured first with
// its iterator (no recursion); deeper than the limit is an error at the
// first node too deep, and nothing of the Markdown is read.
#pragma once

#include <cmark-gfm.h>

#include "manuscript/markdown_context.h"

namespace paiban::manuscript {

// True when the tree is within ctx.limits (block_nesting, inline_nesting,
// base/limits.h); otherwise one located error.
bool check_nesting(const MarkdownContext& ctx, cmark_node* document);

}  // namespace paiban::manuscript
