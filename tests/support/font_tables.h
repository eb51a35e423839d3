// Damaging a real font's table in memory, for the tests of what paiban
// does with broken fonts (nothing big is committed: the copies are made
// from the fonts Debian installs).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace paiban::testing {

// Overwrites every byte of table `tag` of the single-font file `bytes` with
// `fill` (its directory entry, checksum aside, left as it was). False when
// the file has no such table or the table's entry points outside the file.
inline bool overwrite_table(std::string& bytes, const char* tag, char fill) {
  if (bytes.size() < 12) return false;
  auto be32 = [&bytes](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return v;
  };
  const unsigned tables =
      (static_cast<std::uint8_t>(bytes[4]) << 8) | static_cast<std::uint8_t>(bytes[5]);
  bool found = false;
  for (unsigned i = 0; i < tables && 12 + 16 * (i + 1) <= bytes.size(); ++i) {
    const std::size_t entry = 12 + 16 * i;
    if (bytes.compare(entry, 4, tag) != 0) continue;
    const std::uint32_t offset = be32(entry + 8), length = be32(entry + 12);
    if (std::size_t{offset} + length > bytes.size()) return false;
    std::memset(bytes.data() + offset, fill, length);
    found = true;
  }
  return found;
}

}  // namespace paiban::testing
