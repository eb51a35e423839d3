#include "pdf/colors.h"

#include <algorithm>

#include <podofo/base/PdfArray.h>

#include "pdf/number_format.h"

namespace paiban::pdf {
namespace {

double clamp01(double v) {
  return std::clamp(v, 0.0, 1.0);
}

}  // namespace

bool is_rich_free_black(const Color& c) {
  switch (c.space) {
    case Color::Space::cmyk:
      return c.components[0] == 0 && c.components[1] == 0 && c.components[2] == 0 &&
             c.components[3] >= 1;
    case Color::Space::gray:
      return c.components[0] >= 1;
    default:
      return false;
  }
}

std::string ColorSpaces::set(const Color& c, bool stroke, PageResources& res) {
  std::string out;
  switch (c.space) {
    case Color::Space::gray:
      // The model stores ink coverage; DeviceGray stores lightness.
      append_number(out, 1.0 - clamp01(c.components[0]));
      out += stroke ? " G" : " g";
      break;
    case Color::Space::cmyk:
      for (int i = 0; i < 4; ++i) {
        append_number(out, clamp01(c.components[static_cast<size_t>(i)]));
        out.push_back(' ');
      }
      out += stroke ? "K" : "k";
      break;
    case Color::Space::spot:
    case Color::Space::registration: {
      std::string name = separation(c, res);
      out = "/" + name + (stroke ? " CS " : " cs ");
      append_number(out, clamp01(c.components[0]));
      out += stroke ? " SCN" : " scn";
      break;
    }
  }
  return out;
}

std::string ColorSpaces::overprint_state(PageResources& res) {
  if (!overprint_) {
    PoDoFo::PdfObject* gs = objects_.dict("ExtGState");
    put_bool(gs, "OP", true);
    put_bool(gs, "op", true);
    put_int(gs, "OPM", 1);
    overprint_ = gs->Reference();
  }
  res.ext_gstates["GSop"] = *overprint_;
  return "GSop";
}

std::string ColorSpaces::separation(const Color& c, PageResources& res) {
  const bool reg = c.space == Color::Space::registration;
  const std::string colorant = reg ? "All" : (c.spot_name.empty() ? "Spot" : c.spot_name);
  auto it = separations_.find(colorant);
  if (it == separations_.end()) {
    // Tint transform: Type 2 (exponential, N 1) from no ink to the alternate
    // CMYK at full tint (§7.10.3). /All paints every plate at full tint.
    std::array<double, 4> full = reg ? std::array<double, 4>{1, 1, 1, 1} : c.spot_cmyk;
    PoDoFo::PdfObject* fn = objects_.dict();
    put_int(fn, "FunctionType", 2);
    put_raw(fn, "Domain", "[0 1]");
    put_raw(fn, "C0", "[0 0 0 0]");
    put_raw(fn, "C1",
            number_array({clamp01(full[0]), clamp01(full[1]), clamp01(full[2]), clamp01(full[3])}));
    put_int(fn, "N", 1);
    PoDoFo::PdfArray arr;
    arr.push_back(PoDoFo::PdfName("Separation"));
    arr.push_back(PoDoFo::PdfName(colorant));
    arr.push_back(PoDoFo::PdfName("DeviceCMYK"));
    arr.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(fn->Reference())));
    PoDoFo::PdfObject* cs = objects_.value(PoDoFo::PdfVariant(arr));
    std::string name = "CS" + std::to_string(separations_.size() + 1);
    it = separations_.emplace(colorant, std::make_pair(name, cs->Reference())).first;
  }
  res.color_spaces[it->second.first] = it->second.second;
  return it->second.first;
}

}  // namespace paiban::pdf
