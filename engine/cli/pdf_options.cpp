#include "cli/pdf_options.h"

#include "base/program_location.h"

namespace paiban::cli {

pdf::PdfOptions pdf_options_for(const style::StyleSheet& sheet, int64_t timestamp) {
  const style::Print& print = sheet.print;
  pdf::PdfOptions o;
  o.bleed = print.bleed;
  o.overprint_black_text = print.overprint_black_text;
  // The bundled print profiles sit with the house style in share/paiban.
  const std::string profiles = program_data_dir() + "/styles/profiles/";
  o.output_profile_path =
      print.output_profile.empty() ? profiles + "FOGRA39L_coated.icc" : print.output_profile;
  o.rgb_profile_path = profiles + "sRGB.icc";
  o.output_condition_identifier = print.output_condition_identifier;
  o.output_condition = print.output_condition;
  o.pdfx = print.output == style::OutputTarget::press;
  o.timestamp = timestamp;
  return o;
}

}  // namespace paiban::cli
