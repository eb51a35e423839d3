#include "import/styles.h"

#include <array>
#include <string_view>

#include "import/xml.h"

namespace paiban::import {
namespace {

int int_attr(const pugi::xml_node& node, std::string_view local, int fallback) {
  const std::string v = attr(node, local);
  if (v.empty()) return fallback;
  try {
    return std::stoi(v);
  } catch (...) {
    return fallback;
  }
}

// Lower-case ASCII, without spaces, '_' and LibreOffice's "_20_" (its
// encoding of a space in style ids).
std::string normalise(const std::string& name) {
  std::string s;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 4, "_20_") == 0) {
      i += 3;
      continue;
    }
    const char c = name[i];
    if (c == ' ' || c == '_' || c == '-') continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return s;
}

// The word for "heading" in the style names Word, WPS and LibreOffice write
// (normalised: lower case, no spaces).
// normalise() lowers ASCII only: capitals outside ASCII are listed as written.
constexpr std::array<std::string_view, 24> kHeadingWords = {
    "heading",   "标题",   "標題",   "überschrift", "Überschrift", "titre",
    "titolo",    "título", "titulo", "kop",         "nagłówek",    "заголовок",
    "Заголовок", "見出し", "제목",   "rubrik",      "overskrift",  "otsikko",
    "cím",       "nadpis", "başlık", "cabeçalho",   "encabezado",  "tiêuđề"};
constexpr std::array<std::string_view, 9> kTitleWords = {
    "title", "标题", "標題", "titel", "titre", "titolo", "título", "заголовок", "Заголовок"};

bool is_toc_name(const std::string& n) {
  for (std::string_view w : {std::string_view("toc"), std::string_view("目录"),
                             std::string_view("目錄"), std::string_view("contents")})
    if (n.size() > w.size() && n.compare(0, w.size(), w) == 0 &&
        n.find_first_not_of("0123456789", w.size()) == std::string::npos)
      return true;
  return false;
}

bool is_caption_name(const std::string& n) {
  return n == "caption" || n == "题注" || n == "題注" || n == "beschriftung" || n == "légende";
}

bool is_list_name(const std::string& n) {
  return n.rfind("listparagraph", 0) == 0 || n == "列出段落" || n == "列表段落";
}

}  // namespace

void Formatting::inherit(const Formatting& base) {
  if (bold < 0) bold = base.bold;
  if (italic < 0) italic = base.italic;
  if (underline < 0) underline = base.underline;
  if (half_points < 0) half_points = base.half_points;
  if (vert_align < 0) vert_align = base.vert_align;
  if (raise == 0) raise = base.raise;
  if (outline_level < 0) outline_level = base.outline_level;
  if (justification.empty()) justification = base.justification;
  if (num_id.empty()) num_id = base.num_id;
  if (num_level < 0) num_level = base.num_level;
}

Formatting read_run_formatting(const pugi::xml_node& rPr) {
  Formatting f;
  if (!rPr) return f;
  f.bold = toggle(rPr, "b");
  f.italic = toggle(rPr, "i");
  f.underline = toggle(rPr, "u");
  if (pugi::xml_node sz = child(rPr, "sz")) f.half_points = int_attr(sz, "val", -1);
  if (pugi::xml_node pos = child(rPr, "position")) f.raise = int_attr(pos, "val", 0);
  if (pugi::xml_node va = child(rPr, "vertAlign")) {
    const std::string v = attr(va, "val");
    f.vert_align = v == "superscript" ? 1 : v == "subscript" ? 2 : 0;
  }
  return f;
}

Formatting read_paragraph_formatting(const pugi::xml_node& pPr) {
  // pPr's own rPr formats only the paragraph mark, never the text: not read.
  Formatting f;
  if (!pPr) return f;
  if (pugi::xml_node o = child(pPr, "outlineLvl")) f.outline_level = int_attr(o, "val", -1);
  if (pugi::xml_node jc = child(pPr, "jc")) f.justification = attr(jc, "val");
  if (pugi::xml_node num = child(pPr, "numPr")) {
    if (pugi::xml_node id = child(num, "numId")) f.num_id = attr(id, "val");
    if (pugi::xml_node lvl = child(num, "ilvl")) f.num_level = int_attr(lvl, "val", 0);
  }
  return f;
}

