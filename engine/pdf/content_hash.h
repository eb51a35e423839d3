// A 128-bit fingerprint of everything that goes into the file. It feeds the
// trailer /ID, the XMP document IDs and the font subset tags, so that equal
// input gives equal bytes and different content gives a different /ID
// (ISO 32000-1 §14.4). Not a cryptographic hash: it only has to be stable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace paiban::pdf {

class ContentHash {
 public:
  void add(std::string_view bytes);
  void add_number(int64_t v);

  // 32 lowercase hex digits.
  std::string hex() const;
  // 8-4-4-4-12 form for xmpMM:DocumentID ("uuid:" is the caller's).
  std::string uuid() const;

 private:
  // Two FNV-1a lanes with different offsets give 128 bits.
  uint64_t a_ = 0xcbf29ce484222325ULL;
  uint64_t b_ = 0x84222325cbf29ce4ULL;
};

// Six uppercase letters (ISO 32000-1 §9.6.4 subset tag) from a hash.
std::string subset_tag(const ContentHash& h);

}  // namespace paiban::pdf
