// docs/style-reference.md must be what the declarations generate.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "style/reference.h"
#include "style/schema.h"

namespace paiban::style {
namespace {

std::string read_committed() {
  std::ifstream in(std::string(PAIBAN_SOURCE_DIR) + "/docs/style-reference.md", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Reference, CommittedFileIsCurrent) {
  std::string generated = style_reference_markdown();
  std::string committed = read_committed();
  if (generated == committed) return;
  std::size_t at = 0;
  while (at < generated.size() && at < committed.size() && generated[at] == committed[at]) ++at;
  std::size_t line = 1 + std::count(generated.begin(), generated.begin() + at, '\n');
  FAIL() << "docs/style-reference.md is stale (first difference on line " << line
         << "). Regenerate it with:\n  " << PAIBAN_STYLE_REFERENCE_EXE << " > " << PAIBAN_SOURCE_DIR
         << "/docs/style-reference.md";
}

TEST(Reference, ListsEveryLeafWithItsDefault) {
  std::string text = style_reference_markdown();
  for (const auto& d : schema()) {
    bool table = d.type == ValueType::table || d.type == ValueType::table_array;
    if (d.segments.back() == "*" || table) continue;  // headings, not rows
    std::string row = d.segments.back() + "` | " + type_label(d) + " |";
    EXPECT_NE(text.find(row), std::string::npos) << d.path;
    if (!d.default_value.empty()) {
      EXPECT_NE(text.find("`" + std::string(d.default_value) + "`"), std::string::npos) << d.path;
    }
  }
  EXPECT_NE(text.find("| `size` | size (length or 号 name) | > 0 | `\"五号\"` |"),
            std::string::npos);
  EXPECT_NE(text.find("| 五号 | 10.5 |"), std::string::npos);
  EXPECT_NE(text.find("### [masters.<name>]"), std::string::npos);
}

}  // namespace
}  // namespace paiban::style
