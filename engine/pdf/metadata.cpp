#include "pdf/metadata.h"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <podofo/base/PdfArray.h>
#include <podofo/doc/PdfInfo.h>

#include "pdf/icc_profile.h"
#include "pdf/pdf_dates.h"

namespace paiban::pdf {
namespace {

// XML 1.0 §2.2 allows no C0 control character but tab, newline and carriage
// return: a title carrying one (TOML lets "\u0001" through) would make the
// packet ill-formed, so such characters are dropped from text values.
std::string xml_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.push_back(c);
  }
  return out;
}

// libxml2 sets up its global state on first use without a lock; its manual
// asks for xmlInitParser() once before threads use it. Issues written side
// by side (`paiban render` with several manuscripts) met there (found with
// ThreadSanitizer). Returns the buffer to write into.
xmlBufferPtr new_buffer() {
  static const bool ready = [] {
    xmlInitParser();
    return true;
  }();
  (void)ready;
  return xmlBufferCreate();
}

// xmlTextWriter with our error handling: every call's status is collected and
// a failure leaves an empty packet (the writer then reports it).
class XmlWriter {
 public:
  XmlWriter() : buffer_(new_buffer()), writer_(xmlNewTextWriterMemory(buffer_, 0)) {
    ok_ = buffer_ != nullptr && writer_ != nullptr;
    if (ok_) {
      check(xmlTextWriterSetIndent(writer_, 1));
      check(xmlTextWriterSetIndentString(writer_, BAD_CAST " "));
    }
  }
  ~XmlWriter() {
    if (writer_) xmlFreeTextWriter(writer_);
    if (buffer_) xmlBufferFree(buffer_);
  }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void pi(const char* target, const std::string& content) {
    if (ok_) check(xmlTextWriterWritePI(writer_, BAD_CAST target, BAD_CAST content.c_str()));
  }
  void start(const char* name) {
    if (ok_) check(xmlTextWriterStartElement(writer_, BAD_CAST name));
  }
  void attribute(const char* name, const std::string& value) {
    if (ok_)
      check(xmlTextWriterWriteAttribute(writer_, BAD_CAST name, BAD_CAST xml_text(value).c_str()));
  }
  void text(const std::string& value) {
    if (ok_) check(xmlTextWriterWriteString(writer_, BAD_CAST xml_text(value).c_str()));
  }
  void end() {
    if (ok_) check(xmlTextWriterEndElement(writer_));
  }
  // <name>value</name>
  void element(const char* name, const std::string& value) {
    start(name);
    text(value);
    end();
  }
  // <name><rdf:CONTAINER><rdf:li [xml:lang="x-default"]>value</rdf:li></…></name>
  void rdf_item(const char* name, const char* container, const std::string& value,
                bool with_language) {
    start(name);
    start(container);
    start("rdf:li");
    if (with_language) attribute("xml:lang", "x-default");
    text(value);
    end();
    end();
    end();
  }
  std::string finish() {
    if (ok_) check(xmlTextWriterEndDocument(writer_));
    if (ok_) check(xmlTextWriterFlush(writer_));
    if (!ok_) return {};
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                       static_cast<std::size_t>(xmlBufferLength(buffer_)));
  }

 private:
  void check(int status) { ok_ = ok_ && status >= 0; }
  xmlBufferPtr buffer_;
  xmlTextWriterPtr writer_;
  bool ok_ = false;
};

std::string creator_of(const page::Metadata& meta) {
  return meta.creator.empty() ? std::string(kProducer) : meta.creator;
}

}  // namespace

void write_info(PoDoFo::PdfMemDocument& doc, const page::Metadata& meta, const PdfOptions& options,
                const std::string& content_id) {
  PoDoFo::PdfObject* info = doc.GetInfo()->GetObject();
  info->GetDictionary().Clear();
  // Title always as UTF-16BE (a Chinese title is the normal case).
  put_value(info, "Title",
            PoDoFo::PdfObject(PoDoFo::PdfVariant(
                PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(meta.title.c_str())))));
  if (!meta.author.empty()) put_text(info, "Author", meta.author);
  if (!meta.subject.empty()) put_text(info, "Subject", meta.subject);
  put_text(info, "Creator", creator_of(meta));
  put_text(info, "Producer", kProducer);
  put_ascii(info, "CreationDate", pdf_date(options.timestamp));
  put_ascii(info, "ModDate", pdf_date(options.timestamp));
  put_name(info, "Trapped", "False");
  if (options.pdfx) put_ascii(info, "GTS_PDFXVersion", kPdfxVersion);
  put_ascii(info, "PaibanContentID", content_id);
}

