// What the cmark mappers share: the manuscript, where its Markdown starts,
// and the diagnostics list.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include <cmark-gfm.h>

#include "base/diagnostics.h"
#include "base/limits.h"
#include "manuscript/source_text.h"
#include "paiban/source.h"

namespace paiban::manuscript {

// The manuscript's footnote definitions by label ("[^n]: …" → "n", as
// note_label() matches it), read where a mark refers to them; `used`
// collects the labels marks named.
struct FootnoteDefinitions {
  std::map<std::string, cmark_node*> by_label;
  std::set<std::string> used;
};

// A note label as cmark-gfm matches marks to definitions: case does not
// count ("[^Note]" finds "[^NOTE]: …"). Only ASCII letters are folded;
// labels hold no spaces.
inline std::string note_label(std::string_view written) {
  std::string label(written);
  for (char& c : label)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return label;
}

struct MarkdownContext {
  const std::string& path;
  const SourceText& source;
  int line_offset;  // file line = cmark line + line_offset (front matter)
  Diagnostics& diags;
  Limits limits = {};  // block_nesting and inline_nesting (nesting.h)
  FootnoteDefinitions* notes = nullptr;

  int file_line(int cmark_line) const { return cmark_line + line_offset; }

  // cmark counts columns in UTF-8 bytes; editors count characters.
  SourceSpan span_at(int cmark_line, int byte_column) const {
    if (cmark_line <= 0) return {path, 0, 0};
    int line = file_line(cmark_line);
    return {path, line, source.char_column(line, byte_column)};
  }

  SourceSpan start_of(cmark_node* node) const {
    return span_at(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
  }
};

}  // namespace paiban::manuscript
