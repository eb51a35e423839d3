// The process's store of large compressed streams (pdf/large_streams.h):
// what was kept is found again only for the very same bytes, small streams
// are not kept, and the budget holds. A stream compressed ahead on a helper
// thread (pdf/compress_ahead.h) lands there with the bytes compress_streams
// would make, and so do streams compressed while a document is built
// (pdf/eager_compression.h).
#include "pdf/large_streams.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "pdf/compress_ahead.h"
#include "pdf/deflate.h"
#include "pdf/eager_compression.h"

namespace paiban::pdf {
namespace {

std::string bytes_of(std::size_t size, char seed) {
  std::string s(size, '\0');
  for (std::size_t i = 0; i < size; ++i) s[i] = static_cast<char>(seed + (i * 7919) % 251);
  return s;
}

TEST(LargeStreams, TheSameBytesGiveTheKeptCompression) {
  LargeStreams store;
  const std::string data = bytes_of(LargeStreams::kMinSize + 100, 'a');
  Deflater deflater;
  const std::string packed = deflater.zlib(data);
  EXPECT_FALSE(store.compressed(data));
  store.keep(data, packed);
  ASSERT_TRUE(store.compressed(data));
  EXPECT_EQ(*store.compressed(data), packed);
  // Same size, one byte different: not the same stream.
  std::string other = data;
  other[other.size() / 2] ^= 1;
  EXPECT_FALSE(store.compressed(other));
}

TEST(LargeStreams, SmallStreamsAreNotKept) {
  LargeStreams store;
  const std::string small = bytes_of(LargeStreams::kMinSize - 1, 'b');
  store.keep(small, "x");
  EXPECT_FALSE(store.compressed(small));
  EXPECT_EQ(store.bytes(), 0u);
}

TEST(LargeStreams, TheBudgetHolds) {
  const std::size_t size = LargeStreams::kMinSize;
  LargeStreams store(3 * (size + 10));
  for (char seed = 'a'; seed < 'a' + 8; ++seed) {
    store.keep(bytes_of(size, seed), std::string(10, seed));
    EXPECT_LE(store.bytes(), 3 * (size + 10));
  }
  // The latest is always kept.
  EXPECT_TRUE(store.compressed(bytes_of(size, 'a' + 7)));
  // A stream larger than the whole budget is not kept at all.
  LargeStreams tiny(size);
  tiny.keep(bytes_of(size, 'z'), "compressed");
  EXPECT_FALSE(tiny.compressed(bytes_of(size, 'z')));
}

TEST(CompressAhead, LandsInTheSharedStoreWithTheBytesOfADeflater) {
  const std::string data = bytes_of(LargeStreams::kMinSize * 3 + 17, 'p');
  ASSERT_FALSE(LargeStreams::shared().compressed(data));
  CompressAhead ahead;
  ahead.start(data);
  ahead.wait();
  const auto kept = LargeStreams::shared().compressed(data);
  ASSERT_TRUE(kept);
  EXPECT_EQ(*kept, Deflater().zlib(data));
  EXPECT_LT(kept->size(), data.size());
}

TEST(CompressAhead, LeavesSmallStreamsToCompressStreams) {
  const std::string small = bytes_of(LargeStreams::kMinSize - 1, 'q');
  const std::size_t before = LargeStreams::shared().bytes();
  {
    CompressAhead ahead;
    ahead.start(small);
  }  // waits
  EXPECT_FALSE(LargeStreams::shared().compressed(small));
  EXPECT_EQ(LargeStreams::shared().bytes(), before);
}

TEST(EagerCompression, EveryQueuedStreamGetsTheBytesOfADeflater) {
  // Small and large streams, queued while the helper is already at work;
  // kept in a deque, whose elements stay where they are as it grows.
  struct Stream {
    std::string data, compressed;
    bool done = false;
  };
  std::deque<Stream> streams;
  EagerCompression eager;
  for (int i = 0; i < 40; ++i) {
    const std::size_t size = i % 5 == 0 ? LargeStreams::kMinSize * 2 + i : 100 + 997 * i;
    Stream& s = streams.emplace_back(Stream{bytes_of(size, static_cast<char>('A' + i)), {}, false});
    eager.add({&s.data, &s.compressed, &s.done});
  }
  eager.finish();
  eager.finish();  // a second call returns at once
  Deflater deflater;
  for (const Stream& s : streams) {
    ASSERT_TRUE(s.done);
    EXPECT_EQ(s.compressed, deflater.zlib(s.data));
  }
}

}  // namespace
}  // namespace paiban::pdf
