// Checking a [[section]] entry's options against what its plugin declares
// (docs/code-style.md point 9: options are declared, never parsed ad hoc).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "paiban/options.h"
#include "style/stylesheet.h"

namespace paiban::plugin {

struct OptionCheckContext {
  std::string plugin;   // named in every message
  std::string section;  // Diagnostic::section (the entry's match, if any)
  SourceSpan entry;     // the [[section]] entry: used where a value has no place of its own
  const style::StyleSheet* sheet = nullptr;  // colour names and length units; may be null
};

// The table the plugin gets: every option written in the style sheet, type-
// checked and with `length` values converted to Length, plus the declared
// default of every option not written. Reports, each at the value's own
// file:line:col: an unknown option (with "did you mean"), a value of the
// wrong type, a string not among the declared choices, a bad length, and a
// colour the style sheet does not define. A rejected value is replaced by
// its default so that the plugin still sees a well-typed table.
OptionTable check_options(const std::vector<OptionDecl>& decls, const OptionTable& given,
                          const OptionCheckContext& ctx, Diagnostics& diags);

// The declared default as a value, or nullopt when the declaration has none
// (empty default_value) or it does not parse — the latter is reported as a
// plugin bug.
std::optional<OptionValue> default_value(const OptionDecl& decl, const OptionCheckContext& ctx,
                                         Diagnostics& diags);

// "an integer", "a length such as \"6pt\"", … as used in messages.
std::string describe_type(OptionDecl::Type type);
// "a string", "an array", … for the value actually written.
std::string describe_value(const OptionValue& value);

}  // namespace paiban::plugin
