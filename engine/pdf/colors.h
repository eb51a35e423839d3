// Print colours to PDF operators (ISO 32000-1 §8.6). Grey → DeviceGray,
// CMYK → DeviceCMYK, spot → /Separation with a DeviceCMYK alternate,
// registration → /Separation /All (§8.6.6.4). Never RGB: PDF/X-4 output for
// a CMYK press must not leave colour conversion to the RIP.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "paiban/color.h"
#include "pdf/page_resources.h"
#include "pdf/pdf_objects.h"

namespace paiban::pdf {

class ColorSpaces {
 public:
  explicit ColorSpaces(ObjectFactory& objects) : objects_(objects) {}

  // Operators that make `c` the current fill (or stroke) colour; records any
  // colour-space resource in `res`.
  std::string fill(const Color& c, PageResources& res) { return set(c, false, res); }
  std::string stroke(const Color& c, PageResources& res) { return set(c, true, res); }

  // The ExtGState that turns on overprint for fill and stroke with
  // overprint mode 1 (ISO 32000-1 §8.6.7): zero CMY components of the black
  // text leave the plates underneath untouched instead of knocking them out.
  // Created on first use; returns its resource name.
  std::string overprint_state(PageResources& res);

 private:
  std::string set(const Color& c, bool stroke, PageResources& res);
  // The separation colour space for a spot or registration colour, one
  // object per name, named CS1, CS2… in order of first use.
  std::string separation(const Color& c, PageResources& res);

  ObjectFactory& objects_;
  std::map<std::string, std::pair<std::string, ObjectRef>> separations_;
  std::optional<ObjectRef> overprint_;
};

// True for text that should overprint: solid black on the K plate only
// (100 % K, or grey at full ink). Prepress convention, docs/typography.md §4.
bool is_rich_free_black(const Color& c);

}  // namespace paiban::pdf
