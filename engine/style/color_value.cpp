#include "style/color_value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

#include "style/suggest.h"

namespace paiban::style {
namespace {

const char* const kForms =
    "write { c = 0, m = 0, y = 0, k = 100 } or \"cmyk(0,0,0,100)\" (ink percent), "
    "{ gray = 60 } or \"gray(60)\", or a spot colour { spot = \"PANTONE 185 C\", "
    "cmyk = [0, 91, 76, 0] }";

std::string trim(std::string s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::optional<double> parse_number(const std::string& text) {
  std::string t = trim(text);
  double v = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v, std::chars_format::fixed);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

// "cmyk(0, 91, 76, 0)" → the numbers between the parentheses.
std::optional<std::vector<double>> parse_call(const std::string& text, std::size_t open) {
  if (text.back() != ')') return std::nullopt;
  std::string inner = text.substr(open + 1, text.size() - open - 2);
  std::vector<double> out;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = inner.find(',', start);
    auto v = parse_number(inner.substr(start, comma - start));
    if (!v) return std::nullopt;
    out.push_back(*v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::string percent_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// A starting point for the editor, not a colour-managed conversion.
std::string naive_cmyk(double r, double g, double b) {
  double k = 1 - std::max({r, g, b});
  auto ink = [k](double x) { return k >= 1 ? 0.0 : std::round((1 - x - k) / (1 - k) * 100); };
  return "cmyk(" + percent_text(ink(r)) + "," + percent_text(ink(g)) + "," + percent_text(ink(b)) +
         "," + percent_text(std::round(k * 100)) + ")";
}

void refuse_rgb(const toml::node& node, const std::string& where, const std::string& shown,
                StyleReporter& report, const std::string& estimate = {}) {
  std::vector<std::string> hints{kForms};
  if (!estimate.empty())
    hints.push_back("a naive conversion gives \"" + estimate +
                    "\"; check it against a printed proof");
  report.error(node, where + ": RGB colour " + shown + " refused: the print shop needs CMYK",
               hints);
}

std::optional<std::string> hex_estimate(const std::string& s) {
  std::string h = s.substr(1);
  if (h.size() == 3) h = {h[0], h[0], h[1], h[1], h[2], h[2]};
  if (h.size() != 6) return std::nullopt;
  unsigned value = 0;
  auto [end, ec] = std::from_chars(h.data(), h.data() + 6, value, 16);
  if (ec != std::errc() || end != h.data() + 6) return std::nullopt;
  return naive_cmyk(((value >> 16) & 0xFF) / 255.0, ((value >> 8) & 0xFF) / 255.0,
                    (value & 0xFF) / 255.0);
}

std::optional<double> percent(const toml::node& node, const std::string& where,
                              StyleReporter& report) {
  auto v = node.value<double>();
  if (!v || !(node.is_integer() || node.is_floating_point())) {
    report.error(node, where + ": expected an ink percentage from 0 to 100, got " + describe(node));
    return std::nullopt;
  }
  if (!(*v >= 0 && *v <= 100)) {
    report.error(node, where + ": " + percent_text(*v) +
                           " is outside 0–100 (colours are given in percent of ink)");
    return std::nullopt;
  }
  return *v / 100.0;
}

std::optional<Color> from_string(const toml::node& node, const std::string& where,
                                 const std::map<std::string, Color>* names, StyleReporter& report) {
  std::string text = trim(std::string(**node.as_string()));
  std::string low = lower_ascii(text);
  std::size_t open = low.find('(');
  std::string fn = open == std::string::npos ? std::string() : trim(low.substr(0, open));
  if (!low.empty() && low[0] == '#') {
    refuse_rgb(node, where, "\"" + text + "\"", report, hex_estimate(low).value_or(""));
    return std::nullopt;
  }
  if (fn == "rgb" || fn == "rgba" || fn == "hsl" || fn == "hsla") {
    std::string estimate;
    auto v = parse_call(low, open);
    if (fn == "rgb" && v && v->size() == 3)
      estimate = naive_cmyk((*v)[0] / 255, (*v)[1] / 255, (*v)[2] / 255);
    refuse_rgb(node, where, "\"" + text + "\"", report, estimate);
    return std::nullopt;
  }
  if (fn == "cmyk" || fn == "gray" || fn == "grey") {
    std::size_t want = fn == "cmyk" ? 4 : 1;
    auto v = parse_call(low, open);
    if (!v || v->size() != want) {
      report.error(node,
                   where + ": \"" + text + "\" should be " +
                       (want == 4 ? "cmyk(c,m,y,k)" : "gray(ink)") +
                       " with ink percentages from 0 to 100",
                   {kForms});
      return std::nullopt;
    }
    for (double x : *v) {
      if (!(x >= 0 && x <= 100)) {
        report.error(node, where + ": " + percent_text(x) + " in \"" + text +
                               "\" is outside 0–100 (colours are given in percent of ink)");
        return std::nullopt;
      }
    }
    if (want == 1) return Color::gray((*v)[0] / 100);
    return Color::cmyk((*v)[0] / 100, (*v)[1] / 100, (*v)[2] / 100, (*v)[3] / 100);
  }
  if (!fn.empty()) {
    report.error(node, where + ": unknown colour function \"" + fn + "(…)\"", {kForms});
    return std::nullopt;
  }
  if (!names) {
    report.error(node,
                 where + ": \"" + text + "\" is a name, but a [colors] entry must give its inks",
                 {kForms});
    return std::nullopt;
  }
  auto it = names->find(text);
  if (it != names->end()) return it->second;
  std::vector<std::string> known;
  for (const auto& [name, c] : *names) known.push_back(name);
  std::string message = where + ": unknown colour \"" + text + "\"";
  std::string suggestion = did_you_mean(text, known);
  if (!suggestion.empty()) message += "; " + suggestion;
  report.error(node, message,
               {"[colors] defines " + join_or(known, true) + "; add it there or " + kForms});
  return std::nullopt;
}

std::optional<Color> from_table(const toml::table& table, const std::string& where,
                                StyleReporter& report) {
  static const std::vector<std::string> rgb_keys{"r",     "g",    "b",   "red",
                                                 "green", "blue", "rgb", "hex"};
  static const std::vector<std::string> all_keys{"c",    "m",    "y",    "k",
                                                 "gray", "spot", "cmyk", "tint"};
  for (auto&& [key, value] : table) {
    if (std::find(rgb_keys.begin(), rgb_keys.end(), std::string(key.str())) != rgb_keys.end()) {
      refuse_rgb(table, where, "{ " + std::string(key.str()) + " = … }", report);
      return std::nullopt;
    }
  }
  std::vector<std::string> allowed;
  if (table.contains("spot"))
    allowed = {"spot", "cmyk", "tint"};
  else if (table.contains("gray"))
    allowed = {"gray"};
  else
    allowed = {"c", "m", "y", "k"};
  bool ok = true;
  for (auto&& [key, value] : table) {
    std::string k(key.str());
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    bool other_form = std::find(all_keys.begin(), all_keys.end(), k) != all_keys.end();
    std::string message =
        where + ": " +
        (other_form ? "key \"" + k + "\" does not belong with " + join_or(allowed, true)
                    : "unknown colour key \"" + k + "\"");
    std::string suggestion = other_form ? std::string() : did_you_mean(k, all_keys);
    if (!suggestion.empty()) message += "; " + suggestion;
    report.error(span_of(key), message, {kForms});
    ok = false;
  }
  if (table.empty()) {
    report.error(table, where + ": an empty table is not a colour", {kForms});
    return std::nullopt;
  }
  auto component = [&](std::string_view k, double fallback) -> std::optional<double> {
    const toml::node* n = table.get(k);
    if (!n) return fallback;
    return percent(*n, where + "." + std::string(k), report);
  };
  if (allowed.size() == 1) {
    auto g = component("gray", 0);
    if (!ok || !g) return std::nullopt;
    return Color::gray(*g);
  }
  if (allowed.size() == 4) {
    auto c = component("c", 0), m = component("m", 0), y = component("y", 0), k = component("k", 0);
    if (!ok || !c || !m || !y || !k) return std::nullopt;
    return Color::cmyk(*c, *m, *y, *k);
  }
  Color spot{Color::Space::spot, {1, 0, 0, 0}, {}, {}};
  const toml::node* name = table.get("spot");
  if (!name->is_string() || name->as_string()->get().empty()) {
    report.error(*name, where +
                            ".spot: expected the spot colour's name like \"PANTONE 185 C\", got " +
                            describe(*name));
    ok = false;
  } else {
    spot.spot_name = name->as_string()->get();
  }
  auto tint = component("tint", 1.0);
  if (tint) spot.components[0] = *tint;
  const toml::node* alt = table.get("cmyk");
  const toml::array* arr = alt ? alt->as_array() : nullptr;
  if (!alt) {
    report.error(table, where + ": a spot colour needs cmyk = [c, m, y, k], its look in proofs",
                 {kForms});
    return std::nullopt;
  }
  if (!arr || arr->size() != 4) {
    report.error(*alt, where + ".cmyk: expected four ink percentages like [0, 91, 76, 0], got " +
                           describe(*alt));
    return std::nullopt;
  }
  for (std::size_t i = 0; i < 4; ++i) {
    auto v = percent(*arr->get(i), where + ".cmyk", report);
    if (!v)
      ok = false;
    else
      spot.spot_cmyk[i] = *v;
  }
  if (!ok || !tint) return std::nullopt;
  return spot;
}

}  // namespace

std::optional<Color> read_color(const toml::node& node, const std::string& where,
                                const std::map<std::string, Color>* names, StyleReporter& report) {
  if (node.is_string()) return from_string(node, where, names, report);
  if (node.is_table()) return from_table(*node.as_table(), where, report);
  report.error(node, where + ": expected a colour, got " + describe(node), {kForms});
  return std::nullopt;
}

}  // namespace paiban::style
