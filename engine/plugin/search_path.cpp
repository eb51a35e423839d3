#include "plugin/search_path.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace paiban::plugin {
namespace {

void add_folder(std::vector<SearchFolder>& out, const std::string& path, const char* origin) {
  if (path.empty()) return;
  bool seen =
      std::any_of(out.begin(), out.end(), [&](const SearchFolder& f) { return f.path == path; });
  if (!seen) out.push_back({path, origin});
}

bool file_exists(const std::filesystem::path& p) {
  std::error_code ec;  // an unreadable folder is simply "not here"
  return std::filesystem::is_regular_file(p, ec);
}

}  // namespace

std::string installed_plugin_dir() {
  return PAIBAN_INSTALL_PLUGIN_DIR;
}

std::vector<SearchFolder> plugin_search_path(const SearchPathInputs& inputs) {
  std::vector<SearchFolder> out;
  for (const auto& p : inputs.cli_paths) add_folder(out, p, "--plugin-path");
  // PATH-style list: ':' separates, empty items (a leading or doubled ':')
  // mean nothing rather than "the current folder".
  std::string::size_type start = 0;
  while (start <= inputs.env_value.size()) {
    auto end = inputs.env_value.find(':', start);
    if (end == std::string::npos) end = inputs.env_value.size();
    add_folder(out, inputs.env_value.substr(start, end - start), "PAIBAN_PLUGIN_PATH");
    start = end + 1;
  }
  for (const auto& p : inputs.style_paths) add_folder(out, p, "style sheet plugin_path");
  add_folder(out, inputs.program_dir, "next to the program");
  add_folder(out, inputs.install_dir, "install prefix");
  return out;
}

std::string plugin_file_name(const std::string& name) {
  return "lib" + name + ".so";
}

std::optional<std::string> find_plugin_file(const std::string& name,
                                            const std::vector<SearchFolder>& folders) {
  const std::string file = plugin_file_name(name);
  for (const auto& folder : folders) {
    const std::filesystem::path dir(folder.path);
    for (const auto& candidate : {dir / file, dir / name / file}) {
      if (file_exists(candidate)) return candidate.string();
    }
  }
  return std::nullopt;
}

std::vector<FoundPlugin> list_plugin_files(const std::vector<SearchFolder>& folders) {
  namespace fs = std::filesystem;
  std::vector<FoundPlugin> out;
  auto add = [&](const fs::path& file, const SearchFolder& folder) {
    const std::string stem = file.stem().string();
    if (file.extension() != ".so" || stem.rfind("lib", 0) != 0) return;
    const std::string name = stem.substr(3);
    if (!is_valid_plugin_name(name) || !file_exists(file)) return;
    for (const auto& f : out)
      if (f.name == name) return;
    out.push_back({name, file.string(), folder.origin});
  };
  for (const auto& folder : folders) {
    std::error_code ec;  // an unreadable folder is simply "not here"
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(folder.path, ec), end; !ec && it != end; it.increment(ec))
      entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());  // directory order is arbitrary
    for (const auto& entry : entries) {
      add(entry, folder);
      add(entry / ("lib" + entry.filename().string() + ".so"), folder);
    }
  }
  return out;
}

bool is_valid_plugin_name(const std::string& name) {
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

}  // namespace paiban::plugin
