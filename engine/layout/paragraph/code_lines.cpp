// Code blocks: each source line set at its natural width in the style's
// fonts, spaces and indentation kept, never justified. A line longer than
// the measure breaks where the measure ends (after a space when one is near)
// and shows a continuation mark there, drawn as page furniture so that the
// copied code is the code as written.
#include <algorithm>

#include "base/utf8.h"
#include "layout/paragraph/collect.h"
#include "layout/paragraph/finalize.h"
#include "layout/paragraph/items.h"
#include "layout/paragraph/paragraph.h"

namespace paiban::layout {
namespace {

// A tab advances to the next multiple of this many spaces, as most editors show it.
constexpr std::size_t kTabWidth = 4;

// One source line of a code block, tabs expanded, and where each of its
// characters stands in the manuscript (for messages).
struct SourceLine {
  std::u32string text;
  std::vector<SourceSpan> places;
};

// The source lines of a code block's runs: text up to each hard break.
std::vector<SourceLine> source_lines(const std::vector<InlineRun>& runs) {
  std::vector<SourceLine> lines(1);
  for (const InlineRun& run : runs) {
    if (run.kind != InlineRun::Kind::text) {
      lines.emplace_back();
      continue;
    }
    SourceSpan at = run.span;  // column 0: unknown, stays so
    for (std::size_t i = 0; i < run.text.size();) {
      const char32_t cp = utf8_next(run.text, i);
      SourceLine& line = lines.back();
      if (cp == U'\t') {
        const std::size_t spaces = kTabWidth - line.text.size() % kTabWidth;
        line.text.append(spaces, U' ');
        line.places.insert(line.places.end(), spaces, at);
      } else if (cp == U'\n' || cp == 0x2028) {
        lines.emplace_back();
        if (at.line > 0) ++at.line;
        if (at.column > 0) at.column = 0;  // the next character is column 1
      } else if (cp != U'\r') {
        line.text.push_back(cp);
        line.places.push_back(at);
      }
      if (at.column > 0 || (run.span.column > 0 && at.column == 0)) ++at.column;
    }
  }
  return lines;
}

// Where the line starting at cluster `begin` ends: everything when it fits
// `measure`, else the last cluster that fits `room` (the measure less the
// mark), moved back to just after a space when one lies in the last third.
std::size_t line_end(const std::vector<Length>& widths, const text::ShapedText& shaped,
                     const std::u32string& text, std::size_t begin, Length measure, Length room) {
  Length total;
  for (std::size_t k = begin; k < widths.size(); ++k) total += widths[k];
  if (total <= measure) return widths.size();
  std::size_t end = begin;
  Length x;
  while (end < widths.size() && x + widths[end] <= room) x += widths[end++];
  if (end == begin) return begin + 1;  // a character wider than the room stands alone
  const std::size_t earliest = begin + (end - begin) * 2 / 3;
  for (std::size_t k = end; k > earliest; --k)
    if (text[shaped.clusters[k - 1].begin] == U' ' && text[shaped.clusters[k].begin] != U' ')
      return k;
  return end;
}

}  // namespace

std::vector<SetLine> ParagraphSetter::set_code(const std::vector<InlineRun>& runs,
                                               const style::TextStyle& style, Length measure,
                                               const SourceSpan& where) {
  const std::string& latin_role = style.latin_font.empty() ? style.font : style.latin_font;
  // Both chains, then any installed face of the role's class (as for text).
  text::FontChoice fonts{
      fonts_.chain(style.font, false), fonts_.chain(latin_role, false), true, {}};
  fonts.fallback = [this, role = style.font](char32_t cp) {
    return fonts_.fallback(cp, role, false);
  };
  const auto shape = [&](const std::u32string& text) {
    text::ShapingInput input;
    input.text = text;
    input.variant.assign(text.size(), 0);
    input.fonts = {fonts};
    input.kinsoku = sheet_.typography.kinsoku;
    return text::shape_text(input);
  };

  // The continuation mark, measured once.
  std::u32string mark_text;
  for (std::size_t i = 0; i < sheet_.typography.code_continuation.size();)
    mark_text.push_back(utf8_next(sheet_.typography.code_continuation, i));
  const text::ShapedText mark = shape(mark_text);
  Length mark_width;
  for (const auto& c : mark.clusters) mark_width += to_length(c, c.advance, style.size);
  // A thin gap between the code and its mark.
  const Length mark_gap = mark_text.empty() ? Length::zero() : style.size / 4;

  std::vector<SetLine> lines;
  bool overfull_seen = false;
  for (const SourceLine& source : source_lines(runs)) {
    const std::u32string& text = source.text;
    auto place = [&](std::size_t k) {
      return k < source.places.size() && !source.places[k].file.empty() ? source.places[k] : where;
    };
    // Trailing spaces print as nothing; a blank line keeps its place.
    std::u32string trimmed = text;
    while (!trimmed.empty() && trimmed.back() == U' ') trimmed.pop_back();
    if (trimmed.empty()) {
      SetLine blank;
      blank.first = lines.empty();
      lines.push_back(std::move(blank));
      continue;
    }
    const text::ShapedText shaped = shape(trimmed);
    for (const auto& m : shaped.missing) report_missing_at(m.cp, place(m.index), style);
    // One box per cluster at its full advance: no compression, no
    // CJK–Latin spacing (code is set as written).
    std::vector<ParagraphItem> items(shaped.clusters.size());
    std::vector<Length> widths(shaped.clusters.size());
    for (std::size_t k = 0; k < shaped.clusters.size(); ++k) {
      const text::Cluster& c = shaped.clusters[k];
      widths[k] = to_length(c, c.advance, style.size);
      items[k].type = ParagraphItem::Type::box;
      items[k].width = widths[k];
      items[k].cluster = static_cast<int32_t>(k);
    }
    // The room a broken line's code has before its mark; in a measure too
    // narrow for even one character and the mark, the mark is left out.
    const Length room = measure - mark_width - mark_gap;
    std::size_t begin = 0;
    while (begin < shaped.clusters.size()) {
      const std::size_t end = line_end(widths, shaped, trimmed, begin, measure, room);
      JustifiedLine jl;
      Length x;
      for (std::size_t k = begin; k < end; ++k) {
        const text::Cluster& c = shaped.clusters[k];
        jl.boxes.push_back({k, x + to_length(c, c.blank_left, style.size)});
        x += widths[k];
      }
      jl.natural = jl.width = x;
      SetLine line;
      line.first = lines.empty();
      line.width = x;
      line.natural_width = x;
      line.runs = make_glyph_runs(jl, items, shaped, trimmed,
                                  {style.size, style.color, nullptr, {}, {}}, {});
      for (std::size_t k = begin; k < end; ++k) {
        const text::Cluster& c = shaped.clusters[k];
        line.text.append(trimmed, c.begin, c.end - c.begin);
        line.ascent = std::max(line.ascent, to_length(c, c.face->ascender(), style.size));
        line.descent = std::max(line.descent, to_length(c, -c.face->descender(), style.size));
      }
      if (end < shaped.clusters.size() && !mark.clusters.empty() &&
          x + mark_gap + mark_width <= measure) {
        // The mark stands at the measure's end, outside the copied text.
        JustifiedLine mj;
        Length mx;
        std::vector<ParagraphItem> mark_items(mark.clusters.size());
        for (std::size_t k = 0; k < mark.clusters.size(); ++k) {
          const text::Cluster& c = mark.clusters[k];
          mark_items[k].cluster = static_cast<int32_t>(k);
          mj.boxes.push_back({k, mx + to_length(c, c.blank_left, style.size)});
          mx += to_length(c, c.advance, style.size);
        }
        for (page::GlyphRun run :
             make_glyph_runs(mj, mark_items, mark, mark_text,
                             {style.size, style.color, nullptr, {}, {}}, measure - mark_width)) {
          run.artifact = page::Artifact::layout;
          line.runs.push_back(std::move(run));
        }
        line.width = measure;
      }
      line.overfull = x > measure;
      if (line.overfull && !overfull_seen) {
        overfull_seen = true;  // one message for the block
        std::size_t widest = begin;
        for (std::size_t k = begin; k < end; ++k)
          if (widths[k] > widths[widest]) widest = k;
        const text::Cluster& c = shaped.clusters[widest];
        report_overfull(line, measure, style, place(c.begin), c.first_char, widths[widest]);
      }
      lines.push_back(std::move(line));
      begin = end;
    }
  }
  if (!lines.empty()) lines.back().last = true;
  return lines;
}

}  // namespace paiban::layout
