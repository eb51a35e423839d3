// Compressed bytes of large streams, kept per process: the PDFs one process
// writes share some (the output profile in every issue of a multi-issue
// render, 121 KB that took a fifth of the sample's compression; font
// programs of equal subsets), and compressing the same bytes again gives the
// same bytes. Bounded; safe from any thread.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace paiban::pdf {

class LargeStreams {
 public:
  // Streams smaller than this are cheap to compress and many: not kept.
  static constexpr std::size_t kMinSize = std::size_t{32} << 10;
  static constexpr std::size_t kDefaultBudget = std::size_t{32} << 20;

  // The process's one store.
  static LargeStreams& shared();

  explicit LargeStreams(std::size_t budget_bytes = kDefaultBudget) : budget_(budget_bytes) {}

  // The compressed form of `data` kept earlier, if any.
  std::optional<std::string> compressed(std::string_view data) const;
  // Keeps `compressed` for `data` when it is large enough; when the budget
  // would be exceeded, everything kept is forgotten first.
  void keep(std::string_view data, const std::string& compressed);

  std::size_t bytes() const;

 private:
  struct Stream {
    std::string data, compressed;
  };
  mutable std::mutex mutex_;
  std::size_t budget_;
  std::size_t bytes_ = 0;
  // (XXH3-64 of the bytes, their size) → the stream; the bytes are compared
  // on a hit, so a hash collision is a miss, never a wrong stream.
  std::map<std::pair<uint64_t, std::size_t>, Stream> streams_;
};

}  // namespace paiban::pdf
