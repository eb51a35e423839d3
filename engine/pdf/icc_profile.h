// Checks on the ICC profiles a print PDF embeds, shared by the PDF writer
// and the checks `paiban render` and `paiban check` run before setting type.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.h"

namespace paiban::pdf {

// The output intent's profile: readable (`bytes` is nullopt when not), an
// ICC profile, and a CMYK printer profile as PDF/X-4 requires. Reports at
// `where` (the style sheet's setting; the file itself when empty) and
// returns false when not.
bool check_output_profile(const std::string& path, const std::optional<std::string>& bytes,
                          const SourceSpan& where, Diagnostics& diags);

// The profile RGB images are tagged with: readable and an RGB ICC profile.
bool check_rgb_profile(const std::string& path, const std::optional<std::string>& bytes,
                       Diagnostics& diags);

}  // namespace paiban::pdf
