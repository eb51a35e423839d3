// Every way loading a plugin can fail, each with its exact message at the
// [[section]] entry that asked for the plugin.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/diagnostics.h"
#include "paiban/abi.h"
#include "plugin/plugin_registry.h"
#include "test_events.h"

namespace paiban::plugin {
namespace {

const std::string kDir = PAIBAN_TEST_PLUGIN_DIR;
const SourceSpan kEntry{"styles/weekly.toml", 12, 1};

std::vector<SearchFolder> test_path() {
  return {{kDir, "--plugin-path"}};
}

TEST(PluginLoading, NotFoundListsEveryFolderInOrder) {
  PluginRegistry registry({{kDir, "--plugin-path"},
                           {"/no/such/folder", "PAIBAN_PLUGIN_PATH"},
                           {"/opt/style/plugins", "style sheet plugin_path"}});
  Diagnostics diags;
  EXPECT_EQ(registry.get("industry_trends", kEntry, diags), nullptr);
  ASSERT_EQ(diags.size(), 1u);
  const Diagnostic& d = diags.items()[0];
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_EQ(d.span.file, "styles/weekly.toml");
  EXPECT_EQ(d.span.line, 12);
  EXPECT_EQ(d.plugin, "industry_trends");
  EXPECT_EQ(d.message,
            "plugin 'industry_trends' not found: no libindustry_trends.so in the plugin search "
            "path");
  EXPECT_EQ(d.hints,
            (std::vector<std::string>{
                "searched 1. " + kDir + " (--plugin-path)",
                "searched 2. /no/such/folder (PAIBAN_PLUGIN_PATH) - no such folder",
                "searched 3. /opt/style/plugins (style sheet plugin_path) - no such folder",
                "put libindustry_trends.so into one of these folders, or name its folder "
                "with --plugin-path, PAIBAN_PLUGIN_PATH or the style sheet's plugin_path"}));
  EXPECT_EQ(format_diagnostic(d).substr(0, 52),
            "styles/weekly.toml:12:1: error: plugin 'industry_tre");
}

TEST(PluginLoading, NotFoundIsReportedOncePerName) {
  PluginRegistry registry(test_path());
  Diagnostics diags;
  registry.get("nope", kEntry, diags);
  registry.get("nope", SourceSpan{"styles/weekly.toml", 20, 1}, diags);
  EXPECT_EQ(diags.size(), 1u);
}

// Asks a fresh registry for `name`, which must be refused without running
// any of the plugin's code (its factory reports to plugin_events); what
// the registry said.
std::vector<Diagnostic> refusal_of(const std::string& name) {
  testing::plugin_events_clear();
  PluginRegistry registry(test_path());
  Diagnostics diags;
  EXPECT_EQ(registry.get(name, kEntry, diags), nullptr) << name;
  EXPECT_TRUE(testing::plugin_events().empty()) << name;
  return diags.items();
}

// The message for a plugin whose SDK signature differs from this paiban's
// although its ABI version is the same; `what` is what differs.
std::string built_against_other_sdk(const std::string& name, const std::string& what) {
  return kDir + "/lib" + name + ".so: plugin '" + name + "' was built against different SDK " +
         what + " than this paiban, though both say ABI version " +
         std::to_string(kPluginAbiVersion);
}

TEST(PluginLoading, ALibraryWithoutTheAbiSymbolIsNotAPlugin) {
  const auto diags = refusal_of("not_a_plugin");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message,
            kDir + "/libnot_a_plugin.so: not a paiban plugin (it exports no 'paiban_plugin_abi')");
  EXPECT_EQ(diags[0].span.line, 12);
}

TEST(PluginLoading, AnAbiMismatchNamesTheFileAndBothVersionsAndNeverCallsTheFactory) {
  const auto diags = refusal_of("wrong_abi");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message,
            kDir + "/libwrong_abi.so: plugin 'wrong_abi' was built for plugin ABI version " +
                std::to_string(kPluginAbiVersion + 41) + ", but this paiban has ABI version " +
                std::to_string(kPluginAbiVersion));
  EXPECT_EQ(diags[0].hints,
            std::vector<std::string>{
                "rebuild the plugin against the SDK of this paiban (find_package(paiban))"});
}

TEST(PluginLoading, StaleSdkHeadersAreRefusedThoughTheVersionMatches) {
  const auto diags = refusal_of("stale_headers");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message,
            kDir +
                "/libstale_headers.so: plugin 'stale_headers' was built against different SDK "
                "headers (their hash differs) than this paiban, though both say ABI version " +
                std::to_string(kPluginAbiVersion));
  EXPECT_EQ(diags[0].plugin, "stale_headers");
}

