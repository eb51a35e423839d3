// The declarative schema of a style sheet: every key an editor may write is
// declared exactly once in schema.cpp (dotted path with `*` wildcards, type,
// default, help, allowed values) and that one declaration drives validation,
// defaults and docs/style-reference.md, as SILE's settings:declare{} does.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "style/stylesheet.h"

namespace paiban::style {

enum class ValueType {
  table,        // a [table] of further declared keys
  table_array,  // [[table]] entries, each a table of declared keys
  length,       // "3mm", "10.5pt", "2字", "1.2em"
  size,         // a positive length or a 号 name ("五号", "小四")
  color,        // CMYK, grey, spot or a [colors] name
  enumeration,  // one of `choices`
  boolean,
  integer,
  number,
  string,
  string_list,
  font_chain,  // family names tried in order
  options,     // a plugin's own table, kept as written
};

// Extra meaning of a string value, checked after its type.
enum class Meaning {
  none,
  style_name,     // must name a [styles.*] entry
  font_role,      // must name a [fonts.*] entry ("" allowed when the default is "")
  template_text,  // may use {title} {issue} {date} {section} {page}
  path,           // a file or folder, resolved against the style file's folder
};

// Build-time targets the loader fills before they become StyleSheet parts.
struct FontDraft {
  FontRole role;
  std::string style = "Regular";  // for chain entries that name only a family
};

struct PageDraft {
  PageMaster master;
  std::string preset = "A4";
  std::optional<Length> width, height;
  int grid_chars = 0;
  int grid_lines = 0;
};

// A converted value, ready for a setter.
struct Value {
  std::variant<bool, int64_t, double, std::string, Length, Color, std::vector<std::string>,
               std::vector<FontSpec>, OptionTable>
      data;
  int choice = -1;  // index into KeyDecl::choices for enumerations
  SourceSpan span;

  template <class T>
  T as() const {
    if constexpr (std::is_enum_v<T>)
      return static_cast<T>(choice);
    else if constexpr (std::is_same_v<T, int>)
      return static_cast<int>(std::get<int64_t>(data));
    else
      return std::get<T>(data);
  }
};

template <class T>
using SetterOf = void (*)(T&, const Value&);
using Setter = std::variant<std::monostate, SetterOf<StyleSheet>, SetterOf<Typography>,
                            SetterOf<TextStyle>, SetterOf<PageDraft>, SetterOf<Print>,
                            SetterOf<FontDraft>, SetterOf<SectionBinding>>;

struct KeyDecl {
  std::string_view path = {};  // "styles.*.size"; `*` matches any one key
  ValueType type = ValueType::string;
  std::string_view default_value = {};  // TOML text ("\"五号\"", "true", "2"); empty = none
  std::string_view help = {};
  std::vector<std::string_view> choices = {};  // enumeration values, in enum order
  double min = -1e300;  // integer/number bounds; for lengths in pt (0 = no negatives)
  double max = 1e300;
  Meaning meaning = Meaning::none;
  bool absolute = false;  // lengths: pt, mm, cm, in only (no em, 字 or 号 names)
  bool required = false;
  std::string_view same_as = {};  // a table taking another table's keys ("masters.*" → "page")
  Setter set = {};
  // Filled by schema(): `path` split at dots.
  std::vector<std::string> segments = {};
};

// "styles.*.size" → {"styles", "*", "size"}.
std::vector<std::string> split_key_path(std::string_view path);

// All declarations, in documentation order.
const std::vector<KeyDecl>& schema();

// The declaration for a concrete key path (["styles","h1","size"]), following
// wildcards and `same_as`; nullptr for an unknown key.
const KeyDecl* find_decl(const std::vector<std::string>& path);

// The names a key may have directly inside `table_path`, for did-you-mean.
std::vector<std::string> child_names(const std::vector<std::string>& table_path);

// The leaf declarations below a table pattern ("styles.*", "page"), with the
// key path relative to it.
struct ScopedDecl {
  const KeyDecl* decl;
  std::vector<std::string> rest;
};
// Computed once per pattern: the schema does not change, and every style of
// a sheet asks for the same scope.
const std::vector<ScopedDecl>& scope_decls(std::string_view table_pattern);

// "a size like \"10.5pt\" or \"五号\"": what a value of this key looks like.
std::string expected_text(const KeyDecl& decl);

// Short type label for the reference ("length", "one of …").
std::string type_label(const KeyDecl& decl);

// "styles.h1.size", quoting keys that are not bare TOML keys.
std::string display_path(const std::vector<std::string>& path);

// Page presets for `page.size`, in millimetres.
struct PagePreset {
  std::string_view name;
  double width_mm;
  double height_mm;
};
const std::vector<PagePreset>& page_presets();

// Placeholders a running-line template may use.
const std::vector<std::string>& template_fields();

}  // namespace paiban::style
