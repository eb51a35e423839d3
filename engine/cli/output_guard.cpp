#include "cli/output_guard.h"

#include <sys/stat.h>

namespace paiban::cli {

std::optional<RunInput> input_at_output(const std::string& output,
                                        const std::vector<RunInput>& inputs) {
  // stat follows symlinks: a link at the output path is written through
  // (pdf/atomic_file.h), so what it points at is what would be replaced.
  struct stat out {};
  if (::stat(output.c_str(), &out) != 0) return std::nullopt;  // a new file
  for (const RunInput& in : inputs) {
    struct stat st {};
    if (::stat(in.path.c_str(), &st) != 0) continue;
    if (st.st_dev == out.st_dev && st.st_ino == out.st_ino) return in;
  }
  return std::nullopt;
}

}  // namespace paiban::cli
