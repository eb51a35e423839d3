// Writes the page model as a print PDF through PoDoFo's object layer.
#pragma once

#include <cstdint>
#include <string>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "base/image_limits.h"
#include "page/page.h"
#include "paiban/length.h"

namespace paiban::pdf {

class WriteMemo;  // write_memo.h

struct PdfOptions {
  Length bleed = Length::mm(3);
  bool overprint_black_text = true;
  std::string output_profile_path;  // CMYK ICC profile for the OutputIntent
  std::string output_condition_identifier = "FOGRA39";
  std::string output_condition;
  // Seconds since the epoch for CreationDate/ModDate/XMP; the caller derives
  // it from SOURCE_DATE_EPOCH or the issue date, never from the clock.
  int64_t timestamp = 0;

  // The registry that defines output_condition_identifier (ISO 15930-7).
  std::string registry_name = "http://www.color.org";
  // sRGB profile for RGB images (/ICCBased); styles/profiles/sRGB.icc.
  // Needed only when the document places an RGB image.
  std::string rgb_profile_path;
  // Worker threads for subsetting and compression (0 = one per core). The
  // bytes written do not depend on it.
  unsigned threads = 0;
  // What an earlier write of the same process compressed and subset, reused
  // while unchanged (`paiban watch`); the bytes written do not depend on it.
  // Not owned; one write at a time per memo.
  WriteMemo* memo = nullptr;
  // False for a PDF made again on the next save (`paiban watch`): written
  // atomically still, but without waiting for the disk (atomic_file.h).
  bool survive_power_cut = true;
  // true: PDF/X-4 for the press: no link annotations (ISO 15930-7 allows
  // none but TrapNet and PrinterMark on the printed area), GTS_PDFXVersion
  // in Info and XMP. false: a screen PDF: the pages' links become /Link
  // annotations and the file claims no PDF/X version.
  bool pdfx = true;
  // What decoding the placed images may cost ([limits] image_*).
  ImageLimits image_limits;
};

// Writes `doc` to `out_path` atomically: into a temporary file in the same
// folder, renamed into place only on success. On failure the returned
// diagnostics hold errors and any existing file at `out_path` is untouched.
// Warnings (e.g. images under 300 ppi at their placed size) do not stop it.
// Every file the PDF needs (fonts, images, ICC profiles) is read through
// `env`; only the output is written directly.
Diagnostics write_pdf(const page::PagedDocument& doc, const PdfOptions& options,
                      const Environment& env, const std::string& out_path);

}  // namespace paiban::pdf
