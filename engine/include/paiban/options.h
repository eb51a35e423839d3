// SDK. A plugin's options as written in the style sheet, with their places,
// and the declarations a plugin makes of the options it accepts.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "paiban/length.h"
#include "paiban/source.h"

namespace paiban {

struct OptionValue {
  using Array = std::vector<OptionValue>;
  using Table = std::map<std::string, OptionValue>;
  // A `length` option arrives converted (units resolved by the engine).
  std::variant<bool, int64_t, double, std::string, Length, std::shared_ptr<Array>,
               std::shared_ptr<Table>>
      value;
  SourceSpan span;
};

using OptionTable = OptionValue::Table;

// What a plugin says about one option it accepts. The engine checks the style
// sheet against these declarations (unknown names, wrong types, with
// file:line:col), fills in defaults, and lists them in the style reference.
struct OptionDecl {
  enum class Type { boolean, integer, number, string, length, color };
  std::string name;
  Type type = Type::string;
  std::string default_value;  // as TOML would write it: true, 2, "tint", "6pt"
  std::string help;
  std::vector<std::string> choices;  // for strings: the allowed values, if limited
};

// Typed reads of a validated table (defaults already filled in by the engine).
inline bool option_bool(const OptionTable& t, const std::string& k, bool fallback = false) {
  auto it = t.find(k);
  if (it == t.end()) return fallback;
  if (auto v = std::get_if<bool>(&it->second.value)) return *v;
  return fallback;
}
inline int64_t option_int(const OptionTable& t, const std::string& k, int64_t fallback = 0) {
  auto it = t.find(k);
  if (it == t.end()) return fallback;
  if (auto v = std::get_if<int64_t>(&it->second.value)) return *v;
  return fallback;
}
inline double option_number(const OptionTable& t, const std::string& k, double fallback = 0) {
  auto it = t.find(k);
  if (it == t.end()) return fallback;
  if (auto v = std::get_if<double>(&it->second.value)) return *v;
  if (auto i = std::get_if<int64_t>(&it->second.value)) return static_cast<double>(*i);
  return fallback;
}
inline std::string option_string(const OptionTable& t, const std::string& k,
                                 const std::string& fallback = {}) {
  auto it = t.find(k);
  if (it == t.end()) return fallback;
  if (auto v = std::get_if<std::string>(&it->second.value)) return *v;
  return fallback;
}
inline Length option_length(const OptionTable& t, const std::string& k, Length fallback = {}) {
  auto it = t.find(k);
  if (it == t.end()) return fallback;
  if (auto v = std::get_if<Length>(&it->second.value)) return *v;
  return fallback;
}

}  // namespace paiban
