#include "pdf/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <vector>

#include "base/temp_files.h"

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

// Six letters that differ between processes, threads and calls; O_EXCL
// makes a collision a retry, never a shared file.
std::string random_suffix() {
  static std::atomic<unsigned long long> counter{0};
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  unsigned long long x = static_cast<unsigned long long>(ts.tv_nsec) ^
                         (static_cast<unsigned long long>(::getpid()) << 32) ^
                         (counter.fetch_add(1) * 0x9E3779B97F4A7C15ull);
  static constexpr char kLetters[] =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::string s(6, 'x');
  for (char& c : s) {
    x ^= x >> 29;
    x *= 0xBF58476D1CE4E5B9ull;
    c = kLetters[x % (sizeof kLetters - 1)];
    x /= sizeof kLetters - 1;
    x += ts.tv_sec;
  }
  return s;
}

}  // namespace

std::string write_target(const std::string& path, std::string& error) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(current.c_str(), &st) != 0) return current;  // created new
    if (!S_ISLNK(st.st_mode)) return current;
    std::vector<char> buf(static_cast<std::size_t>(st.st_size > 0 ? st.st_size : PATH_MAX) + 1);
    const ssize_t n = ::readlink(current.c_str(), buf.data(), buf.size() - 1);
    if (n < 0) {
      error = "cannot read the symlink '" + current + "': " + reason(errno);
      return {};
    }
    std::string link(buf.data(), static_cast<std::size_t>(n));
    current = link.starts_with('/') ? link : folder_of(current) + "/" + link;
  }
  error = "the symlink '" + path + "' goes round in a loop";
  return {};
}

Diagnostics write_file_atomically(const std::string& requested_path, std::string_view bytes,
                                  const FileWriteHooks& hooks, Durability durability) {
  Diagnostics diags;
  auto fail = [&](const std::string& what, int err, std::vector<std::string> hints) {
    diags.error(SourceSpan{requested_path, 0, 0},
                "cannot write PDF: " + what + (err ? ": " + reason(err) : std::string()),
                std::move(hints));
    return diags;
  };

  // Writing through a symlink replaces the file it names; replacing the
  // link itself with a regular file would silently cut it.
  std::string link_error;
  const std::string path = write_target(requested_path, link_error);
  if (path.empty()) return fail(link_error, 0, {"give -o a plain file path"});
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
    return fail("'" + path + "' exists and is not a regular file", 0,
                {"a folder, device or FIFO is never replaced; choose a file path for -o"});
  }
  const std::string folder = folder_of(path);

  install_temp_file_cleanup();
  TempRegistration registration;
  if (!registration.ok())
    return fail("too many files being written at once", EAGAIN, {"write fewer files in parallel"});

  // The temporary name starts with '.' so that folder watchers and shell
  // globs ignore it, and lives in the target folder so rename stays atomic.
  std::string temp;
  int fd = -1;
  int err = 0;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = folder + "/." + name_of(path) + ".tmp-" + random_suffix();
    if (!registration.arm(temp)) {
      err = ENAMETOOLONG;
      break;
    }
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
      err = errno;
      registration.disarm();  // never unlink a name that is not ours
      if (err != EEXIST) break;
    }
  }
  if (fd < 0) {
    return fail("cannot create a temporary file in '" + folder + "'", err,
                {"check that the folder exists and is writable"});
  }
  if (hooks.reached) hooks.reached(WriteStage::created, temp);

  auto abandon = [&](const std::string& what, int e, std::vector<std::string> hints) {
    ::close(fd);
    ::unlink(temp.c_str());
    registration.release();
    return fail(what, e, std::move(hints));
  };

  // Created 0600; a PDF is an ordinary document, so honour the umask.
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
  if (hooks.reached) hooks.reached(WriteStage::written, temp);
  if (durability == Durability::synced && ::fsync(fd) != 0) {
    return abandon("flushing to disk failed", errno, {"check free disk space"});
  }
  if (::close(fd) != 0) {
    int e = errno;
    ::unlink(temp.c_str());
    return fail("closing the temporary file failed", e, {});
  }
  if (hooks.reached) hooks.reached(WriteStage::flushed, temp);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(temp.c_str());
    return fail("cannot move the finished file into place", e,
                {"is the output path a folder, or on another file system?"});
  }
  registration.release();
  if (hooks.reached) hooks.reached(WriteStage::renamed, temp);
  // Persist the directory entry too; failure here does not lose the data
  // already renamed, so it is not reported as an error.
  int dir_fd = durability == Durability::synced
                   ? ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                   : -1;
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
  return diags;
}

}  // namespace paiban::pdf
