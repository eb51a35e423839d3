// The page model: positioned glyph runs, fills, strokes and images on pages,
// with the outline. Output-neutral: the pdf stage is one consumer, the text
// trace (trace.h) another. Coordinates are y-down from the top-left corner of
// the TRIM box; the bleed lies outside at negative / beyond-size coordinates.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "base/image_header.h"
#include "page/font_path.h"
#include "page/glyph_list.h"
#include "paiban/color.h"
#include "paiban/length.h"
#include "paiban/source.h"

namespace paiban::page {

// A font face by file, as the pdf stage needs it to subset and embed.
struct FaceRef {
  FontPath path;  // shared by the copies
  int face_index = 0;
  bool operator==(const FaceRef&) const = default;
  auto operator<=>(const FaceRef&) const = default;
};

// Page furniture: text that is not part of what a reader copies. The pdf
// stage encloses such a run in /Artifact marked content whose /Type (and
// /Subtype) it takes from this kind (ISO 32000-1 §14.8.2.2).
enum class Artifact : uint8_t {
  none,    // body text
  header,  // running head: /Pagination, /Header
  footer,  // running foot or folio: /Pagination, /Footer
  layout,  // cosmetic furniture (contents leaders, continuation marks): /Layout
  page,    // production aid outside the trim (the slug): /Page
};

// Glyphs of one face and size on one baseline; the pen starts at `origin`
// and moves by each glyph's advance.
struct GlyphRun {
  FaceRef font;
  Length size;
  Point origin;      // baseline start
  GlyphList glyphs;  // shared by copies of the run
  Color color = Color::black();
  bool fake_bold = false;  // draw outlines stroked as well as filled
  Artifact artifact = Artifact::none;
};

struct Fill {
  Rect rect;
  Color color;
  Length corner_radius;
};

// A straight line or a rectangle outline.
struct Stroke {
  enum class Shape { line, rect };
  Shape shape = Shape::line;
  Point from, to;  // line: endpoints; rect: top-left and bottom-right
  Length width = Length::pt(0.5);
  Color color = Color::black();
  Length corner_radius;  // rect only
  // Sides to draw for a rect (top, right, bottom, left): a box broken across
  // columns is drawn open at the break.
  bool sides[4] = {true, true, true, true};
  Length dash;  // 0 = solid
};

struct Image {
  std::string path;      // resolved path; the pdf stage embeds each file once
  SourceSpan placed_at;  // the manuscript line that placed it, for messages
  Rect rect;             // the picture as seen, upright
  int pixel_width = 0;   // as stored in the file
  int pixel_height = 0;
  // EXIF orientation: how the stored pixels are turned to fill `rect`
  // upright (a phone photo is often stored lying on its side).
  ImageOrientation orientation = ImageOrientation::upright;
};

// A link area over glyphs: the pdf stage writes a /Link annotation with a
// /URI action. Not content: nothing is drawn and nothing is copied.
struct Link {
  Rect rect;
  std::string uri;
};

using Item = std::variant<GlyphRun, Fill, Stroke, Image>;

struct Page {
  Length width;  // trim size
  Length height;
  std::string label;  // page label ("1", "i", …)
  std::vector<Item> items;
  // Where text was set: every column of every region, and the rows that span
  // a column set. Not drawn; checks read it (nothing may leave its column).
  std::vector<Rect> text_frames;
  // Printer's marks (crop and registration marks, the slug): outside the
  // bleed, in PagedDocument::marks_room; the pdf stage paints them unclipped as
  // /Artifact /Page content.
  std::vector<Item> marks;
  std::vector<Link> links;
};

struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = section, 2 = article
  int page = 0;   // 0-based page index
  Length y;       // top of the heading on that page
};

struct Metadata {
  std::string title;
  std::string subject;  // e.g. the 期号
  std::string author;   // publisher
  std::string creator = "paiban";
  std::string date;  // ISO 8601 date of the issue, "2025-01-06"
};

struct PagedDocument {
  std::vector<Page> pages;
  // Room beyond the bleed on every side for the pages' marks (0 = no marks);
  // the pdf stage grows the MediaBox by it.
  Length marks_room;
  std::vector<OutlineEntry> outline;
  Metadata meta;
};

}  // namespace paiban::page
