#include "style/convert.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "style/color_value.h"
#include "style/option_decl.h"
#include "style/suggest.h"

namespace paiban::style {
namespace {

using T = ValueType;

void type_error(const KeyDecl& d, const toml::node& n, const std::string& where,
                StyleReporter& report) {
  std::vector<std::string> hints;
  if ((d.type == T::length || d.type == T::size) && (n.is_integer() || n.is_floating_point())) {
    std::string v = n.is_integer() ? std::to_string(**n.as_integer()) : describe(n).substr(7);
    hints.push_back("lengths are strings with a unit: write \"" + v + "pt\" or \"" + v + "mm\"");
  }
  if (d.type == T::boolean && n.is_string()) hints.push_back("write true or false without quotes");
  if ((d.type == T::integer || d.type == T::number) && n.is_string())
    hints.push_back("write the number without quotes");
  report.error(n, where + ": expected " + expected_text(d) + ", got " + describe(n), hints);
}

std::vector<std::string> sorted_names(const std::set<std::string>& names) {
  return {names.begin(), names.end()};
}

bool check_reference(const std::string& text, const std::set<std::string>* known, const char* what,
                     const char* table, const toml::node& n, const std::string& where,
                     StyleReporter& report) {
  if (!known || known->count(text)) return true;
  std::vector<std::string> names = sorted_names(*known);
  std::string message = where + ": no " + what + " \"" + text + "\"";
  std::string suggestion = did_you_mean(text, names);
  if (!suggestion.empty()) message += "; " + suggestion;
  report.error(n, message,
               {std::string(table) + " defines " + join_or(names, true) + "; define \"" + text +
                "\" there or use one of those"});
  return false;
}

bool check_template(const std::string& text, const toml::node& n, const std::string& where,
                    StyleReporter& report) {
  const auto& fields = template_fields();
  // Appends, not "{" + …: GCC 12 warns falsely on that form (-Wrestrict, PR 105651).
  std::string list = "{";
  list += join_or(fields, false);
  list += "}";
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      report.error(n, where + ": \"}\" without \"{\" in \"" + text + "\"",
                   {"placeholders are " + list});
      return false;
    }
    if (text[i] != '{') continue;
    std::size_t close = text.find('}', i);
    if (close == std::string::npos) {
      report.error(n, where + ": \"{\" without \"}\" in \"" + text + "\"",
                   {"placeholders are " + list});
      return false;
    }
    std::string name = text.substr(i + 1, close - i - 1);
    if (std::find(fields.begin(), fields.end(), name) == fields.end()) {
      std::string message = where + ": unknown placeholder {" + name + "}";
      std::string suggestion = did_you_mean(name, fields);
      if (!suggestion.empty()) message += "; " + suggestion;
      report.error(n, message, {"placeholders are {title} {issue} {date} {section} {page}"});
      return false;
    }
    i = close;
  }
  return true;
}

