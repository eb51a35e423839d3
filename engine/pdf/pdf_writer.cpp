// The pdf stage's driver. Reads like its pipeline: page geometry → font
// usage → subset and embed fonts → paint pages → navigation → metadata →
// serialize → atomic write. Everything is assembled in memory first, so a
// failure at any step leaves the output path untouched.
#include "pdf/pdf_writer.h"

#include <podofo/base/PdfArray.h>
#include <podofo/base/PdfError.h>
#include <podofo/base/PdfOutputDevice.h>
#include <podofo/base/PdfRect.h>
#include <podofo/doc/PdfMemDocument.h>
#include <podofo/doc/PdfPagesTree.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>

#include "base/parallel.h"
#include "pdf/artifact.h"
#include "pdf/atomic_file.h"
#include "pdf/colors.h"
#include "pdf/compress_ahead.h"
#include "pdf/content_stream.h"
#include "pdf/font_embedding.h"
#include "pdf/font_objects.h"
#include "pdf/font_usage.h"
#include "pdf/image_store.h"
#include "pdf/link_annotations.h"
#include "pdf/metadata.h"
#include "pdf/navigation.h"
#include "pdf/page_geometry.h"
#include "pdf/pdf_writer_detail.h"
#include "pdf/shape_painter.h"
#include "pdf/string_output.h"
#include "pdf/text_painter.h"
#include "pdf/write_memo.h"

namespace paiban::pdf {
namespace {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

bool check_document(const page::PagedDocument& doc, Diagnostics& diags) {
  if (doc.pages.empty()) {
    diags.error(SourceSpan{}, "the document has no pages; nothing to write", {});
    return false;
  }
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    if (doc.pages[i].width.sp <= 0 || doc.pages[i].height.sp <= 0) {
      diags.error(SourceSpan{}, "page " + std::to_string(i + 1) + " has no size", {});
      return false;
    }
  }
  return true;
}

struct Painter {
  const FontTable& fonts;
  ColorSpaces& colors;
  ImageStore& images;
  TextPaintOptions text_style;
  Diagnostics& diags;

