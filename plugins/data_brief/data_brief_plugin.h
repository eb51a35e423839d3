// The section plugin "data_brief": 经济数据 / 数据速览 — a section head, an
// optional row of key-figure boxes ("出口额 103.6 亿元 ↑12.5%") and the
// section's articles with their tables set as 三线表 with numbered captions
// and source notes.
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::data_brief {

class DataBriefPlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  std::vector<TextStyleDecl> text_styles() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

}  // namespace paiban::data_brief
