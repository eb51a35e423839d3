// Document identification for PDF/X-4 (ISO 15930-7, docs/typography.md §4): the
// Info dictionary, the XMP metadata stream and the one GTS_PDFX
// OutputIntent with its embedded CMYK profile.
#pragma once

#include <string>

#include <podofo/doc/PdfMemDocument.h>

#include "base/diagnostics.h"
#include "base/environment.h"
#include "page/page.h"
#include "pdf/pdf_objects.h"
#include "pdf/pdf_writer.h"

namespace paiban::pdf {

inline constexpr const char* kPdfxVersion = "PDF/X-4";
inline constexpr const char* kProducer = "paiban";

// Replaces PoDoFo's Info (which carries the wall clock) with ours.
// `content_id` goes in as /PaibanContentID: PoDoFo 0.9.8 derives the
// trailer /ID from the Info dictionary alone (docs/stack.md §4), so this is what
// makes /ID differ when the content differs.
void write_info(PoDoFo::PdfMemDocument& doc, const page::Metadata& meta, const PdfOptions& options,
                const std::string& content_id);

// The XMP packet (uncompressed, so tools can find it without inflating).
std::string xmp_packet(const page::Metadata& meta, const PdfOptions& options,
                       const std::string& document_uuid);
void write_xmp(ObjectFactory& objects, PoDoFo::PdfObject* catalog, const page::Metadata& meta,
               const PdfOptions& options, const std::string& document_uuid);

// Reads and checks the profile (a CMYK output profile) and adds the
// catalog's /OutputIntents. Errors when the profile is missing or unfit.
// The output profile is read through `env`.
void write_output_intent(ObjectFactory& objects, PoDoFo::PdfObject* catalog,
                         const PdfOptions& options, const Environment& env, Diagnostics& diags);

}  // namespace paiban::pdf
