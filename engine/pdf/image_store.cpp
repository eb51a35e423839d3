#include "pdf/image_store.h"

#include <cmath>

#include "base/jpeg_reader.h"
#include "base/png_reader.h"
#include "pdf/number_format.h"

namespace paiban::pdf {
namespace {

bool has_suffix(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

std::size_t ImageStore::embedded_count() const {
  std::size_t n = 0;
  for (const auto& [path, img] : by_path_) n += img.has_value();
  return n;
}

const StoredImage* ImageStore::use(const std::string& path, const SourceSpan& placed_at,
                                   Diagnostics& diags) {
  auto it = by_path_.find(path);
  if (it == by_path_.end()) {
    std::optional<StoredImage> stored;
    try {
      stored = embed(path, placed_at, diags);
    } catch (const std::bad_alloc&) {
      diags.error(placed_at.file.empty() ? SourceSpan{path, 0, 0} : placed_at,
                  "image '" + path + "': not enough memory to decode it",
                  {"scale the image down to the resolution it is printed at (300 ppi)"});
    }
    it = by_path_.emplace(path, std::move(stored)).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::optional<ObjectRef> ImageStore::srgb(Diagnostics& diags, const std::string& for_path) {
  if (srgb_) return srgb_;
  auto icc = rgb_profile_path_.empty() ? std::nullopt : env_.read_file(rgb_profile_path_);
  if (!icc) {
    diags.error(
        SourceSpan{for_path, 0, 0},
        "RGB image needs an sRGB ICC profile, but '" + rgb_profile_path_ + "' cannot be read",
        {"set the RGB profile to styles/profiles/sRGB.icc, or convert the image to CMYK"});
    return std::nullopt;
  }
  PoDoFo::PdfObject* s = objects_.stream(*icc, Compression::flate);
  put_int(s, "N", 3);
  put_name(s, "Alternate", "DeviceRGB");
  PoDoFo::PdfArray cs;
  cs.push_back(PoDoFo::PdfName("ICCBased"));
  cs.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(s->Reference())));
  srgb_ = objects_.value(PoDoFo::PdfVariant(cs))->Reference();
  return srgb_;
}

std::optional<StoredImage> ImageStore::embed(const std::string& path, const SourceSpan& placed_at,
                                             Diagnostics& diags) {
  // At the manuscript line that placed the image, naming the file; at the
  // file itself when no line is known (a plugin's own image).
  const bool located = !placed_at.file.empty();
  const SourceSpan at = located ? placed_at : SourceSpan{path, 0, 0};
  const std::string named = located ? "image '" + path + "': " : "";
  const auto bytes = env_.read_file(path);
  if (!bytes) {
    const std::string why = env_.why_unreadable(path);
    diags.error(at, named + "cannot read image file" + (why.empty() ? "" : ": " + why),
                {"check the figure's path in the manuscript"});
    return std::nullopt;
  }
  std::string error;
  StoredImage out;
  out.name = "Im" + std::to_string(embedded_count() + 1);
  PoDoFo::PdfObject* x = nullptr;
  const bool jpeg = bytes->size() > 2 && static_cast<unsigned char>((*bytes)[0]) == 0xFF &&
                    static_cast<unsigned char>((*bytes)[1]) == 0xD8;
  if (jpeg || has_suffix(path, ".jpg") || has_suffix(path, ".jpeg")) {
    auto info = decode_jpeg(*bytes, limits_, error);
    if (!info) {
      diags.error(at, named + "cannot embed image: " + error,
                  {"open and save the image again in an image editor as an 8-bit JPEG"});
      return std::nullopt;
    }
    decoded_bytes_ += static_cast<std::uint64_t>(info->width) * info->height * info->components;
    std::optional<ObjectRef> rgb;
    if (info->components == 3 && !(rgb = srgb(diags, path))) return std::nullopt;
    x = objects_.stream(*bytes, Compression::none, "XObject");
    put_name(x, "Filter", "DCTDecode");
    if (info->components == 1) put_name(x, "ColorSpace", "DeviceGray");
    if (info->components == 3) put_ref(x, "ColorSpace", *rgb);
    if (info->components == 4) {
      put_name(x, "ColorSpace", "DeviceCMYK");
      // Adobe (Photoshop) writes CMYK JPEGs inverted and marks them with
      // APP14; without /Decode they print as a negative.
      if (info->adobe_app14) put_raw(x, "Decode", "[1 0 1 0 1 0 1 0]");
    }
    put_int(x, "BitsPerComponent", info->bits);
    out.pixel_width = info->width;
    out.pixel_height = info->height;
  } else {
    auto png = decode_png(*bytes, limits_, error);
    if (!png) {
      diags.error(at, named + "cannot embed image: " + error, {"use a JPEG or PNG file"});
      return std::nullopt;
    }
    decoded_bytes_ += png->samples.size() + png->alpha.size();
    std::optional<ObjectRef> rgb;
    if (png->color && !(rgb = srgb(diags, path))) return std::nullopt;
    std::optional<ObjectRef> smask;
    if (!png->alpha.empty()) {
      PoDoFo::PdfObject* m = objects_.stream(png->alpha, Compression::flate, "XObject");
      put_name(m, "Subtype", "Image");
      put_int(m, "Width", png->width);
      put_int(m, "Height", png->height);
      put_name(m, "ColorSpace", "DeviceGray");
      put_int(m, "BitsPerComponent", 8);
      smask = m->Reference();
    }
    x = objects_.stream(png->samples, Compression::flate, "XObject");
    if (png->color) {
      put_ref(x, "ColorSpace", *rgb);
    } else {
      put_name(x, "ColorSpace", "DeviceGray");
    }
    put_int(x, "BitsPerComponent", 8);
    if (smask) put_ref(x, "SMask", *smask);
    out.pixel_width = png->width;
    out.pixel_height = png->height;
  }
  if (decoded_bytes_ > limits_.max_total_decoded_bytes) {
    diags.error(at,
                named + "the issue's images together decode to more than " +
                    std::to_string(limits_.max_total_decoded_bytes >> 20) +
                    " MiB ([limits] issue_images_mib)",
                {"scale the images down to the resolution they are printed at (300 ppi)"});
    return std::nullopt;
  }
  put_name(x, "Subtype", "Image");
  put_int(x, "Width", out.pixel_width);
  put_int(x, "Height", out.pixel_height);
  out.ref = x->Reference();
  return out;
}

void paint_image(const page::Image& img, int page_number, const PageGeometry& geo,
                 ImageStore& store, ContentStream& out, PageResources& res, Diagnostics& diags) {
  if (img.rect.width.sp <= 0 || img.rect.height.sp <= 0) {
    // A figure that silently vanished once (a 1 × 2147483647 PNG).
    diags.error(img.placed_at.file.empty() ? SourceSpan{img.path, 0, 0} : img.placed_at,
                "image '" + img.path + "' is placed with an empty size on page " +
                    std::to_string(page_number),
                {"check the image's pixel size; its width and height must both be printable"});
    return;
  }
  const StoredImage* stored = store.use(img.path, img.placed_at, diags);
  if (!stored) return;
  res.xobjects[stored->name] = stored->ref;
  out.save();
  out.place_image(geo.x(img.rect.x), geo.y(img.rect.bottom()), img.rect.width, img.rect.height,
                  img.orientation);
  out.line("/" + stored->name + " Do");
  out.restore();

  // Pixels across and down the picture as seen.
  const bool turned = swaps_axes(img.orientation);
  const int across = turned ? stored->pixel_height : stored->pixel_width;
  const int down = turned ? stored->pixel_width : stored->pixel_height;
  const double ppi_x = across / (img.rect.width.to_pt() / 72.0);
  const double ppi_y = down / (img.rect.height.to_pt() / 72.0);
  const double ppi = std::min(ppi_x, ppi_y);
  if (ppi < kMinPrintPpi - 0.5) {
    diags.warning(SourceSpan{img.path, 0, 0},
                  "image on page " + std::to_string(page_number) + " has " +
                      std::to_string(static_cast<int>(std::lround(ppi))) +
                      " ppi at its placed size (" + std::to_string(across) + "×" +
                      std::to_string(down) + " px over " + format_number(img.rect.width.to_mm()) +
                      "×" + format_number(img.rect.height.to_mm()) + " mm); print needs " +
                      std::to_string(static_cast<int>(kMinPrintPpi)) + " ppi",
                  {"use a larger image file, or place it smaller"});
  }
}

}  // namespace paiban::pdf
