// Did-you-mean for misspelt keys, values and names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paiban::style {

// Optimal-string-alignment distance over code points, so "五好" is one edit
// from "五号" and "szie" one transposition from "size".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo:
// about one edit per three characters.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// `did you mean "size"?` or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "a, b or c" for messages.
std::string join_or(const std::vector<std::string>& items, bool quote);

}  // namespace paiban::style
