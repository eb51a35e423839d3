#include "style/loader.h"

#include <algorithm>
#include <exception>
#include <map>
#include <tuple>

#include "style/build.h"
#include "style/layers.h"
#include "style/validate.h"

namespace paiban::style {
namespace {

// toml++ tables iterate in key order; editors read files top to bottom.
// Files keep the order in which they first appear.
void sort_by_position(std::vector<Diagnostic>& items) {
  std::map<std::string, std::size_t> rank;
  for (const auto& d : items) rank.emplace(d.span.file, rank.size());
  std::stable_sort(items.begin(), items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    auto key = [&](const Diagnostic& d) {
      return std::tuple(rank.at(d.span.file), d.span.line, d.span.column);
    };
    return key(a) < key(b);
  });
}

}  // namespace

StyleSheet load_stylesheet(const std::string& path, const paiban::Environment& env,
                           paiban::Diagnostics& diags, const std::vector<PluginStyles>& declared) {
  StyleSheet sheet;
  sheet.path = path;
  Diagnostics found;
  try {
    StyleReporter report(found);
    toml::table merged = load_layers(path, env, report, &sheet.files, declared);
    check_keys(merged, report);
    Builder(merged, report, sheet).build();
  } catch (const std::exception& e) {
    // Stage border (docs/design.md): a throw here is a bug, but never a crash.
    found.error(SourceSpan{path, 0, 0},
                std::string("internal error while reading the style sheet: ") + e.what());
  }
  std::vector<Diagnostic> items = found.items();
  rename_declared_diagnostics(items, declared);
  sort_by_position(items);
  for (auto& d : items) diags.add(std::move(d));
  return sheet;
}

paiban::Diagnostics check_stylesheet(const std::string& path, const paiban::Environment& env) {
  Diagnostics diags;
  StyleSheet sheet = load_stylesheet(path, env, diags);
  for (const auto& [name, role] : sheet.fonts) {
    for (const auto& spec : role.chain) {
      if (env.find_font(spec.family, spec.style)) continue;
      diags.error(role.span,
                  "font role \"" + name + "\": no installed font has family \"" + spec.family +
                      "\" with style \"" + spec.style + "\"",
                  {"`fc-list : family style` lists the installed names; the family must match "
                   "exactly"});
    }
  }
  return diags;
}

}  // namespace paiban::style
