// The import model → CommonMark/GFM text the manuscript stage reads:
// **strong**, *emphasis*, [links](url), `\` line breaks, nested lists, pipe
// tables, ![caption](path) figures, > quotes and [^n] footnotes.
#pragma once

#include <string>
#include <vector>

#include "import/model.h"

namespace paiban::import {

struct MarkdownOptions {
  std::string image_folder;  // as the manuscript refers to it, e.g. "images"
};

// The blocks of one document (its first heading level 1 is written `##`,
// level 2 `###` …), followed by its footnote definitions.
std::string write_markdown(const ImportedDocument& doc, const MarkdownOptions& options);

// Inline text with Markdown's special characters escaped. `in_table`: no
// line breaks (a GFM cell is one line) and '|' escaped.
std::string write_inlines(const std::vector<Span>& spans, bool in_table);

// Escapes characters that would start Markdown syntax in running text.
std::string escape_text(const std::string& text, bool in_table);

}  // namespace paiban::import
