// A deterministic text trace of the page model, one line per item, lengths in
// points with 3 decimals: for golden tests and for reading what layout did.
#pragma once

#include <string>

#include "page/page.h"

namespace paiban::page {

std::string write_trace(const Document& doc);

}  // namespace paiban::page
