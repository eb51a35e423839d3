#include "import/cleanup.h"

#include <functional>
#include <string_view>

#include "base/utf8.h"

namespace paiban::import {
namespace {

struct Char {
  char32_t cp;
  int span;  // index of the span the character came from
};
using Text = std::vector<Char>;

// A position where a line break or note mark stands between characters: no
// rule looks across it (span == -1).
constexpr char32_t kBarrier = 0xFFFF;

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000;
}

bool is_invisible(char32_t c) {
  return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool is_cjk_punct(char32_t c) {
  return (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) ||
         std::u32string_view(U"“”‘’…—·").find(c) != std::u32string_view::npos;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string to_utf8(const Text& t, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < t.size(); ++i)
    if (t[i].cp != kBarrier) utf8_append(out, t[i].cp);
  return out;
}

// Records edits of one rule and produces the new text. Context: five
// characters either side, before and after the edit.
class Pass {
 public:
  Pass(const Text& in, const char* rule, const std::string& file, int paragraph, Report& report)
      : in_(in), rule_(rule), file_(file), paragraph_(paragraph), report_(report) {}

  void keep(std::size_t i) { out_.push_back(in_[i]); }
  // Characters [from, to) become the one character `cp`.
  void replace(std::size_t from, std::size_t to, char32_t cp) {
    note(from, to, std::u32string(1, cp));
    out_.push_back({cp, in_[from].span});
  }
  void replace(std::size_t i, char32_t cp) { replace(i, i + 1, cp); }
  void drop(std::size_t from, std::size_t to) { note(from, to, U""); }

  Text finish() {
    for (const auto& e : edits_) {
      std::string before = to_utf8(in_, e.from >= 5 ? e.from - 5 : 0, e.to + 5);
      std::string after = to_utf8(in_, e.from >= 5 ? e.from - 5 : 0, e.from);
      for (char32_t c : e.replacement) utf8_append(after, c);
      after += to_utf8(in_, e.to, e.to + 5);
      report_.change({file_, paragraph_, rule_, "「" + before + "」", "「" + after + "」"});
    }
    return std::move(out_);
  }

 private:
  struct Edit {
    std::size_t from, to;
    std::u32string replacement;
  };
  void note(std::size_t from, std::size_t to, std::u32string replacement) {
    edits_.push_back({from, to, std::move(replacement)});
  }
  const Text& in_;
  const char* rule_;
  const std::string& file_;
  int paragraph_;
  Report& report_;
  Text out_;
  std::vector<Edit> edits_;
};

struct Context {
  const std::string& file;
  int paragraph;
  Report& report;
};

Text remove_invisible(const Text& t, const Context& c) {
  Pass p(t, "invisible character removed (soft hyphen / zero-width)", c.file, c.paragraph,
         c.report);
  for (std::size_t i = 0; i < t.size(); ++i) {
    // A zero-width joiner between two pictographs builds an emoji: kept.
    const bool emoji_joiner = t[i].cp == 0x200D && i > 0 && i + 1 < t.size() &&
                              t[i - 1].cp >= 0x1F000 && t[i + 1].cp >= 0x1F000;
    if (is_invisible(t[i].cp) && !emoji_joiner)
      p.drop(i, i + 1);
    else
      p.keep(i);
  }
  return p.finish();
}

Text remove_indent(const Text& t, const Context& c) {
  std::size_t n = 0;
  while (n < t.size() && is_space(t[n].cp)) ++n;
  Pass p(t, "leading indent removed (the style indents)", c.file, c.paragraph, c.report);
  if (n > 0) p.drop(0, n);
  for (std::size_t i = n; i < t.size(); ++i) p.keep(i);
  Text out = p.finish();
  // Trailing spaces are invisible in Word and in print: dropped unreported.
  while (!out.empty() && is_space(out.back().cp)) out.pop_back();
  return out;
}

Text remove_spaces_between_han(const Text& t, const Context& c) {
  Pass p(t, "spaces between Han characters removed", c.file, c.paragraph, c.report);
  for (std::size_t i = 0; i < t.size();) {
    if (is_space(t[i].cp)) {
      std::size_t j = i;
      while (j < t.size() && is_space(t[j].cp)) ++j;
      if (i > 0 && j < t.size() && is_han(t[i - 1].cp) && is_han(t[j].cp)) {
        p.drop(i, j);
        i = j;
        continue;
      }
    }
    p.keep(i++);
  }
  return p.finish();
}

char32_t full_width(char32_t c) {
  switch (c) {
    case ',':
      return U'，';
    case ':':
      return U'：';
    case ';':
      return U'；';
    case '?':
      return U'？';
    case '!':
      return U'！';
    case '(':
      return U'（';
    case ')':
      return U'）';
  }
  return c;
}

// Half-width , : ; ? ! after a Han character (or a Chinese closing mark),
// followed by Han, Chinese punctuation, a digit or the paragraph's end,
// become full-width, and the spaces Word users type after them go. Round
// brackets become full-width as a pair when either side of the opening one
// is Han.
Text full_width_punctuation(const Text& t, const Context& c) {
  Pass p(t, "half-width punctuation between Han made full-width", c.file, c.paragraph, c.report);
  std::vector<bool> open_converted;
  const auto han_or_mark = [](char32_t x) { return is_han(x) || is_cjk_punct(x); };
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char32_t ch = t[i].cp;
    std::size_t next = i + 1;
    while (next < t.size() && is_space(t[next].cp)) ++next;
    const bool at_end = next >= t.size();
    const char32_t after = at_end ? 0 : t[next].cp;
    const char32_t before = i > 0 ? t[i - 1].cp : 0;
    bool convert = false;
    if (ch == ',' || ch == ':' || ch == ';' || ch == '?' || ch == '!') {
      convert =
          han_or_mark(before) && (at_end || han_or_mark(after) || (after >= '0' && after <= '9'));
    } else if (ch == '(') {
      convert = is_han(before) || (!at_end && is_han(after) && next == i + 1);
      open_converted.push_back(convert);
    } else if (ch == ')') {
      if (!open_converted.empty()) {
        convert = open_converted.back();
        open_converted.pop_back();
      } else {
        convert = is_han(before) && (at_end || is_han(after));
      }
    }
    if (!convert) {
      p.keep(i);
      continue;
    }
    // The space after a converted mark was the half-width habit: a
    // full-width mark carries its own space.
    if (ch != '(' && next > i + 1 && !at_end && han_or_mark(after)) {
      p.replace(i, next, full_width(ch));
      i = next - 1;
    } else {
      p.replace(i, full_width(ch));
    }
  }
  return p.finish();
}

// Straight quotes become curly ones, paired in order within the paragraph
// (double and single quotes each have their own pairing). An apostrophe
// inside a Latin word (don't) becomes ’.
Text curly_quotes(const Text& t, const Context& c, bool& unpaired) {
  Pass p(t, "straight quote made curly", c.file, c.paragraph, c.report);
  bool double_open = false;
  bool single_open = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char32_t ch = t[i].cp;
    if (ch == '"') {
      p.replace(i, double_open ? U'”' : U'“');
      double_open = !double_open;
    } else if (ch == '\'') {
      const bool apostrophe =
          i > 0 && i + 1 < t.size() && is_ascii_alnum(t[i - 1].cp) && is_ascii_alnum(t[i + 1].cp);
      if (apostrophe) {
        p.replace(i, U'’');
      } else {
        p.replace(i, single_open ? U'’' : U'‘');
        single_open = !single_open;
      }
    } else {
      p.keep(i);
    }
  }
  unpaired = double_open || single_open;
  return p.finish();
}

}  // namespace

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}

