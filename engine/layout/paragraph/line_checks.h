// Typographic facts about the lines a run has set, measured on the lines
// themselves: the engine's own report of kinsoku, justification, spacing and
// 孤字 (the independent yardstick is ../shared/tools/pdfcheck).
#pragma once

#include <string>
#include <vector>

#include "paiban/length.h"
#include "style/stylesheet.h"

namespace paiban::layout {

struct SetLine;

struct TypographyStats {
  int paragraphs = 0;
  int lines = 0;
  int justified_lines = 0;  // lines set to the measure (not last lines)
  int flush_lines = 0;      // of those, ending exactly on the measure
  int overfull_lines = 0;
  int kinsoku_violations = 0;   // a line starting or ending with a prohibited mark
  int orphan_lines = 0;         // 孤字: a last line with fewer Han/Latin characters than allowed
  double max_inter_cjk_em = 0;  // widest inter-character gap in em of the line's size
  int cjk_latin_gaps = 0;
  double cjk_latin_min_em = 0;
  double cjk_latin_max_em = 0;
  std::vector<double> cjk_latin_em;  // every CJK–Latin gap inside a justified line, in em
  int ragged_lines = 0;              // too loose to justify within the limits: flush left
  double max_word_space_em = 0;      // widest Latin word space in a justified line
  double narrowest_mark_em = 0;      // narrowest mark justification shrank (0: none shrank)
  // One row per justified line whose spacing left the comfortable range:
  // its narrowest mark and widest gaps (--report).
  std::vector<std::string> spacing_rows;
  std::vector<std::string> examples;  // text of offending lines, for the report

  void add_paragraph(const std::vector<SetLine>& lines, Length measure, Length size,
                     const style::Typography& typography, bool justified);
  std::string summary() const;
};

}  // namespace paiban::layout
