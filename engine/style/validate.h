// Checks the shape of a merged style sheet against the schema: every key
// known at its place (with a did-you-mean when not), every declared table a
// table. Values are checked later, when they are converted.
#pragma once

#include <toml++/toml.h>

#include "style/report.h"

namespace paiban::style {

void check_keys(const toml::table& root, StyleReporter& report);

}  // namespace paiban::style
