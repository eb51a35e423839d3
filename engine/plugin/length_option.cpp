#include "plugin/length_option.h"

#include "style/units.h"

namespace paiban::plugin {

std::optional<Length> length_from_option_text(const std::string& text,
                                              const style::StyleSheet* sheet,
                                              const style::LengthRules& rules, std::string* error) {
  // An option sits at the top level of a [[section]] entry, so em and 字 mean
  // the body size and 号 names the sheet's [sizes], as the style stage
  // resolved them into StyleSheet::units.
  const style::LengthContext ctx = sheet ? sheet->units : style::default_length_context();
  return style::parse_length_with(text, ctx, rules, error);
}

}  // namespace paiban::plugin
