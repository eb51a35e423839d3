// Link areas of the page model → /Link annotations with /URI actions
// (ISO 32000-1 §12.5.6.5, §12.6.4.7). Annotations are not page content:
// they draw nothing (no border) and are not printed (no /F print flag), so
// the printed page is the same with or without them.
#pragma once

#include <string>
#include <vector>

#include "page/page.h"
#include "pdf/page_geometry.h"
#include "pdf/pdf_objects.h"

namespace paiban::pdf {

// A URI as /URI wants it: 7-bit ASCII, other bytes and spaces as %XX.
std::string ascii_uri(const std::string& uri);

// Adds /Annots to `page` when the page has links.
void write_link_annotations(ObjectFactory& objects, PoDoFo::PdfObject* page,
                            const std::vector<page::Link>& links, const PageGeometry& geo);

}  // namespace paiban::pdf
