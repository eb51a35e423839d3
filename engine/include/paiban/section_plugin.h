// SDK. A section plugin decides how one kind of section is composed.
//
// A plugin library exports two symbols (see plugin_export.h):
//   extern "C" int paiban_plugin_abi();              read first; must equal kPluginAbiVersion
//   paiban_create_section_plugin_v1  (Boost.DLL alias) SectionPlugin* ()
// The engine owns every object the factory returns, destroys it through the
// virtual destructor while the library is still loaded, and unloads the
// library last. Nothing a plugin allocates with a custom deleter or a
// std::function escapes into the engine.
#pragma once

#include <string>
#include <vector>

#include "paiban/composer.h"
#include "paiban/document.h"
#include "paiban/options.h"
#include "paiban/source.h"

namespace paiban {

// Lets a plugin report problems; the engine adds the plugin and section name.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void error(const SourceSpan& where, const std::string& message) = 0;
  virtual void warning(const SourceSpan& where, const std::string& message) = 0;
};

// The house style's choices a plugin follows where its own options say
// nothing (SDK v2): the style sheet's [typography] keys of the same names
// (docs/style-reference.md). house_block_styles() (paiban/blocks.h) puts
// them into BlockStyles.
struct HouseStyle {
  std::string table_continued = "续表";  // over a table's header repeated after a break
  bool table_caption_before = true;      // a table's caption paragraph is before it, else after
};

// What a plugin may read while composing its section. Everything is owned by
// the engine and valid only during the call.
struct SectionContext {
  const Document& document;    // the whole issue (front matter, other sections' titles)
  const Section& section;      // the section to compose
  const OptionTable& options;  // validated against options(), defaults filled in
  Reporter& report;
  const HouseStyle& house;  // the style sheet's house-wide choices
};

class SectionPlugin {
 public:
  virtual ~SectionPlugin() = default;

  // The plugin's name as style sheets write it ("editors_note"). Called once
  // after loading; must not throw.
  virtual std::string name() const = 0;

  // One line saying what the section looks like (for docs and `paiban plugins`).
  virtual std::string summary() const = 0;

  // The options this plugin accepts. Called once after loading, before any
  // style sheet entry using it is validated.
  virtual std::vector<OptionDecl> options() const = 0;

  // The text styles this plugin declares (SDK v2), with their defaults; the
  // style sheet may override them (TextStyleDecl). Called once after
  // options(). Every style name a compose call uses must be one the sheet
  // defines or a plugin declares: any other is an error naming the plugin,
  // the section and the call.
  virtual std::vector<TextStyleDecl> text_styles() const { return {}; }

  // Composes `ctx.section` through `composer`, in reading order. Called once
  // per matching section, in manuscript order. May throw: the engine turns an
  // exception into a diagnostic naming the plugin and the section and writes
  // no PDF. Must not keep pointers to ctx or composer after returning.
  virtual void compose(const SectionContext& ctx, Composer& composer) = 0;
};

}  // namespace paiban