void clean_up_spans(std::vector<Span>& spans, TextRole role, const std::string& file, int paragraph,
                    Report& report) {
  Text text;
  for (std::size_t s = 0; s < spans.size(); ++s) {
    if (spans[s].kind != Span::Kind::text) {
      text.push_back({kBarrier, static_cast<int>(s)});
      continue;
    }
    for (std::size_t i = 0; i < spans[s].text.size();)
      text.push_back({utf8_next(spans[s].text, i), static_cast<int>(s)});
  }
  // Tabs inside a paragraph are spacing: the same as a space for the rules.
  for (auto& ch : text)
    if (ch.cp == '\t') ch.cp = ' ';
  const Context c{file, paragraph, report};
  text = remove_invisible(text, c);
  text = remove_indent(text, c);
  if (role == TextRole::body) text = remove_spaces_between_han(text, c);
  text = full_width_punctuation(text, c);
  bool unpaired = false;
  text = curly_quotes(text, c, unpaired);
  if (unpaired)
    report.warn(file, paragraph,
                "a straight quote has no partner; the quotes were curled in order, check them");

  std::vector<Span> out;
  std::vector<std::string> texts(spans.size());
  std::vector<bool> present(spans.size(), false);
  for (const auto& ch : text) {
    present[static_cast<std::size_t>(ch.span)] = true;
    if (ch.cp != kBarrier) utf8_append(texts[static_cast<std::size_t>(ch.span)], ch.cp);
  }
  for (std::size_t s = 0; s < spans.size(); ++s) {
    if (spans[s].kind != Span::Kind::text) {
      if (present[s]) out.push_back(std::move(spans[s]));
      continue;
    }
    if (texts[s].empty()) continue;
    spans[s].text = std::move(texts[s]);
    out.push_back(std::move(spans[s]));
  }
  // A line break left at either end by the trimming is no break at all.
  while (!out.empty() && out.back().kind == Span::Kind::line_break) out.pop_back();
  while (!out.empty() && out.front().kind == Span::Kind::line_break) out.erase(out.begin());
  spans = std::move(out);
}

void clean_up_document(ImportedDocument& doc, Report& report) {
  const std::function<void(DocxBlock&)> clean = [&](DocxBlock& b) {
    switch (b.kind) {
      case DocxBlock::Kind::heading:
        clean_up_spans(b.spans, TextRole::heading, doc.path, b.number, report);
        break;
      case DocxBlock::Kind::table:
        for (auto& row : b.rows)
          for (auto& cell : row) clean_up_spans(cell, TextRole::body, doc.path, b.number, report);
        break;
      case DocxBlock::Kind::quote:
        for (auto& child : b.children) clean(child);
        break;
      default:
        clean_up_spans(b.spans, TextRole::body, doc.path, b.number, report);
    }
  };
  for (auto& b : doc.blocks) clean(b);
  std::vector<DocxBlock> kept;
  for (auto& b : doc.blocks) {
    // Paragraphs that were only spaces or invisible characters vanish.
    const bool empty_text =
        (b.kind == DocxBlock::Kind::paragraph || b.kind == DocxBlock::Kind::heading ||
         b.kind == DocxBlock::Kind::list_item) &&
        b.spans.empty();
    if (!empty_text) kept.push_back(std::move(b));
  }
  doc.blocks = std::move(kept);
  for (auto& note : doc.footnotes)
    for (auto& para : note.paragraphs) clean_up_spans(para, TextRole::body, doc.path, 0, report);
}

}  // namespace paiban::import
