#include "import/issue_builder.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "base/utf8.h"
#include "import/cleanup.h"
#include "import/file_name_text.h"
#include "import/front_matter_writer.h"
#include "import/image_format.h"

namespace paiban::import {

std::string section_from_file_name(const std::string& path) {
  const std::string stem = file_stem_text(path);
  std::string prefix;
  for (std::size_t i = 0; i < stem.size();) {
    const std::size_t at = i;
    const char32_t c = utf8_next(stem, i);
    if (c == '-' || c == '_' || c == U'－' || c == U'—' || c == ' ' || c == U'　') {
      const std::size_t chars = utf8_length(prefix);
      return chars >= 2 && chars <= 8 ? prefix : std::string();
    }
    if (!is_han(c)) return {};
    prefix += stem.substr(at, i - at);
  }
  return {};
}

void ensure_article_titles(std::vector<PlacedDocument>& docs, Report& report) {
  std::set<std::string> seen_sections;
  for (auto& placed : docs) {
    ImportedDocument& doc = placed.doc;
    const bool first_in_section = seen_sections.insert(placed.section).second;
    const bool has_title = !doc.blocks.empty() &&
                           doc.blocks.front().kind == DocxBlock::Kind::heading &&
                           doc.blocks.front().heading_level == 1;
    if (has_title) {
      if (first_in_section && !placed.section.empty() &&
          plain_text(doc.blocks.front().spans) == placed.section)
        doc.blocks.erase(doc.blocks.begin());
      continue;
    }
    // Without a title its text would run on into the previous article.
    if (first_in_section && !placed.section.empty() && doc.title.empty()) continue;
    std::string title = doc.title;
    std::string from = "its document properties (文件 → 属性 → 标题)";
    if (title.empty()) {
      title = file_stem_text(doc.path);
      from = "its file name";
    }
    report.warn(doc.path, 0,
                "the document does not start with a title (a heading); the article title '" +
                    title + "' was taken from " + from,
                {"check the title; in Word give the title the 标题 1 style"});
    DocxBlock heading;
    heading.kind = DocxBlock::Kind::heading;
    heading.heading_level = 1;
    heading.spans = {Span{Span::Kind::text, title, false, false, {}, -1}};
    // Everything else moves one level down under the new title.
    for (auto& b : doc.blocks)
      if (b.kind == DocxBlock::Kind::heading) b.heading_level = std::min(b.heading_level + 1, 5);
    doc.blocks.insert(doc.blocks.begin(), std::move(heading));
  }
}

std::string resolve_section(const std::string& given, const std::string& path,
                            const std::string& previous, Report& report) {
  std::string section = given;
  if (section.empty()) section = section_from_file_name(path);
  if (section.empty()) section = previous;
  if (section.empty())
    report.warn(path, 0, "no section given; its articles come before the first section",
                {"name the section: paiban import --section 行业动态 " + path});
  return section;
}

std::map<std::string, std::string> resolve_front_matter(const std::vector<PlacedDocument>& docs,
                                                        std::map<std::string, std::string> given,
                                                        Report& report) {
  const std::string first = docs.empty() ? std::string("paiban import") : docs.front().doc.path;
  const std::pair<const char*, std::string ImportedDocument::*> from_properties[] = {
      {"title", &ImportedDocument::title},
      {"issue", &ImportedDocument::issue},
      {"date", &ImportedDocument::date}};
  for (const auto& [key, field] : from_properties) {
    if (given.count(key) && !given[key].empty()) continue;
    const std::string value = docs.empty() ? std::string() : docs.front().doc.*field;
    if (!value.empty()) {
      given[key] = value;
      report.warn(first, 0,
                  std::string("front matter '") + key + "' = '" + value +
                      "' was taken from the document properties",
                  {std::string("check it, or give it: paiban import --") + key + " …"});
    } else {
      report.warn(first, 0,
                  std::string("no '") + key +
                      "' for the front matter; the manuscript has a commented line to fill in",
                  {std::string("give it: paiban import --") + key + " …"});
    }
  }
  if (given.count("date") && !given["date"].empty() && !is_iso_date(given["date"]))
    report.warn(first, 0, "date '" + given["date"] + "' is not a date like 2025-01-06",
                {"give it as --date 2025-01-06"});
  return given;
}

void warn_unplaceable_pictures(const std::vector<PlacedDocument>& docs,
                               const std::string& image_folder, Report& report) {
  std::set<std::string> warned;
  for (const auto& d : docs)
    for (const auto& b : d.doc.blocks) {
      const DocxImage& image = b.image;
      if (b.kind != DocxBlock::Kind::figure || is_placeable(image.format) ||
          !warned.insert(image.file_name).second)
        continue;
      const std::string file = image_folder + "/" + image.file_name;
      const std::string png = image_folder + "/" + image.manuscript_name;
      std::string format = image.format;
      for (char& c : format) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const std::string kind = format.empty() ? std::string("in a format paiban does not know")
                                              : "in " + format + " format";
      report.warn(d.doc.path, b.number,
                  "'" + image.part + "' is " + kind +
                      ", which paiban cannot place; it was saved as " + file +
                      " and the manuscript refers to " + png,
                  {conversion_hint(image.format, file, png)});
    }
}

std::string build_manuscript(const std::vector<PlacedDocument>& docs,
                             const std::map<std::string, std::string>& front_matter,
                             const MarkdownOptions& options) {
  std::string out = write_front_matter(front_matter);
  // Sections in the order they first appear; files keep their order.
  std::vector<std::string> order;
  for (const auto& d : docs)
    if (std::find(order.begin(), order.end(), d.section) == order.end()) order.push_back(d.section);
  // Text outside any section must come before the first `#`.
  if (auto unnamed = std::find(order.begin(), order.end(), ""); unnamed != order.end())
    std::rotate(order.begin(), unnamed, unnamed + 1);
  for (const auto& section : order) {
    out += "\n";
    if (!section.empty()) out += "# " + section + "\n\n";
    bool first = true;
    for (const auto& d : docs) {
      if (d.section != section) continue;
      if (!first) out += "\n";
      first = false;
      std::string text = write_markdown(d.doc, options);
      while (text.size() > 1 && text.back() == '\n' && text[text.size() - 2] == '\n')
        text.pop_back();
      out += text;
    }
  }
  return out;
}

}  // namespace paiban::import
