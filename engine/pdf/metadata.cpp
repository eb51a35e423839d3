#include "pdf/metadata.h"

#include <podofo/base/PdfArray.h>
#include <podofo/doc/PdfInfo.h>

#include "base/input_file.h"
#include "pdf/icc_profile.h"
#include "pdf/pdf_dates.h"

namespace paiban::pdf {
namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

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
  put_ascii(info, "GTS_PDFXVersion", kPdfxVersion);
  put_ascii(info, "PaibanContentID", content_id);
}

std::string xmp_packet(const page::Metadata& meta, const PdfOptions& options,
                       const std::string& document_uuid) {
  const std::string date = xmp_date(options.timestamp);
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "  <rdf:Description rdf:about=\"\"\n";
  x += "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  x += "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  x += "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  x += "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"\n";
  x += "    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n";
  x += "   <dc:format>application/pdf</dc:format>\n";
  x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(meta.title) +
       "</rdf:li></rdf:Alt></dc:title>\n";
  if (!meta.author.empty()) {
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(meta.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!meta.subject.empty()) {
    x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(meta.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  }
  x += "   <xmp:CreatorTool>" + xml_escape(creator_of(meta)) + "</xmp:CreatorTool>\n";
  x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
  x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
  x += "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
  x += "   <pdf:Producer>" + std::string(kProducer) + "</pdf:Producer>\n";
  x += "   <pdf:Trapped>False</pdf:Trapped>\n";
  // ISO 15930-7 §6.7.2 asks for DocumentID, VersionID and RenditionClass.
  x += "   <xmpMM:DocumentID>uuid:" + document_uuid + "</xmpMM:DocumentID>\n";
  x += "   <xmpMM:InstanceID>uuid:" + document_uuid + "</xmpMM:InstanceID>\n";
  x += "   <xmpMM:VersionID>1</xmpMM:VersionID>\n";
  x += "   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n";
  x += "   <pdfxid:GTS_PDFXVersion>" + std::string(kPdfxVersion) + "</pdfxid:GTS_PDFXVersion>\n";
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n";
  // Padding lets an editor update the packet in place (XMP spec part 1 §7.3.3).
  for (int i = 0; i < 20; ++i) x += std::string(99, ' ') + "\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

void write_xmp(ObjectFactory& objects, PoDoFo::PdfObject* catalog, const page::Metadata& meta,
               const PdfOptions& options, const std::string& document_uuid) {
  PoDoFo::PdfObject* s =
      objects.stream(xmp_packet(meta, options, document_uuid), Compression::none, "Metadata");
  put_name(s, "Subtype", "XML");
  put_ref(catalog, "Metadata", s->Reference());
}

void write_output_intent(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                         const PdfOptions& options, Diagnostics& diags) {
  const std::string& path = options.output_profile_path;
  const std::string icc = read_input_file(path).bytes.value_or(std::string());
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
