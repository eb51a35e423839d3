// One value as written → one typed Value, by the key's declared type.
// Every failure is a diagnostic at the value's file:line:col.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "style/report.h"
#include "style/schema.h"
#include "style/units.h"

namespace paiban::style {

struct ConvertContext {
  const LengthContext* units = nullptr;                  // em = the style's size, [sizes]
  const std::map<std::string, Color>* colors = nullptr;  // [colors]
  const std::set<std::string>* styles = nullptr;         // style names, for references
  const std::set<std::string>* fonts = nullptr;          // font role names
};

// `where` names the key in messages ("styles.h1.size").
std::optional<Value> convert_value(const KeyDecl& decl, const toml::node& node,
                                   const std::string& where, const ConvertContext& ctx,
                                   StyleReporter& report);

// A plugin's options, kept as written (values not interpreted) with spans.
OptionValue option_value(const toml::node& node);

// `relative` against the folder of the style file `file`; absolute paths and
// "" stay as they are.
std::string resolve_path(const std::string& file, const std::string& relative);

}  // namespace paiban::style
