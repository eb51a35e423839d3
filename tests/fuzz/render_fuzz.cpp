// libFuzzer target for the whole pipeline: any bytes as a manuscript (front
// matter included) are typeset with the house style, the built plugins and
// pinned fonts, and written as a PDF — or refused with an error. Never a
// crash, a hang or an empty typeset that claims success.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_render.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Long inputs only make slower runs of the same code: a manuscript of 16 KB
  // already fills several pages.
  if (size > 16384) return 0;
  const std::string manuscript(reinterpret_cast<const char*>(data), size);
  const paiban::fuzz::RenderResult r = paiban::fuzz::render_in_memory(manuscript, "");
  // A successful typeset has pages, and its PDF is written.
  if (r.exit_code == 0 && (r.pages == 0 || !r.pdf_written)) __builtin_trap();
  return 0;
}
