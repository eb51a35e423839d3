#include "layout/compose/line_setter.h"

#include "layout/compose/grid.h"
#include "layout/compose/paragraphs_ahead.h"

namespace paiban::layout {
namespace {

std::string marks_of(const std::vector<InlineRun>& runs) {
  std::string marks;
  for (const InlineRun& r : runs)
    if (r.kind == InlineRun::Kind::note) marks += r.text + '\x1f';
  return marks;
}

}  // namespace

const std::vector<SetLine>& LineSetter::set(const TextOf& text, const std::vector<InlineRun>& runs,
                                            const style::TextStyle& style, Length measure,
                                            const SourceSpan& where,
                                            const ParagraphOptions& options) {
  Key key{text, style.name, measure.sp, options.use_style_indent, marks_of(runs)};
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  if (ahead_)
    if (std::optional<SetParagraph> ahead =
            ahead_->take(text, runs, style, measure, where, options))
      return cache_.emplace(std::move(key), setter_.take(std::move(*ahead))).first->second;
  return cache_.emplace(key, setter_.set(runs, style, measure, where, options)).first->second;
}

const std::vector<SetLine>& LineSetter::set_code(const TextOf& text,
                                                 const std::vector<InlineRun>& runs,
                                                 const style::TextStyle& style, Length measure,
                                                 const SourceSpan& where) {
  Key key{text, style.name, measure.sp, false, {}};
  auto it = code_cache_.find(key);
  if (it != code_cache_.end()) return it->second;
  return code_cache_.emplace(key, setter_.set_code(runs, style, measure, where)).first->second;
}

const std::vector<SetLine>& LineSetter::set_note(const std::vector<InlineRun>& runs,
                                                 const style::TextStyle& style, Length measure,
                                                 const SourceSpan& where) {
  std::string said;
  for (const InlineRun& r : runs) {
    said += static_cast<char>('0' + static_cast<int>(r.kind));
    said += r.strong ? 'b' : '-';
    said += r.emphasis ? 'i' : '-';
    said += r.code ? 'c' : '-';
    said += r.text + '\x1f' + r.link + '\x1e';
  }
  auto key = std::make_tuple(std::move(said), style.name, measure.sp);
  auto it = notes_.find(key);
  if (it != notes_.end()) return it->second;
  ParagraphOptions options;
  options.use_style_indent = false;
  return notes_.emplace(std::move(key), setter_.set(runs, style, measure, where, options))
      .first->second;
}

ContentWidths LineSetter::content_widths(const TextOf& text, const std::vector<InlineRun>& runs,
                                         const style::TextStyle& style) {
  Key key{text, style.name, 0, false, marks_of(runs)};
  auto it = widths_.find(key);
  if (it != widths_.end()) return it->second;
  return widths_.emplace(key, setter_.content_widths(runs, style)).first->second;
}

const SetLine& LineSetter::set_single(const std::string& utf8, const style::TextStyle& style,
                                      const SourceSpan& where) {
  const auto key = std::make_pair(utf8, style.name);
  auto it = singles_.find(key);
  if (it != singles_.end()) return it->second;
  style::TextStyle plain = style;
  plain.align = style::Alignment::left;
  plain.first_line_indent = Length::zero();
  plain.left_indent = Length::zero();
  InlineRun run;
  run.text = utf8;
  run.span = where;
  // Wide enough never to break: these are single words and numbers.
  const Length wide = style.size * 1000;
  std::vector<SetLine> lines = setter_.set({run}, plain, wide, where);
  return singles_.emplace(key, lines.empty() ? SetLine{} : std::move(lines.front())).first->second;
}

void LineSetter::forget_paragraphs() {
  cache_.clear();
  code_cache_.clear();
  notes_.clear();
  widths_.clear();
}

void append_line(std::vector<page::Item>& items, const SetLine& line, Length x, Length baseline) {
  for (const auto& run : line.runs) {
    page::GlyphRun placed = run;
    placed.origin.x = x + run.origin.x;
    placed.origin.y = baseline + run.origin.y;
    items.emplace_back(std::move(placed));
  }
  for (const LineDecoration& d : line.decorations) {
    if (d.kind == LineDecoration::Kind::link)
      continue;  // an area, not ink (GalleyWriter::add_line)
    if (d.kind == LineDecoration::Kind::emphasis_dot) {
      page::Fill dot;
      dot.rect = {x + d.x0 - d.thickness / 2, baseline + d.y - d.thickness / 2, d.thickness,
                  d.thickness};
      dot.color = d.color;
      dot.corner_radius = d.thickness / 2;
      items.emplace_back(dot);
      continue;
    }
    page::Stroke s;
    s.from = {x + d.x0, baseline + d.y};
    s.to = {x + d.x1, baseline + d.y};
    s.width = d.thickness;
    s.color = d.color;
    items.emplace_back(s);
  }
}

Length place_lines(std::vector<page::Item>& items, const std::vector<SetLine>& lines,
                   const style::TextStyle& style, Length x, Length top) {
  const Length baseline = Grid::baseline_in_line(style);
  for (std::size_t j = 0; j < lines.size(); ++j)
    append_line(items, lines[j], x, top + style.line_height * static_cast<int64_t>(j) + baseline);
  return style.line_height * static_cast<int64_t>(lines.size());
}

}  // namespace paiban::layout
