// Sets one line to its measure: the extra or missing space is handed out in
// clreq order (§3.8): when stretching, Latin word spaces first, then CJK–Latin
// gaps up to their limit, then evenly between all CJK characters; when
// shrinking, word spaces, then punctuation blanks ("先挤进"), then CJK–Latin
// gaps. Integer arithmetic, so a justified line ends exactly on the measure.
#pragma once

#include <cstddef>
#include <vector>

#include "layout/paragraph/items.h"

namespace paiban::layout {

struct PlacedBox {
  std::size_t item = 0;
  Length x;  // start of the box from the line start
};

struct JustifiedLine {
  std::vector<PlacedBox> boxes;
  Length natural;        // width before adjustment
  Length width;          // width after adjustment
  Length max_inter_cjk;  // the widest gap given to an inter-character glue
  // CJK–Latin gaps as set: how many, the narrowest and the widest.
  int cjk_latin_count = 0;
  Length cjk_latin_min;
  Length cjk_latin_max;
  bool overfull = false;
};

JustifiedLine justify_line(const std::vector<Item>& items, std::size_t begin, std::size_t end,
                           Length measure, bool stretch_allowed);

}  // namespace paiban::layout
