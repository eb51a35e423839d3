#include "pdf/eager_compression.h"

#include <optional>

#include "pdf/deflate.h"
#include "pdf/large_streams.h"

namespace paiban::pdf {

EagerCompression::EagerCompression() {
  helper_ = std::thread([this] { drain(); });
}

EagerCompression::~EagerCompression() {
  finish();
}

void EagerCompression::add(Job job) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(job);
  }
  wake_.notify_one();
}

void EagerCompression::finish() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (finishing_ && !helper_.joinable()) return;
    finishing_ = true;
  }
  wake_.notify_one();
  drain();
  if (helper_.joinable()) helper_.join();
}

// Takes queued streams until none is left: the helper waits for more
// until finish() is called, the finishing thread returns at once.
void EagerCompression::drain() {
  // Made at the first stream: a compressor holds 650 KB, and the finishing
  // thread often finds nothing left to do.
  std::optional<Deflater> deflater;
  LargeStreams& large = LargeStreams::shared();
  for (;;) {
    Job job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [&] { return next_ < jobs_.size() || finishing_; });
      if (next_ == jobs_.size()) return;
      job = jobs_[next_++];
    }
    // A failure (no memory) leaves the stream to compress_streams.
    try {
      if (std::optional<std::string> kept = large.compressed(*job.data)) {
        *job.compressed = std::move(*kept);
      } else {
        if (!deflater) deflater.emplace();
        *job.compressed = deflater->zlib(*job.data);
        large.keep(*job.data, *job.compressed);
      }
      *job.done = true;
    } catch (...) {  // NOLINT(bugprone-empty-catch): see above
    }
  }
}

}  // namespace paiban::pdf
