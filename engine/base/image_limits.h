// What decoding an image may cost, checked from its header before any pixel
// buffer is allocated: a 69-byte PNG can claim 30000 × 30000 pixels.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace paiban {

struct ImageLimits {
  // 100 million pixels: a 300 ppi print of 84 × 84 cm.
  std::uint64_t max_pixels = 100'000'000;
  // Decoded samples of one image (RGBA at 8 bits: 4 bytes a pixel).
  std::uint64_t max_decoded_bytes = 512ull << 20;
  // All images of one issue together.
  std::uint64_t max_total_decoded_bytes = 1ull << 30;
};

// Why an image of `width` × `height` with `bytes_per_pixel` cannot be
// decoded within `limits`, or nullopt when it can.
std::optional<std::string> over_image_limits(std::uint64_t width, std::uint64_t height,
                                             std::uint64_t bytes_per_pixel,
                                             const ImageLimits& limits);

}  // namespace paiban
