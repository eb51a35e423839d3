// cmark block tree → Blocks, in document order. Headings of every level come
// out as heading blocks here; outline.h turns levels 1 and 2 into sections
// and articles.
#pragma once

#include <string_view>
#include <vector>

#include "manuscript/markdown_context.h"
#include "paiban/document.h"

namespace paiban::manuscript {

std::vector<Block> read_markdown_blocks(const MarkdownContext& ctx, std::string_view markdown);

}  // namespace paiban::manuscript
