#include "base/image_limits.h"

namespace paiban {
namespace {

std::string mib(std::uint64_t bytes) {
  return std::to_string((bytes + (1ull << 20) - 1) >> 20) + " MiB";
}

}  // namespace

std::optional<std::string> over_image_limits(std::uint64_t width, std::uint64_t height,
                                             std::uint64_t bytes_per_pixel,
                                             const ImageLimits& limits) {
  const std::string size = std::to_string(width) + " × " + std::to_string(height) + " pixels";
  if (width == 0 || height == 0) return "its header claims " + size;
  // Both factors are below 2^32 (PNG and JPEG store 32- and 16-bit sizes),
  // so the products fit 64 bits.
  const std::uint64_t pixels = width * height;
  if (pixels > limits.max_pixels)
    return "its header claims " + size + ", more than the limit of " +
           std::to_string(limits.max_pixels / 1'000'000) +
           " million pixels ([limits] image_megapixels)";
  if (pixels * bytes_per_pixel > limits.max_decoded_bytes)
    return size + " decode to " + mib(pixels * bytes_per_pixel) + ", more than the limit of " +
           mib(limits.max_decoded_bytes) + " ([limits] image_mib)";
  return std::nullopt;
}

}  // namespace paiban
