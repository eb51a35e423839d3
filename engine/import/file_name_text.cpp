#include "import/file_name_text.h"

#include <iconv.h>

#include <filesystem>
#include <optional>

#include "base/utf8.h"

namespace paiban::import {

std::optional<std::string> gb18030_to_utf8(const std::string& bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  // iconv_open's failure value is (iconv_t)-1 (POSIX).
  if (cd == reinterpret_cast<iconv_t>(-1))  // NOLINT(performance-no-int-to-ptr)
    return std::nullopt;
  std::string in = bytes;
  std::string out(bytes.size() * 4 + 4, '\0');
  char* in_at = in.data();
  char* out_at = out.data();
  std::size_t in_left = in.size();
  std::size_t out_left = out.size();
  const std::size_t done = iconv(cd, &in_at, &in_left, &out_at, &out_left);
  iconv_close(cd);
  if (done == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

std::string file_stem_text(const std::string& path) {
  std::string stem = std::filesystem::path(path).stem().string();
  if (utf8_valid(stem)) return stem;
  if (auto text = gb18030_to_utf8(stem); text && utf8_valid(*text)) return *text;
  std::string out;
  for (std::size_t i = 0; i < stem.size();) utf8_append(out, utf8_next(stem, i));
  return out;
}

}  // namespace paiban::import
