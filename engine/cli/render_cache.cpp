#include "cli/render_cache.h"

#include <sys/stat.h>

namespace paiban::cli {
namespace {

std::pair<long long, long long> stamp(const std::string& file) {
  struct stat st {};
  if (stat(file.c_str(), &st) != 0) return {-1, -1};
  return {static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
          static_cast<long long>(st.st_size)};
}

bool same_folders(const std::vector<plugin::SearchFolder>& a,
                  const std::vector<plugin::SearchFolder>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].path != b[i].path) return false;
  return true;
}

}  // namespace

bool StyleState::still_valid(const std::string& wanted, const Environment& env) const {
  if (wanted != path || files.empty()) return false;
  for (const auto& [file, bytes] : files) {
    const auto now = env.read_file(file);
    if (!now || *now != bytes) return false;
  }
  return true;
}

bool PluginState::still_valid(const std::vector<plugin::SearchFolder>& wanted) const {
  if (!reusable || !same_folders(wanted, search_path)) return false;
  for (const auto& [file, was] : libraries)
    if (stamp(file) != was) return false;
  return true;
}

void PluginState::remember_library(const std::string& file) {
  if (!file.empty()) libraries.emplace(file, stamp(file));
}

}  // namespace paiban::cli