std::optional<Value> convert_length(const KeyDecl& d, const toml::node& n, const std::string& where,
                                    const ConvertContext& ctx, StyleReporter& report) {
  if (!n.is_string()) {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  // Made once: it holds the 号 table, and a sheet converts hundreds of lengths.
  static const LengthContext fallback = default_length_context();
  const LengthContext& units = ctx.units ? *ctx.units : fallback;
  // [sizes] entries define the 号 names and the em, so they must be absolute.
  std::string error;
  auto len = parse_length_with(**n.as_string(), units, length_rules(d), &error);
  if (!len) {
    report.error(n, where + ": " + error);
    return std::nullopt;
  }
  if (d.type == T::size && len->sp <= 0) {
    report.error(n, where + ": a font size must be larger than 0");
    return std::nullopt;
  }
  if (auto problem = length_range_problem(d, *len)) {
    report.error(n, where + ": " + *problem);
    return std::nullopt;
  }
  return Value{*len, -1, span_of(n)};
}

std::optional<Value> convert_string(const KeyDecl& d, const toml::node& n, const std::string& where,
                                    const ConvertContext& ctx, StyleReporter& report) {
  if (!n.is_string()) {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  std::string text(**n.as_string());
  bool ok = true;
  switch (d.meaning) {
    case Meaning::style_name:
      ok = check_reference(text, ctx.styles, "style", "[styles]", n, where, report);
      break;
    case Meaning::font_role:
      if (!(text.empty() && d.default_value == "\"\""))
        ok = check_reference(text, ctx.fonts, "font role", "[fonts]", n, where, report);
      break;
    case Meaning::template_text:
      ok = check_template(text, n, where, report);
      break;
    case Meaning::path:
      text = resolve_path(span_of(n).file, text);
      break;
    case Meaning::none:
      break;
  }
  if (!ok) return std::nullopt;
  return Value{text, -1, span_of(n)};
}

std::optional<Value> convert_enum(const KeyDecl& d, const toml::node& n, const std::string& where,
                                  StyleReporter& report) {
  if (!n.is_string()) {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  std::string text(**n.as_string());
  for (std::size_t i = 0; i < d.choices.size(); ++i)
    if (d.choices[i] == text) return Value{text, static_cast<int>(i), span_of(n)};
  std::vector<std::string> choices(d.choices.begin(), d.choices.end());
  std::string message = where + ": unknown value \"" + text + "\"";
  std::string suggestion = did_you_mean(text, choices);
  if (!suggestion.empty()) message += "; " + suggestion;
  report.error(n, message, {"allowed values: " + join_or(choices, true)});
  return std::nullopt;
}

std::optional<Value> convert_number(const KeyDecl& d, const toml::node& n, const std::string& where,
                                    StyleReporter& report) {
  bool integer = d.type == T::integer;
  if (!(n.is_integer() || (!integer && n.is_floating_point()))) {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  double v = *n.value<double>();
  if (auto problem = number_range_problem(d, v)) {
    report.error(n, where + ": " + *problem);
    return std::nullopt;
  }
  if (integer) return Value{**n.as_integer(), -1, span_of(n)};
  return Value{v, -1, span_of(n)};
}

std::optional<Value> convert_string_list(const KeyDecl& d, const toml::node& n,
                                         const std::string& where, StyleReporter& report) {
  const toml::array* arr = n.as_array();
  if (!arr) {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const auto& item : *arr) {
    if (!item.is_string()) {
      report.error(item, where + ": expected a string in quotes, got " + describe(item));
      ok = false;
      continue;
    }
    std::string text(**item.as_string());
    out.push_back(d.meaning == Meaning::path ? resolve_path(span_of(item).file, text) : text);
  }
  if (!ok) return std::nullopt;
  return Value{out, -1, span_of(n)};
}

std::optional<Value> convert_font_chain(const KeyDecl& d, const toml::node& n,
                                        const std::string& where, StyleReporter& report) {
  std::vector<const toml::node*> items;
  if (n.is_string()) {
    items.push_back(&n);
  } else if (const toml::array* arr = n.as_array()) {
    for (const auto& item : *arr) items.push_back(&item);
  } else {
    type_error(d, n, where, report);
    return std::nullopt;
  }
  if (items.empty()) {
    report.error(n, where + ": the chain is empty; name at least one font family");
    return std::nullopt;
  }
  std::vector<FontSpec> chain;
  bool ok = true;
  for (const toml::node* item : items) {
    FontSpec spec{"", ""};  // an empty style takes fonts.<role>.style
    if (item->is_string()) {
      spec.family = **item->as_string();
    } else if (const toml::table* t = item->as_table()) {
      for (auto&& [key, value] : *t) {
        std::string k(key.str());
        if (k != "family" && k != "style") {
          std::string message = where + ": unknown key \"" + k + "\" in a font entry";
          std::string suggestion = did_you_mean(k, {"family", "style"});
          if (!suggestion.empty()) message += "; " + suggestion;
          report.error(span_of(key), message,
                       {"a font entry is { family = \"…\", style = \"…\" }"});
          ok = false;
        } else if (!value.is_string()) {
          report.error(value,
                       where + "." + k + ": expected a string in quotes, got " + describe(value));
          ok = false;
        }
      }
      spec.family = t->get("family") ? t->get("family")->value_or(std::string()) : "";
      spec.style = t->get("style") ? t->get("style")->value_or(std::string()) : "";
    } else {
      report.error(*item, where +
                              ": expected a family name or { family = \"…\", style = \"…\" }, "
                              "got " +
                              describe(*item));
      ok = false;
      continue;
    }
    if (spec.family.empty()) {
      report.error(*item, where + ": a font entry needs a family name");
      ok = false;
    }
    chain.push_back(spec);
  }
  if (!ok) return std::nullopt;
  return Value{chain, -1, span_of(n)};
}

}  // namespace

std::string resolve_path(const std::string& file, const std::string& relative) {
  if (relative.empty()) return relative;
  std::filesystem::path p(relative);
  if (p.is_absolute() || file.empty()) return p.lexically_normal().string();
  return (std::filesystem::path(file).parent_path() / p).lexically_normal().string();
}

OptionValue option_value(const toml::node& n) {
  OptionValue out;
  out.span = span_of(n);
  switch (n.type()) {
    case toml::node_type::string:
      out.value = std::string(**n.as_string());
      break;
    case toml::node_type::integer:
      out.value = **n.as_integer();
      break;
    case toml::node_type::floating_point:
      out.value = **n.as_floating_point();
      break;
    case toml::node_type::boolean:
      out.value = **n.as_boolean();
      break;
    case toml::node_type::array: {
      auto arr = std::make_shared<OptionValue::Array>();
      for (const auto& item : *n.as_array()) arr->push_back(option_value(item));
      out.value = arr;
      break;
    }
    case toml::node_type::table: {
      auto table = std::make_shared<OptionValue::Table>();
      for (auto&& [key, value] : *n.as_table())
        (*table)[std::string(key.str())] = option_value(value);
      out.value = table;
      break;
    }
    default: {
      // Dates and times: kept as their TOML text; a plugin that wants one
      // declares a string option.
      std::ostringstream text;
      n.visit([&](auto&& v) {
        if constexpr (toml::is_date<decltype(v)> || toml::is_time<decltype(v)> ||
                      toml::is_date_time<decltype(v)>)
          text << *v;
      });
      out.value = text.str();
    }
  }
  return out;
}

std::optional<Value> convert_value(const KeyDecl& d, const toml::node& n, const std::string& where,
                                   const ConvertContext& ctx, StyleReporter& report) {
  switch (d.type) {
    case T::length:
    case T::size:
      return convert_length(d, n, where, ctx, report);
    case T::color: {
      auto c = read_color(n, where, ctx.colors, report);
      if (!c) return std::nullopt;
      return Value{*c, -1, span_of(n)};
    }
    case T::enumeration:
      return convert_enum(d, n, where, report);
    case T::boolean:
      if (!n.is_boolean()) {
        type_error(d, n, where, report);
        return std::nullopt;
      }
      return Value{**n.as_boolean(), -1, span_of(n)};
    case T::integer:
    case T::number:
      return convert_number(d, n, where, report);
    case T::string:
      return convert_string(d, n, where, ctx, report);
    case T::string_list:
      return convert_string_list(d, n, where, report);
    case T::font_chain:
      return convert_font_chain(d, n, where, report);
    case T::options: {
      if (!n.is_table()) {
        type_error(d, n, where, report);
        return std::nullopt;
      }
      OptionValue v = option_value(n);
      return Value{*std::get<std::shared_ptr<OptionTable>>(v.value), -1, span_of(n)};
    }
    case T::table:
    case T::table_array:
      break;
  }
  type_error(d, n, where, report);
  return std::nullopt;
}

}  // namespace paiban::style
