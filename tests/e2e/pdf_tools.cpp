#include "pdf_tools.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>

#include "base/utf8.h"

namespace paiban::testing {

CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string strip_whitespace(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8_next(utf8, i);
    const bool space = cp == U' ' || cp == U'\n' || cp == U'\r' || cp == U'\t' || cp == U'\f' ||
                       cp == 0x00A0 || cp == 0x3000 || cp == 0x2028 || cp == 0x202F ||
                       (cp >= 0x2000 && cp <= 0x200B);
    if (!space) out.append(utf8, start, i - start);
  }
  return out;
}

}  // namespace paiban::testing
