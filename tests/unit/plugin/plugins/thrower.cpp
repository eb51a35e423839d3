// A plugin whose compose() fails in the ways a real plugin might: option
// "mode" = "std" throws std::runtime_error, "other" throws an int, "report"
// reports an error through ctx.report and returns, "none" composes a line.
#include <stdexcept>

#include "paiban/plugin_export.h"

namespace thrower {

class ThrowerPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "thrower"; }
  std::string summary() const override { return "Fails on purpose."; }
  std::vector<paiban::OptionDecl> options() const override {
    return {{"mode",
             paiban::OptionDecl::Type::string,
             "\"std\"",
             "how to fail",
             {"std", "other", "report", "none"}}};
  }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    const std::string mode = paiban::option_string(ctx.options, "mode");
    if (mode == "std") throw std::runtime_error("table 3 has no rows");
    if (mode == "other") throw 42;
    if (mode == "report") {
      ctx.report.error(ctx.options.at("mode").span, "cannot lay out this section");
      ctx.report.warning({}, "a warning without a place");
      return;
    }
    composer.text("thrower composed " + ctx.section.title, "body");
  }
};

}  // namespace thrower

PAIBAN_EXPORT_SECTION_PLUGIN(thrower::ThrowerPlugin)
