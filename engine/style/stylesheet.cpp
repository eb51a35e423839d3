#include "style/stylesheet.h"

namespace paiban::style {

const TextStyle& StyleSheet::text_style(const std::string& name) const {
  auto it = styles.find(name);
  if (it != styles.end()) return it->second;
  it = styles.find("body");
  if (it != styles.end()) return it->second;
  // Only a StyleSheet built by hand lacks body; the loader always adds it.
  static const TextStyle fallback = [] {
    TextStyle body;
    body.name = "body";
    return body;
  }();
  return fallback;
}

const PageMaster& StyleSheet::master(const std::string& name) const {
  auto it = masters.find(name);
  if (it != masters.end()) return it->second;
  it = masters.find("right");
  if (it != masters.end()) return it->second;
  static const PageMaster fallback = [] {
    PageMaster right;
    right.name = "right";
    return right;
  }();
  return fallback;
}

}  // namespace paiban::style
