#include "style/suggest.h"

namespace paiban::style {
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto best = closest(word, candidates);
  return best ? "did you mean \"" + *best + "\"?" : std::string();
}

std::string join_or(const std::vector<std::string>& items, bool quote) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += quote ? "\"" + items[i] + "\"" : items[i];
  }
  return out;
}

}  // namespace paiban::style
