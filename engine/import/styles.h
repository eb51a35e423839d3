// styles.xml: paragraph and character styles with their basedOn chains.
// A paragraph names its style by id (w:pStyle), and ids are not names:
// Word writes "Heading1", WPS "1" or "2", a Chinese Word "标题1", LibreOffice
// "Heading1" or "Heading_20_1". Headings are recognised from the style's name
// (stored in English by Word whatever the UI language, translated by some
// producers) and from w:outlineLvl, inherited through basedOn.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace paiban::import {

// Formatting that a style or a paragraph/run sets; -1 = not set here.
struct Formatting {
  int bold = -1;
  int italic = -1;
  int underline = -1;
  int half_points = -1;       // w:sz
  int vert_align = -1;        // 0 baseline, 1 superscript, 2 subscript
  int raise = 0;              // w:position in half-points (LibreOffice's super/subscript)
  int outline_level = -1;     // w:outlineLvl 0..8 (9 = body text)
  std::string justification;  // w:jc
  std::string num_id;         // w:numPr
  int num_level = -1;

  // Fills what is unset here from `base`.
  void inherit(const Formatting& base);
};

Formatting read_run_formatting(const pugi::xml_node& rPr);
Formatting read_paragraph_formatting(const pugi::xml_node& pPr);

enum class StyleRole { body, title, heading, toc, caption, list };

struct StyleInfo {
  StyleRole role = StyleRole::body;
  int heading_level = 0;  // 1..9 for headings
  Formatting formatting;  // resolved through basedOn and the defaults
};

class DocxStyles {
 public:
  DocxStyles() = default;
  explicit DocxStyles(const pugi::xml_document& styles_xml);

  // The resolved style of a paragraph (`id` empty: the default paragraph style).
  StyleInfo paragraph_style(const std::string& id) const;
  // Formatting of a character style (w:rStyle), resolved.
  Formatting character_style(const std::string& id) const;
  // The body text size in half-points (the default paragraph style's).
  int body_half_points() const;

 private:
  struct Raw {
    std::string name;
    std::string based_on;
    std::string type;
    Formatting formatting;
  };
  Formatting resolve(const std::string& id, int depth, bool with_defaults) const;
  std::map<std::string, Raw> styles_;
  std::string default_paragraph_;
  Formatting defaults_;
};

// Heading level from a style name in any of the languages Word and WPS use
// ("heading 1", "标题 1", "Überschrift 1", …): 1..9, 0 for a title style
// ("Title", "标题"), nullopt when the name is not a heading's.
std::optional<int> heading_level_from_name(const std::string& name);

}  // namespace paiban::import
