// Fills and strokes of the page model as path operators (ISO 32000-1 §8.5).
#pragma once

#include "page/page.h"
#include "pdf/colors.h"
#include "pdf/content_stream.h"
#include "pdf/page_geometry.h"
#include "pdf/page_resources.h"

namespace paiban::pdf {

// A fill touching a trim edge is extended to the bleed edge on that side.
Rect bleed_extended(const Rect& r, const PageGeometry& geo);

void paint_fill(const page::Fill& fill, const PageGeometry& geo, ColorSpaces& colors,
                ContentStream& out, PageResources& res);

// A line, or a rectangle outline drawn whole (optionally with round
// corners) or side by side when some sides are left open.
void paint_stroke(const page::Stroke& stroke, const PageGeometry& geo, ColorSpaces& colors,
                  ContentStream& out, PageResources& res);

}  // namespace paiban::pdf
