// Turning the merged, key-checked table into a StyleSheet. The order follows
// the dependencies: [sizes] (号 names) → [colors] → [fonts] → [styles] (the
// body size is the em elsewhere) → [page]/[masters] → the rest.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "style/convert.h"
#include "style/report.h"
#include "style/schema.h"

namespace paiban::style {

// Finds the value written for a key path relative to a scope, or nullptr.
using Finder = std::function<const toml::node*(const std::vector<std::string>& rest)>;

class Builder {
 public:
  Builder(const toml::table& root, StyleReporter& report, StyleSheet& sheet);

  void build();

  // The value at `path` below `table`, through nested tables.
  static const toml::node* lookup(const toml::node* table, const std::vector<std::string>& path);

 private:
  void build_sizes();
  void build_colors();
  void build_fonts();
  void build_styles();
  void build_style(const std::string& name, std::vector<std::string>& visiting);
  void build_masters();
  void finish_master(PageDraft& draft, const Finder& find, const std::string& where);
  void build_sections();
  void build_limits();

  // Converts every declaration of `scope` that writes a Target: the value
  // `find` returns, else the declared default.
  template <class Target>
  void apply(std::string_view scope, const std::string& where, const Finder& find,
             const LengthContext& units, Target& target, const toml::node* scope_node);

  const toml::node* default_node(const KeyDecl& decl);
  ConvertContext context(const LengthContext& units) const;
  std::optional<Value> read(const KeyDecl& decl, const toml::node& node, const std::string& where,
                            const LengthContext& units);
  const toml::table* table_at(const std::vector<std::string>& path) const;

  const toml::table& root_;
  StyleReporter& report_;
  StyleSheet& sheet_;
  std::set<std::string> style_names_, font_names_;
  std::map<const KeyDecl*, toml::table> defaults_;

  // Per style while building: what it wrote or inherited, by key path, so a
  // child re-reads "2字" at its own size (docs/typography.md R6).
  struct StyleRaw {
    std::map<std::string, const toml::node*> written;
  };
  void check_leading(const TextStyle& style, const StyleRaw& raw, const std::string& where);
  std::map<std::string, StyleRaw> raw_;
};

template <class Target>
void Builder::apply(std::string_view scope, const std::string& where, const Finder& find,
                    const LengthContext& units, Target& target, const toml::node* scope_node) {
  for (const ScopedDecl& sd : scope_decls(scope)) {
    auto* setter = std::get_if<SetterOf<Target>>(&sd.decl->set);
    if (!setter) continue;  // keys the builder reads itself (based_on, [sizes], …)
    std::string key = where.empty() ? display_path(sd.rest) : where + "." + display_path(sd.rest);
    const toml::node* node = find(sd.rest);
    if (!node && sd.decl->required) {
      std::string place = where == "section" ? "[[section]]" : "[" + where + "]";
      report_.error(scope_node ? span_of(*scope_node) : SourceSpan{sheet_.path, 0, 0},
                    "missing \"" + display_path(sd.rest) + "\" in " + place + ": " +
                        std::string(sd.decl->help));
      continue;
    }
    if (!node) node = default_node(*sd.decl);
    if (!node) continue;
    if (auto value = read(*sd.decl, *node, key, units)) (*setter)(target, *value);
  }
}

}  // namespace paiban::style
