#include "import/output_files.h"

#include <fstream>
#include <string_view>

#include "import/file_name_text.h"

namespace paiban::import {

namespace fs = std::filesystem;

std::string image_prefix(const std::string& path, std::set<std::string>& used) {
  std::string stem = file_stem_text(path);
  for (char& c : stem)
    if (std::string_view(" ()[]<>#?%&'\"\\|*:;,!").find(c) != std::string_view::npos) c = '-';
  if (stem.empty()) stem = "image";
  std::string name = stem;
  for (int n = 2; !used.insert(name).second; ++n) name = stem + "-" + std::to_string(n);
  return name;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

std::vector<std::string> existing_files_that_differ(
    const Environment& env, const std::map<fs::path, const std::string*>& targets) {
  std::vector<std::string> out;
  for (const auto& [path, bytes] : targets) {
    std::error_code ec;
    if (fs::exists(path, ec) && env.read_file(path.string()) != *bytes)
      out.push_back(path.string());
  }
  return out;
}

bool write_atomically(const fs::path& target, const std::string& bytes, std::string& error) {
  const fs::path tmp = target.string() + ".paiban-import.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      error = "cannot create " + tmp.string();
      return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      error = "cannot write " + tmp.string();
      std::error_code ec;
      fs::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    error = "cannot rename " + tmp.string() + " to " + target.string() + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace paiban::import
