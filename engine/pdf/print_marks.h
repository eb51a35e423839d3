// Printer's marks, drawn OUTSIDE the bleed in registration colour so they
// print on every plate and are cut away (docs/typography.md §4): crop marks on
// the trim lines at the four corners, optional registration targets at the
// middle of each side, and an optional slug line under the page. Expressed
// as page-model items (negative or beyond-size coordinates) so the one
// painter draws them.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "page/page.h"
#include "pdf/pdf_writer.h"

namespace paiban::pdf {

bool wants_marks(const PdfOptions& options);

// The face the slug is set in: options.slug_font, else the first face the
// document uses (every CJK text face has the digits and Latin letters a slug
// needs); empty when neither exists.
page::FontFace slug_face(const page::Document& doc, const PdfOptions& options);

// Items for page `index` (0-based) of `count` pages.
std::vector<page::Item> printer_marks(const page::Page& page, int index, int count,
                                      const PdfOptions& options, const page::FontFace& slug_font,
                                      Diagnostics& diags);

}  // namespace paiban::pdf
