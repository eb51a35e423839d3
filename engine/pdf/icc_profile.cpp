#include "pdf/icc_profile.h"

namespace paiban::pdf {
namespace {

// ICC.1 §7.2: device class at byte 12, colour space at 16, 'acsp' at 36.
bool is_icc(const std::string& icc) {
  return icc.size() >= 128 && icc.compare(36, 4, "acsp") == 0;
}

}  // namespace

bool check_output_profile(const std::string& path, const std::optional<std::string>& bytes,
                          const SourceSpan& setting, Diagnostics& diags) {
  const SourceSpan where = setting.file.empty() ? SourceSpan{path, 0, 0} : setting;
  if (path.empty() || !bytes || bytes->empty()) {
    diags.error(where,
                path.empty() ? "no output profile set: PDF/X-4 needs the printing condition's "
                               "CMYK ICC profile"
                             : "cannot read the output profile '" + path + "'",
                {"set [print] output_profile to styles/profiles/FOGRA39L_coated.icc or the one "
                 "your print shop supplies"});
    return false;
  }
  if (!is_icc(*bytes)) {
    diags.error(where, "the output profile '" + path + "' is not an ICC profile",
                {"[print] output_profile must name an .icc file"});
    return false;
  }
  if (bytes->compare(16, 4, "CMYK") != 0 || bytes->compare(12, 4, "prtr") != 0) {
    diags.error(where,
                "the output profile '" + path +
                    "' must be a CMYK printer profile (class 'prtr', space 'CMYK')",
                {"ask the print shop for their CMYK output profile, e.g. FOGRA39"});
    return false;
  }
  return true;
}

bool check_rgb_profile(const std::string& path, const std::optional<std::string>& bytes,
                       Diagnostics& diags) {
  if (!bytes || !is_icc(*bytes) || bytes->compare(16, 4, "RGB ") != 0) {
    diags.error(SourceSpan{path, 0, 0},
                !bytes ? "cannot read the sRGB profile RGB images are tagged with"
                       : "the sRGB profile is not an RGB ICC profile",
                {"reinstall paiban: the profile ships in share/paiban/styles/profiles"});
    return false;
  }
  return true;
}

}  // namespace paiban::pdf
