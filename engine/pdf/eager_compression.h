// Flate streams compressed on a helper thread while the document is still
// being built. The pdf stage made every stream first and compressed them at
// the end; the font programs and the pages' content streams are complete
// long before that, and on a large issue painting the pages kept one core
// busy while the other had nothing to do. Each stream is compressed on its
// own, as compress_streams would, so the bytes do not change.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace paiban::pdf {

class EagerCompression {
 public:
  // One stream: `data` is read and `compressed` written by whichever thread
  // takes it; `done` tells whether it was (else compress it as before).
  struct Job {
    const std::string* data = nullptr;
    std::string* compressed = nullptr;
    bool* done = nullptr;
  };

  EagerCompression();  // starts the helper
  ~EagerCompression();
  EagerCompression(const EagerCompression&) = delete;
  EagerCompression& operator=(const EagerCompression&) = delete;

  // Queues a stream. Its data must stay unchanged, and all three places
  // alive, until finish() returns.
  void add(Job job);
  // Compresses what is still queued on this thread and the helper, and
  // returns once the helper has stopped. Nothing may be added after it.
  void finish();

 private:
  void drain();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;
  std::size_t next_ = 0;
  bool finishing_ = false;
  std::thread helper_;
};

}  // namespace paiban::pdf
