#include "style/declared_styles.h"

#include <algorithm>
#include <map>

#include "style/layers.h"

namespace paiban::style {
namespace {

bool bare_key(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

Diagnostic plugin_bug(const PluginStyles& p, std::string message) {
  Diagnostic d;
  d.span = SourceSpan{p.file, 0, 0};
  d.message = std::move(message);
  d.plugin = p.plugin;
  d.hints = {"this is a bug in the plugin's text_styles(); report it to its author"};
  return d;
}

// The TOML text of one plugin's styles: [styles.<name>] tables of its keys.
std::string layer_text(const std::vector<const TextStyleDecl*>& taken) {
  std::string text;
  for (const TextStyleDecl* s : taken) {
    text += "[styles." + s->name + "]\n";
    for (const auto& [key, value] : s->keys) text += key + " = " + value + "\n";
  }
  return text;
}

}  // namespace

std::string declared_styles_file(const std::string& plugin) {
  return "<text styles declared by plugin '" + plugin + "'>";
}

toml::table declared_styles_layer(const std::vector<PluginStyles>& declared,
                                  const std::vector<std::string>& builtin_names,
                                  StyleReporter& report) {
  toml::table layer;
  std::map<std::string, std::string> declared_by;  // style → plugin
  for (const PluginStyles& p : declared) {
    std::vector<const TextStyleDecl*> taken;
    for (const TextStyleDecl& s : p.styles) {
      if (!bare_key(s.name)) {
        report.diagnostics().add(
            plugin_bug(p, "plugin '" + p.plugin + "' declares a text style named \"" + s.name +
                              "\"; a style name is letters, digits, '_' and '-' only"));
        continue;
      }
      if (std::find(builtin_names.begin(), builtin_names.end(), s.name) != builtin_names.end()) {
        report.diagnostics().add(plugin_bug(
            p, "plugin '" + p.plugin + "' declares the text style \"" + s.name +
                   "\", which the built-in base defines; a plugin declares only styles of its "
                   "own (the style sheet changes the built-in ones)"));
        continue;
      }
      auto [it, fresh] = declared_by.emplace(s.name, p.plugin);
      if (!fresh) {
        if (it->second != p.plugin) {
          Diagnostic d = plugin_bug(p, "plugin '" + p.plugin + "' declares the text style \"" +
                                           s.name + "\", which plugin '" + it->second +
                                           "' declares too; the first declaration is used");
          d.severity = Severity::warning;
          d.hints = {"give the style a name of the plugin's own, or define [styles." + s.name +
                     "] in the style sheet to settle it"};
          report.diagnostics().add(std::move(d));
        } else {
          report.diagnostics().add(plugin_bug(
              p, "plugin '" + p.plugin + "' declares the text style \"" + s.name + "\" twice"));
        }
        continue;
      }
      taken.push_back(&s);
    }
    if (taken.empty()) continue;
    toml::table parsed;
    try {
      parsed = toml::parse(layer_text(taken), declared_styles_file(p.plugin));
    } catch (const toml::parse_error& e) {
      report.diagnostics().add(plugin_bug(
          p, "plugin '" + p.plugin + "' declares text styles whose values are not TOML (" +
                 std::string(e.description()) + "); they are left out"));
      continue;
    }
    std::vector<std::string> where;
    merge_under(layer, std::move(parsed), where);
  }
  return layer;
}

void rename_declared_diagnostics(std::vector<Diagnostic>& items,
                                 const std::vector<PluginStyles>& declared) {
  for (Diagnostic& d : items) {
    for (const PluginStyles& p : declared) {
      if (d.span.file != declared_styles_file(p.plugin)) continue;
      d.span = SourceSpan{p.file, 0, 0};
      d.plugin = p.plugin;
      d.message = "text style declared by plugin '" + p.plugin + "': " + d.message;
      d.hints.push_back(
          "the plugin's text_styles() gives this default; a [styles.<name>] table in the style "
          "sheet overrides it, the plugin's author should fix it");
      break;
    }
  }
}

}  // namespace paiban::style
