// What `paiban import` was asked to do: which .docx files go into which
// section, the front matter, and where the manuscript and its
// images go.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "base/environment.h"

namespace paiban::import {

struct InputFile {
  std::string path;
  std::string section;  // empty: from the file name (栏目名-标题.docx), else the previous file's
};

struct ImportRequest {
  std::vector<InputFile> inputs;
  std::string recipe;      // a TOML recipe listing sections and files (optional)
  std::string output;      // the manuscript; empty: issue.md; "-": standard output
  std::string images_dir;  // empty: "images" next to the manuscript
  // Front matter given on the command line (title, issue, date, publisher).
  std::map<std::string, std::string> front_matter;
  bool report_changes = false;  // list every clean-up change
  bool force = false;           // replace an existing manuscript and images
};

// Exit status as the rest of paiban: 0 done, 1 could not write, 2 bad input.
inline constexpr int kImportOk = 0;
inline constexpr int kImportWriteError = 1;
inline constexpr int kImportBadInput = 2;

// Reads every input first, through `env` (the .docx files, the recipe);
// writes only when all could be read. Diagnostics and (with report_changes)
// the change list go to `err`; "-" output to `out`.
int run_import(const ImportRequest& request, const Environment& env, std::ostream& out,
               std::ostream& err);

}  // namespace paiban::import
