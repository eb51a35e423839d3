// Colours as editors write them. Print colours only (docs/typography.md §4): CMYK,
// grey, spot, or a name from [colors]. RGB is refused with a message, since
// a silent conversion would print something nobody proofed.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "paiban/color.h"
#include "style/report.h"

namespace paiban::style {

// `where` is the key path for messages. `names` are the [colors] entries a
// string may name; nullptr inside [colors] itself, where names are refused.
std::optional<Color> read_color(const toml::node& node, const std::string& where,
                                const std::map<std::string, Color>* names, StyleReporter& report);

}  // namespace paiban::style
