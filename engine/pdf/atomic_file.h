// Replacing a file so that readers see either the old or the new version,
// never a torn one: write a temporary file in the target folder, fsync it,
// rename it over the target (rename(2) is atomic within one file system),
// then fsync the folder so the new name survives a crash.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <sys/types.h>

#include "base/diagnostics.h"

namespace paiban::pdf {

// Test seams. Production code passes the defaults; a test replaces `write`
// to simulate a full disk or an I/O error without needing a real one.
struct FileWriteHooks {
  // Like ::write(2): bytes written, or -1 with errno set.
  std::function<ssize_t(int fd, const char* data, std::size_t len)> write;
};

// On any failure returns an error naming the path and the system's reason;
// the file at `path` is then untouched and the temporary file removed.
Diagnostics write_file_atomically(const std::string& path, std::string_view bytes,
                                  const FileWriteHooks& hooks = {});

}  // namespace paiban::pdf
