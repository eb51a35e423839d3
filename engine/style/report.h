// Turning toml++ nodes into SourceSpans and messages. Every diagnostic of the
// style stage goes through a StyleReporter, so it carries file:line:col.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "base/diagnostics.h"

namespace paiban::style {

SourceSpan span_of(const toml::source_region& region);
inline SourceSpan span_of(const toml::node& node) {
  return span_of(node.source());
}
inline SourceSpan span_of(const toml::key& key) {
  return span_of(key.source());
}

// What a value is, for "got …" in messages: `integer 12`, `string "12px"`.
std::string describe(const toml::node& node);

class StyleReporter {
 public:
  explicit StyleReporter(Diagnostics& diags) : diags_(diags) {}

  // At most one error per node: a value inherited by several styles is
  // converted once per style, but the editor wrote it once.
  void error(const toml::node& at, std::string message, std::vector<std::string> hints = {});
  void error(const SourceSpan& at, std::string message, std::vector<std::string> hints = {});
  void warning(const SourceSpan& at, std::string message, std::vector<std::string> hints = {});

  Diagnostics& diagnostics() { return diags_; }

 private:
  Diagnostics& diags_;
  std::set<const toml::node*> reported_;
};

}  // namespace paiban::style
