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
  bool none = false;   // numFmt "none": numbered in name only, not a list
  std::string format;  // w:numFmt: decimal, chineseCounting, lowerLetter …
  std::string text;    // w:lvlText: "%1、", "（%2）", "%1.%2" …
  bool legal = false;  // w:isLgl: every number in the label in Arabic digits
};

// A number in a Word number format: 3 → "3", "三", "c", "iii", "③", "丙" ….
std::string format_number(int n, const std::string& format);

// Markdown numbers ordered lists 1. 2. 3.; other formats (一、 （一） a) ①)
// are kept as the label text.
bool is_plain_decimal(const ListLevel& level);

class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(const pugi::xml_document& numbering_xml);

  // The level of list `num_id` (w:numId "0" means "no list"); nullopt when
  // the paragraph is not a list item.
  std::optional<ListLevel> level(const std::string& num_id, int ilvl) const;
  // Whether list `num_id` has a definition (its w:num and w:abstractNum);
  // false for a numbering part that is missing or lacks it.
  bool defines(const std::string& num_id) const;

  // Lists that share an abstract definition continue each other in Word.
  std::string list_key(const std::string& num_id) const;

  // The label Word shows for the next paragraph of list `num_id` at `ilvl`
  // ("一、", "（二）", "1.2"), counting as Word does: each call advances
  // that level and restarts the deeper ones.
  std::string next_label(const std::string& num_id, int ilvl);

 private:
  std::map<std::string, std::map<int, ListLevel>> abstract_;  // abstractNumId → levels
  std::map<std::string, std::string> num_to_abstract_;
  struct Override {
    std::optional<ListLevel> level;  // a whole w:lvl inside w:lvlOverride
    std::optional<int> start;        // w:startOverride
  };
  std::map<std::string, std::map<int, Override>> overrides_;  // numId → ilvl → override
  std::map<std::string, std::map<int, int>> counters_;        // list key → ilvl → number
};

}  // namespace paiban::import
