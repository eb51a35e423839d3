// Link reference definitions ("[label]: URL") print nothing themselves, and
// cmark-gfm keeps no trace of them in its tree. A definition no link uses
// is therefore text the reader never sees: a note label with a space
// ("[^a b]: …" is no footnote in GFM) vanishes that way. This finds them.
#pragma once

#include <string_view>

#include <cmark-gfm.h>

#include "manuscript/markdown_context.h"

namespace paiban::manuscript {

// Warns at every line cmark-gfm took as a link definition when its label
// begins with '^' (a note label GFM does not accept), or when no link or
// image uses it. `document` is cmark-gfm's tree of `markdown`.
void report_link_definitions(const MarkdownContext& ctx, cmark_node* document,
                             std::string_view markdown);

}  // namespace paiban::manuscript
