// Replacing a file so that readers see either the old or the new version,
// never a torn one: write a temporary file in the target folder, fsync it,
// rename it over the target (rename(2) is atomic within one file system),
// then fsync the folder so the new name survives a crash.
//
// A symlink at the target is written through: the file it points to is
// replaced and the link stays a link. A SIGINT, SIGTERM or SIGHUP at any
// moment removes the temporary file before the process dies (the handler
// only unlinks paths prepared before the file was created, which is
// async-signal-safe, then re-raises the signal with its default action).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <sys/types.h>

#include "base/diagnostics.h"

namespace paiban::pdf {

// The moments of a write, in order; a test stops the process at each one.
enum class WriteStage { created, written, flushed, renamed };

// Test seams. Production code passes the defaults; a test replaces `write`
// to simulate a full disk or an I/O error without needing a real one.
struct FileWriteHooks {
  // Like ::write(2): bytes written, or -1 with errno set.
  std::function<ssize_t(int fd, const char* data, std::size_t len)> write;
  // Called as each stage is reached (the temporary file's path is given).
  std::function<void(WriteStage, const std::string& temp_path)> reached;
};

// The file a write to `path` replaces: `path` itself, or the final target
// when `path` is a symlink (relative links resolved against their folder).
// Empty with `error` set when the link is dangling or loops.
std::string write_target(const std::string& path, std::string& error);

// Whether the new file must survive a power cut once the write returned.
// `replaceable` skips both fsyncs (5–16 ms on this machine's disk) for a
// file made again on the next save (`paiban watch`): readers still see the
// old or the new file, never a torn one, but a crash may lose the new one.
enum class Durability { synced, replaceable };

// On any failure returns an error naming the path and the system's reason;
// the file at `path` is then untouched and the temporary file removed.
Diagnostics write_file_atomically(const std::string& path, std::string_view bytes,
                                  const FileWriteHooks& hooks = {},
                                  Durability durability = Durability::synced);

}  // namespace paiban::pdf
