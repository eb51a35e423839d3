// The named resources one page's content stream uses (ISO 32000-1 §7.8.3).
// Each builder that emits "/Name op" records the name here, so the page's
// /Resources lists exactly what its content needs.
#pragma once

#include <map>
#include <string>

#include "pdf/pdf_objects.h"

namespace paiban::pdf {

struct PageResources {
  std::map<std::string, ObjectRef> fonts;
  std::map<std::string, ObjectRef> color_spaces;
  std::map<std::string, ObjectRef> xobjects;
  std::map<std::string, ObjectRef> ext_gstates;

  // "<< /Font << /F1 5 0 R >> … >>" as written into the page dictionary.
  std::string to_dictionary() const;
};

}  // namespace paiban::pdf
