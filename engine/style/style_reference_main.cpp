// paiban_style_reference: prints docs/style-reference.md to stdout.
//   build/bin/paiban_style_reference > docs/style-reference.md
#include <iostream>

#include "style/reference.h"

int main() {
  std::cout << paiban::style::style_reference_markdown();
  return std::cout.good() ? 0 : 1;
}
