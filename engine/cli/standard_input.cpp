#include "cli/standard_input.h"

#include "base/input_file.h"

namespace paiban::cli {

bool take_standard_input(RenderArgs& args, std::istream& in, const RenderContext& ctx) {
  if (args.manuscript != "-") return true;
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kDefaultMaxInputBytes) {
      ctx.err << kStandardInputName << ": error: the manuscript on standard input is larger than "
              << (kDefaultMaxInputBytes >> 20) << " MiB\n";
      return false;
    }
  }
  if (in.bad()) {
    ctx.err << kStandardInputName << ": error: cannot read standard input\n";
    return false;
  }
  args.manuscript = kStandardInputName;
  args.manuscript_text = std::move(text);
  return true;
}

}  // namespace paiban::cli
