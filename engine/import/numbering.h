// numbering.xml: which paragraphs are list items, bulleted or numbered, and
// at what depth. w:num (referenced by a paragraph's w:numPr) points to a
// w:abstractNum whose w:lvl entries give each level's number format.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace paiban::import {

struct ListLevel {
  bool ordered = false;  // numFmt other than bullet/none
  int start = 1;
  bool none = false;  // numFmt "none": numbered in name only, not a list
};

class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(const pugi::xml_document& numbering_xml);

  // The level of list `num_id` (w:numId "0" means "no list"); nullopt when
  // the paragraph is not a list item.
  std::optional<ListLevel> level(const std::string& num_id, int ilvl) const;

  // Lists that share an abstract definition continue each other in Word.
  std::string list_key(const std::string& num_id) const;

 private:
  std::map<std::string, std::map<int, ListLevel>> abstract_;  // abstractNumId → levels
  std::map<std::string, std::string> num_to_abstract_;
  struct Override {
    std::optional<ListLevel> level;  // a whole w:lvl inside w:lvlOverride
    std::optional<int> start;        // w:startOverride
  };
  std::map<std::string, std::map<int, Override>> overrides_;  // numId → ilvl → override
};

}  // namespace paiban::import
