// Which file a URL path may name. The preview server answers only with
// files under a root it was given (the folder, Debian's pdf.js);
// a path that leaves its root — "..", an absolute path, a backslash, a NUL,
// a symbolic link pointing elsewhere — is refused, whatever its encoding
// (the HTTP library decodes %xx before we see the path).
#pragma once

#include <filesystem>
#include <string_view>

namespace paiban::cli::preview {

enum class Lookup { found, outside_root, not_found };

struct ServedFile {
  Lookup lookup = Lookup::not_found;
  std::filesystem::path path;  // canonical, when found
};

// The regular file `relative` (a decoded URL path below the route, with '/'
// separators) names under `root`.
ServedFile file_inside(const std::filesystem::path& root, std::string_view relative);

// The Content-Type for a file name ("application/octet-stream" if unknown).
const char* content_type_for(const std::filesystem::path& file);

}  // namespace paiban::cli::preview
