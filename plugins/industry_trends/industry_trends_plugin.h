// The section plugin "industry_trends": 行业趋势 as feature articles — a
// section head over a rule; for each article a large title and an optional
// 楷体 lead across the type area, the body in columns, and optional pull
// quotes picked from the article's own quoted speech.
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::industry_trends {

class IndustryTrendsPlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  std::vector<TextStyleDecl> text_styles() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

}  // namespace paiban::industry_trends
