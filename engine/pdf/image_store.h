// Image XObjects (ISO 32000-1 §8.9.5), each FILE embedded once however often
// it is placed. JPEG data passes through unchanged (/DCTDecode); PNG is
// decoded and Flate-compressed, alpha becoming an /SMask. RGB images are
// tagged /ICCBased sRGB, which PDF/X-4 allows (device RGB it does not).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "base/image_limits.h"
#include "page/page.h"
#include "pdf/content_stream.h"
#include "pdf/page_geometry.h"
#include "pdf/page_resources.h"
#include "pdf/pdf_objects.h"

namespace paiban::pdf {

// Effective resolution below which a placed image is reported (the
// /prepress convention, docs/typography.md §4).
inline constexpr double kMinPrintPpi = 300.0;

struct StoredImage {
  std::string name;  // resource name, "Im1"…
  ObjectRef ref;
  int pixel_width = 0, pixel_height = 0;
};

class ImageStore {
 public:
  // Image files and the sRGB profile are read through `env`.
  ImageStore(ObjectFactory& objects, std::string rgb_profile_path, const Environment& env,
             ImageLimits limits = {})
      : objects_(objects),
        rgb_profile_path_(std::move(rgb_profile_path)),
        env_(env),
        limits_(limits) {}

  // The XObject for `path`, embedding it on first use; nullptr (and one
  // error per file, at `placed_at`, naming the file) when it cannot be
  // read or decoded within the limits.
  const StoredImage* use(const std::string& path, const SourceSpan& placed_at, Diagnostics& diags);
  std::size_t embedded_count() const;

 private:
  std::optional<StoredImage> embed(const std::string& path, const SourceSpan& placed_at,
                                   Diagnostics& diags);
  std::optional<ObjectRef> srgb(Diagnostics& diags, const std::string& for_path);

  ObjectFactory& objects_;
  std::string rgb_profile_path_;
  const Environment& env_;
  std::map<std::string, std::optional<StoredImage>> by_path_;
  std::optional<ObjectRef> srgb_;
  ImageLimits limits_;
  std::uint64_t decoded_bytes_ = 0;  // all images so far, against the issue budget
};

// Draws `img` (page-model rectangle) and warns when its effective resolution
// is under kMinPrintPpi. `page_number` is 1-based, for messages.
void paint_image(const page::Image& img, int page_number, const PageGeometry& geo,
                 ImageStore& store, ContentStream& out, PageResources& res, Diagnostics& diags);

}  // namespace paiban::pdf
