#include "layout/paragraph/line_checks.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"
#include "layout/paragraph/paragraph.h"
#include "text/char_class.h"

namespace paiban::layout {
namespace {

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) utf8_append(out, c);
  return out;
}

bool is_text_char(char32_t c) {
  const auto cls = text::classify(c);
  return cls == text::CharClass::han || text::is_latin_like(cls);
}

}  // namespace

void TypographyStats::add_paragraph(const std::vector<SetLine>& set, Length measure, Length size,
                                    const style::Typography& typo, bool justified) {
  ++paragraphs;
  const bool strict = typo.kinsoku == style::KinsokuLevel::strict;
  const bool gb = typo.kinsoku != style::KinsokuLevel::basic;
  for (std::size_t i = 0; i < set.size(); ++i) {
    const SetLine& line = set[i];
    ++lines;
    if (line.overfull) {
      ++overfull_lines;
      examples.push_back("overfull: " + utf8(line.text));
    }
    if (justified && !line.last) {
      ++justified_lines;
      if (line.width - line.hang == measure) ++flush_lines;
    }
    if (!line.text.empty()) {
      const char32_t first = line.text.front();
      const char32_t last = line.text.back();
      // A URL or e-mail address breaks before its marks and after "/" on
      // purpose (Chicago 7.42): no kinsoku there.
      const bool bad_start = i > 0 && !set[i - 1].address_break &&
                             text::is_line_start_prohibited(first, text::classify(first), strict);
      const bool bad_end = !line.last && !line.address_break &&
                           text::is_line_end_prohibited(last, text::classify(last), gb);
      if (bad_start || bad_end) {
        ++kinsoku_violations;
        examples.push_back("kinsoku: " + utf8(line.text));
      }
    }
    if (line.last && set.size() > 1) {
      int chars = 0;
      for (char32_t c : line.text) chars += is_text_char(c);
      if (chars < typo.min_last_line_chars) {
        ++orphan_lines;
        examples.push_back("孤字: " + utf8(line.text));
      }
    }
    auto em = [&](Length l) { return static_cast<double>(l.sp) / size.sp; };
    if (line.ragged) {
      ++ragged_lines;
      examples.push_back("flush-left (too loose to justify): " + utf8(line.text));
    }
    if (justified && !line.last) {
      for (Length g : line.cjk_latin_gaps) cjk_latin_em.push_back(em(g));
      max_word_space_em = std::max(max_word_space_em, em(line.max_word_space));
      const double mark = em(line.narrowest_mark);
      if (mark > 0 && (narrowest_mark_em == 0 || mark < narrowest_mark_em))
        narrowest_mark_em = mark;
      const bool loose = em(line.max_inter_cjk) > typo.cjk_stretch + 1e-9 ||
                         em(line.cjk_latin_max) > typo.cjk_latin_space + 0.05 + 1e-9;
      const bool tight = mark > 0 && mark < 0.75 - 1e-9;
      if (loose || tight) {
        char row[160];
        std::snprintf(row, sizeof row,
                      "line: narrowest_mark=%.3fem widest_inter_cjk=%.3fem widest_cjk_latin=%.3fem "
                      "widest_word_space=%.3fem | ",
                      mark, em(line.max_inter_cjk), em(line.cjk_latin_max),
                      em(line.max_word_space));
        spacing_rows.push_back(row + utf8(line.text));
      }
    }
    const double gap_em = static_cast<double>(line.max_inter_cjk.sp) / size.sp;
    if (gap_em > max_inter_cjk_em) max_inter_cjk_em = gap_em;
    if (line.cjk_latin_count > 0) {
      const double lo = static_cast<double>(line.cjk_latin_min.sp) / size.sp;
      const double hi = static_cast<double>(line.cjk_latin_max.sp) / size.sp;
      if (cjk_latin_gaps == 0 || lo < cjk_latin_min_em) cjk_latin_min_em = lo;
      if (cjk_latin_gaps == 0 || hi > cjk_latin_max_em) cjk_latin_max_em = hi;
      cjk_latin_gaps += line.cjk_latin_count;
    }
  }
}

std::string TypographyStats::summary() const {
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "paragraphs=%d lines=%d justified=%d flush=%d overfull=%d kinsoku=%d guzi=%d "
                "max_inter_cjk=%.3fem cjk_latin_gaps=%d cjk_latin=[%.3f,%.3f]em",
                paragraphs, lines, justified_lines, flush_lines, overfull_lines, kinsoku_violations,
                orphan_lines, max_inter_cjk_em, cjk_latin_gaps, cjk_latin_min_em, cjk_latin_max_em);
  std::string out = buf;
  std::vector<double> gaps = cjk_latin_em;
  std::sort(gaps.begin(), gaps.end());
  const double median = gaps.empty()      ? 0
                        : gaps.size() % 2 ? gaps[gaps.size() / 2]
                                          : (gaps[gaps.size() / 2 - 1] + gaps[gaps.size() / 2]) / 2;
  std::snprintf(buf, sizeof buf,
                "\nflush_left=%d narrowest_mark=%.3fem max_word_space=%.3fem "
                "cjk_latin_median=%.3fem",
                ragged_lines, narrowest_mark_em, max_word_space_em, median);
  out += buf;
  for (const auto& e : examples) out += "\n  " + e;
  for (const auto& r : spacing_rows) out += "\n  " + r;
  return out;
}

}  // namespace paiban::layout
