#include "cli/version.h"

#include "base/translation.h"

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
#include <libdeflate.h>
#include <libxml/xmlversion.h>
#include <xxhash.h>
#include <zipconf.h>
#include <zlib.h>
#include <boost/version.hpp>
#include <pugixml.hpp>

#include <jpeglib.h>
#include <cstdio>  // jpeglib.h needs FILE

#include <iomanip>
#include <sstream>
#include <utility>

namespace paiban::cli {
namespace {

std::string dotted(int major, int minor, int patch) {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

// LIBJPEG_TURBO_VERSION is a bare token sequence (2.1.5), not a string.
#define PAIBAN_STRINGIFY(x) #x
#define PAIBAN_EXPAND_STRINGIFY(x) PAIBAN_STRINGIFY(x)

}  // namespace

std::string version_text() {
  char icu[U_MAX_VERSION_STRING_LENGTH] = {};
  UVersionInfo icu_info;
  u_getVersion(icu_info);
  u_versionToString(icu_info, icu);
  const int fc = FcGetVersion();  // MMmmpp
  std::string harfbuzz = HB_VERSION_STRING;
  if (harfbuzz != hb_version_string()) harfbuzz += std::string(" / ") + hb_version_string();

  const std::pair<const char*, std::string> libraries[] = {
      {"HarfBuzz", harfbuzz},
      {"FreeType", dotted(FREETYPE_MAJOR, FREETYPE_MINOR, FREETYPE_PATCH)},
      {"Fontconfig", dotted(fc / 10000, fc / 100 % 100, fc % 100)},
      {"ICU", icu},
      {"PoDoFo", dotted(PODOFO_VERSION_MAJOR, PODOFO_VERSION_MINOR, PODOFO_VERSION_PATCH)},
      {"cmark-gfm", cmark_version_string()},
      {"libpng", png_get_libpng_ver(nullptr)},
      {"libjpeg-turbo", PAIBAN_EXPAND_STRINGIFY(LIBJPEG_TURBO_VERSION)},
      {"libdeflate", LIBDEFLATE_VERSION_STRING},
      {"zlib", zlibVersion()},
      {"xxHash", dotted(static_cast<int>(XXH_versionNumber() / 10000),
                        static_cast<int>(XXH_versionNumber() / 100 % 100),
                        static_cast<int>(XXH_versionNumber() % 100))},
      {"libxml2", LIBXML_DOTTED_VERSION},
      {"libzip", LIBZIP_VERSION},
      {"pugixml", dotted(PUGIXML_VERSION / 1000, PUGIXML_VERSION / 10 % 100, 0)},
      {"toml++", dotted(TOML_LIB_MAJOR, TOML_LIB_MINOR, TOML_LIB_PATCH)},
      {"CLI11", CLI11_VERSION},
      {"Boost", dotted(BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100)},
  };
  std::ostringstream s;
  s << "paiban " << PAIBAN_VERSION << "\n"
    << tr(N_("libraries (built with / running with where they differ):"));
  for (const auto& [name, version] : libraries)
    s << "\n  " << std::left << std::setw(14) << name << version;
  return s.str();
}

}  // namespace paiban::cli
