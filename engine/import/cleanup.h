// The clean-ups Chinese Word manuscripts need (docs/import.md lists them):
// first-line indents typed as 　　 or spaces, spaces between Han characters,
// half-width punctuation between Han characters, straight quotes, soft
// hyphens and zero-width characters. Every change is recorded in the report
// (printed with --report-changes) so the editor can review it.
#pragma once

#include <vector>

#include "import/model.h"
#include "import/report.h"

namespace paiban::import {

enum class TextRole { body, heading };

// Cleans one paragraph's spans in place. Headings keep spaces between Han
// characters: a headline's space separates phrases ("享受科普盛宴 感受科学力量").
void clean_up_spans(std::vector<Span>& spans, TextRole role, const std::string& file, int paragraph,
                    Report& report);

// Every text of the document: paragraphs, headings, list items, table cells,
// captions, quotes and notes.
void clean_up_document(ImportedDocument& doc, Report& report);

bool is_han(char32_t c);

}  // namespace paiban::import
