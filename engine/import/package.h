// The OOXML package: a ZIP container (read with libzip) holding XML parts and
// media. Knows which part is which through the package relationships, so
// documents whose main part is not word/document.xml (some WPS and
// LibreOffice files) are read too.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace paiban::import {

// One relationship of a part: rId → target part (or external URL).
struct Relationship {
  std::string type;    // the last path segment of the type URI: "image", "hyperlink", …
  std::string target;  // resolved part name ("word/media/image1.png") or the URL
  bool external = false;
};
using Relationships = std::map<std::string, Relationship>;

// How much a .docx may inflate to. A part larger than `part_bytes` is
// refused rather than inflated: no real manuscript comes near it, a ZIP
// bomb does. `document_bytes` bounds all parts together: many parts each
// under the part limit (forty "pictures" of 200 MiB of zeros in an 8 MB
// file) would otherwise fill the memory, as every input is read before
// anything is written.
struct PackageLimits {
  std::uint64_t part_bytes = std::uint64_t(256) << 20;
  std::uint64_t document_bytes = std::uint64_t(512) << 20;
};

class Package {
 public:
  // Opens the container whose bytes are `file` (the file named
  // `display_name` in messages, read through the Environment by the
  // caller). Throws ImportError when it is not a ZIP, is damaged, or is
  // another kind of document.
  Package(std::string file, const std::string& display_name, PackageLimits limits = {});
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool has(const std::string& part) const;
  // The part's bytes; nullopt when it does not exist. Throws ImportError
  // when the part is damaged or unreasonably large.
  std::optional<std::string> read(const std::string& part) const;
  // The part's bytes, or ImportError naming the missing part.
  std::string require(const std::string& part) const;

  // The relationships of `part` (from its _rels/NAME.rels), empty if none.
  Relationships relationships(const std::string& part) const;

  // The main document part, found through _rels/.rels.
  const std::string& main_part() const { return main_part_; }

  const std::string& display_name() const { return display_name_; }

 private:
  struct Zip;
  // The entry's index, or -1 (see package.cpp).
  std::int64_t locate(const std::string& part) const;
  std::unique_ptr<Zip> zip_;
  std::string display_name_;
  std::string main_part_;
  PackageLimits limits_;
};

// Resolves a relationship target against the folder of `source_part`
// ("word/document.xml" + "media/a.png" → "word/media/a.png"; "/x" → "x").
std::string resolve_part_name(const std::string& source_part, const std::string& target);

}  // namespace paiban::import
