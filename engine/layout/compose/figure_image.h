// The image file a figure places: resolved against the manuscript, read and
// its header checked. Shared by layout and the checks run before setting
// type, so both say the same thing about the same file.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "base/image_header.h"

namespace paiban::layout {

// `image_path` as written in the manuscript; relative paths are relative to
// the manuscript's folder.
std::string resolve_image_path(const std::string& document_path, const std::string& image_path);

// The image's header (size, format, EXIF orientation), or nullopt with an
// error at `where` when the file cannot be read or its library refuses it.
std::optional<ImageHeader> load_figure_image(const Environment& env,
                                             const std::string& document_path,
                                             const std::string& image_path, const SourceSpan& where,
                                             Diagnostics& diags);

}  // namespace paiban::layout
