#include "layout/paragraph/paragraph.h"

#include <cstdio>

#include "base/utf8.h"
#include "layout/paragraph/collect.h"
#include "layout/paragraph/decorate.h"
#include "layout/paragraph/finalize.h"
#include "layout/paragraph/items.h"
#include "layout/paragraph/justify.h"
#include "layout/paragraph/linebreak.h"
#include "layout/paragraph/marks.h"
#include "text/shaped_text.h"

namespace paiban::layout {
namespace {

std::string hex_code_point(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

}  // namespace

ParagraphSetter::ParagraphSetter(const style::StyleSheet& sheet, text::FontLibrary& fonts,
                                 Diagnostics& diags, const text::Hyphenator* hyphenator)
    : sheet_(sheet), fonts_(fonts), diags_(diags), hyphenator_(hyphenator) {}

void ParagraphSetter::report_missing_at(char32_t cp, const SourceSpan& at,
                                        const style::TextStyle& style) {
  const bool warn_only = sheet_.typography.missing_glyph == style::MissingGlyph::warn;
  // A paragraph may be set more than once (the composer tries widths and
  // columns): one message per character and place.
  if (!missing_reported_.insert({at.file, at.line, at.column, cp}).second) return;
  std::string ch;
  utf8_append(ch, cp);
  const std::string message =
      "no installed font has " + hex_code_point(cp) + " '" + ch + "' (style '" + style.name + "')";
  if (warn_only) {
    diags_.warning(at, message + "; a placeholder box is printed",
                   {"install a font that has it (`fc-list ':charset=" +
                    hex_code_point(cp).substr(2) + "'` lists those that do)"});
  } else {
    diags_.error(at, message,
                 {"install a font that has it (`fc-list ':charset=" + hex_code_point(cp).substr(2) +
                  "'` lists those that do), or set "
                  "[typography] missing_glyph = \"warn\" to print a placeholder box"});
  }
}

void ParagraphSetter::report_overfull(const SetLine& line, Length measure,
                                      const style::TextStyle& style, const SourceSpan& at,
                                      char32_t widest, Length widest_width) {
  if (!overfull_reported_.insert({at.file, at.line, at.column, style.name}).second) return;
  auto pt = [](Length l) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f pt", l.to_pt());
    return std::string(buf);
  };
  std::string ch;
  utf8_append(ch, widest);
  const std::string character =
      "'" + ch + "' (" + hex_code_point(widest) + ") is " + pt(widest_width) + " wide";
  const std::string why = measure < style.size
                              ? "style '" + style.name + "' leaves a measure of " + pt(measure) +
                                    " here, narrower than one character of its size; " + character
                              : character + ", wider than the measure of " + pt(measure) +
                                    " of style '" + style.name + "'";
  diags_.error(at,
               "a line would leave its column by " + pt(line.width - measure - line.hang) + ": " +
                   why + "; no PDF is written, since text would be set outside its column",
               {"widen the column, or reduce the style's size, left_indent, first_line_indent "
                "or the list nesting"});
}

text::ShapingInput ParagraphSetter::shaping_input(const CollectedText& collected,
                                                  const style::TextStyle& style, bool known_only,
                                                  bool* unknown) {
  // Fonts per inline variant: strong takes the family's Bold face,
  // emphasis the kai role where the sheet has one, code the mono role.
  const std::string& latin_role = style.latin_font.empty() ? style.font : style.latin_font;
  auto has_role = [&](const std::string& r) { return sheet_.fonts.count(r) > 0; };
  const std::string emphasis_role = has_role("kai") ? "kai" : style.font;
  const std::string code_role = has_role("mono") ? "mono" : latin_role;
  text::ShapingInput input;
  input.text = collected.text;
  input.variant = collected.variant;
  input.kinsoku = sheet_.typography.kinsoku;
  if (sheet_.typography.hyphenate) input.hyphenator = hyphenator_;
  input.hyphen_min_before = sheet_.typography.hyphen_min_before;
  input.hyphen_min_after = sheet_.typography.hyphen_min_after;
  input.break_before = collected.break_before;
  input.no_break_before = collected.no_break_before;
  input.hyphen_before = collected.hyphen_before;
  // Each variant's chains, then any installed face of its CJK role's class.
  auto chain = [&](const std::string& role, bool bold) -> const std::vector<text::ResolvedFace>& {
    if (!known_only) return fonts_.chain(role, bold);
    static const std::vector<text::ResolvedFace> no_faces;
    const std::vector<text::ResolvedFace>* known = fonts_.known_chain(role, bold);
    if (!known) *unknown = true;
    return known ? *known : no_faces;
  };
  auto choice = [&](const std::string& cjk, const std::string& latin, bool bold, bool code) {
    text::FontChoice c{chain(cjk, bold), chain(latin, bold), code, {}};
    if (!known_only) {
      c.fallback = [this, cjk, bold](char32_t cp) { return fonts_.fallback(cp, cjk, bold); };
    } else {
      c.fallback = [this, cjk, bold, unknown](char32_t cp) {
        const text::ResolvedFace* face = nullptr;
        if (!fonts_.known_fallback(cp, cjk, bold, face)) *unknown = true;
        return face;
      };
    }
    return c;
  };
  input.fonts = {
      choice(style.font, latin_role, false, false),
      choice(style.font, latin_role, true, false),
      choice(emphasis_role, latin_role, false, false),
      choice(emphasis_role, latin_role, true, false),
      choice(has_role("mono") ? code_role : style.font, code_role, false, true),
  };

  return input;
}

bool ParagraphSetter::style_has_char(char32_t cp, const style::TextStyle& style) {
  const std::string& latin_role = style.latin_font.empty() ? style.font : style.latin_font;
  for (const std::string& role : {style.font, latin_role})
    for (const text::ResolvedFace& f : fonts_.chain(role, false))
      if (f.face->has_char(cp)) return true;
  return false;
}

ContentWidths ParagraphSetter::content_widths(const std::vector<InlineRun>& runs,
                                              const style::TextStyle& style) {
  ContentWidths out;
  const CollectedText collected = collect_inlines(runs);
  if (collected.text.empty()) return out;
  const text::ShapingInput input = shaping_input(collected, style);
  if (input.fonts[0].cjk.empty() && input.fonts[0].latin.empty()) return out;
  text::ShapedText shaped = text::shape_text(input);
  shrink_marks(shaped, collected);
  ItemSettings settings;
  settings.size = style.size;
  settings.typography = &sheet_.typography;
  settings.justify = false;
  const std::vector<ParagraphItem> items = build_items(shaped, settings);
  // The most: everything on one line. The least: the widest stretch of
  // boxes between two places a line may break (a glue after a box, or a
  // penalty that allows a break); a glue at a break vanishes there. A
  // last-resort break (inside a number or a word, or against the rules)
  // is no such place: counting it made a column of numbers as narrow as one
  // figure, and "10.5" broke into "1" and "0.5".
  Length line, piece, trailing_glue;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const ParagraphItem& it = items[k];
    const bool breaks = it.type == ParagraphItem::Type::penalty
                            ? it.penalty < kInfPenalty && !it.last_resort
                            : it.type == ParagraphItem::Type::glue && k > 0 &&
                                  items[k - 1].type == ParagraphItem::Type::box;
    if (it.type == ParagraphItem::Type::penalty && it.penalty <= kForcedBreak) {
      out.max = std::max(out.max, line);
      line = trailing_glue = Length::zero();
    }
    if (breaks) {
      out.min = std::max(out.min, piece);
      piece = Length::zero();
    }
    if (it.type == ParagraphItem::Type::box) {
      line += it.width;
      piece += it.width;
      trailing_glue = Length::zero();
    } else if (it.type == ParagraphItem::Type::glue) {
      if (!breaks) piece += it.width;
      line += it.width;
      trailing_glue += it.width;
    }
  }
  out.min = std::max(out.min, piece);
  out.max = std::max(out.max, line - trailing_glue);
  out.max = std::max(out.max, out.min);
  return out;
}

