#include "import/numbering.h"

#include "import/xml.h"

namespace paiban::import {
namespace {

ListLevel read_level(const pugi::xml_node& lvl, ListLevel base) {
  if (pugi::xml_node fmt = child(lvl, "numFmt")) {
    const std::string f = attr(fmt, "val");
    base.ordered = !(f == "bullet" || f == "none" || f.empty());
    base.none = f == "none";
  }
  if (pugi::xml_node start = child(lvl, "start")) {
    try {
      base.start = std::stoi(attr(start, "val"));
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
          over.start = std::atoi(attr(so, "val").c_str());
      }
    }
  }
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

std::string Numbering::list_key(const std::string& num_id) const {
  const auto num = num_to_abstract_.find(num_id);
  return num == num_to_abstract_.end() ? num_id : "a" + num->second;
}

}  // namespace paiban::import
