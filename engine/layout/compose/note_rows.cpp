// Footnotes and links → rows (docs/style-reference.md, [typography]
// footnote_numbering, footnote_restart, links). A note's mark is numbered
// where the text is set, in reading order, and set superscript there; the
// note's lines are set across the type area in the footnote style, and the
// row that holds the mark carries the note to the paginator, which puts it
// at the foot of that row's page. Links leave link areas over their glyphs
// and, as the style says, their URL as a note or in parentheses.
#include "layout/compose/galley_writer.h"
#include "layout/compose/grid.h"
#include "layout/compose/list_marker.h"

namespace paiban::layout {
namespace {

// Whether a link's text already shows its target (an autolink, or
// [https://…](https://…)): printing the URL again says nothing new.
bool text_is_target(const std::string& text, const std::string& target) {
  return text == target || "mailto:" + text == target || "http://" + text == target ||
         "https://" + text == target;
}

InlineRun plain_run(const std::string& text, const std::string& link, const SourceSpan& span) {
  InlineRun run;
  run.text = text;
  run.link = link;
  run.span = span;
  return run;
}

// What makes two marks one note: the note's text and where each run of it
// was written (a [^label] marked twice carries its definition's runs both
// times; two notes that read alike were written in two places).
std::string note_identity(const std::vector<InlineRun>& text) {
  std::string out = "note";
  for (const InlineRun& run : text) {
    out += '\0' + std::to_string(static_cast<int>(run.kind)) + ':' + run.span.file + ':' +
           std::to_string(run.span.line) + ':' + std::to_string(run.span.column) + ':' +
           (run.strong ? "s" : "") + (run.emphasis ? "e" : "") + (run.code ? "c" : "") +
           (run.strikethrough ? "x" : "") + (run.underline ? "u" : "") +
           (run.emphasis_dots ? "d" : "") + ':' + run.color + ':' + run.link + ':' + run.text;
  }
  return out;
}

}  // namespace

// Per page, the first pass counts per article: a guess the next pass
// corrects (compose_pages.cpp). A note marked again after the restart is
// numbered and printed again in the new article; per page and through the
// issue, marks are matched across the whole issue (for pages,
// compose_pages.cpp then keeps one number per note on each page).
void GalleyWriter::restart_notes() {
  const style::NoteNumbering restart = ctx_.sheet.typography.footnote_restart;
  if (restart != style::NoteNumbering::issue) note_number_ = 0;
  if (restart == style::NoteNumbering::article) first_note_.clear();
}

int GalleyWriter::add_note(const std::vector<InlineRun>& text, const SourceSpan& where,
                           const std::string& same) {
  Note note;
  const std::size_t index = galley_.notes.size();
  const auto [first, is_first] = first_note_.emplace(same, static_cast<int>(index));
  if (!is_first) note.same_as = first->second;
  if (index < note_numbers_.size()) {
    note.number = note_numbers_[index].number;
    note.printed = note_numbers_[index].printed;
  } else if (note.same_as >= 0) {
    note.number = galley_.notes[static_cast<std::size_t>(note.same_as)].number;
    note.printed = false;
  } else {
    note.number = ++note_number_;
  }
  note.measure = ctx_.sheet.typography.footnote_place == style::NotePlace::column ? column_measure_
                                                                                  : ctx_.type_width;
  if (!note.printed) {
    galley_.notes.push_back(std::move(note));
    return static_cast<int>(index);
  }
  // The note begins with its number at full size, a space after it.
  const std::string mark = note_number_text(note.number);
  std::vector<InlineRun> runs{plain_run(mark + "\u2002", "", where)};
  runs.insert(runs.end(), text.begin(), text.end());
  const style::TextStyle& st = text_style("footnote", where);
  const auto& lines = ctx_.lines.set_note(runs, st, note.measure, where);
  const Length baseline = Grid::baseline_in_line(st);
  for (const SetLine& line : lines) {
    Row r(Row::TextLine{.ink_below = (st.line_height - st.size) / 2, .label = false});
    r.height = st.line_height;
    r.lines = 1;
    r.span = &where;
    add_line(r, line, Length::zero(), baseline, nullptr);
    note.lines.push_back(std::move(r));
  }
  galley_.notes.push_back(std::move(note));
  return static_cast<int>(index);
}

// The mark of note `id` as its text shows it.
std::string GalleyWriter::mark_text(int id) {
  return note_number_text(galley_.notes[static_cast<std::size_t>(id)].number);
}

// ㉑ … ㊿ only where the footnote style's fonts have them all up to the
// number: a fallback font's figure would not match the others.
std::string GalleyWriter::note_number_text(int number) {
  if (note_circled_max_ < 0) {
    const style::TextStyle& st = ctx_.sheet.text_style("footnote");
    note_circled_max_ = 20;
    while (circled_number(note_circled_max_ + 1) != 0 &&
           ctx_.lines.style_has_char(circled_number(note_circled_max_ + 1), st))
      ++note_circled_max_;
  }
  return number_in_form(ctx_.sheet.typography.footnote_numbering, number, note_circled_max_);
}

const NotedRuns& GalleyWriter::noted(const TextOf& key, const std::vector<InlineRun>& runs) {
  if (auto it = noted_.find(key); it != noted_.end()) return it->second;
  const style::LinkStyle links = ctx_.sheet.typography.links;
  NotedRuns out;
  auto push = [&out](InlineRun run, int note) {
    out.runs.push_back(std::move(run));
    out.note_of_run.push_back(note);
  };
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const InlineRun& run = runs[i];
    if (run.kind == InlineRun::Kind::note) {
      InlineRun mark = run;
      mark.note.clear();
      const int id = add_note(run.note, run.span, note_identity(run.note));
      mark.text = mark_text(id);
      push(std::move(mark), id);
      continue;
    }
    push(run, -1);
    const bool link_ends =
        !run.link.empty() && (i + 1 == runs.size() || runs[i + 1].link != run.link);
    if (!link_ends || links == style::LinkStyle::text) continue;
    std::string text;
    for (std::size_t k = i + 1; k-- > 0 && runs[k].link == run.link;) text = runs[k].text + text;
    if (text_is_target(text, run.link)) continue;
    if (links == style::LinkStyle::inline_url) {
      push(plain_run("（" + run.link + "）", run.link, run.span), -1);
      continue;
    }
    InlineRun mark = plain_run("", "", run.span);
    mark.kind = InlineRun::Kind::note;
    const int id =
        add_note({plain_run(run.link, run.link, run.span)}, run.span, "link:" + run.link);
    mark.text = mark_text(id);
    push(std::move(mark), id);
  }
  return noted_.emplace(key, std::move(out)).first->second;
}

void GalleyWriter::add_line(Row& row, const SetLine& line, Length x, Length baseline,
                            const NotedRuns* noted) {
  append_line(row.items, line, x, baseline);
  for (const LineDecoration& d : line.decorations)
    if (d.kind == LineDecoration::Kind::link)
      row.links.push_back({{x + d.x0, baseline + d.y, d.x1 - d.x0, d.thickness}, d.uri});
  if (!noted) return;
  for (const uint32_t run : line.note_runs)
    if (run < noted->note_of_run.size() && noted->note_of_run[run] >= 0)
      row.notes.push_back(noted->note_of_run[run]);
}

void GalleyWriter::place_noted_lines(Row& row, const std::vector<SetLine>& lines,
                                     const style::TextStyle& st, Length x, Length top,
                                     const NotedRuns* noted) {
  const Length baseline = Grid::baseline_in_line(st);
  for (std::size_t j = 0; j < lines.size(); ++j)
    add_line(row, lines[j], x, top + st.line_height * static_cast<int64_t>(j) + baseline, noted);
}

}  // namespace paiban::layout
