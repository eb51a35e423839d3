#include "plugin/option_check.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "plugin/length_option.h"
#include "style/option_decl.h"
#include "style/suggest.h"

namespace paiban::plugin {
namespace {

Diagnostic make_error(const OptionCheckContext& ctx, const SourceSpan& span, std::string message,
                      std::vector<std::string> hints = {}) {
  Diagnostic d;
  d.span = span.line > 0 || !span.file.empty() ? span : ctx.entry;
  d.message = std::move(message);
  d.hints = std::move(hints);
  d.plugin = ctx.plugin;
  d.section = ctx.section;
  return d;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "\"" : ", \"") + item + "\"";
  return out;
}

std::string names_of(const std::vector<OptionDecl>& decls) {
  std::string out;
  for (const auto& d : decls) out += (out.empty() ? "" : ", ") + d.name;
  return out;
}

const OptionDecl* find_decl(const std::vector<OptionDecl>& decls, const std::string& name) {
  for (const auto& d : decls)
    if (d.name == name) return &d;
  return nullptr;
}

// A default is written as TOML would write it; strings may come with or
// without their quotes ("tint" or tint).
std::string unquote(const std::string& text) {
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    std::string out;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] == '\\' && i + 2 < text.size()) ++i;
      out += text[i];
    }
    return out;
  }
  return text;
}

