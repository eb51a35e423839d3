// Reading an input file (manuscript, style sheet, image, profile) without
// trusting what the path names: only a regular file is read, and never more
// than a limit. A directory, FIFO, socket or device is refused by name
// before it is opened for reading (a FIFO would block, /dev/zero would
// never end), and a file that grows past the limit while being read is
// refused too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace paiban {

// Generous for any manuscript, style sheet or print image (a 300 ppi A3
// RGB image stored without compression is about 52 MiB).
constexpr std::uint64_t kDefaultMaxInputBytes = 256ull << 20;

struct InputFileResult {
  std::optional<std::string> bytes;
  std::string why;  // set when bytes is empty: "is a directory", "is larger than …"
};

InputFileResult read_input_file(const std::string& path,
                                std::uint64_t max_bytes = kDefaultMaxInputBytes);

// Why read_input_file would refuse `path`, judged without reading it
// ("is a directory, not a file", "No such file or directory"); empty when
// nothing is wrong that a stat can see.
std::string why_not_readable(const std::string& path,
                             std::uint64_t max_bytes = kDefaultMaxInputBytes);

}  // namespace paiban
