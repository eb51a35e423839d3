// cmark-gfm with the GitHub extensions we set: tables, strikethrough,
// autolinks, task lists and footnotes. Positions are kept (SOURCEPOS).
#pragma once

#include <memory>
#include <string_view>

#include <cmark-gfm.h>

namespace paiban::manuscript {

struct CmarkNodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// Parses `markdown` into a cmark-gfm tree; null only if cmark runs out of
// memory. Footnote definitions come last among the document's children.
CmarkDocument parse_gfm(std::string_view markdown);

// The node's type as cmark-gfm names it ("table", "table_row",
// "strikethrough", "tasklist", …). Extension node types have no public
// enum in libcmark-gfm-extensions, so the reader compares these names.
std::string_view node_type_name(cmark_node* node);

}  // namespace paiban::manuscript
