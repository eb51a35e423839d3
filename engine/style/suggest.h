// Did-you-mean for misspelt keys, values and names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/suggest.h"

namespace paiban::style {

using paiban::closest;  // base/suggest.h
using paiban::edit_distance;

// `did you mean "size"?` or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "a, b or c" for messages.
std::string join_or(const std::vector<std::string>& items, bool quote);

}  // namespace paiban::style
