#include "pdf/compress_ahead.h"

#include <utility>

#include "pdf/deflate.h"
#include "pdf/large_streams.h"

namespace paiban::pdf {

CompressAhead::~CompressAhead() {
  wait();
}

void CompressAhead::start(std::string data) {
  LargeStreams& large = LargeStreams::shared();
  if (data.size() < LargeStreams::kMinSize || large.compressed(data)) return;
  thread_ = std::thread([&large, data = std::move(data)] {
    // On failure (no memory) compress_streams compresses it as before.
    try {
      large.keep(data, Deflater().zlib(data));
    } catch (...) {  // NOLINT(bugprone-empty-catch): see above
    }
  });
}

void CompressAhead::wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace paiban::pdf
