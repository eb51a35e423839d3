// The recipe: a small TOML file listing an issue's front matter and, per
// section, its .docx files (docs/import.md):
//
//   title = "许昌竞争情报快递"
//   issue = "2025年第2期"
//   date = 2025-02-03
//   [[section]]
//   title = "行业动态"
//   files = ["news/工信部.docx", "news/科普.docx"]
#pragma once

#include <string>

#include "base/environment.h"
#include "import/import_request.h"
#include "import/report.h"

namespace paiban::import {

// Adds the recipe's files (paths relative to the recipe) and front matter
// to `request`; options given on the command line win. Problems are errors
// in `report` with file:line:col. The recipe is read through `env`.
void read_recipe(const Environment& env, const std::string& path, ImportRequest& request,
                 Report& report);

}  // namespace paiban::import
