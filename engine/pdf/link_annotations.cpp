#include "pdf/link_annotations.h"

#include <cstdio>

namespace paiban::pdf {

std::string ascii_uri(const std::string& uri) {
  std::string out;
  for (const char ch : uri) {
    const auto byte = static_cast<unsigned char>(ch);
    if (byte > 0x20 && byte < 0x7F) {
      out += ch;
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", byte);
      out += hex;
    }
  }
  return out;
}

void write_link_annotations(ObjectFactory& objects, PoDoFo::PdfObject* page,
                            const std::vector<page::Link>& links, const PageGeometry& geo) {
  if (links.empty()) return;
  PoDoFo::PdfArray annots;
  for (const page::Link& link : links) {
    const std::string uri = ascii_uri(link.uri);
    PoDoFo::PdfObject* action = objects.dict("Action");
    put_name(action, "S", "URI");
    put_ascii(action, "URI", uri);
    PoDoFo::PdfObject* annot = objects.dict("Annot");
    put_name(annot, "Subtype", "Link");
    const std::string rect =
        number_array({geo.x(link.rect.x).to_pt(), geo.y(link.rect.bottom()).to_pt(),
                      geo.x(link.rect.right()).to_pt(), geo.y(link.rect.y).to_pt()});
    put_raw(annot, "Rect", rect);
    put_raw(annot, "Border", "[0 0 0]");
    put_ref(annot, "A", action->Reference());
    objects.hash().add(rect + uri);
    annots.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(annot->Reference())));
  }
  put_value(page, "Annots", PoDoFo::PdfObject(PoDoFo::PdfVariant(annots)));
}

}  // namespace paiban::pdf
