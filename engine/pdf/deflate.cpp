#include "pdf/deflate.h"

#include <libdeflate.h>

#include <new>

namespace paiban::pdf {

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {
  if (!compressor_) throw std::bad_alloc();
}

Deflater::~Deflater() {
  libdeflate_free_compressor(compressor_);
}

std::string Deflater::zlib(std::string_view data) {
  std::string out(libdeflate_zlib_compress_bound(compressor_, data.size()), '\0');
  const std::size_t n =
      libdeflate_zlib_compress(compressor_, data.data(), data.size(), out.data(), out.size());
  // The bound is a worst case, so compression cannot run out of room.
  out.resize(n);
  return out;
}

}  // namespace paiban::pdf
