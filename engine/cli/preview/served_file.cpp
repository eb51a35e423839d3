#include "cli/preview/served_file.h"

#include <map>
#include <string>
#include <system_error>

namespace paiban::cli::preview {
namespace {

namespace fs = std::filesystem;

// True when `inner` (canonical) is `root` (canonical) or lies below it.
bool is_within(const fs::path& root, const fs::path& inner) {
  auto r = root.begin();
  auto i = inner.begin();
  for (; r != root.end(); ++r, ++i)
    if (i == inner.end() || *r != *i) return false;
  return true;
}

}  // namespace

ServedFile file_inside(const fs::path& root, std::string_view relative) {
  // Refuse before touching the file system what can only mean escaping.
  if (relative.find('\0') != std::string_view::npos ||
      relative.find('\\') != std::string_view::npos || (!relative.empty() && relative[0] == '/'))
    return {Lookup::outside_root, {}};
  fs::path joined = root;
  std::size_t at = 0;
  while (at <= relative.size()) {
    const std::size_t slash = std::min(relative.find('/', at), relative.size());
    const std::string_view part = relative.substr(at, slash - at);
    if (part == "..") return {Lookup::outside_root, {}};
    if (!part.empty() && part != ".") joined /= fs::path(std::string(part));
    at = slash + 1;
  }
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  if (ec) return {Lookup::not_found, {}};
  const fs::path real = fs::canonical(joined, ec);
  if (ec) return {Lookup::not_found, {}};
  // A symbolic link inside the folder may still point out of it.
  if (!is_within(real_root, real)) return {Lookup::outside_root, {}};
  if (!fs::is_regular_file(real, ec)) return {Lookup::not_found, {}};
  return {Lookup::found, real};
}

const char* content_type_for(const fs::path& file) {
  static const std::map<std::string, const char*> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".map", "application/json"},
      {".json", "application/json"},
      {".pdf", "application/pdf"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".svg", "image/svg+xml"},
      {".md", "text/markdown; charset=utf-8"},
      {".toml", "text/plain; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace paiban::cli::preview
