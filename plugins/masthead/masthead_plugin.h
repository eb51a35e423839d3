// The section plugin "masthead": the first page's 刊头 built from the front
// matter alone — the internal-publication marks, the newsletter's name, the
// 期号, the publisher and date, a heavy rule, and the contents.
#pragma once

#include <string>
#include <vector>

#include "paiban/section_plugin.h"

namespace paiban::masthead {

class MastheadPlugin final : public SectionPlugin {
 public:
  std::string name() const override;
  std::string summary() const override;
  std::vector<OptionDecl> options() const override;
  std::vector<TextStyleDecl> text_styles() const override;
  void compose(const SectionContext& ctx, Composer& composer) override;
};

// "2025-01-06" → "2025年1月6日" (GB/T 15835: Arabic digits, no leading
// zeros in Chinese dates); any other text is returned as written.
std::string chinese_date(const std::string& iso);

}  // namespace paiban::masthead
