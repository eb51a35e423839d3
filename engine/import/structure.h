// Passes over a read document that need to see neighbouring blocks:
// heading levels relative to the article, "fake headings", and figure
// captions ("图1 …" paragraphs).
#pragma once

#include <optional>
#include <string>

#include "import/model.h"
#include "import/report.h"

namespace paiban::import {

// A short paragraph that is fully bold (or centred in a larger size) and has
// no closing punctuation is what many editors type for a heading; it becomes
// one, with a warning to check. Then Word's levels (0 title, 1..9) become
// levels in the article: the document's top level 1 (the article title),
// the next 2, and so on.
void assign_heading_levels(ImportedDocument& doc, Report& report);

// A paragraph right after (or right before) a figure that starts "图1" /
// "图 2：" / "Figure 3", or has Word's caption style, becomes the figure's
// caption, without the label: the style sheet numbers figures itself.
void attach_captions(ImportedDocument& doc);

// The caption text without its "图1　" label, or nullopt if `text` is not a
// figure caption.
std::optional<std::string> strip_caption_label(const std::string& text);

}  // namespace paiban::import
