// cmark inline nodes → InlineRuns with strong/emphasis/code flags.
#pragma once

#include <vector>

#include "manuscript/markdown_context.h"
#include "paiban/document.h"

namespace paiban::manuscript {

// Runs of the inline children of `parent` (a paragraph, heading or image).
// Adjacent text runs with the same flags are merged.
std::vector<InlineRun> read_inlines(const MarkdownContext& ctx, cmark_node* parent);

// Whether raw HTML is one of our break comments; sets `kind`.
bool is_break_comment(std::string_view html, Block::Kind& kind);

}  // namespace paiban::manuscript
