#include "cli/standard_input.h"

#include "base/diagnostics.h"
#include "base/input_file.h"

namespace paiban::cli {

std::optional<std::string> read_standard_input(std::istream& in, const RenderContext& ctx) {
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kDefaultMaxInputBytes) {
      ctx.err << format_diagnostic(Severity::error, kStandardInputName,
                                   "the manuscript on standard input is larger than " +
                                       std::to_string(kDefaultMaxInputBytes >> 20) + " MiB")
              << "\n";
      return std::nullopt;
    }
  }
  if (in.bad()) {
    ctx.err << format_diagnostic(Severity::error, kStandardInputName, "cannot read standard input")
            << "\n";
    return std::nullopt;
  }
  return text;
}

bool take_standard_input(RenderArgs& args, std::istream& in, const RenderContext& ctx) {
  if (args.manuscript != "-") return true;
  std::optional<std::string> text = read_standard_input(in, ctx);
  if (!text) return false;
  args.manuscript = kStandardInputName;
  args.manuscript_text = std::move(*text);
  return true;
}

std::optional<std::string> StandardInputEnvironment::read_file(const std::string& path) const {
  return path == kStandardInputName ? std::optional<std::string>(text_) : system_.read_file(path);
}

std::string StandardInputEnvironment::why_unreadable(const std::string& path) const {
  return path == kStandardInputName ? std::string() : system_.why_unreadable(path);
}

std::optional<std::string> StandardInputEnvironment::read_file_within(
    const std::string& path, std::uint64_t max_bytes) const {
  if (path != kStandardInputName) return system_.read_file_within(path, max_bytes);
  if (text_.size() > max_bytes) return std::nullopt;
  return text_;
}

std::string StandardInputEnvironment::why_unreadable_within(const std::string& path,
                                                            std::uint64_t max_bytes) const {
  if (path != kStandardInputName) return system_.why_unreadable_within(path, max_bytes);
  return text_.size() > max_bytes ? "is larger than the input limit" : std::string();
}

}  // namespace paiban::cli
