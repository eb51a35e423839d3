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

// The source lines of a code block's runs: text up to each hard break.
std::vector<std::u32string> source_lines(const std::vector<InlineRun>& runs) {
  std::vector<std::u32string> lines(1);
  for (const InlineRun& run : runs) {
    if (run.kind != InlineRun::Kind::text) {
      lines.emplace_back();
      continue;
    }
    for (std::size_t i = 0; i < run.text.size();) {
      const char32_t cp = utf8_next(run.text, i);
      if (cp == U'\t') {
        lines.back().append(kTabWidth - lines.back().size() % kTabWidth, U' ');
      } else if (cp == U'\n' || cp == 0x2028) {
        lines.emplace_back();
      } else if (cp != U'\r') {
        lines.back().push_back(cp);
      }
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
  for (const std::u32string& text : source_lines(runs)) {
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
    for (const auto& m : shaped.missing) {
      std::string ch;
      utf8_append(ch, m.cp);
      diags_.warning(where,
                     "no font of style '" + style.name + "' has this character: '" + ch + "'",
                     {"add a family that has it to the font role's fallback chain"});
    }
    // One box per cluster at its full advance: no compression, no
    // CJK–Latin spacing (code is set as written).
    std::vector<Item> items(shaped.clusters.size());
    std::vector<Length> widths(shaped.clusters.size());
    for (std::size_t k = 0; k < shaped.clusters.size(); ++k) {
      const text::Cluster& c = shaped.clusters[k];
      widths[k] = to_length(c, c.advance, style.size);
      items[k].type = Item::Type::box;
      items[k].width = widths[k];
      items[k].cluster = static_cast<int32_t>(k);
    }
    const Length room = std::max(style.size, measure - mark_width - mark_gap);
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
      line.runs =
          make_glyph_runs(jl, items, shaped, trimmed, {style.size, style.color, nullptr, {}}, {});
      for (std::size_t k = begin; k < end; ++k) {
        const text::Cluster& c = shaped.clusters[k];
        line.text.append(trimmed, c.begin, c.end - c.begin);
        line.ascent = std::max(line.ascent, to_length(c, c.face->ascender(), style.size));
        line.descent = std::max(line.descent, to_length(c, -c.face->descender(), style.size));
      }
      if (end < shaped.clusters.size() && !mark.clusters.empty()) {
        // The mark stands at the measure's end, outside the copied text.
        JustifiedLine mj;
        Length mx;
        std::vector<Item> mark_items(mark.clusters.size());
        for (std::size_t k = 0; k < mark.clusters.size(); ++k) {
          const text::Cluster& c = mark.clusters[k];
          mark_items[k].cluster = static_cast<int32_t>(k);
          mj.boxes.push_back({k, mx + to_length(c, c.blank_left, style.size)});
          mx += to_length(c, c.advance, style.size);
        }
        for (page::GlyphRun run :
             make_glyph_runs(mj, mark_items, mark, mark_text,
                             {style.size, style.color, nullptr, {}}, measure - mark_width)) {
          run.artifact = page::Artifact::layout;
          line.runs.push_back(std::move(run));
        }
        line.width = measure;
      }
      line.overfull = line.width > measure;
      lines.push_back(std::move(line));
      begin = end;
    }
  }
  if (!lines.empty()) lines.back().last = true;
  return lines;
}

}  // namespace paiban::layout
