// The TOML front matter of the imported manuscript (the keys the manuscript
// stage reads: title, issue, date, publisher; docs/import.md).
#pragma once

#include <map>
#include <string>

namespace paiban::import {

// `fields` as TOML between +++ lines: strings quoted and escaped, a
// YYYY-MM-DD date bare (a TOML date). The keys title, issue and date are
// required by the manuscript stage: a missing one is written as a comment
// showing what to fill in.
std::string write_front_matter(const std::map<std::string, std::string>& fields);

std::string toml_string(const std::string& value);

bool is_iso_date(const std::string& value);

}  // namespace paiban::import
