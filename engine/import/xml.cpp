#include "import/xml.h"

#include <cstring>

#include "import/import_error.h"
#include "import/package.h"

namespace paiban::import {

pugi::xml_document parse_part(const Package& pkg, const std::string& part, bool required) {
  pugi::xml_document doc;
  std::optional<std::string> bytes = required ? pkg.require(part) : pkg.read(part);
  if (!bytes) return doc;
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
