// An input the import cannot read at all (not a .docx, a damaged ZIP, a
// missing part). Thrown inside the stage, caught by run_import, which prints
// it, writes nothing and exits 2.
#pragma once

#include <string>
#include <vector>

namespace paiban::import {

struct ImportError {
  std::string file;                // the input as the user named it
  std::string message;             // what is wrong
  std::vector<std::string> hints;  // what to do
};

}  // namespace paiban::import
