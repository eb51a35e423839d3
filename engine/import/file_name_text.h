// A file's name as text for the manuscript (article titles, section names,
// picture names): file names are bytes, the manuscript is UTF-8.
#pragma once

#include <optional>
#include <string>

namespace paiban::import {

// The stem of `path` ("新闻-测试" for "dir/新闻-测试.docx") as UTF-8: as it is
// when it is UTF-8; else read as GB18030 (a name made on a Chinese Windows
// keeps its GBK bytes when copied from its disks or ZIP files); else with
// each byte that is not UTF-8 replaced by U+FFFD.
std::string file_stem_text(const std::string& path);

// `bytes` read as GB18030 (a superset of GBK) into UTF-8; nullopt when they
// are not GB18030.
std::optional<std::string> gb18030_to_utf8(const std::string& bytes);

}  // namespace paiban::import
