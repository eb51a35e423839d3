// paiban::plain_text, declared in the SDK (paiban/document.h).
#include <string_view>

#include "base/utf8.h"
#include "manuscript/cjk_chars.h"
#include "paiban/document.h"

namespace paiban {
namespace {

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t b = s.size() - 1;
  while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  return utf8_next(s, b);
}

char32_t first_code_point(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : utf8_next(s, i);
}

// The first character printed after run `k`, skipping breaks; 0 if none.
char32_t next_char(const std::vector<InlineRun>& runs, std::size_t k) {
  for (std::size_t j = k + 1; j < runs.size(); ++j)
    if (runs[j].kind == InlineRun::Kind::text && !runs[j].text.empty())
      return first_code_point(runs[j].text);
  return 0;
}

}  // namespace

std::string plain_text(const std::vector<InlineRun>& runs) {
  std::string out;
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const InlineRun& run = runs[k];
    switch (run.kind) {
      case InlineRun::Kind::text:
        out += run.text;
        break;
      case InlineRun::Kind::hard_break:
        out += '\n';
        break;
      case InlineRun::Kind::soft_break:
        if (!manuscript::soft_break_vanishes(last_code_point(out), next_char(runs, k))) out += ' ';
        break;
      case InlineRun::Kind::note:  // the mark's number is the engine's, not the text's
        break;
    }
  }
  return out;
}

}  // namespace paiban
