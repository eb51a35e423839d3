#include "layout/paragraph/collect.h"

#include "base/utf8.h"
#include "text/char_class.h"

namespace paiban::layout {
namespace {

// Stand-ins while collecting; neither survives into the result.
constexpr char32_t kSoftBreak = 0xFFFF0;  // beyond Unicode: cannot clash with text
constexpr char32_t kHardBreak = U'\u2028';

uint8_t variant_of(const InlineRun& run) {
  if (run.code) return kCode;
  if (run.strong && run.emphasis) return kStrongEmphasis;
  if (run.strong) return kStrong;
  if (run.emphasis) return kEmphasis;
  return kRegular;
}

bool is_shared_quote(char32_t cp) {
  return cp == U'“' || cp == U'”' || cp == U'‘' || cp == U'’';
}

uint16_t decoration_of(const InlineRun& run, std::vector<TextDecoration>& table) {
  const TextDecoration d{run.strikethrough, run.underline, run.emphasis_dots,
                         run.color,         run.link,      run.kind == InlineRun::Kind::note};
  for (std::size_t k = 0; k < table.size(); ++k)
    if (table[k] == d) return static_cast<uint16_t>(k);
  table.push_back(d);
  return static_cast<uint16_t>(table.size() - 1);
}

bool is_space(char32_t cp) {
  return cp == U' ' || cp == kSoftBreak || cp == 0x00A0;
}

}  // namespace

CollectedText collect_inlines(const std::vector<InlineRun>& runs) {
  CollectedText raw;
  // At most one character per byte of text, one per other run.
  std::size_t most = 0;
  for (const InlineRun& run : runs) most += run.text.size() + 1;
  raw.text.reserve(most);
  raw.variant.reserve(most);
  raw.origin.reserve(most);
  raw.decoration.reserve(most);
  for (uint32_t r = 0; r < runs.size(); ++r) {
    const InlineRun& run = runs[r];
    const uint8_t v = variant_of(run);
    const uint16_t d = decoration_of(run, raw.decorations);
    // A note's mark is set from the text the engine gave it (its number).
    if (run.kind == InlineRun::Kind::text || run.kind == InlineRun::Kind::note) {
      uint32_t index = 0;
      for (std::size_t i = 0; i < run.text.size(); ++index) {
        char32_t cp = utf8_next(run.text, i);
        if (cp == U'\n' || cp == U'\r' || cp == U'\t') cp = U' ';
        raw.text.push_back(cp);
        raw.variant.push_back(v);
        raw.origin.push_back({r, index});
        raw.decoration.push_back(d);
      }
    } else {
      raw.text.push_back(run.kind == InlineRun::Kind::soft_break ? kSoftBreak : kHardBreak);
      raw.variant.push_back(v);
      raw.origin.push_back({r, 0});
      raw.decoration.push_back(d);
    }
  }

  CollectedText out;
  out.text.reserve(raw.text.size());
  out.variant.reserve(raw.text.size());
  out.origin.reserve(raw.text.size());
  out.decoration.reserve(raw.text.size());
  auto keep = [&](char32_t cp, std::size_t i) {
    out.text.push_back(cp);
    out.variant.push_back(raw.variant[i]);
    out.origin.push_back(raw.origin[i]);
    out.decoration.push_back(raw.decoration[i]);
  };
  out.decorations = raw.decorations;
  for (std::size_t i = 0; i < raw.text.size(); ++i) {
    const char32_t cp = raw.text[i];
    // Break controls are never glyphs: they only mark the next boundary.
    const auto here = static_cast<uint32_t>(out.text.size());
    // Ideographic spaces typed at a paragraph's (or a hard line's) start are
    // the author's manual indent, a Word habit: the style sets the indent,
    // so they would double it.
    if (cp == 0x3000 && (out.text.empty() || out.text.back() == kHardBreak)) continue;
    if (cp == 0x200B) {  // zero width space: a break is allowed here
      out.break_before.push_back(here);
      continue;
    }
    if (cp == 0x2060 || cp == 0xFEFF) {  // word joiner, ZWNBSP: none is
      out.no_break_before.push_back(here);
      continue;
    }
    if (cp == 0x00AD) {  // soft hyphen: a hyphenation point
      out.hyphen_before.push_back(here);
      continue;
    }
    if (!is_space(cp)) {
      // A footnote's mark never begins a line: it stays with the word or
      // the punctuation it follows.
      const bool mark = raw.decorations[raw.decoration[i]].superscript;
      if (mark && !out.text.empty() && !out.decorations[out.decoration.back()].superscript)
        out.no_break_before.push_back(here);
      keep(cp, i);
      continue;
    }
    // A run of spaces and soft breaks collapses to at most one space; a
    // no-break space in the run makes it a no-break space.
    bool soft_only = true;
    bool no_break = false;
    std::size_t j = i;
    for (; j < raw.text.size() && is_space(raw.text[j]); ++j) {
      if (raw.text[j] != kSoftBreak) soft_only = false;
      if (raw.text[j] == 0x00A0) no_break = true;
    }
    const uint8_t v = raw.variant[i];
    // A space between two struck or underlined words is decorated too;
    // one at the edge of a decorated run is not.
    const uint16_t d = j < raw.text.size() && raw.decoration[j] == raw.decoration[i]
                           ? raw.decoration[i]
                           : uint16_t{0};
    i = j - 1;
    if (out.text.empty() || out.text.back() == kHardBreak) continue;  // leading
    if (j >= raw.text.size() || raw.text[j] == kHardBreak) continue;  // trailing
    if (raw.decorations[raw.decoration[j]].superscript) continue;     // before a note's mark
    const auto prev = text::classify(out.text.back());
    const auto next = text::classify(raw.text[j]);
    const bool prev_cjk = text::is_cjk_class(prev);
    const bool next_cjk = text::is_cjk_class(next);
    // A space before an opening quote, or after a closing one, in Latin
    // context ("He said “yes” twice") is a word space: there the quote is
    // Latin (clreq §3.5), whatever its code point.
    // Inside the quotes: a letter, a digit or ASCII punctuation (dog,” and).
    auto latin_side = [](char32_t cp) { return !text::is_cjk_class(text::classify(cp)); };
    auto latin_inside = [](char32_t cp) {
      const auto c = text::classify(cp);
      return text::is_latin_like(c) || c == text::CharClass::other;
    };
    const bool latin_quote = (is_shared_quote(raw.text[j]) && latin_side(out.text.back()) &&
                              j + 1 < raw.text.size() && latin_inside(raw.text[j + 1])) ||
                             (is_shared_quote(out.text.back()) && latin_side(raw.text[j]) &&
                              out.text.size() >= 2 && latin_inside(out.text[out.text.size() - 2]));
    if (latin_quote) {
      keep(no_break ? char32_t{0x00A0} : U' ', i);
      out.variant.back() = v;
      continue;
    }
    // Chinese joins source lines without a space.
    if (soft_only && (prev_cjk || next_cjk)) continue;
    // Next to CJK punctuation no space belongs; between Han and a Latin
    // letter or digit the ¼-em CJK–Latin space replaces the source space
    // (CSS text-autospace: replace). A space typed between two Han words
    // ("享受科普盛宴 感受科学力量") is kept.
    if (text::is_cjk_punctuation(prev) || text::is_cjk_punctuation(next)) continue;
    // Only where a Latin letter or digit meets Han: a space after a symbol
    // such as ■ or ◆ stays.
    if (prev_cjk != next_cjk && (text::is_latin_like(prev) || text::is_latin_like(next))) continue;
    keep(no_break ? char32_t{0x00A0} : U' ', i);
    out.variant.back() = v;
    out.decoration.back() = d;
  }
  return out;
}

SourceSpan source_of(const CollectedText& collected, const std::vector<InlineRun>& runs,
                     std::size_t i) {
  const auto [r, index] = collected.origin[i];
  SourceSpan span = runs[r].span;
  // A text run lies on one source line (soft breaks are runs of their own).
  if (span.column > 0) span.column += static_cast<int>(index);
  return span;
}

}  // namespace paiban::layout
