// What one run may cost, so that a hostile or careless input stops with a
// located error instead of exhausting the stack, the memory or the clock.
// Every limit is a style sheet key in [limits] (docs/style-reference.md) and
// a command-line setting (--limit NAME=VALUE, which wins over the sheet).
// The defaults are generous for any real newsletter; the maxima keep even a
// raised limit safe (the nesting maxima stay far below what the recursive
// readers' stack can take, also under ASan).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace paiban {

struct Limits {
  // Markdown containers inside containers: each `>` one, each list level
  // two (the list and its item). Real newsletters use three or four.
  std::int64_t block_nesting = 48;
  // Emphasis, strong, links, strikethrough inside one another.
  std::int64_t inline_nesting = 32;
  // The largest input file read (manuscript, style sheet, image, profile).
  std::int64_t input_file_mib = 256;
  // Pixels of one placed image, in millions (100: 84 × 84 cm at 300 ppi).
  std::int64_t image_megapixels = 100;
  // Decoded samples of one image.
  std::int64_t image_mib = 512;
  // Decoded samples of all images of one issue together.
  std::int64_t issue_images_mib = 1024;
  // Wall-clock seconds one plugin's compose call may take.
  std::int64_t compose_seconds = 60;

  std::uint64_t input_file_bytes() const { return std::uint64_t(input_file_mib) << 20; }
};

// One limit: its key (in [limits] and on the command line), its bounds and
// what it guards, for the style schema, the reference and --help.
struct LimitDecl {
  std::string_view name;
  std::int64_t Limits::*member;
  std::int64_t min;
  std::int64_t max;
  std::string_view help;
  // Also a style sheet key ([limits]). The input size is a command-line
  // setting only: it governs reading the style sheet itself.
  bool in_style_sheet = true;
};

const std::vector<LimitDecl>& limit_decls();
const LimitDecl* find_limit(std::string_view name);

// Applies "NAME=VALUE" (a command-line setting) to `limits`; the error text
// ("unknown limit 'x'; did you mean …", "… must be 1 to 256") or empty.
std::string apply_limit_setting(Limits& limits, std::string_view setting);

// "NAME, NAME, …": every limit's name, for messages.
std::string limit_names();

}  // namespace paiban
