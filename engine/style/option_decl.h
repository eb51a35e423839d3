// One declaration type behind style keys and plugin options. A plugin
// declares its options with the SDK's OptionDecl (plain data that crosses
// the plugin boundary); the engine reads each as the KeyDecl its own style
// keys are declared with (schema.h), so both share the same types, unit
// rules, ranges, choices and help, the same range checks and messages
// (value_rules below, used by convert.cpp and plugin/option_check.cpp) and
// the same reference table (reference.h: docs/style-reference.md and every
// plugin's README option table).
#pragma once

#include <optional>
#include <string>

#include "paiban/length.h"
#include "paiban/options.h"
#include "style/schema.h"
#include "style/units.h"

namespace paiban::style {

// The KeyDecl of a plugin option; its views point into `option`, which must
// outlive it. string with choices → enumeration, style → a string naming a
// style (Meaning::style_name); the rest map one to one.
KeyDecl key_decl_of(const OptionDecl& option);

// The unit rules of a length key: absolute keys take pt, mm, cm and in only.
LengthRules length_rules(const KeyDecl& decl);

// Why `value` is outside the declared range of an integer or number key
// ("12 is outside the allowed range 1–3"), or nullopt when it is inside.
std::optional<std::string> number_range_problem(const KeyDecl& decl, double value);

// The same for a length (bounds in pt): "must not be negative", "must be at
// least …", "… is more than the most allowed, …".
std::optional<std::string> length_range_problem(const KeyDecl& decl, Length value);

}  // namespace paiban::style
