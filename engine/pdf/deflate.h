// FlateDecode streams (ISO 32000-1 §7.4.4: zlib format) compressed with
// libdeflate, which is about twice as fast as zlib at the same level and
// compresses slightly better.
#pragma once

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace paiban::pdf {

// Level 9 of libdeflate's 1–12: 1.8 % smaller than zlib's default level on
// the sample's streams in 80 % of its time; 10–12 gain 2 % more for 4–7× the
// time (measured on the sample, see docs/performance.md).
constexpr int kDeflateLevel = 9;

// One compressor; not thread-safe, so one per worker thread.
class Deflater {
 public:
  explicit Deflater(int level = kDeflateLevel);
  ~Deflater();
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // `data` as a zlib stream.
  std::string zlib(std::string_view data);

 private:
  libdeflate_compressor* compressor_;
};

}  // namespace paiban::pdf
