// Reads one .docx into the import model: the body's paragraphs, headings,
// lists, tables, figures and notes, with tracked changes accepted.
#pragma once

#include <string>

#include "base/environment.h"
#include "import/model.h"
#include "import/report.h"

namespace paiban::import {

struct ReadOptions {
  std::string image_prefix;      // image files are named PREFIX-1.png, PREFIX-2.jpeg, …
  int* next_footnote = nullptr;  // footnote labels run through the whole issue
};

// Reads the .docx at `path` through `env`, as every stage reads its files
// (docs/architecture.md). Throws ImportError when the file cannot be read,
// or not as a .docx at all; every smaller problem is a warning in `report`.
ImportedDocument read_docx(const Environment& env, const std::string& path,
                           const std::string& display_name, const ReadOptions& options,
                           Report& report);

}  // namespace paiban::import
