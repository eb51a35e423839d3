#include "base/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace paiban {
namespace {

const char* kind_of(mode_t mode) {
  if (S_ISREG(mode)) return nullptr;
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string size_text(std::uint64_t bytes) {
  if (bytes >= (1ull << 20) && bytes % (1ull << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string why_not_readable(const std::string& path, std::uint64_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::strerror(errno);
  if (const char* kind = kind_of(st.st_mode)) return std::string("is ") + kind + ", not a file";
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
    return "is " + size_text(static_cast<std::uint64_t>(st.st_size)) +
           ", more than the input limit of " + size_text(max_bytes) +
           " (--limit input_file_mib=N raises it)";
  if (::access(path.c_str(), R_OK) != 0) return std::strerror(errno);
  return {};
}

InputFileResult read_input_file(const std::string& path, std::uint64_t max_bytes) {
  InputFileResult r;
  auto refuse = [&](std::string why) {
    r.why = std::move(why);
    return r;
  };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return refuse(std::strerror(errno));
  if (const char* kind = kind_of(st.st_mode))
    return refuse(std::string("is ") + kind + ", not a file");
  // O_NONBLOCK: if the path was swapped for a FIFO after the stat, open
  // returns at once instead of waiting for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return refuse(std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::fstat(fd, &st) != 0) return refuse(std::strerror(errno));
  if (const char* kind = kind_of(st.st_mode))
    return refuse(std::string("is ") + kind + ", not a file");
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
    return refuse("is " + size_text(static_cast<std::uint64_t>(st.st_size)) +
                  ", more than the input limit of " + size_text(max_bytes) +
                  " (--limit input_file_mib=N raises it)");
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  for (;;) {
    if (got == bytes.size()) {
      // The file may have grown since fstat: read on, up to the limit.
      if (bytes.size() >= max_bytes) {
        char probe = 0;
        const ssize_t n = ::read(fd, &probe, 1);
        if (n > 0)
          return refuse("grew past the input limit of " + size_text(max_bytes) +
                        " while being read");
        if (n < 0 && errno == EINTR) continue;
        break;
      }
      bytes.resize(std::min<std::uint64_t>(max_bytes, bytes.size() + 65536));
    }
    const ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return refuse(std::strerror(errno));
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  r.bytes = std::move(bytes);
  return r;
}

}  // namespace paiban
