// The output of a run must never be one of its inputs: `-o issue.md`, `-o`
// onto the style sheet, a sheet it extends or a placed image would replace
// the editor's work with a PDF. Files are compared by device and inode, so a
// second name (hard link, symlink, `./x/../issue.md`) is caught too.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace paiban::cli {

struct RunInput {
  std::string path;
  std::string role;  // "manuscript", "style sheet", "image"
};

// The input the output path would overwrite, if any.
std::optional<RunInput> input_at_output(const std::string& output,
                                        const std::vector<RunInput>& inputs);

}  // namespace paiban::cli
