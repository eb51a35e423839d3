#include "plugin/plugin_reference.h"

#include "style/option_decl.h"
#include "style/reference.h"

namespace paiban::plugin {

std::string plugin_reference_markdown(const LoadedPlugin& plugin) {
  std::string out;
  if (plugin.options.empty()) {
    out += "The plugin takes no options.\n";
  } else {
    out += style::key_table_header("Option");
    for (const OptionDecl& option : plugin.options)
      out += style::key_table_row(style::key_decl_of(option), option.name);
  }
  if (!plugin.text_styles.empty()) {
    out +=
        "\n### Text styles it declares\n\n"
        "Each has these defaults; a `[styles.<name>]` table in the style sheet overrides "
        "any key, and what neither sets comes from `based_on` (docs/plugins.md, "
        "\"Text styles\").\n\n"
        "| Style | Defaults | Description |\n|---|---|---|\n";
    for (const TextStyleDecl& s : plugin.text_styles) {
      std::string keys;
      for (const auto& [key, value] : s.keys)
        keys += (keys.empty() ? "" : ", ") + key + " = " + value;
      std::string help = s.help;
      for (char& c : help)
        if (c == '|' || c == '\n') c = ' ';
      out += "| `" + s.name + "` | `" + (keys.empty() ? std::string("based_on = \"body\"") : keys) +
             "` | " + help + " |\n";
    }
  }
  return out;
}

std::optional<std::string> with_generated_reference(const std::string& readme,
                                                    const std::string& generated) {
  const std::string begin = kReferenceBegin, end = kReferenceEnd;
  const std::size_t from = readme.find(begin);
  const std::size_t to = readme.find(end);
  if (from == std::string::npos || to == std::string::npos || to < from) return std::nullopt;
  return readme.substr(0, from + begin.size()) + "\n\n" + generated + "\n" + readme.substr(to);
}

}  // namespace paiban::plugin
