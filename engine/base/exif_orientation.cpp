#include "base/exif_orientation.h"

#include <libexif/exif-data.h>

#include <string>

namespace paiban {

ImageOrientation exif_orientation(const unsigned char* tiff, std::size_t size) {
  // libexif finds the data after an "Exif\0\0" header (as in a JPEG's APP1).
  if (size < 8 || size > std::size_t{0xFFFF} * 16) return ImageOrientation::upright;
  std::string block("Exif\0\0", 6);
  block.append(reinterpret_cast<const char*>(tiff), size);
  ExifData* data = exif_data_new();
  if (!data) return ImageOrientation::upright;
  // Read only what is there: "following the specification" would add
  // default entries and change values.
  exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
  exif_data_load_data(data, reinterpret_cast<const unsigned char*>(block.data()),
                      static_cast<unsigned int>(block.size()));
  ImageOrientation result = ImageOrientation::upright;
  // The tag belongs in IFD 0, the main image's (not the thumbnail's IFD 1).
  ExifEntry* entry = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
  if (entry && entry->format == EXIF_FORMAT_SHORT && entry->components >= 1 && entry->data &&
      entry->size >= 2) {
    const ExifShort value = exif_get_short(entry->data, exif_data_get_byte_order(data));
    if (value >= 1 && value <= 8) result = static_cast<ImageOrientation>(value);
  }
  exif_data_unref(data);
  return result;
}

}  // namespace paiban
