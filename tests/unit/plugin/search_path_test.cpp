#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "plugin/search_path.h"

namespace paiban::plugin {
namespace {

std::vector<std::string> paths(const std::vector<SearchFolder>& folders) {
  std::vector<std::string> out;
  for (const auto& f : folders) out.push_back(f.path + " (" + f.origin + ")");
  return out;
}

TEST(PluginSearchPath, FoldersComeInTheDocumentedOrder) {
  SearchPathInputs in;
  in.cli_paths = {"/cli/a", "/cli/b"};
  in.env_value = "/env/a:/env/b";
  in.style_paths = {"/style/plugins"};
  in.program_dir = "/opt/paiban/lib/paiban/plugins";
  in.install_dir = "/usr/local/lib/paiban/plugins";
  EXPECT_EQ(paths(plugin_search_path(in)),
            (std::vector<std::string>{"/cli/a (--plugin-path)", "/cli/b (--plugin-path)",
                                      "/env/a (PAIBAN_PLUGIN_PATH)", "/env/b (PAIBAN_PLUGIN_PATH)",
                                      "/style/plugins (style sheet plugin_path)",
                                      "/opt/paiban/lib/paiban/plugins (next to the program)",
                                      "/usr/local/lib/paiban/plugins (install prefix)"}));
}

TEST(PluginSearchPath, EmptyEnvironmentItemsAndRepeatsAreDropped) {
  SearchPathInputs in;
  in.cli_paths = {"/x"};
  in.env_value = ":/y::/x:";
  in.program_dir = "/y";
  in.install_dir = "";
  EXPECT_EQ(paths(plugin_search_path(in)),
            (std::vector<std::string>{"/x (--plugin-path)", "/y (PAIBAN_PLUGIN_PATH)"}));
}

// Test programs are built into build/bin like paiban, so the folder next to
// the program is the build's plugin folder.
TEST(PluginSearchPath, DefaultsAreTheProgramsAndInstallFolders) {
  SearchPathInputs in;
  auto folders = plugin_search_path(in);
  ASSERT_EQ(folders.size(), 2u);
  EXPECT_EQ(folders[0].path, PAIBAN_BUILD_PLUGIN_DIR_FOR_TEST);
  EXPECT_TRUE(folders[1].path.ends_with("/lib/paiban/plugins")) << folders[1].path;
}

TEST(PluginSearchPath, FindsLibNameSoFirstThenTheNameFolder) {
  namespace fs = std::filesystem;
  fs::path root = fs::path(::testing::TempDir()) / "paiban_search_path_test";
  fs::remove_all(root);
  fs::create_directories(root / "one" / "shout");
  fs::create_directories(root / "two");
  std::ofstream(root / "one" / "shout" / "libshout.so") << "x";
  std::ofstream(root / "two" / "libshout.so") << "x";
  std::vector<SearchFolder> folders = {{(root / "none").string(), "test"},
                                       {(root / "one").string(), "test"},
                                       {(root / "two").string(), "test"}};
  EXPECT_EQ(find_plugin_file("shout", folders), (root / "one" / "shout" / "libshout.so").string());
  std::ofstream(root / "one" / "libshout.so") << "x";
  EXPECT_EQ(find_plugin_file("shout", folders), (root / "one" / "libshout.so").string());
  EXPECT_EQ(find_plugin_file("whisper", folders), std::nullopt);
  fs::remove_all(root);
}

TEST(PluginSearchPath, NamesCannotLeaveTheSearchPath) {
  EXPECT_TRUE(is_valid_plugin_name("industry_news"));
  EXPECT_TRUE(is_valid_plugin_name("editors-note2"));
  EXPECT_FALSE(is_valid_plugin_name("../evil"));
  EXPECT_FALSE(is_valid_plugin_name("a/b"));
  EXPECT_FALSE(is_valid_plugin_name(""));
  EXPECT_EQ(plugin_file_name("masthead"), "libmasthead.so");
}

}  // namespace
}  // namespace paiban::plugin
