// Recognises what a file is from its first bytes, so a Word 97 .doc or a WPS
// .wps gets "save it as .docx" rather than a ZIP error.
#pragma once

#include <string>
#include <string_view>

namespace paiban::import {

enum class FileKind { zip, ole2, rtf, pdf, html, text, empty, unknown };

FileKind sniff_file_kind(std::string_view head);

// "an old binary Word (.doc) or WPS (.wps) document", … for messages.
std::string describe_file_kind(FileKind kind);

}  // namespace paiban::import
