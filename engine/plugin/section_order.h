// The order in which an issue's sections are composed: the manuscript's
// order, with the style sheet's entries that match no heading (a masthead,
// a colophon) put where they stand among the matched ones.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "paiban/document.h"
#include "style/stylesheet.h"

namespace paiban::plugin {

inline constexpr std::size_t kNoEntry = std::numeric_limits<std::size_t>::max();
inline constexpr std::size_t kNoSection = std::numeric_limits<std::size_t>::max();

// One composition: entry (an index into StyleSheet::sections, or kNoEntry
// for the default plugin) composes section (an index into
// Document::sections, or kNoSection for an entry without `match`, which
// composes an empty Section).
struct Placement {
  std::size_t entry = kNoEntry;
  std::size_t section = kNoSection;
  bool operator==(const Placement&) const = default;
};

// The rules, in the order they apply:
// 1. Manuscript sections keep their manuscript order. Each goes to the
//    first entry whose `match` equals its title; a section no entry matches
//    goes to the default plugin, with a warning naming the section and its
//    manuscript line.
// 2. An entry without `match` is composed once. Listed before every entry
//    that matched a section, it comes first in the issue (a masthead);
//    otherwise it comes right before the section of the next matching entry
//    listed after it, or at the end of the issue when none follows.
// 3. An entry whose `match` names no manuscript section, or a section an
//    earlier entry already matched, is not used (a warning at the entry).
std::vector<Placement> order_sections(const Document& doc, const style::StyleSheet& sheet,
                                      Diagnostics& diags);

// How messages name a manuscript section: '编者的话', or the text before the
// first `#` heading, which has no title.
std::string section_label(const Section& section);

}  // namespace paiban::plugin
