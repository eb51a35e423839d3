#include "pdf/large_streams.h"

#include <xxhash.h>

namespace paiban::pdf {
namespace {

std::pair<uint64_t, std::size_t> key_of(std::string_view data) {
  return {XXH3_64bits(data.data(), data.size()), data.size()};
}

}  // namespace

LargeStreams& LargeStreams::shared() {
  static LargeStreams streams;
  return streams;
}

std::optional<std::string> LargeStreams::compressed(std::string_view data) const {
  if (data.size() < kMinSize) return std::nullopt;
  const auto key = key_of(data);
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = streams_.find(key);
  if (it == streams_.end() || it->second.data != data) return std::nullopt;
  return it->second.compressed;
}

void LargeStreams::keep(std::string_view data, const std::string& compressed) {
  if (data.size() < kMinSize) return;
  const std::size_t cost = data.size() + compressed.size();
  if (cost > budget_) return;
  const auto key = key_of(data);
  std::lock_guard<std::mutex> lock(mutex_);
  if (streams_.count(key)) return;
  if (bytes_ + cost > budget_) {
    streams_.clear();
    bytes_ = 0;
  }
  streams_.emplace(key, Stream{std::string(data), compressed});
  bytes_ += cost;
}

std::size_t LargeStreams::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

}  // namespace paiban::pdf
