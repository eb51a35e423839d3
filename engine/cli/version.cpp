#include "cli/version.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include <hb.h>
#include <png.h>
#include <unicode/uversion.h>

#include <podofo/base/PdfDefines.h>
#include <toml++/toml.h>
#include <CLI/Version.hpp>
#include FT_FREETYPE_H
#include <cmark-gfm.h>

#include <sstream>

namespace paiban::cli {
namespace {

std::string dotted(int major, int minor, int patch) {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

}  // namespace

std::string version_text() {
  char icu[U_MAX_VERSION_STRING_LENGTH] = {};
  UVersionInfo icu_info;
  u_getVersion(icu_info);
  u_versionToString(icu_info, icu);
  const int fc = FcGetVersion();  // MMmmpp
  std::string harfbuzz = HB_VERSION_STRING;
  if (harfbuzz != hb_version_string()) harfbuzz += std::string(" / ") + hb_version_string();

  std::ostringstream s;
  s << "paiban " << PAIBAN_VERSION << "\n"
    << "libraries (built with / running with where they differ):\n"
    << "  HarfBuzz    " << harfbuzz << "\n"
    << "  FreeType    " << dotted(FREETYPE_MAJOR, FREETYPE_MINOR, FREETYPE_PATCH) << "\n"
    << "  Fontconfig  " << dotted(fc / 10000, fc / 100 % 100, fc % 100) << "\n"
    << "  ICU         " << icu << "\n"
    << "  PoDoFo      " << dotted(PODOFO_VERSION_MAJOR, PODOFO_VERSION_MINOR, PODOFO_VERSION_PATCH)
    << "\n"
    << "  cmark-gfm   " << cmark_version_string() << "\n"
    << "  libpng      " << png_get_libpng_ver(nullptr) << "\n"
    << "  toml++      " << dotted(TOML_LIB_MAJOR, TOML_LIB_MINOR, TOML_LIB_PATCH) << "\n"
    << "  CLI11       " << CLI11_VERSION;
  return s.str();
}

}  // namespace paiban::cli
