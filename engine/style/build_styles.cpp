// [fonts.<role>] and [styles.<name>]. A style takes every key it does not
// write from its based_on style; lengths in em and 字 are re-read at the
// style's own size, so an inherited "2字" indent is two of *its* characters.
// The size itself inherits as a computed value, as CSS font-size does, so
// "1.2em" does not compound down a chain.
#include <algorithm>
#include <cstdio>

#include "style/build.h"

namespace paiban::style {
namespace {

std::string pt_text(Length v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%gpt", v.to_pt());
  return buf;
}

}  // namespace

void Builder::build_fonts() {
  const toml::table* fonts = table_at({"fonts"});
  if (!fonts) return;
  for (auto&& [key, value] : *fonts) {
    const toml::table* table = value.as_table();
    if (!table) continue;  // reported by check_keys
    std::string role(key.str());
    FontDraft draft;
    draft.role.name = role;
    draft.role.span = span_of(*table);
    apply(
        "fonts.*", "fonts." + display_path({role}),
        [table](const std::vector<std::string>& rest) { return lookup(table, rest); }, sheet_.units,
        draft, table);
    for (auto& spec : draft.role.chain)
      if (spec.style.empty()) spec.style = draft.style;
    sheet_.fonts[role] = std::move(draft.role);
  }
}

void Builder::build_styles() {
  std::vector<std::string> visiting;
  // body first: it is every chain's root and the fallback parent.
  build_style("body", visiting);
  for (const auto& name : style_names_) build_style(name, visiting);
}

void Builder::build_style(const std::string& name, std::vector<std::string>& visiting) {
  if (sheet_.styles.count(name)) return;
  const toml::table* own = table_at({"styles", name});
  const std::string where = "styles." + display_path({name});

  std::string parent = name == "body" ? "" : "body";
  const toml::node* based_on = own ? own->get("based_on") : nullptr;
  if (based_on && name == "body") {
    report_.error(*based_on, where +
                                 ".based_on: body is the root style; its unset keys take the "
                                 "documented defaults");
  } else if (based_on) {
    const KeyDecl* decl = find_decl({"styles", "*", "based_on"});
    if (auto v = read(*decl, *based_on, where + ".based_on", sheet_.units)) {
      std::string wanted = v->as<std::string>();
      auto loop = std::find(visiting.begin(), visiting.end(), wanted);
      if (wanted == name || loop != visiting.end()) {
        std::string cycle;
        for (auto it = loop; it != visiting.end(); ++it) cycle += *it + " → ";
        report_.error(*based_on, where + ".based_on: cycle " + cycle + name + " → " + wanted,
                      {"one style of the cycle must be based on body or on no style"});
      } else {
        parent = wanted;
      }
    }
  }
  visiting.push_back(name);
  if (!parent.empty()) build_style(parent, visiting);
  visiting.pop_back();
  const TextStyle* up = parent.empty() ? nullptr : &sheet_.styles.at(parent);

  StyleRaw raw = parent.empty() ? StyleRaw{} : raw_.at(parent);
  for (const ScopedDecl& sd : scope_decls("styles.*"))
    if (const toml::node* node = lookup(own, sd.rest)) raw.written[display_path(sd.rest)] = node;

  TextStyle style;
  style.name = name;
  style.span = own ? span_of(*own) : SourceSpan{};

  // The size: written here (em = the parent's size), else the parent's.
  const KeyDecl* size_decl = find_decl({"styles", "*", "size"});
  LengthContext units = sheet_.units;
  units.em = up ? up->size : default_length_context().em;
  Length size = up ? up->size : default_length_context().em;
  const toml::node* size_node = own ? own->get("size") : nullptr;
  if (!size_node && !up) size_node = default_node(*size_decl);
  if (size_node)
    if (auto v = read(*size_decl, *size_node, where + ".size", units)) size = v->as<Length>();

  units.em = size;
  apply(
      "styles.*", where,
      [&raw](const std::vector<std::string>& rest) -> const toml::node* {
        auto it = raw.written.find(display_path(rest));
        return it == raw.written.end() ? nullptr : it->second;
      },
      units, style, own);
  style.size = size;
  check_leading(style, raw, where);
  raw_[name] = std::move(raw);
  sheet_.styles[name] = std::move(style);
}

// Lines closer than their size overlap: "0pt" set a whole paragraph on one
// baseline. A style may still ask for it (display type), by saying so.
void Builder::check_leading(const TextStyle& style, const StyleRaw& raw, const std::string& where) {
  std::string message;
  std::vector<std::string> hints;
  if (style.line_height.sp <= 0) {
    message = where + ".line_height: must be larger than 0";
    hints = {"line_height is baseline to baseline, e.g. \"1.6em\""};
  } else if (style.line_height < style.size && !style.tight_leading) {
    message = where + ".line_height: " + pt_text(style.line_height) + " is less than the size (" +
              pt_text(style.size) + "); the lines would overlap";
    hints = {"make line_height at least the size, or set tight_leading = true in this style"};
  } else {
    return;
  }
  // At the line_height written (once, however many styles inherit it);
  // at the style when the clash comes from a size alone.
  auto it = raw.written.find("line_height");
  if (it != raw.written.end())
    report_.error(*it->second, message, std::move(hints));
  else
    report_.error(style.span, message, std::move(hints));
}

}  // namespace paiban::style
