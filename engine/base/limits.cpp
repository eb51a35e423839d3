#include "base/limits.h"

#include <charconv>

#include "base/suggest.h"

namespace paiban {

const std::vector<LimitDecl>& limit_decls() {
  static const std::vector<LimitDecl> decls{
      {"block_nesting", &Limits::block_nesting, 4, 256,
       "How deep quotes and lists may nest in the manuscript (each `>` counts one, each list "
       "level two). Deeper is an error at the first block too deep."},
      {"inline_nesting", &Limits::inline_nesting, 4, 256,
       "How deep emphasis, strong, links and strikethrough may nest inside one another."},
      {"input_file_mib", &Limits::input_file_mib, 1, 2048,
       "The largest input file read, in MiB: manuscript, style sheets, images, profiles. Only "
       "regular files are read. A command-line setting only (--limit input_file_mib=N): it "
       "governs reading the style sheet itself.",
       false},
      {"image_megapixels", &Limits::image_megapixels, 1, 1000,
       "Pixels of one placed image, in millions, checked from its header before it is "
       "decoded."},
      {"image_mib", &Limits::image_mib, 1, 8192,
       "Decoded size of one placed image, in MiB, checked before any pixel is decoded."},
      {"issue_images_mib", &Limits::issue_images_mib, 1, 65536,
       "Decoded size of all images of one issue together, in MiB."},
      {"compose_seconds", &Limits::compose_seconds, 1, 3600,
       "Seconds one section plugin may take to compose one section; a plugin still running "
       "then is stopped, naming the plugin and the section, and no PDF is written."},
  };
  return decls;
}

const LimitDecl* find_limit(std::string_view name) {
  for (const LimitDecl& d : limit_decls())
    if (d.name == name) return &d;
  return nullptr;
}

std::string limit_names() {
  std::string out;
  for (const LimitDecl& d : limit_decls()) out += (out.empty() ? "" : ", ") + std::string(d.name);
  return out;
}

std::string apply_limit_setting(Limits& limits, std::string_view setting) {
  const auto eq = setting.find('=');
  if (eq == std::string_view::npos)
    return "'" + std::string(setting) + "' is not NAME=VALUE (limits: " + limit_names() + ")";
  const std::string name(setting.substr(0, eq));
  const std::string_view text = setting.substr(eq + 1);
  const LimitDecl* decl = find_limit(name);
  if (!decl) {
    std::vector<std::string> names;
    for (const LimitDecl& d : limit_decls()) names.emplace_back(d.name);
    std::string message = "unknown limit '" + name + "'";
    if (auto near = closest(name, names)) return message + "; did you mean '" + *near + "'?";
    return message + " (limits: " + limit_names() + ")";
  }
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::string bounds =
      std::to_string(decl->min) + " to " + std::to_string(decl->max) + " (a whole number)";
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    return "limit " + name + " must be " + bounds + ", not '" + std::string(text) + "'";
  if (value < decl->min || value > decl->max)
    return "limit " + name + " must be " + bounds + ", not " + std::to_string(value);
  limits.*decl->member = value;
  return {};
}

}  // namespace paiban
