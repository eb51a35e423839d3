// Writing what an import produced: the manuscript and the pictures, each
// through a temporary file and a rename, and never over an existing file
// unless asked (--force).
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/environment.h"
#include "import/model.h"

namespace paiban::import {

// A name safe in a Markdown link and on any file system, unique among
// `used`: the file's stem with spaces, brackets and the like replaced.
std::string image_prefix(const std::string& path, std::set<std::string>& used);

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// The paths among `targets` (file → bytes) that exist with other contents
// (or cannot be read through `env` to compare).
std::vector<std::string> existing_files_that_differ(
    const Environment& env, const std::map<std::filesystem::path, const std::string*>& targets);

// Writes through a temporary file in the same folder and renames it: a
// reader never sees half a file, and a failure leaves the old one.
bool write_atomically(const std::filesystem::path& target, const std::string& bytes,
                      std::string& error);

}  // namespace paiban::import
