// Maps the style sheet's print settings onto the pdf stage's options (the
// printer's marks are made by layout: layout/compose/printer_marks.h).
#pragma once

#include <cstdint>
#include <string>

#include "pdf/pdf_writer.h"
#include "style/stylesheet.h"

namespace paiban::cli {

pdf::PdfOptions pdf_options_for(const style::StyleSheet& sheet, int64_t timestamp);

}  // namespace paiban::cli