template <typename T>
std::optional<T> parse_number(const std::string& text) {
  T value{};
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

std::optional<Length> to_length(const OptionValue& v, const OptionCheckContext& ctx,
                                const style::LengthRules& rules, std::string* error) {
  if (auto s = std::get_if<std::string>(&v.value))
    return length_from_option_text(*s, ctx.sheet, rules, error);
  if (auto l = std::get_if<Length>(&v.value)) return *l;
  // A bare 0 needs no unit; any other bare number is ambiguous (pt? mm?).
  const auto* i = std::get_if<int64_t>(&v.value);
  const auto* d = std::get_if<double>(&v.value);
  if ((i && *i == 0) || (d && *d == 0.0)) return Length::zero();
  if (error) *error = "a length needs a unit, e.g. \"6pt\", \"3mm\" or \"2字\"";
  return std::nullopt;
}

bool colour_known(const std::string& name, const OptionCheckContext& ctx) {
  return !ctx.sheet || ctx.sheet->colors.count(name) > 0;
}

std::vector<std::string> colour_names(const OptionCheckContext& ctx) {
  std::vector<std::string> names;
  if (ctx.sheet)
    for (const auto& [name, colour] : ctx.sheet->colors) names.push_back(name);
  return names;
}

// Checks one written value against its declaration; the converted value,
// or nullopt after reporting.
std::optional<OptionValue> check_value(const OptionDecl& decl, const OptionValue& given,
                                       const OptionCheckContext& ctx, Diagnostics& diags) {
  const std::string what = "option '" + decl.name + "' of plugin '" + ctx.plugin + "'";
  auto wrong_type = [&] {
    diags.add(make_error(
        ctx, given.span,
        what + " must be " + describe_type(decl.type) + ", not " + describe_value(given)));
    return std::nullopt;
  };
  // The same declaration as a style key's: the same range and unit rules.
  const style::KeyDecl key = style::key_decl_of(decl);
  auto out_of_range = [&](const std::string& problem) {
    diags.add(make_error(ctx, given.span, what + ": " + problem));
    return std::nullopt;
  };
  OptionValue out = given;
  switch (decl.type) {
    case OptionDecl::Type::boolean:
      if (!std::holds_alternative<bool>(given.value)) return wrong_type();
      return out;
    case OptionDecl::Type::integer:
      if (!std::holds_alternative<int64_t>(given.value)) return wrong_type();
      if (auto problem =
              style::number_range_problem(key, static_cast<double>(std::get<int64_t>(given.value))))
        return out_of_range(*problem);
      return out;
    case OptionDecl::Type::number:
      // TOML writes 2 and 2.0 differently; an editor means the same.
      if (auto i = std::get_if<int64_t>(&given.value)) out.value = static_cast<double>(*i);
      if (!std::holds_alternative<double>(out.value)) return wrong_type();
      if (auto problem = style::number_range_problem(key, std::get<double>(out.value)))
        return out_of_range(*problem);
      return out;
    case OptionDecl::Type::style: {
      const auto* s = std::get_if<std::string>(&given.value);
      if (!s) return wrong_type();
      if (!ctx.sheet || ctx.sheet->styles.count(*s)) return out;
      std::vector<std::string> names;
      for (const auto& [name, unused] : ctx.sheet->styles) names.push_back(name);
      std::vector<std::string> hints;
      if (auto near = style::closest(*s, names)) hints.push_back("did you mean \"" + *near + "\"?");
      hints.push_back("define [styles." + *s +
                      "] in the style sheet, or name a style it defines or a plugin declares");
      diags.add(make_error(ctx, given.span,
                           what + " names the text style \"" + *s +
                               "\", which neither the style sheet defines nor a plugin declares",
                           std::move(hints)));
      return std::nullopt;
    }
    case OptionDecl::Type::string: {
      const auto* s = std::get_if<std::string>(&given.value);
      if (!s) return wrong_type();
      if (decl.choices.empty()) return out;
      for (const auto& c : decl.choices)
        if (c == *s) return out;
      std::vector<std::string> hints;
      if (auto near = style::closest(*s, decl.choices))
        hints.push_back("did you mean \"" + *near + "\"?");
      diags.add(
          make_error(ctx, given.span,
                     what + " must be one of " + quoted_list(decl.choices) + ", not \"" + *s + "\"",
                     std::move(hints)));
      return std::nullopt;
    }
    case OptionDecl::Type::length: {
      if (!std::holds_alternative<std::string>(given.value) &&
          !std::holds_alternative<int64_t>(given.value) &&
          !std::holds_alternative<double>(given.value) &&
          !std::holds_alternative<Length>(given.value))
        return wrong_type();
      std::string error;
      auto length = to_length(given, ctx, style::length_rules(key), &error);
      if (!length) {
        diags.add(make_error(ctx, given.span, what + ": " + error));
        return std::nullopt;
      }
      if (auto problem = style::length_range_problem(key, *length)) return out_of_range(*problem);
      out.value = *length;
      return out;
    }
    case OptionDecl::Type::color: {
      const auto* s = std::get_if<std::string>(&given.value);
      if (!s) return wrong_type();
      if (colour_known(*s, ctx)) return out;
      std::vector<std::string> hints;
      if (auto near = style::closest(*s, colour_names(ctx)))
        hints.push_back("did you mean \"" + *near + "\"?");
      hints.push_back("colours are defined under [colors] in the style sheet");
      diags.add(make_error(
          ctx, given.span,
          what + " names the colour \"" + *s + "\", which the style sheet does not define",
          std::move(hints)));
      return std::nullopt;
    }
  }
  return wrong_type();
}

}  // namespace

std::string describe_type(OptionDecl::Type type) {
  switch (type) {
    case OptionDecl::Type::boolean:
      return "true or false";
    case OptionDecl::Type::integer:
      return "an integer";
    case OptionDecl::Type::number:
      return "a number";
    case OptionDecl::Type::string:
      return "a string";
    case OptionDecl::Type::length:
      return "a length such as \"6pt\"";
    case OptionDecl::Type::color:
      return "a colour name";
    case OptionDecl::Type::style:
      return "a text style name";
  }
  return "a value";
}

std::string describe_value(const OptionValue& value) {
  struct Describe {
    std::string operator()(bool) const { return "a boolean"; }
    std::string operator()(int64_t) const { return "an integer"; }
    std::string operator()(double) const { return "a floating-point number"; }
    std::string operator()(const std::string&) const { return "a string"; }
    std::string operator()(const Length&) const { return "a length"; }
    std::string operator()(const std::shared_ptr<OptionValue::Array>&) const { return "an array"; }
    std::string operator()(const std::shared_ptr<OptionValue::Table>&) const { return "a table"; }
  };
  return std::visit(Describe{}, value.value);
}

