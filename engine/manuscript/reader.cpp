#include "manuscript/reader.h"

#include <exception>

#include "manuscript/front_matter.h"
#include "manuscript/markdown_blocks.h"
#include "manuscript/outline.h"
#include "manuscript/source_text.h"

namespace paiban::manuscript {
namespace {

const char* const kFrontMatterExample =
    "begin the file with a front matter like:\n+++\ntitle = \"许昌竞争情报快递\"\n"
    "issue = \"2025年第1期\"\ndate = 2025-01-06\n+++";

void check_encoding(const std::string& path, const SourceText& source, Diagnostics& diags) {
  EncodingProblem p = source.first_encoding_problem();
  if (p.line == 0) return;
  diags.error({path, p.line, p.column},
              p.nul ? "the manuscript contains a NUL byte; it is not a text file"
                    : "the manuscript is not valid UTF-8 text",
              {"save the manuscript as UTF-8 text (Markdown)"});
}

// Returns the byte offset where the Markdown starts, or npos if it cannot be
// found (front matter never closed).
std::size_t read_meta(const std::string& path, const SourceText& source, Document& doc,
                      int& body_first_line, Diagnostics& diags) {
  FrontMatterSplit split = split_front_matter(source);
  if (!split.present) {
    std::vector<std::string> hints{kFrontMatterExample};
    if (source.line(1).substr(0, 3) == "---")
      hints.push_back("paiban reads TOML front matter between +++ lines, not YAML between ---");
    diags.error({path, 1, 1}, "the manuscript has no front matter (title, issue, date)",
                std::move(hints));
    body_first_line = 1;
    return 0;
  }
  if (!split.closed) {
    diags.error({path, 1, 1}, "front matter opened with +++ is never closed",
                {"add a line with only +++ after the last key"});
    return std::string::npos;
  }
  read_front_matter(path, source, split, doc.meta, diags);
  body_first_line = split.body_first_line;
  return split.body_begin;
}

}  // namespace

Document read_manuscript(const std::string& path, std::string_view contents, Diagnostics& diags,
                         const Limits& limits) {
  Document doc;
  doc.path = path;
  // The stage border: toml++ and the standard library may throw (parse
  // errors are caught nearer their source; this catches the rest, e.g.
  // bad_alloc), and a throw must not escape as a crash.
  try {
    SourceText source(contents);
    check_encoding(path, source, diags);
    int body_first_line = 1;
    std::size_t body = read_meta(path, source, doc, body_first_line, diags);
    if (body == std::string::npos) return doc;
    MarkdownContext ctx{path, source, body_first_line - 1, diags, limits, nullptr};
    doc.sections =
        build_outline(read_markdown_blocks(ctx, std::string_view(source.text()).substr(body)));
  } catch (const std::exception& e) {
    diags.error({path, 0, 0}, std::string("cannot read the manuscript: ") + e.what());
  }
  return doc;
}

}  // namespace paiban::manuscript
