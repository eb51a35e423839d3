#include "manuscript/cjk_emphasis.h"

#include <optional>

#include "base/utf8.h"
#include "manuscript/cjk_chars.h"

namespace paiban::manuscript {
namespace {

constexpr char32_t kNone = 0;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// Where each literal byte came from, and whether it was escaped.
struct Alignment {
  std::vector<std::size_t> source_of;  // literal byte → source byte
  std::vector<bool> escaped;           // produced by `\x` or an entity
};

// Length of an entity-like `&…;` at `i`, or 0 (CommonMark §2.5).
std::size_t entity_length(std::string_view src, std::size_t i) {
  for (std::size_t k = i + 1; k < src.size() && k < i + 40; ++k) {
    char c = src[k];
    if (c == ';') return k > i + 1 ? k + 1 - i : 0;
    bool ok =
        c == '#' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!ok) return 0;
  }
  return 0;
}

std::optional<Alignment> align(std::string_view lit, std::string_view src) {
  Alignment a;
  a.source_of.resize(lit.size() + 1);
  a.escaped.resize(lit.size());
  std::size_t i = 0;
  std::size_t j = 0;
  while (j < lit.size()) {
    if (i >= src.size()) return std::nullopt;
    if (src[i] == '\\' && i + 1 < src.size() && is_ascii_punct(src[i + 1]) &&
        lit[j] == src[i + 1]) {
      a.source_of[j] = i;
      a.escaped[j] = true;
      i += 2;
      ++j;
      continue;
    }
    std::size_t ent = src[i] == '&' ? entity_length(src, i) : 0;
    if (ent > 0 && lit.substr(j, ent) != src.substr(i, ent)) {
      // A decoded entity: find how many literal bytes it became by
      // resynchronising on the next source byte (at most two code points).
      std::size_t next = i + ent;
      std::size_t d = 1;
      for (; d <= 8 && j + d <= lit.size(); ++d) {
        bool at_end = j + d == lit.size();
        if (at_end || (next < src.size() && lit[j + d] == src[next])) break;
      }
      if (d > 8 || j + d > lit.size()) return std::nullopt;
      for (std::size_t k = 0; k < d; ++k) {
        a.source_of[j + k] = i;
        a.escaped[j + k] = true;
      }
      i = next;
      j += d;
      continue;
    }
    if (src[i] != lit[j]) return std::nullopt;
    a.source_of[j] = i;
    ++i;
    ++j;
  }
  a.source_of[lit.size()] = i;
  return a;
}

struct DelimiterRun {
  std::size_t pos;
  std::size_t len;
  char32_t before;
  char32_t after;
  bool paired = false;
  bool opens = false;
};

char32_t code_point_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return kNone;
  std::size_t b = pos - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return utf8_next(s, b);
}

char32_t code_point_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return kNone;
  return utf8_next(s, pos);
}

std::vector<DelimiterRun> find_runs(std::string_view lit, const Alignment& a) {
  std::vector<DelimiterRun> runs;
  for (std::size_t i = 0; i < lit.size();) {
    if (lit[i] != '*' || a.escaped[i]) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < lit.size() && lit[end] == '*' && !a.escaped[end]) ++end;
    runs.push_back({i, end - i, code_point_before(lit, i), code_point_at(lit, end)});
    i = end;
  }
  return runs;
}

bool touches_cjk(const DelimiterRun& open, const DelimiterRun& close) {
  for (char32_t cp : {open.before, open.after, close.before, close.after})
    if (cp != kNone && is_cjk_wide(cp)) return true;
  return false;
}

// Pairs runs of equal length (1 = emphasis, 2 = strong, 3 = both) like
// CommonMark's process_emphasis, with opening = "followed by non-space" and
// closing = "preceded by non-space" as the only flanking test.
void pair_runs(std::vector<DelimiterRun>& runs) {
  std::vector<std::size_t> openers;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    DelimiterRun& run = runs[k];
    bool can_close = run.before != kNone && !is_unicode_whitespace(run.before);
    bool can_open = run.after != kNone && !is_unicode_whitespace(run.after);
    bool closed = false;
    if (can_close && run.len <= 3) {
      for (std::size_t o = openers.size(); o-- > 0;) {
        DelimiterRun& open = runs[openers[o]];
        if (open.len != run.len || !touches_cjk(open, run)) continue;
        open.paired = run.paired = true;
        open.opens = true;
        openers.resize(o);
        closed = true;
        break;
      }
    }
    if (!closed && can_open) openers.push_back(k);
  }
}

}  // namespace

std::vector<EmphasisPiece> split_cjk_emphasis(std::string_view literal, std::string_view source) {
  std::vector<EmphasisPiece> whole{{std::string(literal), false, false, 0}};
  if (literal.find('*') == std::string_view::npos) return whole;
  std::optional<Alignment> a = align(literal, source);
  if (!a) return whole;
  std::vector<DelimiterRun> runs = find_runs(literal, *a);
  pair_runs(runs);

  std::vector<EmphasisPiece> pieces;
  int strong = 0;
  int emphasis = 0;
  std::size_t from = 0;
  auto flush = [&](std::size_t to) {
    if (to <= from) return;
    std::string text(literal.substr(from, to - from));
    bool s = strong > 0;
    bool e = emphasis > 0;
    if (!pieces.empty() && pieces.back().strong == s && pieces.back().emphasis == e)
      pieces.back().text += text;
    else
      pieces.push_back({std::move(text), s, e, a->source_of[from]});
  };
  for (const DelimiterRun& run : runs) {
    if (!run.paired) continue;
    flush(run.pos);
    int step = run.opens ? 1 : -1;
    if (run.len >= 2) strong += step;
    if (run.len != 2) emphasis += step;
    from = run.pos + run.len;
  }
  flush(literal.size());
  return pieces.empty() ? whole : pieces;
}

}  // namespace paiban::manuscript
