// docs/style-reference.md, generated from the schema declarations so the
// reference cannot drift from what the loader accepts.
#pragma once

#include <string>

#include "style/schema.h"

namespace paiban::style {

// The key tables of docs/style-reference.md, for any declarations: the
// header "| <first> | Type | Allowed | Default | Description |" and one row
// per key. Plugin READMEs list their options with the same writer
// (option_decl.h), so both kinds of table read alike.
std::string key_table_header(const std::string& first_column);
std::string key_table_row(const KeyDecl& decl, const std::string& key);

// The whole Markdown document. A test compares it with the committed file.
std::string style_reference_markdown();

}  // namespace paiban::style
