// A deterministic text trace of the page model: for golden tests
// (tests/golden) and for reading what layout did. Pages, then the glyph runs
// grouped into lines by baseline, with glyph ids and advances; fills, strokes
// and images; the outline. Lengths are points rounded to 2 decimals (layout
// works in integer scaled points, so the trace is the same on every machine);
// font files are named without their folder.
#pragma once

#include <string>

#include "page/page.h"

namespace paiban::page {

std::string write_trace(const PagedDocument& doc);

}  // namespace paiban::page
