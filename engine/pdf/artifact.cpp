#include "pdf/artifact.h"

namespace paiban::pdf {

std::string artifact_begin(page::Artifact kind) {
  switch (kind) {
    case page::Artifact::none:
      return {};
    case page::Artifact::header:
      return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
    case page::Artifact::footer:
      return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
    case page::Artifact::layout:
      return "/Artifact <</Type /Layout>> BDC";
    case page::Artifact::page:
      return "/Artifact <</Type /Page>> BDC";
  }
  return {};
}

ArtifactScope::ArtifactScope(ContentStream& out, page::Artifact kind)
    : out_(out), open_(kind != page::Artifact::none) {
  if (open_) out_.line(artifact_begin(kind));
}

ArtifactScope::~ArtifactScope() {
  if (open_) out_.line("EMC");
}

}  // namespace paiban::pdf
