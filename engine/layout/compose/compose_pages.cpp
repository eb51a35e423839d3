#include "layout/compose/compose_pages.h"

#include <cstdio>
#include <filesystem>
#include <map>

#include "base/dates.h"
#include "base/parallel.h"
#include "layout/compose/galley_builder.h"
#include "layout/compose/layout_context.h"
#include "layout/compose/line_setter.h"
#include "layout/compose/page_frames.h"
#include "layout/compose/page_paint.h"
#include "layout/compose/paginate.h"
#include "layout/compose/paragraphs_ahead.h"
#include "layout/compose/printer_marks.h"
#include "layout/compose/running_lines.h"

namespace paiban::layout {
namespace {

// Contents page numbers change the contents, which may move the headings:
// lay out, read the numbers, lay out again until they hold, this often.
constexpr int kMaxPasses = 3;

// Footnote numbers per page are known only once the marks have pages, and a
// wider number ("9" → "10") may move a mark to the next page, where it is
// narrower again. The passes go on until every mark shows its page's
// number; from pass kPinAfter on, each mark is held to a page no earlier
// than the one it stood on (paginate: mark_not_before), so a mark only ever
// moves on and the passes end; kMaxNotePasses bounds them all the same.
constexpr int kPinAfter = 3;
constexpr int kMaxNotePasses = 12;

// The numbers the footnotes were set with.
std::vector<NoteNumber> numbers_of(const Galley& galley) {
  std::vector<NoteNumber> numbers;
  for (const Note& note : galley.notes) numbers.push_back({note.number, note.printed});
  return numbers;
}

// The number each footnote's mark has on its page: its place among the
// page's notes. A mark of a note marked before on the same page repeats
// that number and prints nothing; on a later page the note is printed
// again under that page's number (docs/typography.md R15). A note whose
// mark found no page keeps its number.
std::vector<NoteNumber> numbers_per_page(const std::vector<PageLayout>& pages,
                                         const Galley& galley) {
  std::vector<NoteNumber> numbers = numbers_of(galley);
  for (const PageLayout& page : pages) {
    int k = 0;
    std::map<int, int> on_page;  // first mark of a note → its number here
    for (const int n : page.marks) {
      const int same_as = galley.notes[static_cast<std::size_t>(n)].same_as;
      const auto [it, is_new] = on_page.emplace(same_as >= 0 ? same_as : n, k + 1);
      if (is_new) ++k;
      numbers[static_cast<std::size_t>(n)] = {it->second, is_new};
    }
  }
  return numbers;
}

bool has_contents(const std::vector<FlowBlock>& blocks) {
  for (const auto& b : blocks)
    if (b.kind() == FlowKind::contents || has_contents(b.children())) return true;
  return false;
}

// Text is set once, at the width of the default (right-hand) master's type
// area; masters that differ would need the text set again per page.
void check_master_widths(const style::StyleSheet& sheet, Diagnostics& diags) {
  const style::PageMaster& base = sheet.master("right");
  const Length width = base.width - base.margin_inner - base.margin_outer;
  for (const auto& [name, m] : sheet.masters) {
    const Length w = m.width - m.margin_inner - m.margin_outer;
    if (w != width)
      diags.warning(m.span,
                    "page master '" + name + "' has a type area " + std::to_string(w.to_mm()) +
                        " mm wide, the 'right' master " + std::to_string(width.to_mm()) +
                        " mm; text on its pages is set at the 'right' width",
                    {"give every master the same width minus inner and outer margins"});
  }
}

// A type area that holds no line of body text cannot be filled; report each
// master that has one. True when the default master is usable.
bool check_master_areas(const style::StyleSheet& sheet, const Grid& grid, Diagnostics& diags) {
  bool usable = true;
  for (const auto& [name, m] : sheet.masters) {
    const PageFrame f = make_page_frame(sheet, 1, name, grid);
    if (f.frame_bottom - f.frame_top >= grid.pitch && f.type_area.width >= grid.body_size) continue;
    char size[64];
    std::snprintf(size, sizeof size, "%.1f × %.1f mm", f.type_area.width.to_mm(),
                  f.type_area.height.to_mm());
    diags.error(m.span,
                "page master '" + name + "' leaves a type area of " + size +
                    ", less than one line of body text",
                {"make the margins smaller than the page, or the page larger"});
    if (name == "right") usable = false;
  }
  return usable;
}

std::vector<std::string> labels_of(const std::vector<HeadingPlace>& places) {
  std::vector<std::string> labels;
  for (const auto& p : places) labels.push_back(p.page < 0 ? std::string() : page_label(p.page));
  return labels;
}

}  // namespace

page::PagedDocument compose_pages(const Flow& flow, const style::StyleSheet& sheet,
                                  ParagraphSetter& setter,
                                  text::FontLibrary& /*fonts: the setter's*/, const IssueMeta& meta,
                                  const Environment& env, Diagnostics& diags,
                                  const ComposeOptions& options) {
  for (const auto& problem : flow.problems) diags.add(problem);
  check_master_widths(sheet, diags);

  // 1. The grid and the geometry text is set for (LayoutContext).
  LineSetter lines(setter);
  Diagnostics pass_diags;
  const LayoutContext ctx(sheet, lines, env, pass_diags);
  const Grid& grid = ctx.grid;
  page::PagedDocument doc;
  doc.meta = {meta.title, meta.issue, meta.publisher, "paiban", meta.date};  // front matter
  if (!check_master_areas(sheet, grid, diags)) return doc;
  const auto headings = outline_headings(flow);
  std::vector<std::string> labels(headings.size());

  // 2. Flow → galley → pages, again while contents page numbers or the
  // footnote numbers per page move.
  Galley galley;
  std::vector<PageLayout> layouts;
  const bool contents = has_contents(flow.blocks);
  const bool per_page = sheet.typography.footnote_restart == style::NoteNumbering::page;
  std::vector<NoteNumber> note_numbers;  // empty: counted by the galley builder
  std::vector<int> mark_not_before;
  bool labels_settled = true, numbers_settled = true;
  // The first pass sets every paragraph; the second core sets them ahead
  // (later passes find them remembered by `lines`).
  std::unique_ptr<ParagraphsAhead> ahead;
  if (options.threads >= 2 || (options.threads == 0 && core_count() >= 2)) {
    ahead = std::make_unique<ParagraphsAhead>(setter, plan_paragraphs(flow, ctx));
    lines.take_ahead_from(ahead.get());
  }
  for (int pass = 0;; ++pass) {
    pass_diags = {};  // each pass finds the same problems: keep the last
    // The last pass's galley and pages go first: holding them while the next
    // is built would keep every line's glyphs twice at the peak.
    galley = {};
    layouts = {};
    galley = build_galley(flow, ctx, labels, note_numbers);
    lines.take_ahead_from(nullptr);
    ahead.reset();
    layouts = paginate(galley, ctx, mark_not_before);
    bool again = false;
    if (contents && pass < kMaxPasses) {
      std::vector<std::string> now = labels_of(heading_places(galley, layouts, headings.size()));
      labels_settled = now == labels;
      if (!labels_settled && pass + 1 < kMaxPasses) {
        labels = std::move(now);
        again = true;
      }
    }
    if (per_page && !galley.notes.empty()) {
      std::vector<NoteNumber> now = numbers_per_page(layouts, galley);
      numbers_settled = now == numbers_of(galley);
      if (!numbers_settled && pass + 1 < kMaxNotePasses) {
        note_numbers = std::move(now);
        again = true;
        if (pass + 1 >= kPinAfter) {
          mark_not_before.resize(galley.notes.size(), 0);
          for (std::size_t p = 0; p < layouts.size(); ++p)
            for (const int n : layouts[p].marks) {
              int& pin = mark_not_before[static_cast<std::size_t>(n)];
              pin = std::max(pin, static_cast<int>(p));
            }
        }
      }
    }
    if (!again) break;
  }
  if (!labels_settled)
    pass_diags.warning({flow.document_path, 0, 0},
                       "the contents page numbers did not settle after " +
                           std::to_string(kMaxPasses) + " layouts; some may be off by a page",
                       {"check the contents page against the pages"});
  if (!numbers_settled)
    pass_diags.warning({flow.document_path, 0, 0},
                       "the footnote numbers per page did not settle after " +
                           std::to_string(kMaxNotePasses) +
                           " layouts; some marks do not start again at 1 on their page",
                       {"number the footnotes per article ([typography] footnote_restart = "
                        "\"article\")"});
  diags.append(pass_diags);
  // No paragraph is set again: the galley's rows hold their runs (sharing
  // the glyphs), so the remembered lines would only be memory from here on.
  lines.forget_paragraphs();
  const auto places = heading_places(galley, layouts, headings.size());

  // 3. Pages: rows in place, boxes under them, running heads and folios.
  PaintedPages painted = paint_pages(galley, layouts, grid);
  galley = {};  // its rows are on the pages now
  for (std::size_t p = 0; p < painted.pages.size(); ++p) {
    page::Page& page = painted.pages[p];
    if (!layouts[p].blank) {
      const RunningFields fields{meta.title, meta.issue, meta.date, painted.sections[p],
                                 page.label};
      add_running_lines(page, layouts[p].frame, fields, sheet, lines);
    }
    // The pages live until the PDF is written: without the growth slack of
    // the running lines appended last.
    page.items.shrink_to_fit();
    doc.pages.push_back(std::move(page));
  }

  // 4. Printer's marks and the slug, outside the bleed, when the style asks.
  const SlugFields slug{std::filesystem::path(flow.document_path).filename().string(),
                        output_timestamp(env.source_date_epoch(), meta.date)};
  add_printer_marks(doc, sheet, slug, lines);

  // 5. Outline: every heading with an outline level, where it landed.
  for (std::size_t k = 0; k < headings.size(); ++k) {
    if (places[k].page < 0) continue;
    page::OutlineEntry e;
    const auto& heading = headings[k]->as<FlowBlock::Heading>();
    e.title = plain_text(heading.text);
    e.level = heading.outline_level;
    e.page = places[k].page;
    e.y = places[k].y;
    doc.outline.push_back(std::move(e));
  }

  return doc;
}

}  // namespace paiban::layout
