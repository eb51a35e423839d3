// A plugin that misuses the Composer the ways a plugin author might: a
// misspelt text style ("bodyy"), four columns where the engine sets three,
// a box it never ends and an end_columns without begin_columns. Every
// mistake must be reported naming this plugin, the section and the call.
#include "paiban/plugin_export.h"

namespace misuser {

class MisuserPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "misuser"; }
  std::string summary() const override { return "Misuses the Composer on purpose."; }
  std::vector<paiban::OptionDecl> options() const override { return {}; }
  std::vector<paiban::TextStyleDecl> text_styles() const override {
    return {{"misuser_note", "a style of its own", {{"size", "\"小五\""}}}};
  }
  void compose(const paiban::SectionContext& ctx, paiban::Composer& c) override {
    paiban::InlineRun run;
    run.text = ctx.section.title + "：正文";
    c.paragraph({run}, "bodyy");
    c.paragraph({run}, "misuser_note");  // declared: no error
    paiban::ColumnSpec four;
    four.count = 4;
    c.begin_columns(four);
    c.paragraph({run}, "body");
    c.end_columns();
    c.end_columns();
    c.begin_box({});
    c.paragraph({run}, "body");
  }
};

}  // namespace misuser

PAIBAN_EXPORT_SECTION_PLUGIN(misuser::MisuserPlugin)
