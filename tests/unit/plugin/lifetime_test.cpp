// The unload hazard (docs/stack.md §6): every object a plugin made must die while
// its library is loaded, and the library must really unload afterwards
// (plugins are built with -fno-gnu-unique, so dlclose unmaps them).
#include <dlfcn.h>
#include <gtest/gtest.h>

#include "document_builder.h"
#include "plugin/compose_issue.h"
#include "recording_composer.h"
#include "test_events.h"

namespace paiban::plugin {
namespace {

const std::string kDir = PAIBAN_TEST_PLUGIN_DIR;

bool library_is_mapped(const std::string& file) {
  // RTLD_NOLOAD only looks; the handle it returns still counts, so close it.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
  if (!handle) return false;
  dlclose(handle);
  return true;
}

TEST(PluginLifetime, ObjectsDieBeforeTheirLibraryIsUnloaded) {
  testing::plugin_events_clear();
  const std::string file = kDir + "/liblifetime.so";
  ASSERT_FALSE(library_is_mapped(file));
  {
    PluginRegistry registry({{kDir, "--plugin-path"}});
    style::StyleSheet sheet;
    sheet.sections = {testing::entry("专题", "lifetime", 3)};
    Document doc;
    doc.sections = {testing::section("专题", 1)};
    testing::RecordingComposer composer;
    Diagnostics diags;
    compose_issue(doc, sheet, registry, composer, diags);
    EXPECT_TRUE(diags.empty()) << diags.format_all();
    EXPECT_EQ(composer.calls, std::vector<std::string>{"text body: lifetime composed 专题"});
    EXPECT_TRUE(library_is_mapped(file));
    EXPECT_EQ(testing::plugin_events(), std::vector<std::string>{"lifetime: plugin constructed"});
  }
  EXPECT_EQ(testing::plugin_events(),
            (std::vector<std::string>{"lifetime: plugin constructed", "lifetime: plugin destroyed",
                                      "lifetime: library unloaded"}));
  EXPECT_FALSE(library_is_mapped(file));
}

TEST(PluginLifetime, EachRegistryLoadsItsOwnCopyAndUnloadsIt) {
  testing::plugin_events_clear();
  {
    PluginRegistry first({{kDir, "--plugin-path"}});
    Diagnostics diags;
    ASSERT_NE(first.get("lifetime", {}, diags), nullptr);
    {
      PluginRegistry second({{kDir, "--plugin-path"}});
      ASSERT_NE(second.get("lifetime", {}, diags), nullptr);
    }
    // The second registry's object is gone, but the library stays mapped
    // for the first one (dlopen counts references).
    EXPECT_EQ(testing::plugin_events(), (std::vector<std::string>{"lifetime: plugin constructed",
                                                                  "lifetime: plugin constructed",
                                                                  "lifetime: plugin destroyed"}));
    EXPECT_TRUE(library_is_mapped(kDir + "/liblifetime.so"));
  }
  EXPECT_EQ(testing::plugin_events().back(), "lifetime: library unloaded");
  EXPECT_EQ(testing::plugin_events().size(), 5u);
}

}  // namespace
}  // namespace paiban::plugin
