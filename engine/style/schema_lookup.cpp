// Lookups over the declarations of schema.cpp: which declaration a key path
// means (wildcards, same_as), what may stand at a place, and how a type reads.
#include "style/schema.h"

#include <map>
#include <mutex>
#include <utility>

namespace paiban::style {
namespace {

using T = ValueType;

bool prefix_matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                    std::size_t n) {
  if (pattern.size() < n || path.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (pattern[i] != "*" && pattern[i] != path[i]) return false;
  return true;
}

bool bare_key(const std::string& k) {
  if (k.empty()) return false;
  for (char c : k)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '-'))
      return false;
  return true;
}

}  // namespace

std::vector<std::string> split_key_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = path.find('.', start);
    out.emplace_back(path.substr(start, dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return out;
}

namespace {

// The declarations that may match a path of n segments whose first is
// `first`: those of n segments whose first segment is `first` or "*", in
// schema order (find_decl returns the first that matches, as a scan of the
// whole schema did). A sheet's load looks up every key it holds; the scan
// was 1.6 M instructions of the sample's two loads.
using Candidates = std::vector<const KeyDecl*>;
struct DeclIndex {
  std::map<std::pair<std::size_t, std::string>, Candidates> by_first;
  std::map<std::size_t, Candidates> wildcard_first;  // a first segment no declaration names
};

const DeclIndex& decl_index() {
  static const DeclIndex index = [] {
    DeclIndex built;
    for (const auto& d : schema())
      if (!d.segments.empty() && d.segments.front() != "*")
        built.by_first[{d.segments.size(), d.segments.front()}];
    for (const auto& d : schema()) {
      if (d.segments.empty()) continue;
      const std::size_t n = d.segments.size();
      if (d.segments.front() == "*") {
        built.wildcard_first[n].push_back(&d);
        for (auto& [key, candidates] : built.by_first)
          if (key.first == n) candidates.push_back(&d);
      } else {
        built.by_first[{n, d.segments.front()}].push_back(&d);
      }
    }
    return built;
  }();
  return index;
}

const Candidates& candidates_for(const std::vector<std::string>& path) {
  static const Candidates none;
  const DeclIndex& index = decl_index();
  if (path.empty()) return none;
  if (auto it = index.by_first.find({path.size(), path.front()}); it != index.by_first.end())
    return it->second;
  auto it = index.wildcard_first.find(path.size());
  return it != index.wildcard_first.end() ? it->second : none;
}

}  // namespace

const KeyDecl* find_decl(const std::vector<std::string>& path) {
  for (const KeyDecl* d : candidates_for(path))
    if (prefix_matches(d->segments, path, path.size())) return d;
  for (const auto& d : schema()) {
    std::size_t n = d.segments.size();
    if (d.same_as.empty() || path.size() <= n || !prefix_matches(d.segments, path, n)) continue;
    std::vector<std::string> aliased = split_key_path(d.same_as);
    aliased.insert(aliased.end(), path.begin() + static_cast<std::ptrdiff_t>(n), path.end());
    return find_decl(aliased);
  }
  return nullptr;
}

std::vector<std::string> child_names(const std::vector<std::string>& table_path) {
  std::vector<std::string> names;
  std::size_t n = table_path.size();
  for (const auto& d : schema()) {
    std::size_t m = d.segments.size();
    if (d.same_as.empty() || n < m || !prefix_matches(d.segments, table_path, m)) continue;
    std::vector<std::string> aliased = split_key_path(d.same_as);
    aliased.insert(aliased.end(), table_path.begin() + static_cast<std::ptrdiff_t>(m),
                   table_path.end());
    return child_names(aliased);
  }
  for (const auto& d : schema())
    if (d.segments.size() == n + 1 && prefix_matches(d.segments, table_path, n) &&
        d.segments.back() != "*")
      names.push_back(d.segments.back());
  return names;
}

const std::vector<ScopedDecl>& scope_decls(std::string_view table_pattern) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<ScopedDecl>, std::less<>> made;
  const std::lock_guard<std::mutex> lock(mutex);
  if (auto it = made.find(table_pattern); it != made.end()) return it->second;
  std::vector<std::string> scope;
  if (!table_pattern.empty()) scope = split_key_path(table_pattern);
  std::vector<ScopedDecl> out;
  for (const auto& d : schema()) {
    if (d.type == T::table || d.type == T::table_array) continue;
    if (d.segments.size() <= scope.size()) continue;
    if (!std::equal(scope.begin(), scope.end(), d.segments.begin())) continue;
    out.push_back(
        {&d, {d.segments.begin() + static_cast<std::ptrdiff_t>(scope.size()), d.segments.end()}});
  }
  return made.emplace(std::string(table_pattern), std::move(out)).first->second;
}

std::string display_path(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& k : path) {
    if (!out.empty()) out += '.';
    out += bare_key(k) ? k : "\"" + k + "\"";
  }
  return out;
}

std::string expected_text(const KeyDecl& d) {
  switch (d.type) {
    case T::table:
      return "a table";
    case T::table_array:
      return "a list of tables written [[" + std::string(d.path) + "]]";
    case T::length:
      return "a length like \"3mm\", \"10.5pt\" or \"2字\"";
    case T::size:
      return "a size like \"10.5pt\" or \"五号\"";
    case T::color:
      return "a colour like { c = 0, m = 0, y = 0, k = 100 }, \"gray(60)\" or a name from "
             "[colors]";
    case T::enumeration: {
      std::string out = "one of";
      for (std::size_t i = 0; i < d.choices.size(); ++i)
        out += (i ? ", \"" : " \"") + std::string(d.choices[i]) + "\"";
      return out;
    }
    case T::boolean:
      return "true or false";
    case T::integer:
      return "a whole number like 2";
    case T::number:
      return "a number like 0.25";
    case T::string:
      return "a string in quotes";
    case T::string_list:
      return "a list of strings like [\"plugins\"]";
    case T::font_chain:
      return "a font family like \"Noto Serif CJK SC\" or a list of them";
    case T::options:
      return "a table of plugin options like { columns = 2 }";
  }
  return "a value";
}

std::string type_label(const KeyDecl& d) {
  switch (d.type) {
    case T::table:
      return "table";
    case T::table_array:
      return "array of tables";
    case T::length:
      return d.absolute ? "length (pt mm cm in)" : "length (pt mm cm in em 字)";
    case T::size:
      return "size (length or 号 name)";
    case T::color:
      return "colour";
    case T::enumeration:
      return "enum";
    case T::boolean:
      return "boolean";
    case T::integer:
      return "integer";
    case T::number:
      return "number";
    case T::string:
      switch (d.meaning) {
        case Meaning::style_name:
          return "style name";
        case Meaning::font_role:
          return "font role";
        case Meaning::template_text:
          return "template";
        case Meaning::path:
          return "path";
        case Meaning::none:
          break;
      }
      return "string";
    case T::string_list:
      return d.meaning == Meaning::path ? "list of paths" : "list of strings";
    case T::font_chain:
      return "font chain";
    case T::options:
      return "plugin options";
  }
  return "value";
}

}  // namespace paiban::style
