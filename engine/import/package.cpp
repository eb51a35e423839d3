#include "import/package.h"

#include <zip.h>

#include <cctype>
#include <map>
#include <string_view>
#include <vector>

#include "import/file_kind.h"
#include "import/file_name_text.h"
#include "import/import_error.h"
#include "import/xml.h"

namespace paiban::import {
namespace {

const std::vector<std::string> kSaveAsDocx = {
    "open it in Word or WPS and save it as a Word document (*.docx): 文件 → 另存为 → "
    "Word 文档 (*.docx); then import the .docx"};

// A password-protected .docx is an OLE2 file holding an "EncryptedPackage"
// stream (MS-OFFCRYPTO): its directory names the stream in UTF-16LE.
bool is_encrypted_ooxml(std::string_view file) {
  // A protected manuscript is far smaller than 64 MiB: look no further.
  const std::string_view bytes = file.substr(0, std::size_t(64) << 20);
  std::string name;
  for (char c : std::string_view("EncryptedPackage")) {
    name += c;
    name += '\0';
  }
  return bytes.find(name) != std::string::npos;
}

std::string libzip_message(zip_error_t& error) {
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

}  // namespace

struct Package::Zip {
  std::string file;  // the container's bytes: libzip reads them in place
  zip_t* archive = nullptr;
  zip_uint64_t inflated = 0;  // bytes of parts read so far
  // Entry names in GBK (no UTF-8 flag), as UTF-8 → index; read when needed.
  bool gbk_names_read = false;
  std::map<std::string, zip_int64_t> gbk_names;
  ~Zip() {
    if (archive) zip_discard(archive);
  }
};

std::string resolve_part_name(const std::string& source_part, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::vector<std::string> parts;
  const auto slash = source_part.rfind('/');
  std::string joined =
      (slash == std::string::npos ? std::string() : source_part.substr(0, slash + 1)) + target;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

Package::Package(std::string file, const std::string& display_name, PackageLimits limits)
    : zip_(std::make_unique<Zip>()), display_name_(display_name), limits_(limits) {
  zip_->file = std::move(file);
  const std::string& bytes = zip_->file;
  const FileKind kind = sniff_file_kind(std::string_view(bytes).substr(0, 512));
  if (kind == FileKind::ole2 && is_encrypted_ooxml(bytes))
    throw ImportError{display_name,
                      "is a password-protected Word document",
                      {"open it in Word or WPS, remove the password (文件 → 信息 → 保护文档 → "
                       "用密码进行加密, clear the password) and save it as .docx again"}};
  if (kind != FileKind::zip)
    throw ImportError{display_name,
                      "is " + describe_file_kind(kind) + ", not a Word .docx document",
                      kSaveAsDocx};
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) {
    zip_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!zip_->archive) zip_source_free(source);  // the archive owns it once open
  }
  if (zip_->archive) zip_error_fini(&error);
  if (!zip_->archive)
    throw ImportError{display_name,
                      "the ZIP container of the .docx is damaged (" + libzip_message(error) + ")",
                      {"the file was probably cut short in a download or e-mail; ask for it again, "
                       "or open it in Word or WPS (which can often repair it) and save it again as "
                       ".docx"}};
  // Other ZIP-based formats: say which, rather than "no word/document.xml".
  if (!has("[Content_Types].xml")) {
    if (auto mime = read("mimetype"); mime && mime->find("opendocument") != std::string::npos)
      throw ImportError{display_name,
                        "is an OpenDocument file (.odt), not a Word .docx document",
                        {"open it in LibreOffice or WPS and save it as Word 2007–365 (.docx)"}};
    throw ImportError{display_name,
                      "is a ZIP file but not a Word document (it has no [Content_Types].xml)",
                      kSaveAsDocx};
  }
  for (const auto& [id, rel] : relationships("")) {
    if (rel.type == "officeDocument" && !rel.external) main_part_ = rel.target;
  }
  if (main_part_.empty()) main_part_ = "word/document.xml";
  if (!has(main_part_)) {
    if (has("xl/workbook.xml") || has("ppt/presentation.xml"))
      throw ImportError{display_name,
                        "is an Excel or PowerPoint file, not a Word document",
                        {"copy the text into a Word document and save it as .docx"}};
    throw ImportError{display_name,
                      "the document part '" + main_part_ + "' is missing",
                      {"the file is damaged or was not written by a word processor; open it in "
                       "Word or WPS and save it again as .docx"}};
  }
}

Package::~Package() = default;

namespace {

std::string percent_decoded(const std::string& name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto hex = [&](std::size_t at) {
      return std::isxdigit(static_cast<unsigned char>(name[at])) != 0;
    };
    if (name[i] == '%' && i + 2 < name.size() && hex(i + 1) && hex(i + 2)) {
      out += static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += name[i];
    }
  }
  return out;
}

}  // namespace

