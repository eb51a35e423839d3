// What readers navigate by: the document outline (ISO 32000-1 §12.3.3),
// page labels (§12.4.2) and /ViewerPreferences /DisplayDocTitle (§12.2),
// so a viewer shows "2025年第1期" rather than the file name.
#pragma once

#include <string>
#include <vector>

#include "page/page.h"
#include "pdf/page_geometry.h"
#include "pdf/pdf_objects.h"

namespace paiban::pdf {

struct PageTarget {
  ObjectRef page;
  PageGeometry geometry;
};

// One /PageLabels range: from `first_page` on, numbers in `style` ("D",
// "r", "R", or empty for prefix only) starting at `start`, after `prefix`.
struct LabelRange {
  int first_page = 0;
  std::string style;
  std::string prefix;
  int start = 1;
  bool operator==(const LabelRange&) const = default;
};

// Ranges that reproduce every page's label: a run of decimal or roman
// labels counting up by one shares a range; any other label gets its own.
std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels);

void write_outline(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                   const std::vector<page::OutlineEntry>& outline,
                   const std::vector<PageTarget>& pages);
void write_page_labels(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                       const std::vector<std::string>& labels);
void write_viewer_preferences(PoDoFo::PdfObject* catalog);

}  // namespace paiban::pdf
