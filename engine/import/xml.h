// pugixml helpers for WordprocessingML. Elements and attributes are matched
// by local name: the w:, r:, wp: prefixes are conventional, not fixed, and
// producers (Word, WPS, LibreOffice) may bind other ones.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace paiban::import {

class Package;

// Parses one part of `pkg`; ImportError (naming file and part) when it is
// missing (and `required`) or not well-formed. A missing optional part gives
// an empty document.
pugi::xml_document parse_part(const Package& pkg, const std::string& part, bool required);

std::string_view local_name(const char* qualified);
bool is(const pugi::xml_node& node, std::string_view local);

// First child element with that local name (or an empty node).
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);
// Attribute by local name ("w:val" and "val" both match "val").
std::string attr(const pugi::xml_node& node, std::string_view local);
bool has_attr(const pugi::xml_node& node, std::string_view local);

// An on/off property such as <w:b/>, <w:b w:val="0"/>, <w:b w:val="false"/>:
// nullopt-like tri-state: -1 absent, 0 off, 1 on.
int toggle(const pugi::xml_node& props, std::string_view local);

}  // namespace paiban::import
