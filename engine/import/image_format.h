// Which picture format a media part holds, from its first bytes (Word's file
// extensions are not always right), and what the editor must do with it.
#pragma once

#include <string>
#include <string_view>

namespace paiban::import {

// "png", "jpeg", "gif", "bmp", "tiff", "emf", "wmf", "webp", "svg", or "".
std::string sniff_image_format(std::string_view bytes);

// The file extension for a format ("jpeg" → "jpg").
std::string image_extension(const std::string& format);

// True for the formats paiban places as they are.
bool is_placeable(const std::string& format);

// How to turn `file` (of `format`) into the PNG `png`: a command line.
std::string conversion_hint(const std::string& format, const std::string& file,
                            const std::string& png);

}  // namespace paiban::import
