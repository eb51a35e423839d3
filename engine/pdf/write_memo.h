// What a long-running caller (`paiban watch`) keeps between PDF writes, so
// that what did not change costs nothing the next time: each flate stream's
// compressed bytes, keyed by its uncompressed bytes (the CMYK profile, the
// content of unchanged pages, unchanged font programs), and each face's
// subset, keyed by face and glyph set. The memo only hands back what the
// same computation gave before, so a write with it gives the same bytes as
// one without. Entries the latest write did not use are dropped when it
// ends: the memo holds at most about two writes' worth.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "page/page.h"
#include "pdf/font_subset.h"

namespace paiban::pdf {

class WriteMemo {
 public:
  // The compressed form of `data` from an earlier write, or nullptr.
  const std::string* compressed(std::string_view data);
  void keep_compressed(std::string_view data, std::string compressed);

  // The subset of `face` with exactly `glyphs` from an earlier write, or nullptr.
  const FontSubset* subset(const page::FaceRef& face, const std::set<uint32_t>& glyphs);
  void keep_subset(const page::FaceRef& face, const std::set<uint32_t>& glyphs, FontSubset subset);

  // Ends one write: forgets what it did not use.
  void finish_write();

  // Of the write in progress (or the one finish_write ended last).
  struct Counts {
    std::size_t stream_hits = 0, stream_misses = 0, subset_hits = 0, subset_misses = 0;
  };
  Counts counts() const { return counts_; }

 private:
  struct Stream {
    std::string data, compressed;
    bool used = true;
  };
  struct Subset {
    FontSubset subset;
    bool used = true;
  };
  // (XXH3-64 of the bytes, their size) → the stream; the bytes are compared
  // on a hit, so a hash collision is a miss, never a wrong stream.
  std::map<std::pair<uint64_t, std::size_t>, Stream> streams_;
  std::map<std::pair<page::FaceRef, std::set<uint32_t>>, Subset> subsets_;
  Counts counts_;
  bool fresh_write_ = true;

  void start_if_needed();
};

}  // namespace paiban::pdf
