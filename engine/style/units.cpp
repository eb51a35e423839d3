#include "style/units.h"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace paiban::style {
namespace {

// docs/typography.md §5, ctex `zihao` "word" row (ctex.dtx l.2681–2716), in bp.
constexpr std::array<std::pair<std::string_view, double>, 16> kWordRow{{
    {"初号", 42},
    {"小初", 36},
    {"一号", 26},
    {"小一", 24},
    {"二号", 22},
    {"小二", 18},
    {"三号", 16},
    {"小三", 15},
    {"四号", 14},
    {"小四", 12},
    {"五号", 10.5},
    {"小五", 9},
    {"六号", 7.5},
    {"小六", 6.5},
    {"七号", 5.5},
    {"八号", 5},
}};

constexpr std::string_view kHao = "号";

// Past ten metres a value is a typo, and llround would overflow long before.
constexpr double kMaxPt = 28346.0;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool starts_number(std::string_view s) {
  if (s.empty()) return false;
  char c = s.front();
  return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+';
}

void set_error(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

std::string quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

std::optional<std::string> lookup_size_name(std::string_view name,
                                            const std::map<std::string, double>& table) {
  std::string s(name);
  if (table.count(s)) return s;
  if (table.count(s + std::string(kHao))) return s + std::string(kHao);
  if (s.size() > kHao.size() && s.ends_with(kHao)) {
    std::string base = s.substr(0, s.size() - kHao.size());
    if (table.count(base)) return base;
  }
  return std::nullopt;
}

std::optional<Length> from_unit(double value, std::string_view unit, std::string_view text,
                                const LengthContext& ctx, LengthRules rules, std::string* error) {
  double pt = 0;
  if (unit == "pt") {
    pt = value;
  } else if (unit == "mm") {
    pt = value * 72.0 / 25.4;
  } else if (unit == "cm") {
    pt = value * 720.0 / 25.4;
  } else if (unit == "in") {
    pt = value * 72.0;
  } else if (unit == "em" || unit == "字") {
    if (!rules.relative) {
      set_error(error, quoted(text) + " is relative; use an absolute unit here: pt, mm, cm or in");
      return std::nullopt;
    }
    pt = value * ctx.em.to_pt();
  } else {
    std::string allowed = rules.relative ? "pt, mm, cm, in, em or 字" : "pt, mm, cm or in";
    std::string message =
        "unknown unit " + quoted(unit) + " in " + quoted(text) + ": use " + allowed;
    if (unit == "px")
      message += " (px is a screen unit; print needs physical sizes)";
    else if (unit == "PT" || unit == "Pt" || unit == "MM" || unit == "CM" || unit == "IN" ||
             unit == "EM")
      message += " (units are lower case)";
    set_error(error, message);
    return std::nullopt;
  }
  if (!std::isfinite(pt) || std::fabs(pt) > kMaxPt) {
    set_error(error, quoted(text) + " is too large for a length on paper");
    return std::nullopt;
  }
  if (unit == "em" || unit == "字") return ctx.em.scaled(value);
  if (unit == "mm") return Length::mm(value);
  if (unit == "cm") return Length::mm(value * 10);
  return Length::pt(pt);
}

}  // namespace

const std::vector<std::string>& size_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [name, pt] : kWordRow) out.emplace_back(name);
    return out;
  }();
  return names;
}

std::optional<std::string> canonical_size_name(std::string_view name) {
  static const std::map<std::string, double> table = default_length_context().size_table_pt;
  return lookup_size_name(trim(name), table);
}

LengthContext default_length_context() {
  LengthContext ctx;
  for (const auto& [name, pt] : kWordRow) ctx.size_table_pt.emplace(std::string(name), pt);
  return ctx;
}

std::optional<Length> parse_length(std::string_view text, const LengthContext& ctx,
                                   std::string* error) {
  return parse_length_with(text, ctx, LengthRules{}, error);
}

std::optional<Length> parse_length_with(std::string_view text, const LengthContext& ctx,
                                        LengthRules rules, std::string* error) {
  std::string_view s = trim(text);
  if (s.empty()) {
    set_error(error, "empty length: write a number and a unit, e.g. \"10.5pt\" or \"3mm\"");
    return std::nullopt;
  }
  if (!starts_number(s)) {
    if (rules.size_names) {
      if (auto name = lookup_size_name(s, ctx.size_table_pt))
        return Length::pt(ctx.size_table_pt.at(*name));
      set_error(error, quoted(s) +
                           " is neither a length like \"10.5pt\" nor a size name like "
                           "\"五号\" or \"小四\"");
    } else {
      set_error(error, quoted(s) + " is not a length: write a number and a unit, e.g. \"10.5pt\"");
    }
    return std::nullopt;
  }

  // Scan [sign] digits [. digits] by hand: from_chars would also take "1e2"
  // and "inf", and "1em" must not read as an exponent.
  std::size_t i = 0;
  bool negative = false;
  if (s[i] == '-' || s[i] == '+') negative = s[i++] == '-';
  std::size_t start = i;
  int digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) {
    set_error(error, quoted(s) + " does not start with a number; write e.g. \"10.5pt\"");
    return std::nullopt;
  }
  double value = 0;
  std::string number(s.substr(start, i - start));
  if (number.back() == '.') number += '0';
  if (number.front() == '.') number.insert(number.begin(), '0');
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value,
                                   std::chars_format::fixed);
  if (ec != std::errc() || end != number.data() + number.size()) {
    set_error(error, quoted(s) + " has a malformed number");
    return std::nullopt;
  }
  if (negative) value = -value;

  std::string_view unit = trim(s.substr(i));
  if (unit.empty()) {
    if (value == 0) return Length::zero();
    std::string n(s);
    set_error(error, quoted(s) + " has no unit: write e.g. \"" + n + "pt\", \"" + n + "mm\"" +
                         (rules.relative ? " or \"" + n + "字\"" : std::string()));
    return std::nullopt;
  }
  return from_unit(value, unit, s, ctx, rules, error);
}

}  // namespace paiban::style
