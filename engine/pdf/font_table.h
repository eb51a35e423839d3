// Reading a font's tables in place. The pdf stage reads a few numbers from
// sfnt and CFF tables (metrics for the FontDescriptor, loca/glyf to predict
// a subset's glyph ids, the CFF charset for its CIDs); all of it is
// big-endian and all of it must stay inside the table, whatever the file.
#pragma once

#include <hb.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace paiban::pdf {

// Big-endian unsigned numbers of 1–4 bytes; a read past the end is nullopt.
class BigEndianBytes {
 public:
  explicit BigEndianBytes(std::string_view data) : data_(data) {}
  std::optional<uint32_t> card(std::size_t at, unsigned size) const {
    if (size == 0 || size > 4 || at > data_.size() || data_.size() - at < size) return std::nullopt;
    uint32_t v = 0;
    for (unsigned i = 0; i < size; ++i) v = v << 8 | static_cast<unsigned char>(data_[at + i]);
    return v;
  }
  std::optional<uint32_t> u16(std::size_t at) const { return card(at, 2); }
  std::optional<uint32_t> u32(std::size_t at) const { return card(at, 4); }
  std::size_t size() const { return data_.size(); }
  std::string_view data() const { return data_; }

 private:
  std::string_view data_;
};

// Table `tag` of `face`, its bytes shared with the face (no copy); a
// missing table is empty.
class FontTable : public BigEndianBytes {
 public:
  FontTable(hb_face_t* face, hb_tag_t tag) : FontTable(hb_face_reference_table(face, tag)) {}
  ~FontTable() { hb_blob_destroy(blob_); }
  FontTable(const FontTable&) = delete;
  FontTable& operator=(const FontTable&) = delete;

 private:
  explicit FontTable(hb_blob_t* blob) : BigEndianBytes(bytes_of(blob)), blob_(blob) {}
  static std::string_view bytes_of(hb_blob_t* blob) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    return data ? std::string_view(data, length) : std::string_view();
  }
  hb_blob_t* blob_;
};

}  // namespace paiban::pdf
