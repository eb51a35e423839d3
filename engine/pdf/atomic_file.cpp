#include "pdf/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace paiban::pdf {
namespace {

std::string folder_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string reason(int err) {
  return std::strerror(err);
}

}  // namespace

Diagnostics write_file_atomically(const std::string& path, std::string_view bytes,
                                  const FileWriteHooks& hooks) {
  Diagnostics diags;
  const std::string folder = folder_of(path);
  auto fail = [&](const std::string& what, int err, std::vector<std::string> hints) {
    diags.error(SourceSpan{path, 0, 0}, "cannot write PDF: " + what + ": " + reason(err),
                std::move(hints));
    return diags;
  };

  // The temporary name starts with '.' so that folder watchers and shell
  // globs ignore it, and lives in the target folder so rename stays atomic.
  std::string temp = folder + "/." + name_of(path) + ".tmp-XXXXXX";
  std::vector<char> temp_buf(temp.begin(), temp.end());
  temp_buf.push_back('\0');
  int fd = ::mkstemp(temp_buf.data());
  if (fd < 0) {
    return fail("cannot create a temporary file in '" + folder + "'", errno,
                {"check that the folder exists and is writable"});
  }
  temp.assign(temp_buf.data());

  auto abandon = [&](const std::string& what, int err, std::vector<std::string> hints) {
    ::close(fd);
    ::unlink(temp.c_str());
    return fail(what, err, std::move(hints));
  };

  // mkstemp creates 0600; a PDF is an ordinary document, so honour the umask.
  mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0) return abandon("cannot set permissions", errno, {});

  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = hooks.write ? hooks.write(fd, data, left) : ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return abandon("writing failed", errno,
                     {"check free space on the disk holding '" + folder + "'"});
    }
    if (n == 0) return abandon("writing failed", ENOSPC, {"check free disk space"});
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    return abandon("flushing to disk failed", errno, {"check free disk space"});
  }
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return fail("closing the temporary file failed", err, {});
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return fail("cannot move the finished file into place", err,
                {"is the output path a folder, or on another file system?"});
  }
  // Persist the directory entry too; failure here does not lose the data
  // already renamed, so it is not reported as an error.
  int dir_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return diags;
}

}  // namespace paiban::pdf
