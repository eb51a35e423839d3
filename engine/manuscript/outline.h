// Flat blocks → sections (`#`) and articles (`##`).
#pragma once

#include <vector>

#include "paiban/document.h"

namespace paiban::manuscript {

// Level-1 headings open sections, level-2 headings open articles; blocks
// before the first `#` go into a section with an empty title, and blocks
// between a `#` and its first `##` into an article with an empty title
// (document.h). Other blocks are kept as they are.
std::vector<Section> build_outline(std::vector<Block> blocks);

}  // namespace paiban::manuscript
