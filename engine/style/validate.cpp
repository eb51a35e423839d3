#include "style/validate.h"

#include "style/schema.h"
#include "style/suggest.h"

namespace paiban::style {
namespace {

std::string place(const std::vector<std::string>& table_path, bool in_array) {
  if (table_path.empty()) return "at the top level";
  std::string name = display_path(table_path);
  return in_array ? "in [[" + name + "]]" : "in [" + name + "]";
}

void check_table(const toml::table& table, std::vector<std::string>& path, bool in_array,
                 StyleReporter& report);

void unknown_key(const toml::key& key, std::vector<std::string>& path, bool in_array,
                 StyleReporter& report) {
  std::vector<std::string> parent(path.begin(), path.end() - 1);
  std::vector<std::string> allowed = child_names(parent);
  std::string message = "unknown key \"" + std::string(key.str()) + "\" " + place(parent, in_array);
  std::string suggestion = did_you_mean(key.str(), allowed);
  if (!suggestion.empty()) message += "; " + suggestion;
  report.error(span_of(key), message,
               {allowed.empty() ? std::string() : "keys allowed here: " + join_or(allowed, false)});
}

void check_entry(const toml::key& key, const toml::node& value, std::vector<std::string>& path,
                 bool in_array, StyleReporter& report) {
  if (key.str().empty()) {
    report.error(span_of(key), "an empty key \"\" " +
                                   place({path.begin(), path.end() - 1}, in_array) +
                                   " cannot name anything; give it a name");
    return;
  }
  const KeyDecl* decl = find_decl(path);
  if (!decl) {
    unknown_key(key, path, in_array, report);
    return;
  }
  std::string name = display_path(path);
  if (decl->type == ValueType::table) {
    if (const toml::table* t = value.as_table()) {
      check_table(*t, path, false, report);
    } else {
      report.error(value, name + ": expected a table, written [" + name + "] or " + name +
                              " = { … }, got " + describe(value));
    }
    return;
  }
  if (decl->type != ValueType::table_array) return;
  const toml::array* list = value.as_array();
  if (!list) {
    report.error(value, name + ": expected a list of tables, each written [[" + name + "]], got " +
                            describe(value));
    return;
  }
  for (const auto& item : *list) {
    if (const toml::table* t = item.as_table())
      check_table(*t, path, true, report);
    else
      report.error(item, name + ": expected a table in the list, got " + describe(item));
  }
}

void check_table(const toml::table& table, std::vector<std::string>& path, bool in_array,
                 StyleReporter& report) {
  for (auto&& [key, value] : table) {
    path.emplace_back(key.str());
    check_entry(key, value, path, in_array, report);
    path.pop_back();
  }
}

}  // namespace

void check_keys(const toml::table& root, StyleReporter& report) {
  std::vector<std::string> path;
  check_table(root, path, false, report);
}

}  // namespace paiban::style
