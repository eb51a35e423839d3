// Builds small .docx files inside a test with libzip, from XML snippets in
// the forms Word, WPS and LibreOffice write, so each test shows the exact
// XML it reads.
#pragma once

#include <zip.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace paiban::import::test {

inline const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
    "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

class DocxBuilder {
 public:
  DocxBuilder& body(std::string xml) {
    body_ = std::move(xml);
    return *this;
  }
  DocxBuilder& styles(std::string inner) {  // <w:style> elements
    styles_ = std::move(inner);
    return *this;
  }
  DocxBuilder& numbering(std::string inner) {
    numbering_ = std::move(inner);
    return *this;
  }
  DocxBuilder& footnotes(std::string inner) {
    footnotes_ = std::move(inner);
    return *this;
  }
  DocxBuilder& endnotes(std::string inner) {
    endnotes_ = std::move(inner);
    return *this;
  }
  DocxBuilder& comments(std::string inner) {
    comments_ = std::move(inner);
    return *this;
  }
  DocxBuilder& core(std::string title, std::string modified) {
    core_title_ = std::move(title);
    core_modified_ = std::move(modified);
    return *this;
  }
  DocxBuilder& media(const std::string& rid, const std::string& name, std::string bytes) {
    media_[name] = std::move(bytes);
    rels_ += "<Relationship Id=\"" + rid +
             "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "image\" Target=\"media/" +
             name + "\"/>";
    return *this;
  }
  DocxBuilder& link(const std::string& rid, const std::string& url) {
    rels_ += "<Relationship Id=\"" + rid +
             "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
             "hyperlink\" Target=\"" +
             url + "\" TargetMode=\"External\"/>";
    return *this;
  }
  DocxBuilder& without(const std::string& part) {
    omitted_.push_back(part);
    return *this;
  }

  void write(const std::filesystem::path& path) const {
    std::filesystem::remove(path);
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) throw std::runtime_error("zip_open failed");
    std::vector<std::string> keep;  // libzip reads the buffers at zip_close
    const auto put = [&](const std::string& name, std::string data) {
      for (const auto& o : omitted_)
        if (o == name) return;
      keep.push_back(std::move(data));
      zip_source_t* src = zip_source_buffer(z, keep.back().data(), keep.back().size(), 0);
      zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    };
    keep.reserve(32);
    const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    put("[Content_Types].xml",
        xml +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    put("_rels/.rels",
        xml +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" +
            rel +
            "officeDocument\" Target=\"word/document.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
            "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            "</Relationships>");
    put("docProps/core.xml",
        xml +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
            "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:dcterms=\"http://purl.org/dc/terms/\"><dc:title>" +
            core_title_ + "</dc:title><dcterms:modified>" + core_modified_ +
            "</dcterms:modified></cp:coreProperties>");
    put("word/document.xml",
        xml + "<w:document " + kNamespaces + "><w:body>" + body_ + "</w:body></w:document>");
    std::string rels = rels_;
    rels += "<Relationship Id=\"rS\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>";
    rels += "<Relationship Id=\"rN\" Type=\"" + rel + "numbering\" Target=\"numbering.xml\"/>";
    rels += "<Relationship Id=\"rF\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/>";
    rels += "<Relationship Id=\"rE\" Type=\"" + rel + "endnotes\" Target=\"endnotes.xml\"/>";
    if (!comments_.empty())
      rels += "<Relationship Id=\"rC\" Type=\"" + rel + "comments\" Target=\"comments.xml\"/>";
    put("word/_rels/document.xml.rels",
        xml +
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            "relationships\">" +
            rels + "</Relationships>");
    put("word/styles.xml", xml + "<w:styles " + kNamespaces +
                               "><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"21\"/>"
                               "</w:rPr></w:rPrDefault></w:docDefaults>"
                               "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\">"
                               "<w:name w:val=\"Normal\"/></w:style>" +
                               styles_ + "</w:styles>");
    put("word/numbering.xml",
        xml + "<w:numbering " + kNamespaces + ">" + numbering_ + "</w:numbering>");
    put("word/footnotes.xml",
        xml + "<w:footnotes " + kNamespaces + ">" + footnotes_ + "</w:footnotes>");
    put("word/endnotes.xml",
        xml + "<w:endnotes " + kNamespaces + ">" + endnotes_ + "</w:endnotes>");
    if (!comments_.empty())
      put("word/comments.xml",
          xml + "<w:comments " + kNamespaces + ">" + comments_ + "</w:comments>");
    for (const auto& [name, bytes] : media_) put("word/media/" + name, bytes);
    if (zip_close(z) != 0) throw std::runtime_error("zip_close failed");
  }

 private:
  std::string body_, styles_, numbering_, footnotes_, endnotes_, comments_, rels_;
  std::string core_title_, core_modified_ = "2025-01-06T08:00:00Z";
  std::map<std::string, std::string> media_;
  std::vector<std::string> omitted_;
};

// <w:p> with plain text, optionally a style id.
inline std::string p(const std::string& text, const std::string& style = "") {
  return "<w:p>" + (style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>") +
         "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

inline std::string r(const std::string& text, const std::string& props = "") {
  return "<w:r>" + (props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

inline std::string style(const std::string& id, const std::string& name,
                         const std::string& extra = "") {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>" +
         extra + "</w:style>";
}

}  // namespace paiban::import::test
