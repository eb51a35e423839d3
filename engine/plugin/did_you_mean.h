// "Did you mean …?" for misspelt option names and choices.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace paiban::plugin {

// Levenshtein distance counted in code points, so that one wrong hanzi is
// one edit, not three.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The candidate nearest to `word`, if it is near enough to be a typo: at
// most 2 edits, or a third of the word's length for long words. Ties go to
// the earlier candidate.
std::optional<std::string> closest_match(const std::string& word,
                                         const std::vector<std::string>& candidates);

}  // namespace paiban::plugin
