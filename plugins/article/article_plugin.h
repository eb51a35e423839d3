// The default section plugin "article": a section heading, then each
// article's title and body in reading order. The engine uses it for every
// manuscript section no [[section]] entry matches.
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::article {

class ArticlePlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

// The factory: exported from libarticle.so as the plugin alias, and called
// directly by the engine's built-in copy (docs/code-style.md point 8).
SectionPlugin* create_article_plugin();

}  // namespace paiban::article