  void paint(const page::Item& item, int page_number, const PageGeometry& geo, ContentStream& out,
             PageResources& res) {
    std::visit(Overloaded{
                   [&](const page::GlyphRun& r) {
                     paint_glyph_run(r, geo, fonts, colors, text_style, out, res);
                   },
                   [&](const page::Fill& f) { paint_fill(f, geo, colors, out, res); },
                   [&](const page::Stroke& s) { paint_stroke(s, geo, colors, out, res); },
                   [&](const page::Image& i) {
                     paint_image(i, page_number, geo, images, out, res, diags);
                   },
               },
               item);
  }
};

// One try at the document. With the pages painted while the fonts are
// subset (pdf/font_embedding.h), a code predicted wrong makes the pages
// wrong: the try ends with `mispredicted` and the subsets it made, and the
// next one paints with them.
struct Attempt {
  bool paint_ahead = true;
  const WriteSeams* seams = nullptr;
  const SubsetsMade* made = nullptr;  // subsets from the try before
  bool mispredicted = false;
  SubsetsMade subsets;  // when mispredicted
};

Diagnostics build(const page::PagedDocument& doc, const PdfOptions& options, const Environment& env,
                  std::string& bytes, WriteStats* stats, Attempt& attempt) {
  Diagnostics diags;
  if (!check_document(doc, diags)) return diags;
  // The output profile is compressed on the other core while fonts are
  // subset and pages painted (pdf/compress_ahead.h).
  CompressAhead profile_ahead;
  if (options.threads != 1 && core_count() > 1)
    if (auto icc = env.read_file(options.output_profile_path)) profile_ahead.start(std::move(*icc));

  // A new PoDoFo document stamps its Info with the time through localtime(),
  // whose result is one static buffer: issues written side by side made
  // theirs at once (ThreadSanitizer). write_info replaces the stamp.
  std::optional<PoDoFo::PdfMemDocument> document;
  {
    static std::mutex stamping;
    const std::lock_guard<std::mutex> lock(stamping);
    document.emplace();
  }
  PoDoFo::PdfMemDocument& pdf = *document;
  pdf.SetPdfVersion(PoDoFo::ePdfVersion_1_6);  // PDF/X-4 is based on PDF 1.6
  ContentHash hash;
  ObjectFactory objects(pdf.GetObjects(), hash);
  // Streams are compressed on the other core as they are made
  // (pdf/eager_compression.h), unless a memo supplies them.
  if (!options.memo && options.threads != 1 && core_count() > 1) objects.compress_while_building();
  PoDoFo::PdfObject* catalog = pdf.GetCatalog();

  // 1. Geometry: the MediaBox grows by the marks' room (layout made the
  // marks, page::Page::marks).
  const int count = static_cast<int>(doc.pages.size());
  std::vector<PageGeometry> geometries;
  for (const page::Page& p : doc.pages)
    geometries.push_back(PageGeometry{p.width, p.height, options.bleed, doc.marks_room});

  // 2–3. Fonts: the whole document's glyph set per face, then subset.
  FontUsageCollector usage;
  for (const page::Page& p : doc.pages) {
    for (const auto* items : {&p.items, &p.marks}) {
      for (const page::Item& item : *items) {
        if (auto* run = std::get_if<page::GlyphRun>(&item)) usage.add_run(*run);
      }
    }
  }
  // The subsets run on helper threads from here on; the pages are painted
  // meanwhile, with each glyph's predicted code.
  const unsigned threads = options.threads == 0 ? core_count() : options.threads;
  FontEmbedding embedding(
      usage, env,
      FontEmbedding::Options{threads, attempt.paint_ahead, options.memo, attempt.made,
                             attempt.seams && attempt.seams->spoil_predicted_codes});
  embedding.start();
  FontTable fonts;
  if (!embedding.embed(objects, fonts, diags)) return diags;

  // 4. Pages.
  ColorSpaces colors(objects);
  ImageStore images(objects, options.rgb_profile_path, env, options.image_limits);
  Painter painter{fonts, colors, images, TextPaintOptions{options.overprint_black_text}, diags};
  PoDoFo::PdfObject* page_tree = pdf.GetPagesTree()->GetObject();
  std::vector<PageTarget> targets;
  std::vector<std::string> labels;
  for (int i = 0; i < count; ++i) {
    const page::Page& p = doc.pages[static_cast<std::size_t>(i)];
    const PageGeometry& geo = geometries[static_cast<std::size_t>(i)];
    ContentStream content;
    PageResources res;
    // Everything of the page is clipped to the BleedBox; the marks lie
    // outside it and are drawn after the clip is undone.
    content.save();
    content.clip_rect(geo.marks_room, geo.marks_room, geo.trim_width + geo.bleed * 2,
                      geo.trim_height + geo.bleed * 2);
    for (const page::Item& item : p.items) painter.paint(item, i + 1, geo, content, res);
    content.restore();
    // The marks are production aids (/Artifact /Page); a glyph run (the
    // slug) carries its own artifact kind, so only the drawings are wrapped.
    for (const page::Item& item : p.marks) {
      const bool run = std::holds_alternative<page::GlyphRun>(item);
      const ArtifactScope aid(content, run ? page::Artifact::none : page::Artifact::page);
      painter.paint(item, i + 1, geo, content, res);
    }

    // The page dictionary is made here and the page tree filled once at the
    // end: PoDoFo's CreatePage walks the whole /Kids array for every page it
    // appends, which made a 1,000-page issue quadratic.
    PoDoFo::PdfObject* page_obj = objects.dict("Page");
    put_ref(page_obj, "Parent", page_tree->Reference());
    put_raw(page_obj, "MediaBox", geo.media_box());
    put_raw(page_obj, "BleedBox", geo.bleed_box());
    put_raw(page_obj, "TrimBox", geo.trim_box());
    hash.add(geo.media_box() + geo.bleed_box() + geo.trim_box());
    PoDoFo::PdfObject* stream = objects.stream(content.str(), Compression::flate);
    put_ref(page_obj, "Contents", stream->Reference());
    put_raw(page_obj, "Resources", res.to_dictionary());
    if (!options.pdfx) write_link_annotations(objects, page_obj, p.links, geo);
    targets.push_back(PageTarget{page_obj->Reference(), geo});
    labels.push_back(p.label);
  }
  if (diags.has_errors()) return diags;
  PoDoFo::PdfArray kids;
  for (const PageTarget& t : targets) kids.push_back(PoDoFo::PdfObject(PoDoFo::PdfVariant(t.page)));
  put_value(page_tree, "Kids", PoDoFo::PdfObject(PoDoFo::PdfVariant(kids)));
  put_int(page_tree, "Count", count);
  if (stats) stats->images_embedded = images.embedded_count();

  // 5. Navigation.
  write_outline(objects, catalog, doc.outline, targets);
  write_page_labels(objects, catalog, labels);
  write_viewer_preferences(catalog);

  // The font programs: the hash needs them now.
  switch (embedding.finish(objects, diags, stats)) {
    case FontEmbedding::Outcome::done:
      break;
    case FontEmbedding::Outcome::failed:
      return diags;
    case FontEmbedding::Outcome::mispredicted:
      attempt.mispredicted = true;
      attempt.subsets = embedding.subsets();
      return diags;
  }

  // 6. PDF/X identification; the hash now covers every stream and page.
  write_output_intent(objects, catalog, options, env, diags);
  if (diags.has_errors()) return diags;
  for (const std::string* s :
       {&doc.meta.title, &doc.meta.author, &doc.meta.subject, &doc.meta.creator, &doc.meta.date})
    hash.add(*s);
  hash.add_number(options.timestamp);
  write_info(pdf, doc.meta, options, hash.hex());
  write_xmp(objects, catalog, doc.meta, options, hash.uuid());

  // 7. Compress the streams (in parallel), serialize into memory.
  profile_ahead.wait();
  const std::size_t stream_bytes = objects.compress_streams(options.threads, options.memo);
  // Written straight into `bytes` (pdf/string_output.h), with room for the
  // flate streams and a generous share for each object's dictionary and
  // xref entry (180–250 bytes in the sample ×1–×200) and the XMP packet, so
  // that the string does not grow by doubling.
  bytes.clear();
  bytes.reserve(stream_bytes + pdf.GetObjects().GetSize() * 300 + (std::size_t{16} << 10));
  {
    StringOutput out(bytes);
    PoDoFo::PdfOutputDevice device(&out);
    pdf.Write(&device);
    device.Flush();
  }
  if (options.memo) options.memo->finish_write();
  return diags;
}

}  // namespace

