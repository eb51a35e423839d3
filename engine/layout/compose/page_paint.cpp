#include "layout/compose/page_paint.h"

#include <algorithm>

#include "layout/compose/box_paint.h"

namespace paiban::layout {
namespace {

// Moves an item given relative to a row into page coordinates.
struct Translate {
  Length dx, dy;
  void operator()(page::GlyphRun& r) const {
    r.origin.x += dx;
    r.origin.y += dy;
  }
  void operator()(page::Fill& f) const {
    f.rect.x += dx;
    f.rect.y += dy;
  }
  void operator()(page::Stroke& s) const {
    s.from.x += dx;
    s.from.y += dy;
    s.to.x += dx;
    s.to.y += dy;
  }
  void operator()(page::Image& i) const {
    i.rect.x += dx;
    i.rect.y += dy;
  }
};

// Hairline between columns of a set that asks for one.
const Length kColumnRule = Length::pt(0.5);

void paint_column_rules(std::vector<page::Item>& out, const Segment& seg,
                        const PlacedRegion& region, const Grid& grid) {
  if (!seg.rule) return;
  for (std::size_t c = 0; c + 1 < region.columns.size(); ++c) {
    // No rule beside an empty column.
    if (region.columns[c + 1].rows.empty()) continue;
    const Length x = region.column_x[c] + region.column_width + seg.gap / 2;
    // From the first line's em box top to the last line's em box bottom.
    const Length y0 = region.top + grid.half_leading();
    const Length y1 = region.top + region.used - grid.half_leading();
    if (y1 <= y0) continue;
    page::Stroke s;
    s.from = {x, y0};
    s.to = {x, y1};
    s.width = kColumnRule;
    out.emplace_back(s);
  }
}

// Link areas of a row placed at (dx, dy).
void place_links(std::vector<page::Link>& out, const Row& row, Length dx, Length dy) {
  for (page::Link link : row.links) {
    link.rect.x += dx;
    link.rect.y += dy;
    out.push_back(std::move(link));
  }
}

// Footnote lines stacked from `top` at `x`, under a rule in the separator:
// `rule` long, and at most `width`. Painted after the text, so copied text
// reads the text, then its notes.
void paint_note_block(std::vector<page::Item>& out, page::Page& page, const Galley& galley,
                      const std::vector<PlacedNoteLine>& lines, Length x, Length top, Length width,
                      Length rule_length) {
  const Length height = notes_height(galley, lines);
  page.text_frames.push_back({x, top, width, height});  // the notes' frame
  page::Stroke rule;
  rule.from = {x, top + note_separator() / 3};
  rule.to = {x + std::min(width, rule_length), rule.from.y};
  rule.width = Length::pt(0.5);
  out.emplace_back(rule);
  Length y = top + note_separator();
  for (const PlacedNoteLine& placed : lines) {
    const Row& row = galley.notes[static_cast<std::size_t>(placed.note)].lines[placed.line];
    for (page::Item item : row.items) {
      std::visit(Translate{x, y}, item);
      out.push_back(std::move(item));
    }
    place_links(page.links, row, x, y);
    y += row.height;
  }
}

// A page's footnotes at the foot of the type area, the last line's bottom
// on the frame bottom; the rule is short, or across the type area when a
// note goes on from the page before.
void paint_notes(std::vector<page::Item>& out, page::Page& page, const Galley& galley,
                 const PageLayout& layout) {
  if (layout.notes.empty()) return;
  const Rect& area = layout.frame.type_area;
  paint_note_block(out, page, galley, layout.notes, area.x,
                   layout.frame.frame_bottom - notes_height(galley, layout.notes), area.width,
                   layout.notes_continue ? area.width : layout.note_rule);
}

// Where a region's notes end: on the frame bottom in the page's last
// region, else where the region's notes end.
Length notes_bottom(const PageLayout& layout, const PlacedRegion& region, bool last) {
  return last ? layout.frame.frame_bottom : region.top + region.notes_bottom;
}

// A column's footnotes at its foot, above the lines across the columns if
// any. Painted right after the column's text, so copied text reads each
// column, then its notes.
void paint_column_notes(std::vector<page::Item>& out, page::Page& page, const Galley& galley,
                        const PageLayout& layout, const PlacedRegion& region, std::size_t column,
                        bool last, const Grid& grid) {
  if (column >= region.notes.size() || region.notes[column].lines.empty()) return;
  const ColumnNotes& notes = region.notes[column];
  const Length bottom =
      notes_bottom(layout, region, last) - note_room(galley, region.notes_across.lines, grid);
  paint_note_block(out, page, galley, notes.lines, region.column_x[column],
                   bottom - notes_height(galley, notes.lines), region.column_width,
                   notes.continues ? region.column_width : layout.note_rule);
}

// Lines going on across all of a region's columns, at the bottom of its notes.
void paint_notes_across(std::vector<page::Item>& out, page::Page& page, const Galley& galley,
                        const PageLayout& layout, const PlacedRegion& region, bool last) {
  const auto& lines = region.notes_across.lines;
  if (lines.empty()) return;
  const Length width = region.column_x.back() + region.column_width - region.column_x.front();
  paint_note_block(out, page, galley, lines, region.column_x.front(),
                   notes_bottom(layout, region, last) - notes_height(galley, lines), width, width);
}

}  // namespace

std::string page_label(int index) {
  return std::to_string(index + 1);
}

std::vector<HeadingPlace> heading_places(const Galley& galley, const std::vector<PageLayout>& pages,
                                         std::size_t heading_count) {
  std::vector<HeadingPlace> places(heading_count);
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const auto& region : pages[p].regions) {
      const Segment& seg = galley.segments[region.segment];
      for (const auto& col : region.columns)
        for (const PlacedRow& placed : col.rows) {
          const Row::Heading* heading = seg.rows[placed.row].if_is<Row::Heading>();
          if (!heading || heading->outline < 0 ||
              static_cast<std::size_t>(heading->outline) >= heading_count)
            continue;
          places[heading->outline] = {static_cast<int>(p),
                                      region.top + placed.y + heading->outline_y};
        }
    }
  return places;
}

