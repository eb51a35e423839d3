// `-` as the manuscript: the text is read from standard input (render, check).
#pragma once

#include <istream>

#include "cli/render.h"

namespace paiban::cli {

// The name a manuscript read from standard input has in messages
// ("<stdin>:3:1: error: …"). It has no folder, so the paths it names
// (images, a `style` key) are relative to the working directory.
inline constexpr const char* kStandardInputName = "<stdin>";

// When args.manuscript is "-", reads `in` into args.manuscript_text (at most
// the input size limit) and names the manuscript kStandardInputName. False,
// with the message printed, when the input is too large or unreadable.
bool take_standard_input(RenderArgs& args, std::istream& in, const RenderContext& ctx);

}  // namespace paiban::cli
