#include "key_figures.h"

namespace paiban::data_brief {
namespace {

// Splits runs at the first "：" or ":" in a text run.
bool split_at_colon(const std::vector<InlineRun>& runs, KeyFigure& out) {
  for (std::size_t k = 0; k < runs.size(); ++k) {
    if (runs[k].kind != InlineRun::Kind::text) continue;
    const std::string& text = runs[k].text;
    std::size_t at = text.find("：");
    std::size_t len = std::string("：").size();
    const std::size_t ascii = text.find(':');
    if (ascii != std::string::npos && (at == std::string::npos || ascii < at)) {
      at = ascii;
      len = 1;
    }
    if (at == std::string::npos) continue;
    out.label.assign(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(k));
    out.value.assign(runs.begin() + static_cast<std::ptrdiff_t>(k) + 1, runs.end());
    InlineRun before = runs[k], after = runs[k];
    before.text = text.substr(0, at);
    after.text = text.substr(at + len);
    while (!after.text.empty() && after.text.front() == ' ') after.text.erase(0, 1);
    if (!before.text.empty()) out.label.push_back(before);
    if (!after.text.empty()) out.value.insert(out.value.begin(), after);
    return !out.label.empty() && !out.value.empty();
  }
  return false;
}

}  // namespace

std::optional<std::vector<KeyFigure>> key_figures(const Block& list) {
  if (list.kind != Block::Kind::list || list.ordered || list.children.empty()) return std::nullopt;
  std::vector<KeyFigure> out;
  for (const Block& item : list.children) {
    if (item.children.size() != 1 || item.children[0].kind != Block::Kind::paragraph)
      return std::nullopt;
    KeyFigure f;
    f.span = item.span;
    if (!split_at_colon(item.children[0].inlines, f)) return std::nullopt;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace paiban::data_brief
