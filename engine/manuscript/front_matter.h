// The TOML front matter between `+++` lines at the very top of a manuscript:
// where it is, and the issue metadata it gives.
#pragma once

#include <cstddef>
#include <string>

#include "base/diagnostics.h"
#include "manuscript/source_text.h"
#include "paiban/document.h"

namespace paiban::manuscript {

struct FrontMatterSplit {
  bool present = false;        // the first line is `+++`
  bool closed = false;         // and a later line is `+++` too
  int toml_first_line = 0;     // file line of the first TOML line
  std::size_t toml_begin = 0;  // byte range of the TOML text in source.text()
  std::size_t toml_end = 0;
  int body_first_line = 1;     // file line where the Markdown starts
  std::size_t body_begin = 0;  // byte offset of the Markdown in source.text()
};

FrontMatterSplit split_front_matter(const SourceText& source);

// Parses the TOML of `split` and fills `meta`. Every problem becomes a
// diagnostic at its position in the manuscript (file `path`).
void read_front_matter(const std::string& path, const SourceText& source,
                       const FrontMatterSplit& split, IssueMeta& meta, Diagnostics& diags);

}  // namespace paiban::manuscript
