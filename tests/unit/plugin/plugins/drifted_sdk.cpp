// A plugin like any other, but compiled against a copy of the SDK headers in
// which Block has one more member while abi.h still says the same version
// (CMakeLists.txt makes the copy): a plugin author's edited or outdated SDK.
// The engine must refuse it by its signature before calling its factory,
// because this plugin's idea of a Block would misread the engine's memory.
#include "paiban/plugin_export.h"
#include "test_events.h"

namespace drifted_sdk {

class DriftedPlugin final : public paiban::SectionPlugin {
 public:
  DriftedPlugin() { test_event("drifted_sdk: factory called"); }
  std::string name() const override { return PAIBAN_DRIFT_NAME; }
  std::string summary() const override { return "Built against an edited SDK."; }
  std::vector<paiban::OptionDecl> options() const override { return {}; }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    for (const auto& article : ctx.section.articles)
      for (const auto& block : article.blocks) composer.paragraph(block.inlines, "body");
  }
};

}  // namespace drifted_sdk

PAIBAN_EXPORT_SECTION_PLUGIN(drifted_sdk::DriftedPlugin)
