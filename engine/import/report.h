// What an import did that the editor should check: warnings (a fake heading
// taken for a heading, merged table cells, an EMF image, unaccepted tracked
// changes …) and every text change of the Chinese clean-ups, each naming the
// file and paragraph so it can be found in Word.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace paiban::import {

struct TextChange {
  std::string file;
  int paragraph = 0;   // 1-based paragraph number in the document (0: not in a paragraph)
  std::string rule;    // "全角标点", "弯引号", …
  std::string before;  // the text around the change, as it was
  std::string after;   // the same stretch after the change
};

class Report {
 public:
  void warn(const std::string& file, int paragraph, const std::string& message,
            std::vector<std::string> hints = {});
  void error(const std::string& file, const std::string& message,
             std::vector<std::string> hints = {});
  void change(TextChange c) { changes_.push_back(std::move(c)); }

  const Diagnostics& diagnostics() const { return diagnostics_; }
  const std::vector<TextChange>& changes() const { return changes_; }

  // One line per change: "a.docx: paragraph 3: 全角标点: 公司,成立 → 公司，成立".
  std::string format_changes() const;

 private:
  Diagnostics diagnostics_;
  std::vector<TextChange> changes_;
};

// The first characters of `text` for a message ("工信部：推动…").
std::string excerpt(const std::string& text, std::size_t max_chars = 16);

}  // namespace paiban::import
