// The section plugin "editors_note": 编者的话 as a framed or tinted panel,
// its title a small heading above or inside the panel, the text in 楷体
// (docs/typography.md §5: Kai for editor's notes), and an optional signature
// set flush right at the panel's foot.
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::editors_note {

class EditorsNotePlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  std::vector<TextStyleDecl> text_styles() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

}  // namespace paiban::editors_note
