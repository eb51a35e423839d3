// The section plugin "industry_news": 行业动态 as a news digest — a section
// head over a rule, then short items flowing in ruled columns, each headed
// by a compact 黑体 title with a marker (■).
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::industry_news {

class IndustryNewsPlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  std::vector<TextStyleDecl> text_styles() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

}  // namespace paiban::industry_news
