#include "import/xml.h"

#include <cstring>
#include <optional>
#include <string_view>

#include "base/utf8.h"
#include "import/import_error.h"
#include "import/package.h"

namespace paiban::import {
namespace {

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (!utf8_decode(s, i)) return at;
  }
  return std::nullopt;
}

}  // namespace

pugi::xml_document parse_part(const Package& pkg, const std::string& part, bool required) {
  pugi::xml_document doc;
  std::optional<std::string> bytes = required ? pkg.require(part) : pkg.read(part);
  if (!bytes) return doc;
  // pugixml passes bytes through unchecked; a part in UTF-8 (no UTF-16 or
  // UTF-32 byte order mark or NUL among its first bytes) must be UTF-8, or
  // the manuscript would get U+FFFD where the text was.
  const std::string_view head = std::string_view(*bytes).substr(0, 4);
  const bool wide = head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF" ||
                    head.find('\0') != std::string_view::npos;
  if (!wide) {
    if (const auto bad = first_invalid_utf8(*bytes))
      throw ImportError{pkg.display_name(),
                        "part '" + part +
                            "' is not well-formed XML (bytes that are not UTF-8 at byte " +
                            std::to_string(*bad) + ")",
                        {"the file is damaged: open it in Word or WPS and save it again as .docx"}};
  }
  // parse_ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>: a lone
  // space between words is text, not layout whitespace.
  const auto result = doc.load_buffer(bytes->data(), bytes->size(),
                                      pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!result)
    throw ImportError{pkg.display_name(),
                      "part '" + part + "' is not well-formed XML (" + result.description() +
                          " at byte " + std::to_string(result.offset) + ")",
                      {"the file is damaged: open it in Word or WPS and save it again as .docx"}};
  return doc;
}

std::string_view local_name(const char* qualified) {
  std::string_view name(qualified);
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && local_name(node.name()) == local;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (is(c, local)) return c;
  return {};
}

std::string attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
    if (local_name(a.name()) == local) return a.value();
  return {};
}

bool has_attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
    if (local_name(a.name()) == local) return true;
  return false;
}

int toggle(const pugi::xml_node& props, std::string_view local) {
  const pugi::xml_node p = child(props, local);
  if (!p) return -1;
  const std::string v = attr(p, "val");
  return (v == "0" || v == "false" || v == "off" || v == "none") ? 0 : 1;
}

}  // namespace paiban::import
