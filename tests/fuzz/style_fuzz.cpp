// libFuzzer target for the style stage: any bytes must give a complete
// StyleSheet and diagnostics, never a crash, and every position must be real.
// Lines "%%%" split the input into several files: fuzz.toml, then
// base.toml, base2.toml … base8.toml, so `extends` chains of several files,
// merging and cycles are explored too.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "style/loader.h"
#include "style/units.h"

namespace {

class FuzzEnv final : public paiban::Environment {
 public:
  std::map<std::string, std::string> files;
  std::optional<std::string> read_file(const std::string& path) const override {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  }
  std::optional<paiban::FontLocation> find_font(const std::string&,
                                                const std::string&) const override {
    return std::nullopt;
  }
  std::optional<int64_t> source_date_epoch() const override { return 0; }
};

int count_lines(std::string_view s) {
  int lines = 1;
  for (char c : s) lines += c == '\n' || c == '\r';
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  FuzzEnv env;
  std::size_t start = 0;
  for (int part = 1; part <= 9; ++part) {
    const std::size_t split = part == 9 ? std::string::npos : input.find("\n%%%\n", start);
    const std::string name = part == 1   ? "fuzz.toml"
                             : part == 2 ? "base.toml"
                                         : "base" + std::to_string(part - 1) + ".toml";
    env.files[name] = input.substr(start, split == std::string::npos ? split : split - start);
    if (split == std::string::npos) break;
    start = split + 5;
  }

  paiban::Diagnostics diags;
  paiban::style::StyleSheet sheet = paiban::style::load_stylesheet("fuzz.toml", env, diags);
  for (const paiban::Diagnostic& d : diags.items()) {
    auto it = env.files.find(d.span.file);
    if (it == env.files.end()) {
      // Only the built-in base or a file named by `extends` may be unknown.
      if (d.span.file != "<built-in>" && d.span.file.find(".toml") == std::string::npos &&
          !d.span.file.empty())
        __builtin_trap();
      continue;
    }
    if (d.span.line < 0 || d.span.line > count_lines(it->second) + 1 || d.span.column < 0)
      __builtin_trap();
  }
  for (const char* name : {"body", "h1", "h2"})
    if (!sheet.styles.count(name)) __builtin_trap();
  for (const char* name : {"first", "left", "right"})
    if (!sheet.masters.count(name)) __builtin_trap();
  for (const auto& [name, style] : sheet.styles)
    if (style.size.sp <= 0) __builtin_trap();  // bad sizes are refused, defaults stand

  std::string error;
  (void)paiban::style::parse_length(std::string_view(input).substr(0, 64),
                                    paiban::style::default_length_context(), &error);
  return 0;
}
