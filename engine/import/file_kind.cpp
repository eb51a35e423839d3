#include "import/file_kind.h"

namespace paiban::import {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

FileKind sniff_file_kind(std::string_view head) {
  if (head.empty()) return FileKind::empty;
  if (starts_with(head, "PK\x03\x04") || starts_with(head, "PK\x05\x06")) return FileKind::zip;
  // Compound File Binary (OLE2): Word 97–2003 .doc, WPS .wps, .et, .xls …
  if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::ole2;
  if (starts_with(head, "{\\rtf")) return FileKind::rtf;
  if (starts_with(head, "%PDF")) return FileKind::pdf;
  std::string_view s = head;
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && (s[0] == ' ' || s[0] == '\n' || s[0] == '\r' || s[0] == '\t'))
    s.remove_prefix(1);
  if (starts_with(s, "<html") || starts_with(s, "<HTML") || starts_with(s, "<!DOCTYPE") ||
      starts_with(s, "<!doctype"))
    return FileKind::html;
  for (unsigned char c : head)
    if (c == 0) return FileKind::unknown;
  return FileKind::text;
}

std::string describe_file_kind(FileKind kind) {
  switch (kind) {
    case FileKind::zip:
      return "a ZIP file";
    case FileKind::ole2:
      return "an old binary Word (.doc) or WPS (.wps) document";
    case FileKind::rtf:
      return "an RTF document";
    case FileKind::pdf:
      return "a PDF file";
    case FileKind::html:
      return "an HTML page";
    case FileKind::text:
      return "a plain text file";
    case FileKind::empty:
      return "an empty file";
    case FileKind::unknown:
      break;
  }
  return "not a Word document";
}

}  // namespace paiban::import
