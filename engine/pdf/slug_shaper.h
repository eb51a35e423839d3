// Shapes the slug line (a short note outside the trim: file, page, date)
// into a glyph run, since the page model carries no text for it. Plain
// HarfBuzz shaping, zh-Hans (docs/stack.md §2: set the language explicitly).
#pragma once

#include <optional>
#include <string>

#include "page/page.h"

namespace paiban::pdf {

std::optional<page::GlyphRun> shape_slug(const std::string& utf8, const page::FontFace& font,
                                         Length size, Point origin, std::string& error);

}  // namespace paiban::pdf
