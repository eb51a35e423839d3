#include "base/program_location.h"

#include <filesystem>
#include <system_error>

namespace paiban {
namespace {

std::string below_prefix(const char* relative) {
  const std::string prefix = program_prefix();
  return prefix.empty() ? std::string() : prefix + "/" + relative;
}

}  // namespace

std::string program_prefix() {
  // Linux names the running executable in /proc/self/exe, already resolved
  // through any symlink (/usr/local/bin/paiban -> /opt/paiban/bin/paiban
  // gives /opt/paiban). Computed once: the answer cannot change.
  static const std::string prefix = [] {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec || exe.empty()) return std::string();
    return exe.parent_path().parent_path().string();
  }();
  return prefix;
}

std::string program_plugin_dir() {
  return below_prefix("lib/paiban/plugins");
}

std::string program_module_dir() {
  return below_prefix("lib/paiban");
}

std::string program_data_dir() {
  return below_prefix("share/paiban");
}

std::string program_locale_dir() {
  return below_prefix("share/locale");
}

}  // namespace paiban
