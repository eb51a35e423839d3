// Key figures of a data section: the items of the list that opens it, each
// "label：value" ("出口额：103.6 亿元 ↑12.5%"), split at the first colon.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "paiban/document.h"

namespace paiban::data_brief {

struct KeyFigure {
  std::vector<InlineRun> label;  // "出口额"
  std::vector<InlineRun> value;  // "103.6 亿元 ↑12.5%"
  SourceSpan span;
};

// The key figures of `list` (a bullet list), or nothing when an item has no
// colon or more than a paragraph: such a list is ordinary text.
std::optional<std::vector<KeyFigure>> key_figures(const Block& list);

}  // namespace paiban::data_brief
