// docs/style-reference.md, generated from the schema declarations so the
// reference cannot drift from what the loader accepts.
#pragma once

#include <string>

namespace paiban::style {

// The whole Markdown document. A test compares it with the committed file.
std::string style_reference_markdown();

}  // namespace paiban::style
