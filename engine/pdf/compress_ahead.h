// A large stream compressed on a helper thread while the document is still
// being built: the output profile (121 KB, a fifth of the sample's
// compression) is known before the first page is painted but written into
// the document last, and compress_streams ran it after everything else on
// one core while the other waited. Compressed ahead, it lands in
// LargeStreams::shared(), where compress_streams finds it; the bytes are
// those compress_streams would have made, so the PDF does not change.
#pragma once

#include <string>
#include <thread>

namespace paiban::pdf {

class CompressAhead {
 public:
  CompressAhead() = default;
  // Waits for the helper.
  ~CompressAhead();
  CompressAhead(const CompressAhead&) = delete;
  CompressAhead& operator=(const CompressAhead&) = delete;

  // Starts compressing `data`, unless it is too small for LargeStreams or
  // already there. Once per object.
  void start(std::string data);
  // Returns once the compressed bytes are in LargeStreams::shared().
  void wait();

 private:
  std::thread thread_;
};

}  // namespace paiban::pdf