std::vector<SetLine> ParagraphSetter::set(const std::vector<InlineRun>& runs,
                                          const style::TextStyle& style, Length measure,
                                          const SourceSpan& where,
                                          const ParagraphOptions& options) {
  return take(compose(runs, style, measure, where, options, false));
}

SetParagraph ParagraphSetter::set_ahead(const std::vector<InlineRun>& runs,
                                        const style::TextStyle& style, Length measure,
                                        const SourceSpan& where, const ParagraphOptions& options) {
  return compose(runs, style, measure, where, options, true);
}

std::vector<SetLine> ParagraphSetter::take(SetParagraph&& set) {
  using Kind = SetParagraph::Report::Kind;
  for (const SetParagraph::Report& r : set.reports) {
    switch (r.kind) {
      case Kind::missing_char:
        report_missing_at(r.cp, r.at, *set.style);
        break;
      case Kind::unknown_color:
        diags_.warning(r.at,
                       "no colour named '" + r.color +
                           "' in the style sheet; the text is set in the style's colour",
                       {"define it under [colors], or use a defined name"});
        break;
      case Kind::overfull:
        report_overfull(set.lines[r.line], set.measure, *set.style, r.at, r.cp, r.widest_width);
        break;
    }
  }
  if (set.emergency) ++emergency_paragraphs_;
  if (set.counted)
    stats_.add_paragraph(set.lines, set.measure, set.style->size, sheet_.typography, set.justified);
  return std::move(set.lines);
}

