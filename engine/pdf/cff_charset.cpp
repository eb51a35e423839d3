#include "pdf/cff_charset.h"

#include <optional>

#include "pdf/font_table.h"

namespace paiban::pdf {
namespace {

// An INDEX (§8): `count` entries, entry i's data at [begin(i), begin(i+1)).
struct Index {
  uint32_t count = 0;
  std::size_t end = 0;                         // the first byte after the INDEX
  std::size_t first_begin = 0, first_end = 0;  // entry 0, when count > 0
};
std::optional<Index> read_index(const BigEndianBytes& b, std::size_t at) {
  const auto count = b.card(at, 2);
  if (!count) return std::nullopt;
  if (*count == 0) return Index{0, at + 2, 0, 0};
  const auto off_size = b.card(at + 2, 1);
  if (!off_size || *off_size < 1 || *off_size > 4) return std::nullopt;
  const std::size_t offsets = at + 3;
  // Offsets count from 1, from the byte before the data.
  const std::size_t data = offsets + (std::size_t{*count} + 1) * *off_size - 1;
  const auto first = b.card(offsets, *off_size);
  const auto second = b.card(offsets + *off_size, *off_size);
  const auto last = b.card(offsets + std::size_t{*count} * *off_size, *off_size);
  if (!first || !second || !last || *first < 1 || *first > *second || *second > *last ||
      data + *last > b.size())
    return std::nullopt;
  return Index{*count, data + *last, data + *first, data + *second};
}

// What the Top DICT (§9, §10) says about the charset.
struct TopDict {
  bool ros = false;
  std::optional<uint32_t> charset;
};
std::optional<TopDict> read_top_dict(const BigEndianBytes& b, std::size_t at, std::size_t end) {
  TopDict top;
  // The operand before the operator (std::optional here draws GCC 12's
  // false -Wmaybe-uninitialized).
  int64_t last_operand = -1;
  while (at < end) {
    const uint32_t b0 = *b.card(at, 1);
    if (b0 <= 21) {  // an operator; 12 starts a two-byte one
      if (b0 == 12) {
        const auto b1 = b.card(at + 1, 1);
        if (!b1) return std::nullopt;
        if (*b1 == 30) top.ros = true;
        at += 2;
      } else {
        if (b0 == 15) {
          if (last_operand < 0) return std::nullopt;
          top.charset = static_cast<uint32_t>(last_operand);
        }
        at += 1;
      }
      last_operand = -1;
    } else if (b0 == 28) {
      const auto v = b.card(at + 1, 2);
      if (!v) return std::nullopt;
      last_operand = static_cast<int16_t>(*v);
      at += 3;
    } else if (b0 == 29) {
      const auto v = b.card(at + 1, 4);
      if (!v) return std::nullopt;
      last_operand = static_cast<int32_t>(*v);
      at += 5;
    } else if (b0 == 30) {  // a real: nibbles up to the end nibble 0xf
      last_operand = -1;    // a real is never an offset
      for (++at;; ++at) {
        const auto v = b.card(at, 1);
        if (!v) return std::nullopt;
        if ((*v & 0x0f) == 0x0f || (*v >> 4) == 0x0f) break;
      }
      ++at;
    } else if (b0 >= 32 && b0 <= 246) {
      last_operand = static_cast<int64_t>(b0) - 139;
      at += 1;
    } else if (b0 >= 247 && b0 <= 254) {
      const auto b1 = b.card(at + 1, 1);
      if (!b1) return std::nullopt;
      const int64_t v = (static_cast<int64_t>(b0) - (b0 <= 250 ? 247 : 251)) * 256 + *b1 + 108;
      last_operand = b0 <= 250 ? v : -v;
      at += 2;
    } else {
      return std::nullopt;  // reserved byte
    }
  }
  return top;
}

}  // namespace

CffCids read_cff_cids(std::string_view cff, unsigned glyph_count,
                      const std::set<uint32_t>& glyphs) {
  CffCids out;
  const BigEndianBytes b(cff);
  const auto header_size = b.card(2, 1);
  if (!header_size) return out;
  // Header, Name INDEX, Top DICT INDEX; the font's Top DICT is entry 0.
  const auto names = read_index(b, *header_size);
  if (!names) return out;
  const auto tops = read_index(b, names->end);
  if (!tops || tops->count == 0) return out;
  const auto top = read_top_dict(b, tops->first_begin, tops->first_end);
  if (!top) return out;
  if (!top->ros) {
    out.keying = CffKeying::name;
    return out;
  }
  // A CID-keyed font has its own charset (the predefined ones, 0–2, are
  // name-keyed).
  if (!top->charset || *top->charset <= 2) return out;
  const std::size_t charset = *top->charset;
  const auto format = b.card(charset, 1);
  if (!format || *format > 2) return out;
  // Walks the charset in glyph order alongside the sorted glyph set.
  auto wanted = glyphs.begin();
  if (wanted != glyphs.end() && *wanted == 0) out.cid_of[*wanted++] = 0;
  uint32_t gid = 1;
  std::size_t at = charset + 1;
  while (wanted != glyphs.end() && gid < glyph_count) {
    uint32_t first = 0, count = 1;
    if (*format == 0) {
      const auto cid = b.card(at, 2);
      if (!cid) return out;
      first = *cid;
      at += 2;
    } else {
      const auto range_first = b.card(at, 2);
      const auto left = b.card(at + 2, *format == 1 ? 1 : 2);
      if (!range_first || !left) return out;
      first = *range_first;
      count = *left + 1;
      at += *format == 1 ? 3 : 4;
    }
    // Glyphs gid … gid+count-1 have CIDs first … first+count-1.
    while (wanted != glyphs.end() && *wanted < gid + count) {
      const uint32_t cid = first + (*wanted - gid);
      if (cid > 0xffff) return out;
      out.cid_of[*wanted++] = static_cast<uint16_t>(cid);
    }
    gid += count;
  }
  if (wanted != glyphs.end()) {
    out.cid_of.clear();
    return out;
  }
  out.keying = CffKeying::cid;
  return out;
}

}  // namespace paiban::pdf