// Plugins really compiled against an edited copy of the SDK headers (Block
// has one more member) while saying the same ABI version
// (tests/unit/plugin/CMakeLists.txt): refused by the signature, naming what
// differs, and their code (the factory) never runs.
TEST(PluginLoading, APluginBuiltWithAChangedStructIsRefused) {
  const auto diags = refusal_of("drifted_layout");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message,
            built_against_other_sdk("drifted_layout", "type layouts (Block differs)"));
  EXPECT_EQ(diags[0].plugin, "drifted_layout");
  EXPECT_FALSE(diags[0].hints.empty());

  const auto rehashed = refusal_of("drifted_headers");
  ASSERT_EQ(rehashed.size(), 1u);
  EXPECT_EQ(rehashed[0].message,
            built_against_other_sdk("drifted_headers", "headers (their hash differs)"));
}

TEST(PluginLoading, AnotherTypeLayoutIsRefusedNamingTheType) {
  const auto diags = refusal_of("stale_Block");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message,
            built_against_other_sdk("stale_Block", "type layouts (Block differs)"));
}

TEST(PluginLoading, TheRightAbiWithoutAFactoryIsReported) {
  const auto diags = refusal_of("no_factory");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].message, kDir + "/libno_factory.so: plugin 'no_factory' has ABI version " +
                                  std::to_string(kPluginAbiVersion) +
                                  " but no factory 'paiban_create_section_plugin_v1'");
}

TEST(PluginLoading, AFileThatIsNoLibraryGivesTheLoadersReason) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "paiban_garbage_plugin";
  fs::create_directories(dir);
  std::ofstream(dir / "libgarbage.so") << std::string(200, 'x');  // longer than an ELF header
  PluginRegistry registry({{dir.string(), "--plugin-path"}});
  Diagnostics diags;
  EXPECT_EQ(registry.get("garbage", kEntry, diags), nullptr);
  ASSERT_EQ(diags.size(), 1u);
  const std::string file = (dir / "libgarbage.so").string();
  EXPECT_EQ(diags.items()[0].message, file + ": cannot load plugin 'garbage': invalid ELF header");
  fs::remove_all(dir);
}

TEST(PluginLoading, AnInvalidNameIsRefusedBeforeAnyLookup) {
  PluginRegistry registry(test_path());
  Diagnostics diags;
  EXPECT_EQ(registry.get("../thrower", kEntry, diags), nullptr);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags.items()[0].message, "'../thrower' is not a valid plugin name");
}

TEST(PluginLoading, AWorkingPluginIsLoadedOnceWithItsDeclarations) {
  PluginRegistry registry(test_path());
  Diagnostics diags;
  const LoadedPlugin* a = registry.get("thrower", kEntry, diags);
  const LoadedPlugin* b = registry.get("thrower", kEntry, diags);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a, b);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(a->file, kDir + "/libthrower.so");
  EXPECT_EQ(a->summary, "Fails on purpose.");
  ASSERT_EQ(a->options.size(), 1u);
  EXPECT_EQ(a->options[0].name, "mode");
  EXPECT_EQ(a->options[0].choices.size(), 4u);
  EXPECT_EQ(registry.loaded_names(), std::vector<std::string>{"thrower"});
}

TEST(PluginLoading, APluginThatCallsItselfOtherwiseGetsAWarning) {
  PluginRegistry registry(test_path());
  Diagnostics diags;
  EXPECT_NE(registry.get("misnamed", kEntry, diags), nullptr);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::warning);
  EXPECT_EQ(diags.items()[0].message, kDir +
                                          "/libmisnamed.so: the plugin calls itself "
                                          "'something_else' but was loaded as 'misnamed'");
}

TEST(PluginLoading, TheBuiltInArticleIsTheFallbackWhenNoLibraryIsFound) {
  PluginRegistry registry({{kDir, "--plugin-path"}});
  Diagnostics diags;
  const LoadedPlugin* article = registry.get("article", kEntry, diags);
  ASSERT_NE(article, nullptr);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(article->file, "");  // built in: no library file
  EXPECT_EQ(article->instance->name(), "article");
}

TEST(PluginLoading, TheArticleLibraryOnTheSearchPathWinsOverTheBuiltIn) {
  PluginRegistry registry({SearchFolder{PAIBAN_BUILD_PLUGIN_DIR_FOR_TEST, "build folder"}});
  Diagnostics diags;
  const LoadedPlugin* article = registry.get("article", kEntry, diags);
  ASSERT_NE(article, nullptr);
  EXPECT_TRUE(diags.empty()) << diags.format_all();
  EXPECT_EQ(article->file, std::string(PAIBAN_BUILD_PLUGIN_DIR_FOR_TEST) + "/libarticle.so");
}

}  // namespace
}  // namespace paiban::plugin