// A part's entry in the ZIP. Part names are URIs, so a relationship may
// name "media/%E5%9B%BE.png" for the entry "media/图.png"; and a .docx
// re-packed by a ZIP tool on a Chinese Windows keeps its entry names in
// GBK bytes without the UTF-8 flag (libzip then reads them as CP437).
zip_int64_t Package::locate(const std::string& part) const {
  if (const zip_int64_t i = zip_name_locate(zip_->archive, part.c_str(), 0); i >= 0) return i;
  const std::string decoded = percent_decoded(part);
  if (decoded != part)
    if (const zip_int64_t i = zip_name_locate(zip_->archive, decoded.c_str(), 0); i >= 0) return i;
  if (!zip_->gbk_names_read) {
    zip_->gbk_names_read = true;
    const zip_int64_t n = zip_get_num_entries(zip_->archive, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      // An entry without the UTF-8 flag reads differently as CP437 (what
      // the ZIP format says) than raw; GBK bytes are often valid UTF-8 by
      // chance ("图片" → "ͼƬ"), so validity tells nothing.
      const auto index = static_cast<zip_uint64_t>(i);
      const char* raw = zip_get_name(zip_->archive, index, ZIP_FL_ENC_RAW);
      const char* cp437 = zip_get_name(zip_->archive, index, ZIP_FL_ENC_STRICT);
      if (!raw || !cp437 || std::string_view(raw) == cp437) continue;
      if (auto name = gb18030_to_utf8(raw)) zip_->gbk_names.emplace(*name, i);
    }
  }
  for (const std::string* name : {&part, &decoded})
    if (auto it = zip_->gbk_names.find(*name); it != zip_->gbk_names.end()) return it->second;
  return -1;
}

bool Package::has(const std::string& part) const {
  return locate(part) >= 0;
}

std::optional<std::string> Package::read(const std::string& part) const {
  const zip_int64_t index = locate(part);
  if (index < 0) return std::nullopt;
  const auto damaged = [&](const std::string& why) {
    return ImportError{display_name_,
                       "part '" + part + "' cannot be read: " + why,
                       {"the file is damaged: ask for it again, or open it in Word or WPS and "
                        "save it again as .docx"}};
  };
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_->archive, static_cast<zip_uint64_t>(index), 0, &st) != 0)
    throw damaged(zip_strerror(zip_->archive));
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limits_.part_bytes)
    throw ImportError{display_name_,
                      "part '" + part + "' is " + std::to_string(st.size >> 20) +
                          " MiB uncompressed, more than the " +
                          std::to_string(limits_.part_bytes >> 20) + " MiB an import accepts",
                      {"shrink the images in Word (图片格式 → 压缩图片) and save again"}};
  zip_file_t* file = zip_fopen_index(zip_->archive, static_cast<zip_uint64_t>(index), 0);
  if (!file) throw damaged(zip_strerror(zip_->archive));
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      const std::string why = zip_file_strerror(file);
      zip_fclose(file);
      throw damaged(why);
    }
    if (n == 0) break;
    zip_->inflated += static_cast<zip_uint64_t>(n);
    if (zip_->inflated > limits_.document_bytes) {
      zip_fclose(file);
      throw ImportError{display_name_,
                        "the document's parts inflate to more than " +
                            std::to_string(limits_.document_bytes >> 20) +
                            " MiB together (at part '" + part + "'), more than an import accepts",
                        {"shrink the images in Word (图片格式 → 压缩图片) and save again"}};
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > limits_.part_bytes) {
      zip_fclose(file);
      throw damaged("it inflates to more than " + std::to_string(limits_.part_bytes >> 20) +
                    " MiB");
    }
  }
  zip_fclose(file);
  return bytes;
}

std::string Package::require(const std::string& part) const {
  auto bytes = read(part);
  if (!bytes)
    throw ImportError{display_name_,
                      "the part '" + part + "' is missing",
                      {"the file is damaged or incomplete: open it in Word or WPS and save it "
                       "again as .docx"}};
  return *bytes;
}

Relationships Package::relationships(const std::string& part) const {
  const auto slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  const std::string rels_part = folder + "_rels/" + name + ".rels";
  Relationships out;
  const pugi::xml_document doc = parse_part(*this, rels_part, false);
  for (pugi::xml_node r : child(doc, "Relationships").children()) {
    if (!is(r, "Relationship")) continue;
    Relationship rel;
    std::string type = attr(r, "Type");
    const auto last = type.rfind('/');
    rel.type = last == std::string::npos ? type : type.substr(last + 1);
    rel.external = attr(r, "TargetMode") == "External";
    const std::string target = attr(r, "Target");
    rel.target = rel.external ? target : resolve_part_name(part.empty() ? "" : part, target);
    out[attr(r, "Id")] = rel;
  }
  return out;
}

}  // namespace paiban::import
