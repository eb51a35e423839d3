// Seams for tests and benchmarks; the CLI uses write_pdf (pdf_writer.h).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pdf/atomic_file.h"
#include "pdf/pdf_writer.h"

namespace paiban::pdf {

struct WriteStats {
  // Per embedded font: "path#face" and hb-subset time in seconds.
  std::vector<std::pair<std::string, double>> subset_seconds;
  std::vector<std::size_t> subset_glyphs;
  std::size_t file_bytes = 0;
  std::size_t images_embedded = 0;
  // The pages were painted a second time: a glyph's code predicted while
  // its font was subset was not the subset's (pdf/font_embedding.h).
  bool painted_again = false;
};

// Ways for tests to force rare paths.
struct WriteSeams {
  // With more than one thread: predict the codes of every font, those of
  // the last one in order of first use wrong, so that the pages are painted
  // again with the subsets' codes.
  bool spoil_predicted_codes = false;
};

// write_pdf with file-writing hooks (to inject I/O failures) and statistics.
Diagnostics write_pdf_with(const page::PagedDocument& doc, const PdfOptions& options,
                           const Environment& env, const std::string& out_path,
                           const FileWriteHooks& hooks, WriteStats* stats);

// The finished file's bytes without writing them anywhere.
Diagnostics render_pdf_bytes(const page::PagedDocument& doc, const PdfOptions& options,
                             const Environment& env, std::string& bytes, WriteStats* stats);
Diagnostics render_pdf_bytes(const page::PagedDocument& doc, const PdfOptions& options,
                             const Environment& env, std::string& bytes, WriteStats* stats,
                             const WriteSeams& seams);

}  // namespace paiban::pdf
