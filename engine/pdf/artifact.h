// Page furniture as /Artifact marked content (ISO 32000-1 §14.8.2.2): a
// reader that honours it leaves running heads, folios, leaders and the slug
// out of copied, searched and read-aloud text. The properties say which kind
// of furniture it is (Table 330: /Type Pagination with /Subtype Header or
// Footer, Layout, Page).
#pragma once

#include <string>

#include "page/page.h"
#include "pdf/content_stream.h"

namespace paiban::pdf {

// The BDC operator line that opens `kind`'s marked content; empty for
// Artifact::none (body text is not enclosed).
std::string artifact_begin(page::Artifact kind);

// Encloses what it paints in /Artifact marked content for its lifetime
// (nothing for Artifact::none). The sequence wraps whole text objects and
// balanced q/Q pairs, as §14.6 requires of marked content.
class ArtifactScope {
 public:
  ArtifactScope(ContentStream& out, page::Artifact kind);
  ~ArtifactScope();
  ArtifactScope(const ArtifactScope&) = delete;
  ArtifactScope& operator=(const ArtifactScope&) = delete;

 private:
  ContentStream& out_;
  bool open_;
};

}  // namespace paiban::pdf