SetParagraph ParagraphSetter::compose(const std::vector<InlineRun>& runs,
                                      const style::TextStyle& style, Length measure,
                                      const SourceSpan& where, const ParagraphOptions& options,
                                      bool known_only) {
  SetParagraph out;
  out.style = &style;
  out.measure = measure;
  std::vector<SetLine>& lines = out.lines;
  // Collect first, across inline style boundaries, so that compression and
  // kinsoku see `**（文字）**。` as one text.
  const CollectedText collected = collect_inlines(runs);
  if (collected.text.empty()) return out;

  bool unknown_font = false;
  const text::ShapingInput input = shaping_input(collected, style, known_only, &unknown_font);
  if (unknown_font) {
    out.complete = false;
    return out;
  }
  if (input.fonts[0].cjk.empty() && input.fonts[0].latin.empty()) return out;  // reported

  text::ShapedText shaped = text::shape_text(input);
  if (unknown_font) {
    out.complete = false;
    return out;
  }
  shrink_marks(shaped, collected);
  for (const auto& m : shaped.missing) {
    SourceSpan at = source_of(collected, runs, m.index);
    if (at.file.empty()) at = where;
    SetParagraph::Report& r = out.reports.emplace_back();
    r.kind = SetParagraph::Report::Kind::missing_char;
    r.at = at;
    r.cp = m.cp;
  }

  // Shape → items. The first-line indent is a box, so it never stretches.
  ItemSettings item_settings;
  item_settings.size = style.size;
  item_settings.first_line_indent =
      options.use_style_indent ? style.first_line_indent : Length::zero();
  // An indent that leaves no room for the paragraph's widest character (a
  // ligated ——— or an emoji in a narrow column) is dropped: the first line
  // could otherwise only leave the measure.
  Length widest_cluster;
  for (const auto& c : shaped.clusters)
    widest_cluster = std::max(widest_cluster, to_length(c, c.advance, style.size));
  if (item_settings.first_line_indent + widest_cluster > measure)
    item_settings.first_line_indent = Length::zero();
  item_settings.typography = &sheet_.typography;
  item_settings.justify = style.align == style::Alignment::justify;
  const std::vector<ParagraphItem> items = build_items(shaped, item_settings);

  // Items → breaks, chosen for the whole paragraph at once.
  LinebreakSettings lb;
  lb.first_width = measure;
  lb.width = measure;
  lb.min_last_line_chars = sheet_.typography.min_last_line_chars;
  if (!item_settings.justify) lb.ragged_stretch = style.size * 3;
  const Breaks breaks = break_lines(items, lb);
  out.emergency = breaks.pass == 3;

  // Each decoration's colour: a name from [colors], else the style's.
  std::vector<Color> colors;
  for (const TextDecoration& d : collected.decorations) {
    auto it = d.color.empty() ? sheet_.colors.end() : sheet_.colors.find(d.color);
    if (!d.color.empty() && it == sheet_.colors.end()) {
      SetParagraph::Report& r = out.reports.emplace_back();
      r.kind = SetParagraph::Report::Kind::unknown_color;
      r.at = where;
      r.color = d.color;
    }
    colors.push_back(it == sheet_.colors.end() ? style.color : it->second);
  }
  std::vector<bool> raised;
  for (const TextDecoration& d : collected.decorations) raised.push_back(d.superscript);
  RunStyle run_style{style.size, style.color, &collected.decoration, colors, raised};

  // Breaks → justified lines → glyph runs.
  bool overfull_seen = false;
  // The ascent and descent of the last face met: a line's boxes are mostly
  // of one face, and each would cost two divisions.
  const text::FontFace* metrics_of = nullptr;
  Length face_ascent, face_descent;
  std::size_t begin = 0;
  for (std::size_t k = 0; k < breaks.positions.size(); ++k) {
    const std::size_t end = breaks.positions[k];
    const bool last = k + 1 == breaks.positions.size();
    // The break's own width: a hanging mark reaches past the measure by its
    // width (negative); a hyphen, and the change of a kerned cluster's glyphs
    // at the line end, take theirs from the line.
    const ParagraphItem& at = items[end];
    const Length end_width = at.type == ParagraphItem::Type::penalty ? at.width : Length::zero();
    const Length hang = at.hangs ? -end_width : Length::zero();
    const Length set_at_end = at.hangs ? Length::zero() : end_width;
    const JustifiedLine jl = justify_line(items, begin, end, measure - end_width,
                                          {item_settings.justify && !last, style.size});
    SetLine line;
    line.first = k == 0;
    line.last = last;
    line.width = jl.width + set_at_end;
    line.address_break = at.in_address;
    line.hang = hang;
    line.natural_width = jl.natural;
    line.overfull = jl.overfull || line.width > measure + hang;
    line.max_inter_cjk = jl.max_inter_cjk;
    line.cjk_latin_count = jl.cjk_latin_count;
    line.cjk_latin_min = jl.cjk_latin_min;
    line.cjk_latin_max = jl.cjk_latin_max;
    line.cjk_latin_gaps = jl.cjk_latin_gaps;
    line.max_word_space = jl.max_word_space;
    line.narrowest_mark = jl.narrowest_mark;
    line.ragged = jl.ragged;
    Length x_offset;
    if (style.align == style::Alignment::center) x_offset = (measure - line.width) / 2;
    if (style.align == style::Alignment::right) x_offset = measure - line.width;
    line.runs = make_glyph_runs(jl, items, shaped, collected.text, run_style, x_offset,
                                {at.hyphen, at.line_end_glyphs});
    line.decorations = decorate_line(jl, items, shaped, collected, colors, style.size, x_offset);
    const text::Cluster* widest = nullptr;
    Length widest_width;
    for (const PlacedBox& b : jl.boxes) {
      const ParagraphItem& it = items[b.item];
      if (it.cluster < 0) continue;
      const text::Cluster& c = shaped.clusters[it.cluster];
      if (!widest || it.width > widest_width) {
        widest = &c;
        widest_width = it.width;
      }
      line.text.append(collected.text, c.begin, c.end - c.begin);
      const uint32_t run = collected.origin[c.begin].first;
      if (runs[run].kind == InlineRun::Kind::note &&
          (line.note_runs.empty() || line.note_runs.back() != run))
        line.note_runs.push_back(run);
      if (c.face != metrics_of) {
        metrics_of = c.face;
        face_ascent = to_length(c, c.face->ascender(), style.size);
        face_descent = to_length(c, -c.face->descender(), style.size);
      }
      line.ascent = std::max(line.ascent, face_ascent);
      line.descent = std::max(line.descent, face_descent);
    }
    if (line.overfull && !overfull_seen) {
      overfull_seen = true;  // one message for the paragraph
      SourceSpan at = widest ? source_of(collected, runs, widest->begin) : where;
      if (at.file.empty()) at = where;
      SetParagraph::Report& r = out.reports.emplace_back();
      r.kind = SetParagraph::Report::Kind::overfull;
      r.at = at;
      r.cp = widest ? widest->first_char : U' ';
      r.line = lines.size();
      r.widest_width = widest_width;
    }
    lines.push_back(std::move(line));
    begin = line_start_after(items, end);
  }
  out.counted = true;
  out.justified = item_settings.justify;
  return out;
}

}  // namespace paiban::layout