std::optional<OptionValue> default_value(const OptionDecl& decl, const OptionCheckContext& ctx,
                                         Diagnostics& diags) {
  if (decl.default_value.empty()) return std::nullopt;
  const std::string& text = decl.default_value;
  OptionValue out;
  out.span = ctx.entry;
  bool ok = true;
  std::string error;
  switch (decl.type) {
    case OptionDecl::Type::boolean:
      ok = text == "true" || text == "false";
      out.value = text == "true";
      break;
    case OptionDecl::Type::integer:
      if (auto v = parse_number<int64_t>(text))
        out.value = *v;
      else
        ok = false;
      break;
    case OptionDecl::Type::number:
      if (auto v = parse_number<double>(text))
        out.value = *v;
      else
        ok = false;
      break;
    case OptionDecl::Type::string:
    case OptionDecl::Type::color:
    case OptionDecl::Type::style:
      out.value = unquote(text);
      break;
    case OptionDecl::Type::length:
      if (auto v = length_from_option_text(unquote(text), ctx.sheet,
                                           style::length_rules(style::key_decl_of(decl)), &error))
        out.value = *v;
      else
        ok = false;
      break;
  }
  // A default outside its own range or choices is the plugin's mistake too.
  if (ok) {
    const style::KeyDecl key = style::key_decl_of(decl);
    std::optional<std::string> problem;
    if (const auto* i = std::get_if<int64_t>(&out.value))
      problem = style::number_range_problem(key, static_cast<double>(*i));
    else if (const auto* d = std::get_if<double>(&out.value))
      problem = style::number_range_problem(key, *d);
    else if (const auto* l = std::get_if<Length>(&out.value))
      problem = style::length_range_problem(key, *l);
    else if (const auto* s = std::get_if<std::string>(&out.value);
             s && decl.type == OptionDecl::Type::string && !decl.choices.empty() &&
             std::find(decl.choices.begin(), decl.choices.end(), *s) == decl.choices.end())
      problem = "not one of " + quoted_list(decl.choices);
    if (problem) {
      diags.add(make_error(ctx, ctx.entry,
                           "plugin '" + ctx.plugin + "' declares option '" + decl.name +
                               "' with the default '" + text +
                               "', which its own declaration "
                               "refuses: " +
                               *problem,
                           {"this is a bug in the plugin; report it to its author"}));
      return std::nullopt;
    }
  }
  if (!ok) {
    Diagnostic d = make_error(ctx, ctx.entry,
                              "plugin '" + ctx.plugin + "' declares option '" + decl.name +
                                  "' with the default '" + text + "', which is not " +
                                  describe_type(decl.type) +
                                  (error.empty() ? std::string() : " (" + error + ")"),
                              {"this is a bug in the plugin; report it to its author"});
    diags.add(std::move(d));
    return std::nullopt;
  }
  return out;
}

OptionTable check_options(const std::vector<OptionDecl>& decls, const OptionTable& given,
                          const OptionCheckContext& ctx, Diagnostics& diags) {
  OptionTable out;
  for (const auto& [name, value] : given) {
    const OptionDecl* decl = find_decl(decls, name);
    if (!decl) {
      std::vector<std::string> hints;
      std::vector<std::string> known;
      for (const auto& d : decls) known.push_back(d.name);
      if (auto near = style::closest(name, known)) hints.push_back("did you mean '" + *near + "'?");
      hints.push_back(decls.empty() ? "plugin '" + ctx.plugin + "' takes no options"
                                    : "plugin '" + ctx.plugin + "' accepts: " + names_of(decls));
      diags.add(make_error(ctx, value.span,
                           "unknown option '" + name + "' for plugin '" + ctx.plugin + "'",
                           std::move(hints)));
      continue;
    }
    if (auto checked = check_value(*decl, value, ctx, diags)) out[name] = std::move(*checked);
  }
  for (const auto& decl : decls) {
    if (out.count(decl.name)) continue;
    if (auto v = default_value(decl, ctx, diags)) out[decl.name] = std::move(*v);
  }
  return out;
}

}  // namespace paiban::plugin
