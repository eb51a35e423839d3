// Reports its construction and destruction, and the library's own unload
// (a static object's destructor runs in dlclose), so a test can check that
// every object dies before its library is unmapped.
#include "paiban/plugin_export.h"
#include "test_events.h"

namespace lifetime {

struct UnloadWitness {
  ~UnloadWitness() { test_event("lifetime: library unloaded"); }
};
UnloadWitness witness;

class LifetimePlugin final : public paiban::SectionPlugin {
 public:
  LifetimePlugin() { test_event("lifetime: plugin constructed"); }
  ~LifetimePlugin() override { test_event("lifetime: plugin destroyed"); }
  std::string name() const override { return "lifetime"; }
  std::string summary() const override { return "Watches its own lifetime."; }
  std::vector<paiban::OptionDecl> options() const override { return {}; }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& composer) override {
    composer.text("lifetime composed " + ctx.section.title, "body");
  }
};

}  // namespace lifetime

PAIBAN_EXPORT_SECTION_PLUGIN(lifetime::LifetimePlugin)
