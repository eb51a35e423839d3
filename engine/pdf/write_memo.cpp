#include "pdf/write_memo.h"

#include <xxhash.h>

namespace paiban::pdf {
namespace {

std::pair<uint64_t, std::size_t> key_of(std::string_view data) {
  return {XXH3_64bits(data.data(), data.size()), data.size()};
}

template <class Map>
void drop_unused(Map& map) {
  for (auto it = map.begin(); it != map.end();) {
    if (!it->second.used) {
      it = map.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
}

}  // namespace

void WriteMemo::start_if_needed() {
  if (!fresh_write_) return;
  fresh_write_ = false;
  counts_ = {};
}

const std::string* WriteMemo::compressed(std::string_view data) {
  start_if_needed();
  const auto it = streams_.find(key_of(data));
  if (it == streams_.end() || it->second.data != data) {
    ++counts_.stream_misses;
    return nullptr;
  }
  ++counts_.stream_hits;
  it->second.used = true;
  return &it->second.compressed;
}

void WriteMemo::keep_compressed(std::string_view data, std::string compressed) {
  start_if_needed();
  streams_[key_of(data)] = Stream{std::string(data), std::move(compressed), true};
}

const FontSubset* WriteMemo::subset(const page::FaceRef& face, const std::set<uint32_t>& glyphs) {
  start_if_needed();
  const auto it = subsets_.find({face, glyphs});
  if (it == subsets_.end()) {
    ++counts_.subset_misses;
    return nullptr;
  }
  ++counts_.subset_hits;
  it->second.used = true;
  return &it->second.subset;
}

void WriteMemo::keep_subset(const page::FaceRef& face, const std::set<uint32_t>& glyphs,
                            FontSubset subset) {
  start_if_needed();
  subsets_[{face, glyphs}] = Subset{std::move(subset), true};
}

void WriteMemo::finish_write() {
  drop_unused(streams_);
  drop_unused(subsets_);
  fresh_write_ = true;
}

}  // namespace paiban::pdf
