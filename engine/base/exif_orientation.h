// The Orientation tag of an EXIF block (a JPEG's APP1 "Exif" segment or a
// PNG's eXIf chunk), read by libexif.
#pragma once

#include <cstddef>

#include "base/image_header.h"

namespace paiban {

// `tiff` is the EXIF data from its TIFF header on ("II*\0" or "MM\0*");
// `upright` when it has no Orientation tag or one outside 1–8.
ImageOrientation exif_orientation(const unsigned char* tiff, std::size_t size);

}  // namespace paiban
