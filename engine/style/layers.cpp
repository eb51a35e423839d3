#include "style/layers.h"

#include <filesystem>
#include <vector>

#include "style/builtin.h"
#include "style/convert.h"
#include "style/schema.h"

namespace paiban::style {
namespace {

std::string normalized(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().string();
}

std::optional<toml::table> parse(const std::string& text, const std::string& path,
                                 StyleReporter& report) {
  try {
    return toml::parse(text, std::string(path));
  } catch (const toml::parse_error& e) {
    SourceSpan span = span_of(e.source());
    if (span.file.empty()) span.file = path;
    report.error(span, "TOML syntax: " + std::string(e.description()),
                 {"the rest of this file was not read; fix this first"});
  }
  return std::nullopt;
}

}  // namespace

void merge_under(toml::table& top, toml::table&& under, std::vector<std::string>& path) {
  for (auto&& [key, value] : under) {
    std::string k(key.str());
    toml::node* mine = top.get(k);
    if (!mine) {
      top.insert(toml::key(key), std::move(value));
      continue;
    }
    path.push_back(k);
    const KeyDecl* decl = find_decl(path);
    if (decl && decl->type == ValueType::table && mine->is_table() && value.is_table())
      merge_under(*mine->as_table(), std::move(*value.as_table()), path);
    path.pop_back();
  }
}

toml::table load_layers(const std::string& path, const Environment& env, StyleReporter& report,
                        std::vector<std::string>* files_read,
                        const std::vector<PluginStyles>& declared) {
  std::vector<toml::table> layers;  // most derived first
  std::vector<std::string> chain;   // normalized paths, for cycle messages
  std::string current = path;
  std::optional<SourceSpan> named_at;  // the `extends` that named `current`
  for (int depth = 0;; ++depth) {
    if (depth == kMaxExtendsChain) {
      report.error(*named_at,
                   "extends: the chain is longer than " + std::to_string(kMaxExtendsChain) +
                       " style sheets; \"" + current + "\" and what it extends were not read",
                   {"a style sheet usually extends one or two others; shorten the chain"});
      break;
    }
    std::optional<std::string> text = env.read_file(current);
    if (!text) {
      const std::string why = env.why_unreadable(current);
      const std::string reason = why.empty() ? "" : ": " + why;
      if (named_at)
        report.error(*named_at, "extends: cannot read \"" + current + "\"" + reason,
                     {"paths in extends are relative to the file that names them"});
      else
        report.error(SourceSpan{current, 0, 0},
                     "cannot read style sheet \"" + current + "\"" + reason);
      break;
    }
    if (files_read) files_read->push_back(current);
    chain.push_back(normalized(current));
    std::optional<toml::table> table = parse(*text, current, report);
    if (!table) break;
    const toml::node* extends = table->get("extends");
    std::string next;
    if (extends && !extends->is_string()) {
      report.error(*extends, "extends: expected the path of another style sheet in quotes, got " +
                                 describe(*extends));
    } else if (extends && !extends->as_string()->get().empty()) {
      next = resolve_path(current, extends->as_string()->get());
      named_at = span_of(*extends);
      for (const auto& seen : chain) {
        if (seen != normalized(next)) continue;
        std::string cycle;
        for (const auto& c : chain) cycle += c + " → ";
        report.error(*named_at, "extends: cycle " + cycle + normalized(next),
                     {"a style sheet cannot extend itself, directly or through another"});
        next.clear();
        break;
      }
    }
    table->erase("extends");
    layers.push_back(std::move(*table));
    if (next.empty()) break;
    current = next;
  }

  std::optional<toml::table> builtin =
      parse(std::string(builtin_stylesheet()), std::string(kBuiltinName), report);
  toml::table merged = layers.empty() ? toml::table{} : std::move(layers.front());
  std::vector<std::string> where;
  for (std::size_t i = 1; i < layers.size(); ++i) merge_under(merged, std::move(layers[i]), where);
  if (!declared.empty()) {
    std::vector<std::string> builtin_styles;
    if (const toml::table* styles = builtin ? (*builtin)["styles"].as_table() : nullptr)
      for (auto&& [key, value] : *styles) builtin_styles.emplace_back(key.str());
    merge_under(merged, declared_styles_layer(declared, builtin_styles, report), where);
  }
  if (builtin) merge_under(merged, std::move(*builtin), where);
  return merged;
}

}  // namespace paiban::style
