// The glyphs of one run, stored once and shared. A paragraph's lines are set
// once and remembered (layout's LineSetter); the same glyphs then stand in
// the galley, on a page and again in every layout pass. Copying a GlyphList
// shares its glyphs instead of copying them, and the glyphs' text lives in
// one string per run, so a glyph takes 12 bytes (docs/performance.md,
// "Memory per page").
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "paiban/length.h"

namespace paiban::page {

// One glyph as read from a GlyphList (or handed to one). `text` views the
// list's own text: it stays valid as long as a GlyphList holding these
// glyphs lives. A glyph handed to push_back may view any text alive at that
// moment; the list copies it.
struct Glyph {
  uint32_t id = 0;  // glyph id in the face
  Length advance;   // horizontal advance as set (after compression/justification)
  Length x_offset;  // from the pen position, as shaped
  Length y_offset;  // positive = up
  // The source characters this glyph stands for (UTF-8); empty when the glyph
  // continues a cluster begun by an earlier glyph (one-to-many shaping).
  std::string_view text;
};

class GlyphList {
 public:
  class Iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Glyph;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Glyph;

    Iterator() = default;
    Iterator(const GlyphList* list, std::size_t i) : list_(list), i_(i) {}
    Glyph operator*() const { return (*list_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator was = *this;
      ++i_;
      return was;
    }
    Iterator& operator--() {
      --i_;
      return *this;
    }
    Iterator& operator+=(difference_type n) {
      i_ = static_cast<std::size_t>(static_cast<difference_type>(i_) + n);
      return *this;
    }
    Iterator operator+(difference_type n) const {
      Iterator r = *this;
      return r += n;
    }
    difference_type operator-(const Iterator& o) const {
      return static_cast<difference_type>(i_) - static_cast<difference_type>(o.i_);
    }
    bool operator==(const Iterator& o) const { return i_ == o.i_; }

   private:
    const GlyphList* list_ = nullptr;
    std::size_t i_ = 0;
  };

  GlyphList() = default;
  GlyphList(
      const std::vector<Glyph>& glyphs);  // NOLINT(google-explicit-constructor): a list of glyphs

  std::size_t size() const { return data_ ? data_->glyphs.size() : 0; }
  bool empty() const { return size() == 0; }
  Glyph operator[](std::size_t i) const;
  Glyph front() const { return (*this)[0]; }
  Glyph back() const { return (*this)[size() - 1]; }
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

  // Editing copies the glyphs first when another list shares them.
  void push_back(const Glyph& glyph);
  void set_advance(std::size_t i, Length advance);
  // Appends all of `other`'s glyphs (a leader's dots repeated).
  void append(const GlyphList& other);
  // Drops the growth slack: lines are remembered for the whole render.
  void shrink_to_fit();
  // Whether both lists hold the same stored glyphs (not a copy of them).
  bool shares_with(const GlyphList& other) const { return data_ && data_ == other.data_; }

 private:
  // 12 bytes a glyph: the advance as 32-bit sp (±32,768 pt), which every real
  // advance is, and no offsets, which almost every glyph has none of. A glyph
  // with offsets or a wider advance stores kInExtra as its advance and keeps
  // advance and offsets in Data::extra, ordered by glyph index.
  static constexpr int32_t kInExtra = INT32_MIN;
  struct Stored {
    uint32_t id = 0;
    uint32_t text_end =
        0;  // this glyph's text ends here in Data::text; it starts where the last ended
    int32_t advance = 0;  // sp, or kInExtra
  };
  struct Extra {
    std::size_t index = 0;  // of the glyph
    Length advance, x_offset, y_offset;
  };
  struct Data {
    std::vector<Stored> glyphs;
    std::string text;
    std::unique_ptr<std::vector<Extra>> extra;  // made for the first glyph that needs it

    Data() = default;
    Data(const Data& other);
    Data& operator=(const Data&) = delete;
    Extra* extra_of(std::size_t index) const;
  };
  // Appends one glyph whose text already ends at `text_end` in d.text.
  static void store(Data& d, uint32_t id, std::size_t text_end, Length advance, Length x_offset,
                    Length y_offset);
  Data& own();  // the data, unshared

  std::shared_ptr<Data> data_;
};

}  // namespace paiban::page
