// Did-you-mean for misspelt keys, names and titles, shared by every stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paiban {

// Optimal-string-alignment distance over code points, so "五好" is one edit
// from "五号" and "szie" one transposition from "size".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo:
// about one edit per three characters.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

}  // namespace paiban
