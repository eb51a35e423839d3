// libFuzzer target for the manuscript stage: any bytes must give a Document
// and diagnostics, never a crash, and every position must be a real one.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/diagnostics.h"
#include "manuscript/reader.h"

namespace {

// A span is either unknown (0:0) or points into the input's lines.
void check_span(const paiban::SourceSpan& span, int lines) {
  if (span.line == 0 && span.column == 0) return;
  if (span.line < 1 || span.line > lines + 1 || span.column < 1) __builtin_trap();
}

void check_blocks(const std::vector<paiban::Block>& blocks, int lines) {
  for (const paiban::Block& b : blocks) {
    check_span(b.span, lines);
    for (const paiban::InlineRun& run : b.inlines) check_span(run.span, lines);
    (void)paiban::plain_text(b.inlines);
    check_blocks(b.children, lines);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  int lines = 1;
  for (char c : input) lines += c == '\n' || c == '\r';
  paiban::Diagnostics diags;
  paiban::Document doc = paiban::manuscript::read_manuscript("fuzz.md", input, diags);
  for (const paiban::Diagnostic& d : diags.items()) check_span(d.span, lines);
  for (const paiban::Section& s : doc.sections) {
    check_span(s.span, lines);
    for (const paiban::Article& a : s.articles) {
      check_span(a.span, lines);
      check_blocks(a.blocks, lines);
    }
  }
  return 0;
}
