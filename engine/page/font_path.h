// A font file's path, its characters stored once and shared by the copies:
// a FaceRef is in every glyph run, and the runs of a line are copied into
// the galley and onto a page (docs/performance.md, "Memory per page").
// Compared and ordered by the characters, like the string it stands for.
#pragma once

#include <compare>
#include <memory>
#include <ostream>
#include <string>

namespace paiban::page {

class FontPath {
 public:
  FontPath() = default;
  FontPath(std::string path)  // NOLINT(google-explicit-constructor): a path is a string
      : path_(std::make_shared<const std::string>(std::move(path))) {}
  FontPath(const char* path)
      : FontPath(std::string(path)) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const { return path_ ? *path_ : none(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  const char* c_str() const { return str().c_str(); }
  bool empty() const { return str().empty(); }

  bool operator==(const FontPath& o) const { return path_ == o.path_ || str() == o.str(); }
  std::strong_ordering operator<=>(const FontPath& o) const { return str() <=> o.str(); }
  friend std::ostream& operator<<(std::ostream& out, const FontPath& p) { return out << p.str(); }

 private:
  static const std::string& none() {
    static const std::string nothing;
    return nothing;
  }
  std::shared_ptr<const std::string> path_;
};

}  // namespace paiban::page
