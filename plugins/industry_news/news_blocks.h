// An article's blocks → Composer calls, in reading order and complete: a
// plugin may style manuscript text but never drop it.
#pragma once

#include <string>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"

namespace paiban::industry_news {

// Paragraphs and list items in `body_style`, block quotes in `quote`,
// `###` subheads in `h3`, figures at the column's width, `---` as a
// hairline, page and column breaks as written.
void write_blocks(Composer& c, const std::vector<Block>& blocks, const std::string& body_style);

// One run of plain text at `span`.
std::vector<InlineRun> run_of(const std::string& text, const SourceSpan& span);

}  // namespace paiban::industry_news
