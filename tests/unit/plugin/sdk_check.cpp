// Run by tests/sdk/run_sdk_test.cmake, not on its own: loads the "shout"
// plugin built outside the tree against the installed SDK (folder in
// PAIBAN_SDK_PLUGIN_DIR) and checks the Composer calls it makes.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "document_builder.h"
#include "plugin/compose_issue.h"
#include "recording_composer.h"

namespace paiban::plugin {
namespace {

std::string plugin_dir() {
  const char* dir = std::getenv("PAIBAN_SDK_PLUGIN_DIR");
  return dir ? dir : "";
}

TEST(SdkPlugin, TheOutOfTreePluginLoadsAndComposes) {
  const std::string dir = plugin_dir();
  ASSERT_FALSE(dir.empty()) << "run through tests/sdk/run_sdk_test.cmake";
  const std::string file = dir + "/libshout.so";
  {
    PluginRegistry registry({{dir, "--plugin-path"}});
    style::StyleSheet sheet;
    sheet.sections = {
        testing::entry("Hello SDK", "shout", 2, {{"mark", testing::value("!!", 4, 8)}})};
    Document doc;
    doc.sections = {
        testing::section("Hello SDK", 7,
                         {testing::article("", {testing::paragraph("first line", 9),
                                                testing::block(Block::Kind::thematic_break, {}, 10),
                                                testing::paragraph("second", 11)})})};
    testing::RecordingComposer composer;
    Diagnostics diags;
    compose_issue(doc, sheet, registry, composer, diags);
    EXPECT_TRUE(diags.empty()) << diags.format_all();
    EXPECT_EQ(composer.calls,
              (std::vector<std::string>{"heading h1 1: HELLO SDK!!", "paragraph body: FIRST LINE!!",
                                        "paragraph body: SECOND!!"}));
    const LoadedPlugin* shout = registry.get("shout", {}, diags);
    ASSERT_NE(shout, nullptr);
    EXPECT_EQ(shout->file, file);
    EXPECT_EQ(shout->summary, "Everything in capitals.");
  }
  // Built with the installed paiban_add_plugin, so with -fno-gnu-unique:
  // the registry's unload really unmapped it.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
  EXPECT_EQ(handle, nullptr);
  if (handle) dlclose(handle);
}

// The out-of-tree table plugin declares its cell style and a style option
// (SDK v2); both arrive through the registry as the plugin wrote them.
TEST(SdkPlugin, TheTablePluginDeclaresItsStyleAndOptions) {
  const std::string dir = plugin_dir();
  ASSERT_FALSE(dir.empty()) << "run through tests/sdk/run_sdk_test.cmake";
  PluginRegistry registry({{dir, "--plugin-path"}});
  Diagnostics diags;
  const LoadedPlugin* tally = registry.get("tally", {}, diags);
  ASSERT_NE(tally, nullptr) << diags.format_all();
  ASSERT_EQ(tally->text_styles.size(), 1u);
  EXPECT_EQ(tally->text_styles[0].name, "tally_cell");
  EXPECT_EQ(tally->text_styles[0].keys.front(),
            (std::pair<std::string, std::string>{"size", "\"小五\""}));
  ASSERT_EQ(tally->options.size(), 2u);
  EXPECT_EQ(tally->options[0].type, OptionDecl::Type::style);
  EXPECT_EQ(tally->options[1].max, 6);
}

}  // namespace
}  // namespace paiban::plugin
