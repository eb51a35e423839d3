// Glyph runs as text objects: "BT /Fn size Tf x y Tm [<code> n <code>…] TJ ET"
// (ISO 32000-1 §9.4). Positions come from the page model's advances and
// offsets; the TJ numbers make up the difference to the widths the font
// declares in /W. A pen that only moves forward keeps pdftotext from
// splitting lines (docs/stack.md §2), so a backward number appears only where a
// glyph really has a negative offset. A furniture run (page::Artifact) is
// enclosed in /Artifact marked content (artifact.h).
#pragma once

#include <map>

#include "page/page.h"
#include "pdf/colors.h"
#include "pdf/content_stream.h"
#include "pdf/font_objects.h"
#include "pdf/font_usage.h"
#include "pdf/page_geometry.h"
#include "pdf/page_resources.h"

namespace paiban::pdf {

struct FontEntry {
  const FontUsage* usage = nullptr;
  EmbeddedFont embedded;
};
using FontTable = std::map<page::FaceRef, FontEntry>;

struct TextPaintOptions {
  bool overprint_black = true;
};

void paint_glyph_run(const page::GlyphRun& run, const PageGeometry& geo, const FontTable& fonts,
                     ColorSpaces& colors, const TextPaintOptions& style, ContentStream& out,
                     PageResources& res);

}  // namespace paiban::pdf
