#include "style/report.h"

#include <algorithm>
#include <sstream>

namespace paiban::style {
namespace {

std::vector<std::string> non_empty(std::vector<std::string> hints) {
  hints.erase(std::remove(hints.begin(), hints.end(), std::string()), hints.end());
  return hints;
}

std::string shorten(std::string s) {
  // Messages quote values; a pasted paragraph should not flood the terminal.
  constexpr std::size_t kMax = 60;
  if (s.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  return s;
}

}  // namespace

SourceSpan span_of(const toml::source_region& region) {
  SourceSpan span;
  if (region.path) span.file = *region.path;
  span.line = static_cast<int>(region.begin.line);
  span.column = static_cast<int>(region.begin.column);
  return span;
}

std::string describe(const toml::node& node) {
  std::ostringstream out;
  switch (node.type()) {
    case toml::node_type::string:
      return "string \"" + shorten(std::string(**node.as_string())) + "\"";
    case toml::node_type::integer:
      return "integer " + std::to_string(**node.as_integer());
    case toml::node_type::floating_point:
      out << **node.as_floating_point();
      return "number " + out.str();
    case toml::node_type::boolean:
      return std::string("boolean ") + (**node.as_boolean() ? "true" : "false");
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "a list";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
      return "a date or time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

void StyleReporter::error(const toml::node& at, std::string message,
                          std::vector<std::string> hints) {
  if (!reported_.insert(&at).second) return;
  diags_.error(span_of(at), std::move(message), non_empty(std::move(hints)));
}

void StyleReporter::error(const SourceSpan& at, std::string message,
                          std::vector<std::string> hints) {
  diags_.error(at, std::move(message), non_empty(std::move(hints)));
}

void StyleReporter::warning(const SourceSpan& at, std::string message,
                            std::vector<std::string> hints) {
  diags_.warning(at, std::move(message), non_empty(std::move(hints)));
}

}  // namespace paiban::style
