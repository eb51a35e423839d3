// Shared by the manuscript tests: read a manuscript from a string and look
// at what came out.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "manuscript/reader.h"

namespace paiban::manuscript::test {

// A valid front matter of 5 lines; Markdown after it starts on line 6.
inline const std::string kFrontMatter =
    "+++\ntitle = \"许昌竞争情报快递\"\nissue = \"2025年第1期\"\ndate = 2025-01-06\n+++\n";

struct Read {
  Document doc;
  Diagnostics diags;
  // Every diagnostic in GCC form, one string each.
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
    return out;
  }
};

inline Read read(std::string_view contents) {
  Read r;
  r.doc = read_manuscript("issue.md", contents, r.diags);
  return r;
}

// Reads Markdown after the standard front matter.
inline Read read_body(const std::string& markdown) {
  return read(kFrontMatter + markdown);
}

// The blocks of the first article of the first section.
inline const std::vector<Block>& first_blocks(const Read& r) {
  return r.doc.sections.at(0).articles.at(0).blocks;
}

// Runs as short strings: "text", "strong", "em", "strong+em" or "code",
// then ':' and the text; "soft" and "hard" for breaks.
inline std::vector<std::string> describe(const std::vector<InlineRun>& runs) {
  std::vector<std::string> out;
  for (const InlineRun& run : runs) {
    if (run.kind == InlineRun::Kind::soft_break) {
      out.push_back("soft");
    } else if (run.kind == InlineRun::Kind::hard_break) {
      out.push_back("hard");
    } else if (run.kind == InlineRun::Kind::note) {
      std::string note;
      for (const std::string& part : describe(run.note)) note += (note.empty() ? "" : " ") + part;
      out.push_back("note[" + note + "]");
    } else {
      std::string style = run.code                     ? "code"
                          : run.strong && run.emphasis ? "strong+em"
                          : run.strong                 ? "strong"
                          : run.emphasis               ? "em"
                                                       : "text";
      if (run.strikethrough) style += "~";
      if (!run.link.empty()) style += "@" + run.link;
      out.push_back(style + ":" + run.text);
    }
  }
  return out;
}

// The inline runs of the first block of a manuscript body.
inline std::vector<InlineRun> runs_of(const std::string& markdown) {
  Read r = read_body(markdown);
  if (r.doc.sections.empty() || r.doc.sections[0].articles.empty() ||
      r.doc.sections[0].articles[0].blocks.empty())
    return {};
  return r.doc.sections[0].articles[0].blocks[0].inlines;
}

}  // namespace paiban::manuscript::test
