// Several imported documents → one manuscript: front matter, then each
// section (`# 行业动态`) with its documents' articles (`## title`).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "import/markdown_writer.h"
#include "import/model.h"
#include "import/report.h"

namespace paiban::import {

struct PlacedDocument {
  ImportedDocument doc;
  std::string section;  // resolved section title ("" only with a warning)
};

// The section a file's name gives: "行业动态-工信部推动5G.docx" → "行业动态"
// (a Han-only prefix before '-', '_', '－', '—' or a space); "" otherwise.
std::string section_from_file_name(const std::string& path);

// Makes sure each document starts with its article title (level-1 heading):
// from the document properties or the file name when it has none, with a
// warning. A title equal to its section's name is dropped for the section's
// first document (编者的话 has no article title).
void ensure_article_titles(std::vector<PlacedDocument>& docs, Report& report);

// The section of a file: the one it was given (--section, recipe), else its
// name's (section_from_file_name), else `previous` (the file before it's);
// a warning when there is none.
std::string resolve_section(const std::string& given, const std::string& path,
                            const std::string& previous, Report& report);

// The front matter: `given` (options, recipe), completed with title, issue
// and date from the first document's properties, each taken value and each
// missing key a warning.
std::map<std::string, std::string> resolve_front_matter(const std::vector<PlacedDocument>& docs,
                                                        std::map<std::string, std::string> given,
                                                        Report& report);

// One warning per picture paiban cannot place (EMF, WMF, WebP …), naming
// the document and paragraph, where the file went and how to convert it.
void warn_unplaceable_pictures(const std::vector<PlacedDocument>& docs,
                               const std::string& image_folder, Report& report);

// The whole manuscript text.
std::string build_manuscript(const std::vector<PlacedDocument>& docs,
                             const std::map<std::string, std::string>& front_matter,
                             const MarkdownOptions& options);

}  // namespace paiban::import
