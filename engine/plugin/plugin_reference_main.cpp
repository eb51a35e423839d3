// paiban_plugin_reference: writes the generated part of every bundled
// plugin's README (plugins/<name>/README.md) from the declarations of the
// plugin built into PLUGIN_DIR; with --check it only reports READMEs that
// differ from what it would write (exit status 1).
//   build/bin/paiban_plugin_reference build/lib/paiban/plugins .
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "plugin/plugin_reference.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  const bool check = argc > 1 && std::string(argv[1]) == "--check";
  const int first = check ? 2 : 1;
  if (argc != first + 2) {
    std::cerr << "usage: paiban_plugin_reference [--check] PLUGIN_DIR SOURCE_DIR\n";
    return 2;
  }
  const std::string plugin_dir = argv[first];
  const fs::path source = argv[first + 1];
  paiban::plugin::PluginRegistry registry({paiban::plugin::SearchFolder{plugin_dir, "built"}});
  int stale = 0;
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(source / "plugins"))
    if (entry.is_directory() && fs::exists(entry.path() / "README.md"))
      folders.push_back(entry.path());
  std::sort(folders.begin(), folders.end());
  for (const fs::path& folder : folders) {
    const std::string name = folder.filename().string();
    const fs::path readme = folder / "README.md";
    paiban::Diagnostics diags;
    const paiban::plugin::LoadedPlugin* plugin =
        registry.get(name, paiban::SourceSpan{readme.string(), 0, 0}, diags);
    if (!plugin) {
      std::cerr << diags.format_all();
      return 2;
    }
    std::ifstream in(readme, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const auto updated = paiban::plugin::with_generated_reference(
        text.str(), paiban::plugin::plugin_reference_markdown(*plugin));
    if (!updated) {
      std::cerr << readme.string() << ": the marks of the generated part are missing:\n  "
                << paiban::plugin::kReferenceBegin << "\n  " << paiban::plugin::kReferenceEnd
                << "\n";
      return 2;
    }
    if (*updated == text.str()) continue;
    if (check) {
      std::cerr << readme.string() << " is stale: its option table differs from plugin '" << name
                << "'s declarations\n";
      ++stale;
      continue;
    }
    std::ofstream out(readme, std::ios::binary | std::ios::trunc);
    out << *updated;
    std::cout << "wrote " << readme.string() << "\n";
  }
  if (stale)
    std::cerr << "regenerate with: " << argv[0] << " " << plugin_dir << " " << source.string()
              << "\n";
  return stale ? 1 : 0;
}
