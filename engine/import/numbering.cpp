#include "import/numbering.h"

#include <algorithm>

#include "base/utf8.h"
#include "import/xml.h"

namespace paiban::import {
namespace {

// Word numbers from 0 to 32767; a file claiming more (or less) is damaged or
// hostile, and counting on from INT_MAX would overflow.
int clamp_start(int start) {
  return std::clamp(start, 0, 32767);
}

ListLevel read_level(const pugi::xml_node& lvl, ListLevel base) {
  if (pugi::xml_node fmt = child(lvl, "numFmt")) {
    const std::string f = attr(fmt, "val");
    base.ordered = !(f == "bullet" || f == "none" || f.empty());
    base.none = f == "none";
    base.format = f;
  }
  if (pugi::xml_node text = child(lvl, "lvlText")) base.text = attr(text, "val");
  if (toggle(lvl, "isLgl") == 1) base.legal = true;
  if (pugi::xml_node start = child(lvl, "start")) {
    try {
      base.start = clamp_start(std::stoi(attr(start, "val")));
    } catch (...) {
      base.start = 1;
    }
  }
  return base;
}

int level_index(const pugi::xml_node& node) {
  try {
    return std::stoi(attr(node, "ilvl"));
  } catch (...) {
    return 0;
  }
}

}  // namespace

Numbering::Numbering(const pugi::xml_document& numbering_xml) {
  const pugi::xml_node root = child(numbering_xml, "numbering");
  for (pugi::xml_node n : root.children()) {
    if (is(n, "abstractNum")) {
      auto& levels = abstract_[attr(n, "abstractNumId")];
      for (pugi::xml_node lvl : n.children())
        if (is(lvl, "lvl")) levels[level_index(lvl)] = read_level(lvl, ListLevel{});
    } else if (is(n, "num")) {
      const std::string id = attr(n, "numId");
      num_to_abstract_[id] = attr(child(n, "abstractNumId"), "val");
      for (pugi::xml_node o : n.children()) {
        if (!is(o, "lvlOverride")) continue;
        Override& over = overrides_[id][level_index(o)];
        if (pugi::xml_node lvl = child(o, "lvl")) over.level = read_level(lvl, ListLevel{});
        if (pugi::xml_node so = child(o, "startOverride"))
          over.start = clamp_start(std::atoi(attr(so, "val").c_str()));
      }
    }
  }
}

bool Numbering::defines(const std::string& num_id) const {
  const auto num = num_to_abstract_.find(num_id);
  return num != num_to_abstract_.end() &&
         (abstract_.count(num->second) > 0 || overrides_.count(num_id) > 0);
}

std::optional<ListLevel> Numbering::level(const std::string& num_id, int ilvl) const {
  if (num_id.empty() || num_id == "0") return std::nullopt;
  const auto num = num_to_abstract_.find(num_id);
  if (num == num_to_abstract_.end()) return std::nullopt;
  ListLevel out;
  bool found = false;
  if (auto a = abstract_.find(num->second); a != abstract_.end()) {
    if (auto l = a->second.find(ilvl); l != a->second.end()) {
      out = l->second;
      found = true;
    }
  }
  if (auto o = overrides_.find(num_id); o != overrides_.end()) {
    if (auto l = o->second.find(ilvl); l != o->second.end()) {
      if (l->second.level) {
        out = *l->second.level;
        found = true;
      }
      if (l->second.start) out.start = *l->second.start;
    }
  }
  if (!found || out.none) return std::nullopt;
  return out;
}

namespace {

std::string chinese_counting(int n) {
  static const char* digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return digits[n];
  std::string out = n >= 20 ? std::string(digits[n / 10]) + "十" : std::string("十");
  if (n % 10) out += digits[n % 10];
  return out;
}

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> table[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : table)
    while (n >= value) {
      out += text;
      n -= value;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string letters(int n, bool upper) {
  if (n <= 0) return std::to_string(n);
  // Word repeats the letter: a … z, aa … zz.
  const char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

}  // namespace

std::string format_number(int n, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" ||
      format == "chineseLegalSimplified" || format == "ideographDigital" ||
      format == "taiwaneseCounting" || format == "japaneseCounting")
    return chinese_counting(n);
  if (format == "ideographTraditional" && n >= 1 && n <= 10) {
    static const char* stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return stems[n - 1];
  }
  if (format == "lowerLetter") return letters(n, false);
  if (format == "upperLetter") return letters(n, true);
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string out;
      utf8_append(out, U'①' + static_cast<char32_t>(n - 1));
      return out;
    }
  }
  if (format == "decimalZero") return (n < 10 ? "0" : "") + std::to_string(n);
  return std::to_string(n);
}

bool is_plain_decimal(const ListLevel& level) {
  if (level.format != "decimal" && !level.format.empty()) return false;
  // "%1." and "%1)" are what Markdown writes itself; "（%1）", "第%1条" are not.
  const std::string& t = level.text;
  const bool placeholder = t.size() >= 2 && t[0] == '%' && t[1] >= '1' && t[1] <= '9';
  return t.empty() ||
         (placeholder && (t.size() == 2 || (t.size() == 3 && (t[2] == '.' || t[2] == ')'))));
}

std::string Numbering::next_label(const std::string& num_id, int ilvl) {
  const auto this_level = level(num_id, ilvl);
  if (!this_level) return {};
  auto& counters = counters_[list_key(num_id)];
  const auto it = counters.find(ilvl);
  counters[ilvl] = it == counters.end() ? this_level->start : it->second + 1;
  for (auto deeper = counters.upper_bound(ilvl); deeper != counters.end();)
    deeper = counters.erase(deeper);
  if (!this_level->ordered) return {};
  std::string out;
  const std::string& text = this_level->text.empty() ? "%1." : this_level->text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int lvl = text[i + 1] - '1';
      const auto c = counters.find(lvl);
      const auto l = level(num_id, lvl);
      const int n = c != counters.end() ? c->second : (l ? l->start : 1);
      out += format_number(n, l && !this_level->legal ? l->format : "decimal");
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Numbering::list_key(const std::string& num_id) const {
  const auto num = num_to_abstract_.find(num_id);
  return num == num_to_abstract_.end() ? num_id : "a" + num->second;
}

}  // namespace paiban::import
