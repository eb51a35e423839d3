#include "manuscript/outline.h"

namespace paiban::manuscript {

std::vector<Section> build_outline(std::vector<Block> blocks) {
  std::vector<Section> sections;
  auto current_section = [&](const SourceSpan& at) -> Section& {
    if (sections.empty()) sections.push_back(Section{{}, {}, at});
    return sections.back();
  };
  for (Block& block : blocks) {
    bool heading = block.kind == Block::Kind::heading;
    if (heading && block.level == 1) {
      sections.push_back(Section{plain_text(block.inlines), {}, block.span});
      continue;
    }
    Section& section = current_section(block.span);
    if (heading && block.level == 2) {
      Article article;
      article.title_text = plain_text(block.inlines);
      article.title = std::move(block.inlines);
      article.span = block.span;
      section.articles.push_back(std::move(article));
      continue;
    }
    if (section.articles.empty()) section.articles.push_back(Article{{}, {}, {}, block.span});
    section.articles.back().blocks.push_back(std::move(block));
  }
  return sections;
}

}  // namespace paiban::manuscript
