#include "import/recipe.h"

#include <filesystem>
#include <optional>
#include <sstream>

#include <toml++/toml.h>

namespace paiban::import {
namespace {

std::string where(const std::string& path, const toml::source_region& r) {
  return path + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

}  // namespace

void read_recipe(const Environment& env, const std::string& path, ImportRequest& request,
                 Report& report) {
  const std::optional<std::string> text = env.read_file(path);
  if (!text) {
    const std::string why = env.why_unreadable(path);
    report.error(path, "cannot open the recipe" + (why.empty() ? "" : ": " + why),
                 {"check the file name"});
    return;
  }
  toml::table table;
  try {
    table = toml::parse(*text, path);
  } catch (const toml::parse_error& e) {
    report.error(where(path, e.source()), std::string(e.description()),
                 {"the recipe is TOML: see docs/import.md for an example"});
    return;
  }
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  for (const auto& [key, node] : table) {
    const std::string k(key.str());
    if (k == "section") continue;
    std::string value;
    if (const auto* s = node.as_string()) {
      value = s->get();
    } else if (const auto* d = node.as_date()) {
      std::ostringstream os;
      os << d->get();
      value = os.str();
    } else if (const auto* i = node.as_integer()) {
      value = std::to_string(i->get());
    } else {
      report.error(where(path, node.source()),
                   "front-matter key '" + k + "' must be a string, whole number or date");
      continue;
    }
    request.front_matter.emplace(k, value);  // the command line's value wins
  }
  const toml::node* sections = table.get("section");
  if (!sections) {
    report.error(path, "the recipe lists no [[section]]",
                 {"add [[section]] tables with title = \"行业动态\" and files = [\"a.docx\"]"});
    return;
  }
  const toml::array* list = sections->as_array();
  if (!list) {
    report.error(where(path, sections->source()), "'section' must be [[section]] tables");
    return;
  }
  for (const toml::node& entry : *list) {
    const toml::table* s = entry.as_table();
    if (!s) {
      report.error(where(path, entry.source()), "each [[section]] must be a table");
      continue;
    }
    const auto title = (*s)["title"].value<std::string>();
    const toml::array* files = (*s)["files"].as_array();
    if (!title || !files) {
      report.error(where(path, entry.source()),
                   "a [[section]] needs title = \"…\" and files = [\"….docx\"]");
      continue;
    }
    for (const toml::node& f : *files) {
      const auto name = f.value<std::string>();
      if (!name) {
        report.error(where(path, f.source()), "file names in 'files' must be strings");
        continue;
      }
      std::filesystem::path p(*name);
      if (p.is_relative() && !folder.empty()) p = folder / p;
      request.inputs.push_back({p.string(), *title});
    }
  }
}

}  // namespace paiban::import