PaintedPages paint_pages(const Galley& galley, const std::vector<PageLayout>& pages,
                         const Grid& grid) {
  PaintedPages out;
  std::string section;  // carried from page to page
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const PageLayout& layout = pages[p];
    page::Page page;
    page.width = layout.frame.width;
    page.height = layout.frame.height;
    page.label = page_label(static_cast<int>(p));
    std::vector<page::Item> under, over;
    // A page's running section is the one in force at its first text or
    // figure (headings and markers before it count), docs/typography.md §5.
    bool decided = false;
    std::string page_section;
    for (std::size_t r = 0; r < layout.regions.size(); ++r) {
      const PlacedRegion& region = layout.regions[r];
      const Segment& seg = galley.segments[region.segment];
      for (std::size_t c = 0; c < region.columns.size(); ++c) {
        const ColumnFill& col = region.columns[c];
        const Length x = region.column_x[c];
        paint_boxes(under, galley, seg, col, x, region.top, region.column_width);
        page.text_frames.push_back({x, region.top, region.column_width, region.used});
        // The lines of a row cut into line bands are painted cell by cell
        // within a column part, as a whole row's are, so that copied text
        // reads each cell's lines together: held here with the table
        // column each stands in, and given out at the band group's end.
        std::vector<std::pair<std::size_t, page::Item>> band_items;
        auto give_out_bands = [&] {
          std::stable_sort(band_items.begin(), band_items.end(),
                           [](const auto& a, const auto& b) { return a.first < b.first; });
          for (auto& held : band_items) over.push_back(std::move(held.second));
          band_items.clear();
        };
        for (const PlacedRow& placed : col.rows) {
          const Row& row = seg.rows[placed.row];
          const auto* band = row.if_is<Row::TableRow>();
          const bool is_band = band && (band->continues || band->goes_on);
          if (!is_band || !band->continues) give_out_bands();
          if (row.spans())
            page.text_frames.push_back(
                {region.column_x.front(), region.top + placed.y,
                 region.column_x.back() + region.column_width - region.column_x.front(),
                 row.height});
          if (const auto* marker = row.if_is<Row::Marker>()) section = marker->section;
          const bool substantial = (row.is_content() && !row.keep_with_next) ||
                                   row.is<Row::Figure>() || row.is<Row::BoxOpen>();
          if (substantial && !decided) {
            page_section = section;
            decided = true;
          }
          for (page::Item item : row.items) {
            std::size_t cell = 0;
            if (const auto* run = std::get_if<page::GlyphRun>(&item); run && is_band) {
              const auto& columns = seg.tables[static_cast<std::size_t>(band->table)].column_x;
              cell = static_cast<std::size_t>(
                  std::upper_bound(columns.begin(), columns.end(), run->origin.x) -
                  columns.begin());
            }
            std::visit(Translate{x, region.top + placed.y}, item);
            if (is_band)
              band_items.emplace_back(cell, std::move(item));
            else
              over.push_back(std::move(item));
          }
          place_links(page.links, row, x, region.top + placed.y);
        }
        give_out_bands();
        paint_column_notes(over, page, galley, layout, region, c, r + 1 == layout.regions.size(),
                           grid);
      }
      paint_notes_across(over, page, galley, layout, region, r + 1 == layout.regions.size());
      paint_column_rules(over, seg, region, grid);
    }
    paint_notes(over, page, galley, layout);
    page.items = std::move(under);
    page.items.insert(page.items.end(), std::make_move_iterator(over.begin()),
                      std::make_move_iterator(over.end()));
    out.pages.push_back(std::move(page));
    out.sections.push_back(decided ? page_section : section);
  }
  return out;
}

}  // namespace paiban::layout