std::string xmp_packet(const page::Metadata& meta, const PdfOptions& options,
                       const std::string& document_uuid) {
  const std::string date = xmp_date(options.timestamp);
  XmlWriter x;
  x.pi("xpacket", "begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
  x.start("x:xmpmeta");
  x.attribute("xmlns:x", "adobe:ns:meta/");
  x.start("rdf:RDF");
  x.attribute("xmlns:rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  x.start("rdf:Description");
  x.attribute("rdf:about", "");
  x.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  x.attribute("xmlns:xmp", "http://ns.adobe.com/xap/1.0/");
  x.attribute("xmlns:pdf", "http://ns.adobe.com/pdf/1.3/");
  x.attribute("xmlns:xmpMM", "http://ns.adobe.com/xap/1.0/mm/");
  x.attribute("xmlns:pdfxid", "http://www.npes.org/pdfx/ns/id/");
  x.element("dc:format", "application/pdf");
  x.rdf_item("dc:title", "rdf:Alt", meta.title, true);
  if (!meta.author.empty()) x.rdf_item("dc:creator", "rdf:Seq", meta.author, false);
  if (!meta.subject.empty()) x.rdf_item("dc:description", "rdf:Alt", meta.subject, true);
  x.element("xmp:CreatorTool", creator_of(meta));
  x.element("xmp:CreateDate", date);
  x.element("xmp:ModifyDate", date);
  x.element("xmp:MetadataDate", date);
  x.element("pdf:Producer", kProducer);
  x.element("pdf:Trapped", "False");
  // ISO 15930-7 §6.7.2 asks for DocumentID, VersionID and RenditionClass.
  x.element("xmpMM:DocumentID", "uuid:" + document_uuid);
  x.element("xmpMM:InstanceID", "uuid:" + document_uuid);
  x.element("xmpMM:VersionID", "1");
  x.element("xmpMM:RenditionClass", "default");
  if (options.pdfx) x.element("pdfxid:GTS_PDFXVersion", kPdfxVersion);
  std::string packet = x.finish();
  // Padding lets an editor update the packet in place (XMP spec part 1 §7.3.3).
  for (int i = 0; i < 20; ++i) packet += std::string(99, ' ') + "\n";
  packet += "<?xpacket end=\"w\"?>";
  return packet;
}

void write_xmp(ObjectFactory& objects, PoDoFo::PdfObject* catalog, const page::Metadata& meta,
               const PdfOptions& options, const std::string& document_uuid) {
  PoDoFo::PdfObject* s =
      objects.stream(xmp_packet(meta, options, document_uuid), Compression::none, "Metadata");
  put_name(s, "Subtype", "XML");
  put_ref(catalog, "Metadata", s->Reference());
}

void write_output_intent(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                         const PdfOptions& options, const Environment& env, Diagnostics& diags) {
  const std::string& path = options.output_profile_path;
  const std::string icc = env.read_file(path).value_or(std::string());
  if (!check_output_profile(path, icc.empty() ? std::nullopt : std::optional(icc), {}, diags))
    return;
  PoDoFo::PdfObject* profile = objects.stream(icc, Compression::flate);
  put_int(profile, "N", 4);
  PoDoFo::PdfObject* intent = objects.dict("OutputIntent");
  put_name(intent, "S", "GTS_PDFX");
  put_text(intent, "OutputConditionIdentifier", options.output_condition_identifier);
  if (!options.output_condition.empty())
    put_text(intent, "OutputCondition", options.output_condition);
  put_text(intent, "RegistryName", options.registry_name);
  put_text(intent, "Info",
           options.output_condition.empty() ? options.output_condition_identifier
                                            : options.output_condition);
  put_ref(intent, "DestOutputProfile", profile->Reference());
  PoDoFo::PdfArray intents;
  intents.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(intent->Reference())));
  put_value(catalog, "OutputIntents", PoDoFo::PdfObject(PoDoFo::PdfVariant(intents)));
}

}  // namespace paiban::pdf
