#include "pdf/page_resources.h"

namespace paiban::pdf {
namespace {

void append_group(std::string& out, const char* key, const std::map<std::string, ObjectRef>& m) {
  if (m.empty()) return;
  out += " /";
  out += key;
  out += " <<";
  for (const auto& [name, ref] : m) {
    out += " /" + name + " " + std::to_string(ref.ObjectNumber()) + " " +
           std::to_string(ref.GenerationNumber()) + " R";
  }
  out += " >>";
}

}  // namespace

std::string PageResources::to_dictionary() const {
  std::string out = "<<";
  append_group(out, "ColorSpace", color_spaces);
  append_group(out, "ExtGState", ext_gstates);
  append_group(out, "Font", fonts);
  append_group(out, "XObject", xobjects);
  out += " >>";
  return out;
}

}  // namespace paiban::pdf