Diagnostics render_pdf_bytes(const page::PagedDocument& doc, const PdfOptions& options,
                             const Environment& env, std::string& bytes, WriteStats* stats,
                             const WriteSeams& seams) {
  // Third-party exceptions stop here and become diagnostics (docs/design.md).
  try {
    Attempt first;
    first.seams = &seams;
    Diagnostics diags = build(doc, options, env, bytes, stats, first);
    if (!first.mispredicted) return diags;
    if (stats) stats->painted_again = true;
    Attempt second;
    second.paint_ahead = false;
    second.made = &first.subsets;
    return build(doc, options, env, bytes, stats, second);
  } catch (const PoDoFo::PdfError& e) {
    Diagnostics diags;
    const char* name = PoDoFo::PdfError::ErrorName(e.GetError());
    diags.error(
        SourceSpan{},
        std::string("PoDoFo failed while building the PDF: ") + (name ? name : "unknown error"),
        {"this is a bug in paiban's pdf stage; please report it with the manuscript"});
    return diags;
  } catch (const std::exception& e) {
    Diagnostics diags;
    diags.error(SourceSpan{}, std::string("building the PDF failed: ") + e.what(), {});
    return diags;
  }
}

Diagnostics render_pdf_bytes(const page::PagedDocument& doc, const PdfOptions& options,
                             const Environment& env, std::string& bytes, WriteStats* stats) {
  return render_pdf_bytes(doc, options, env, bytes, stats, WriteSeams{});
}

Diagnostics write_pdf_with(const page::PagedDocument& doc, const PdfOptions& options,
                           const Environment& env, const std::string& out_path,
                           const FileWriteHooks& hooks, WriteStats* stats) {
  std::string bytes;
  Diagnostics diags = render_pdf_bytes(doc, options, env, bytes, stats);
  if (diags.has_errors()) return diags;
  if (stats) stats->file_bytes = bytes.size();
  diags.append(write_file_atomically(
      out_path, bytes, hooks,
      options.survive_power_cut ? Durability::synced : Durability::replaceable));
  return diags;
}

Diagnostics write_pdf(const page::PagedDocument& doc, const PdfOptions& options,
                      const Environment& env, const std::string& out_path) {
  return write_pdf_with(doc, options, env, out_path, FileWriteHooks{}, nullptr);
}

}  // namespace paiban::pdf
