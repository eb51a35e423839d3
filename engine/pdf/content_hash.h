// A 128-bit fingerprint of everything that goes into the file. It feeds the
// trailer /ID, the XMP document IDs and the font subset tags, so that equal
// input gives equal bytes and different content gives a different /ID
// (ISO 32000-1 §14.4). XXH3-128 (libxxhash): not cryptographic, but a real
// 128-bit hash with a specified output, the same on every machine.
#pragma once

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t as a complete type
#include <xxhash.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace paiban::pdf {

class ContentHash {
 public:
  ContentHash();
  ContentHash(const ContentHash& other);
  ContentHash& operator=(const ContentHash& other);

  // Each piece is hashed with its length, so ("ab","c") and ("a","bc") differ.
  void add(std::string_view bytes);
  void add_number(int64_t v);

  // 32 lowercase hex digits (XXH3-128 canonical form, high half first).
  std::string hex() const;
  // 8-4-4-4-12 form for xmpMM:DocumentID ("uuid:" is the caller's).
  std::string uuid() const;

 private:
  XXH3_state_t state_;
};

// Six uppercase letters (ISO 32000-1 §9.6.4 subset tag) from a hash.
std::string subset_tag(const ContentHash& h);

}  // namespace paiban::pdf
