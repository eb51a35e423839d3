// A 128-bit fingerprint of everything that goes into the file. It feeds the
// trailer /ID, the XMP document IDs and the font subset tags, so that equal
// input gives equal bytes and different content gives a different /ID
// (ISO 32000-1 §14.4). XXH3-128 (libxxhash): not cryptographic, but a real
// 128-bit hash with a specified output, the same on every machine.
#pragma once

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t as a complete type
#include <xxhash.h>

#include <cstdint>
#include <deque>
#include <optional>
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

  // A piece whose bytes are known only later (a font program still being
  // subset while the pages are painted): pieces added after it are kept, in
  // order, until fill() gives its bytes, so the hash is the one the pieces
  // in this order make. Returns the piece's number for fill().
  std::size_t reserve();
  void fill(std::size_t piece, std::string_view bytes);

  // 32 lowercase hex digits (XXH3-128 canonical form, high half first).
  std::string hex() const;
  // 8-4-4-4-12 form for xmpMM:DocumentID ("uuid:" is the caller's).
  // Both throw std::logic_error while a reserved piece is not filled.
  std::string uuid() const;

 private:
  void absorb(std::string_view bytes);

  XXH3_state_t state_;
  // From the first reserved piece not yet filled on: nullopt for reserved
  // pieces, the bytes of others. Its front is always a reserved piece.
  std::deque<std::optional<std::string>> waiting_;
  std::size_t first_waiting_ = 0;  // the number of waiting_.front()
};

// Six uppercase letters (ISO 32000-1 §9.6.4 subset tag) from a hash.
std::string subset_tag(const ContentHash& h);

}  // namespace paiban::pdf
