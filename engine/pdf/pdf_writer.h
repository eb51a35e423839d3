// Writes the page model as a print PDF through PoDoFo's object layer.
#pragma once

#include <cstdint>
#include <string>

#include "base/diagnostics.h"
#include "paiban/length.h"
#include "page/page.h"

namespace paiban::pdf {

struct PdfOptions {
  Length bleed = Length::mm(3);
  bool crop_marks = false;
  bool registration_marks = false;
  bool slug = false;               // file name, page and date outside the bleed
  std::string slug_text;           // e.g. the manuscript file name
  bool overprint_black_text = true;
  std::string output_profile_path; // CMYK ICC profile for the OutputIntent
  std::string output_condition_identifier = "FOGRA39";
  std::string output_condition;
  // Seconds since the epoch for CreationDate/ModDate/XMP; the caller derives
  // it from SOURCE_DATE_EPOCH or the issue date, never from the clock.
  int64_t timestamp = 0;
};

// Writes `doc` to `out_path` atomically: into a temporary file in the same
// folder, renamed into place only on success. On failure the returned
// diagnostics hold errors and any existing file at `out_path` is untouched.
Diagnostics write_pdf(const page::Document& doc, const PdfOptions& options,
                      const std::string& out_path);

}  // namespace paiban::pdf
