// Footnote definitions ("[^label]: text"): gathered before the text is
// read, because a mark takes its note's text where it stands and cmark-gfm
// puts the definitions after everything else.
#pragma once

#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include <cmark-gfm.h>

#include "manuscript/markdown_context.h"

namespace paiban::manuscript {

// Calls `visit(line_number, line)` for every source line (cmark numbering)
// outside code and HTML blocks, where "[^x]:" and "[x]:" are text: cmark-gfm
// keeps definitions out of its tree, so they are looked for line by line.
void for_each_line_outside_code(
    cmark_node* document, std::string_view markdown,
    const std::function<void(int line_number, std::string_view line)>& visit);

// The definitions among the document's children, by the label as written.
FootnoteDefinitions gather_footnote_definitions(const MarkdownContext& ctx, cmark_node* document);

// Warns about every definition no mark used. cmark-gfm drops a definition
// nothing refers to from its tree, so those are found in the source: a line
// "[^label]:" (up to three spaces in) outside code and HTML blocks whose
// label the tree does not hold.
void report_unmarked_notes(const MarkdownContext& ctx, cmark_node* document,
                           std::string_view markdown, const FootnoteDefinitions& notes);

}  // namespace paiban::manuscript
