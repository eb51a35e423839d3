// The manuscript stage: Markdown with TOML front matter → Document.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/limits.h"
#include "paiban/document.h"

namespace paiban::manuscript {

// Reads a manuscript whose bytes are `contents`; `path` is used only to name
// the file in the Document and in diagnostics. Never throws for bad input:
// every problem is added to `diags` with file:line:col (columns in
// characters), and the Document holds whatever could be read.
// `limits`: block_nesting and inline_nesting (base/limits.h).
paiban::Document read_manuscript(const std::string& path, std::string_view contents,
                                 paiban::Diagnostics& diags, const paiban::Limits& limits = {});

}  // namespace paiban::manuscript
