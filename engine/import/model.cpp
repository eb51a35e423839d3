#include "import/model.h"

namespace paiban::import {

std::string plain_text(const std::vector<Span>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (s.kind == Span::Kind::text) out += s.text;
    if (s.kind == Span::Kind::line_break) out += '\n';
  }
  return out;
}

}  // namespace paiban::import
