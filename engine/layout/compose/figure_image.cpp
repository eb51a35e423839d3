#include "layout/compose/figure_image.h"

#include <filesystem>

namespace paiban::layout {

std::string resolve_image_path(const std::string& document_path, const std::string& image_path) {
  namespace fs = std::filesystem;
  const fs::path p(image_path);
  if (p.is_absolute() || document_path.empty()) return p.lexically_normal().string();
  return (fs::path(document_path).parent_path() / p).lexically_normal().string();
}

std::optional<ImageHeader> load_figure_image(const Environment& env,
                                             const std::string& document_path,
                                             const std::string& image_path, const SourceSpan& where,
                                             Diagnostics& diags) {
  const std::string path = resolve_image_path(document_path, image_path);
  std::optional<ImageHeader> info;
  const auto bytes = env.read_file(path);
  std::string why;
  if (!bytes) {
    why = "cannot be read";
    if (const std::string reason = env.why_unreadable(path); !reason.empty()) why += ": " + reason;
  } else if (!(info = read_image_header(*bytes, why)))
    why = "is not an image paiban can place: " + why;
  if (!info)
    diags.error(where, "figure image '" + image_path + "' (" + path + ") " + why,
                {"write the path relative to the manuscript, and use a PNG or JPEG file"});
  return info;
}

}  // namespace paiban::layout
