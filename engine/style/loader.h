// Loading a style sheet: TOML files (with `extends`) → typed StyleSheet.
// Files are read only through Environment::read_file. Every mistake becomes
// a diagnostic with file:line:col; all of them are reported in one run, and
// the returned sheet is complete (defaults stand in for what was wrong).
#pragma once

#include <string>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "style/declared_styles.h"
#include "style/stylesheet.h"

namespace paiban::style {

// `declared`: the text styles the plugins declare (declared_styles.h),
// which the sheet's own [styles.<name>] tables override key by key.
StyleSheet load_stylesheet(const std::string& path, const paiban::Environment& env,
                           paiban::Diagnostics& diags,
                           const std::vector<PluginStyles>& declared = {});

// For `paiban check-style FILE`: everything load_stylesheet reports, plus
// checks that need the system — every font family of every role installed.
paiban::Diagnostics check_stylesheet(const std::string& path, const paiban::Environment& env);

}  // namespace paiban::style
