#include "import/front_matter_writer.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace paiban::import {

std::string toml_string(const std::string& value) {
  std::string out = "\"";
  for (unsigned char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool is_iso_date(const std::string& v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (v[i] < '0' || v[i] > '9') return false;
  const int month = (v[5] - '0') * 10 + (v[6] - '0');
  const int day = (v[8] - '0') * 10 + (v[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string write_front_matter(const std::map<std::string, std::string>& fields) {
  static constexpr std::array<std::pair<const char*, const char*>, 4> kKnown = {{
      {"title", "title = \"许昌竞争情报快递\""},
      {"issue", "issue = \"2025年第1期\""},
      {"date", "date = 2025-01-06"},
      {"publisher", "publisher = \"许昌市科学技术情报研究所\""},
  }};
  std::string out = "+++\n";
  const auto line = [](const std::string& key, const std::string& value) {
    const bool bare = key == "date" && is_iso_date(value);
    return key + " = " + (bare ? value : toml_string(value)) + "\n";
  };
  for (const auto& [key, example] : kKnown) {
    const auto it = fields.find(key);
    if (it != fields.end() && !it->second.empty()) {
      out += line(key, it->second);
    } else if (std::string(key) != "publisher") {
      out += std::string("# ") + example + "   # paiban import: fill in\n";
    }
  }
  for (const auto& [key, value] : fields) {
    bool known = false;
    for (const auto& k : kKnown) known = known || key == k.first;
    // Bare keys only: anything else would not be TOML.
    bool bare_key = !key.empty();
    for (char c : key)
      bare_key = bare_key && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-');
    if (!known) out += (bare_key ? key : toml_string(key)) + " = " + toml_string(value) + "\n";
  }
  return out + "+++\n";
}

}  // namespace paiban::import
