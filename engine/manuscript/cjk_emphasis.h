// CommonMark's flanking rules (spec §6.2) were written for languages with
// spaces between words. In Chinese, `据**《方案》**要求` leaves the `**` as
// literal text: the run before 《 is preceded by a letter (据) and followed by
// punctuation, so it is not left-flanking. Writers never mean literal
// asterisks there, so after cmark has parsed a text node we pair the
// delimiters it left over when a CJK character touches them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace paiban::manuscript {

struct EmphasisPiece {
  std::string text;
  bool strong = false;
  bool emphasis = false;
  std::size_t source_offset = 0;  // byte offset of the piece in `source`
};

// `literal` is a cmark text node's text; `source` is the manuscript bytes the
// node was parsed from (its line from the node's start column on). Asterisks
// written as `\*` or an entity stay literal. When the two cannot be aligned
// the node is returned whole and unchanged: being unsure means no change.
std::vector<EmphasisPiece> split_cjk_emphasis(std::string_view literal, std::string_view source);

}  // namespace paiban::manuscript