std::optional<int> heading_level_from_name(const std::string& name) {
  const std::string n = normalise(name);
  for (std::string_view w : kHeadingWords) {
    if (n.size() <= w.size() || n.compare(0, w.size(), w) != 0) continue;
    const std::string digits = n.substr(w.size());
    if (digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 1) continue;
    const int level = digits[0] - '0';
    if (level >= 1 && level <= 9) return level;
  }
  for (std::string_view w : kTitleWords)
    if (n == w) return 0;
  return std::nullopt;
}

DocxStyles::DocxStyles(const pugi::xml_document& styles_xml) {
  const pugi::xml_node root = child(styles_xml, "styles");
  if (pugi::xml_node defaults = child(root, "docDefaults")) {
    defaults_ = read_run_formatting(child(child(defaults, "rPrDefault"), "rPr"));
    Formatting p = read_paragraph_formatting(child(child(defaults, "pPrDefault"), "pPr"));
    p.inherit(defaults_);
    defaults_ = p;
  }
  for (pugi::xml_node s : root.children()) {
    if (!is(s, "style")) continue;
    Raw raw;
    raw.type = attr(s, "type");
    raw.name = attr(child(s, "name"), "val");
    raw.based_on = attr(child(s, "basedOn"), "val");
    raw.formatting = read_paragraph_formatting(child(s, "pPr"));
    Formatting run = read_run_formatting(child(s, "rPr"));
    raw.formatting.bold = run.bold >= 0 ? run.bold : raw.formatting.bold;
    raw.formatting.italic = run.italic >= 0 ? run.italic : raw.formatting.italic;
    raw.formatting.underline = run.underline >= 0 ? run.underline : raw.formatting.underline;
    raw.formatting.half_points =
        run.half_points >= 0 ? run.half_points : raw.formatting.half_points;
    raw.formatting.vert_align = run.vert_align >= 0 ? run.vert_align : raw.formatting.vert_align;
    const std::string id = attr(s, "styleId");
    const std::string def = attr(s, "default");
    if (raw.type == "paragraph" && (def == "1" || def == "true")) default_paragraph_ = id;
    styles_[id] = std::move(raw);
  }
}

Formatting DocxStyles::resolve(const std::string& id, int depth, bool with_defaults) const {
  const auto it = styles_.find(id);
  // depth 20: a basedOn cycle
  if (it == styles_.end() || depth > 20) return with_defaults ? defaults_ : Formatting{};
  Formatting f = it->second.formatting;
  if (!it->second.based_on.empty() && it->second.based_on != id)
    f.inherit(resolve(it->second.based_on, depth + 1, with_defaults));
  else if (with_defaults)
    f.inherit(defaults_);
  return f;
}

StyleInfo DocxStyles::paragraph_style(const std::string& requested) const {
  const std::string id = requested.empty() ? default_paragraph_ : requested;
  StyleInfo info;
  info.formatting = resolve(id, 0, true);
  // The name decides first, along the basedOn chain ("My heading" based on
  // "heading 2" is a level-2 heading); the outline level second.
  std::string cursor = id;
  for (int depth = 0; depth < 20 && !cursor.empty(); ++depth) {
    const auto it = styles_.find(cursor);
    if (it == styles_.end()) break;
    // A style without a name (rare, hand-made files) is known by its id.
    const std::string& name = it->second.name.empty() ? cursor : it->second.name;
    const std::string n = normalise(name);
    if (is_toc_name(n)) {
      info.role = StyleRole::toc;
      return info;
    }
    if (is_caption_name(n)) {
      info.role = StyleRole::caption;
      return info;
    }
    if (auto level = heading_level_from_name(name)) {
      info.role = *level == 0 ? StyleRole::title : StyleRole::heading;
      info.heading_level = *level;
      return info;
    }
    if (is_list_name(n)) info.role = StyleRole::list;
    cursor = it->second.based_on == cursor ? "" : it->second.based_on;
  }
  if (info.formatting.outline_level >= 0 && info.formatting.outline_level <= 8) {
    info.role = StyleRole::heading;
    info.heading_level = info.formatting.outline_level + 1;
  }
  return info;
}

// Without the document defaults: a character style adds to the paragraph's
// formatting, it does not reset it.
Formatting DocxStyles::character_style(const std::string& id) const {
  return resolve(id, 0, false);
}

int DocxStyles::body_half_points() const {
  const Formatting f = resolve(default_paragraph_, 0, true);
  return f.half_points > 0 ? f.half_points : 21;  // Word's default 五号 10.5pt
}

}  // namespace paiban::import
