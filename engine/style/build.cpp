#include "style/build.h"

#include "base/limits.h"
#include "style/suggest.h"

namespace paiban::style {
namespace {

std::set<std::string> keys_of(const toml::node* node) {
  std::set<std::string> out;
  if (const toml::table* t = node ? node->as_table() : nullptr)
    for (auto&& [key, value] : *t) out.emplace(key.str());
  return out;
}

Finder in(const toml::node* table) {
  return [table](const std::vector<std::string>& rest) { return Builder::lookup(table, rest); };
}

}  // namespace

Builder::Builder(const toml::table& root, StyleReporter& report, StyleSheet& sheet)
    : root_(root), report_(report), sheet_(sheet) {
  style_names_ = keys_of(root_.get("styles"));
  font_names_ = keys_of(root_.get("fonts"));
}

void Builder::build() {
  build_sizes();
  build_colors();
  build_fonts();
  build_styles();
  // em and 字 outside [styles] mean the body size (docs/typography.md R7).
  sheet_.units.em = sheet_.styles.at("body").size;
  build_masters();
  const toml::table* typography = table_at({"typography"});
  apply("typography", "typography", in(typography), sheet_.units, sheet_.typography, typography);
  const toml::table* print = table_at({"print"});
  apply("print", "print", in(print), sheet_.units, sheet_.print, print);
  if (const toml::node* profile = print ? print->get("output_profile") : nullptr)
    sheet_.print.output_profile_span = span_of(*profile);
  apply("", "", in(&root_), sheet_.units, sheet_, &root_);
  build_sections();
  build_limits();
}

void Builder::build_limits() {
  for (const LimitDecl& limit : limit_decls()) {
    const std::string name(limit.name);
    const toml::node* node = lookup(&root_, {"limits", name});
    const KeyDecl* decl = find_decl({"limits", name});
    if (!node || !decl || !limit.in_style_sheet) continue;
    if (auto v = read(*decl, *node, "limits." + name, sheet_.units))
      sheet_.limits.*limit.member = v->as<std::int64_t>();
  }
}

const toml::node* Builder::lookup(const toml::node* table, const std::vector<std::string>& path) {
  const toml::node* node = table;
  for (const auto& key : path) {
    const toml::table* t = node ? node->as_table() : nullptr;
    node = t ? t->get(key) : nullptr;
  }
  return node;
}

const toml::table* Builder::table_at(const std::vector<std::string>& path) const {
  const toml::node* node = lookup(&root_, path);
  return node ? node->as_table() : nullptr;
}

const toml::node* Builder::default_node(const KeyDecl& decl) {
  if (decl.default_value.empty()) return nullptr;
  auto it = defaults_.find(&decl);
  if (it == defaults_.end()) {
    // Defaults are TOML text, read by the same parser and converter as the
    // editor's values; tests check that each one converts cleanly.
    toml::table parsed;
    try {
      parsed = toml::parse("v = " + std::string(decl.default_value));
    } catch (const toml::parse_error&) {
      report_.error(SourceSpan{}, "internal: bad default for " + std::string(decl.path));
    }
    it = defaults_.emplace(&decl, std::move(parsed)).first;
  }
  return it->second.get("v");
}

ConvertContext Builder::context(const LengthContext& units) const {
  return ConvertContext{&units, &sheet_.colors, &style_names_, &font_names_};
}

std::optional<Value> Builder::read(const KeyDecl& decl, const toml::node& node,
                                   const std::string& where, const LengthContext& units) {
  return convert_value(decl, node, where, context(units), report_);
}

void Builder::build_sizes() {
  sheet_.units = default_length_context();
  const toml::table* sizes = table_at({"sizes"});
  if (!sizes) return;
  const KeyDecl* decl = find_decl({"sizes", "*"});
  std::map<std::string, const toml::key*> seen;
  for (auto&& [key, value] : *sizes) {
    std::string written(key.str());
    auto name = canonical_size_name(written);
    if (!name) {
      // No did-you-mean: among two-character names one edit is half the
      // name, and "九号 → 初号?" would mislead.
      report_.error(span_of(key), "unknown size name \"" + written + "\" in [sizes]",
                    {"size names: " + join_or(size_names(), false)});
      continue;
    }
    if (auto [it, fresh] = seen.emplace(*name, &key); !fresh) {
      report_.error(span_of(key), "\"" + written + "\" and \"" + std::string(it->second->str()) +
                                      "\" both set " + *name + " in [sizes]; keep one");
      continue;
    }
    if (auto v = read(*decl, value, "sizes." + display_path({written}), sheet_.units))
      sheet_.units.size_table_pt[*name] = v->as<Length>().to_pt();
  }
}

void Builder::build_colors() {
  const toml::table* colors = table_at({"colors"});
  if (!colors) return;
  const KeyDecl* decl = find_decl({"colors", "*"});
  // Inside [colors] a value must give its inks: names would make the order
  // of entries matter, and TOML tables have none.
  ConvertContext ctx{&sheet_.units, nullptr, &style_names_, &font_names_};
  for (auto&& [key, value] : *colors) {
    std::string name(key.str());
    if (auto v = convert_value(*decl, value, "colors." + display_path({name}), ctx, report_))
      sheet_.colors[name] = v->as<Color>();
    else  // reported; a stand-in keeps every use of the name from adding "unknown colour"
      sheet_.colors[name] = Color::cmyk(0, 0, 0, 1);
  }
}

void Builder::build_sections() {
  const toml::node* node = root_.get("section");
  const toml::array* list = node ? node->as_array() : nullptr;
  if (!list) return;
  std::map<std::string, SourceSpan> bound;
  for (const auto& item : *list) {
    const toml::table* table = item.as_table();
    if (!table) continue;  // reported by check_keys
    SectionBinding binding;
    binding.span = span_of(*table);
    apply("section", "section", in(table), sheet_.units, binding, table);
    if (!binding.match.empty()) {
      auto [it, fresh] = bound.emplace(binding.match, binding.span);
      if (!fresh) {
        report_.warning(binding.span, "a second [[section]] matches \"" + binding.match +
                                          "\" (first at line " + std::to_string(it->second.line) +
                                          "); only the first is used");
      }
    }
    sheet_.sections.push_back(std::move(binding));
  }
}

}  // namespace paiban::style
