// Sets one line to its measure. Stretch is shared by all the line's gaps —
// Latin word spaces, CJK–Latin gaps and the gaps between CJK characters — in
// proportion to their stretchability, each up to its hard limit
// ([typography] cjk_stretch_max, word_space_max, cjk_latin_stretch); a line
// that needs more is set flush left at its natural spacing, never
// letter-spaced. Shrink is shared the same way by word spaces, CJK–Latin gaps
// and punctuation blanks, no mark going below ¾ em before every mark is
// there; only then do marks give up the rest of their blank ("先挤进").
// Integer arithmetic, so a justified line ends exactly on the measure.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/paragraph/items.h"

namespace paiban::layout {

struct PlacedBox {
  std::size_t item = 0;
  Length x;  // start of the box from the line start
};

struct JustifyLimits {
  bool stretch_allowed = true;  // false: last lines, ragged styles
  Length em;                    // the paragraph's size
};

struct JustifiedLine {
  std::vector<PlacedBox> boxes;
  Length natural;         // width before adjustment
  Length width;           // width after adjustment
  Length max_inter_cjk;   // the widest gap given to an inter-character glue
  Length max_word_space;  // the widest Latin word space as set
  // CJK–Latin gaps as set: how many, the narrowest and the widest.
  int cjk_latin_count = 0;
  Length cjk_latin_min;
  Length cjk_latin_max;
  std::vector<Length> cjk_latin_gaps;  // each, in line order
  // The narrowest adjustable punctuation mark as set (ink plus the blanks it
  // kept); zero when the line has none.
  Length narrowest_mark;
  bool overfull = false;
  bool ragged = false;  // could not be justified within the limits: set flush left
};

JustifiedLine justify_line(const std::vector<ParagraphItem>& items, std::size_t begin,
                           std::size_t end, Length measure, const JustifyLimits& limits);

}  // namespace paiban::layout
