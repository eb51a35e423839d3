// Thin, typed helpers over PoDoFo 0.9.8's object layer, so that the builders
// read in PDF terms (dictionary keys, names, references) and PoDoFo's own
// naming and its pitfalls stay in one place (docs/stack.md §4):
//  - AddKey(key, 0) picks the PdfObject* overload and crashes: every integer
//    goes through PdfVariant(int64_t) here;
//  - PoDoFo prints reals with std::fixed (6 decimals): numbers we care about
//    are written as raw tokens with format_number instead.
#pragma once

#include <podofo/base/PdfArray.h>
#include <podofo/base/PdfDictionary.h>
#include <podofo/base/PdfName.h>
#include <podofo/base/PdfObject.h>
#include <podofo/base/PdfReference.h>
#include <podofo/base/PdfVariant.h>
#include <podofo/base/PdfVecObjects.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/content_hash.h"

namespace paiban::pdf {

class WriteMemo;
class EagerCompression;

using ObjectRef = PoDoFo::PdfReference;

enum class Compression { flate, none };

// Creates indirect objects and feeds every stream's bytes into the content
// hash, so the file's /ID follows what is actually in the file.
class ObjectFactory {
 public:
  ObjectFactory(PoDoFo::PdfVecObjects& objects, ContentHash& hash);
  ~ObjectFactory();
  ObjectFactory(const ObjectFactory&) = delete;
  ObjectFactory& operator=(const ObjectFactory&) = delete;

  // A new indirect dictionary, with /Type when `type` is not empty.
  PoDoFo::PdfObject* dict(std::string_view type = {});
  // A new indirect object holding any value (e.g. a colour-space array).
  PoDoFo::PdfObject* value(const PoDoFo::PdfVariant& v);
  // A new indirect stream object holding `data`. A flate stream gets its
  // bytes in compress_streams(); the object is complete otherwise.
  PoDoFo::PdfObject* stream(std::string_view data, Compression compression,
                            std::string_view type = {});
  // A flate stream whose bytes come later (a font program being subset
  // while the pages are painted): the object and its place in the content
  // hash are made now, so object numbers and the hash come out as
  // stream(data) here would make them. Fill it before compress_streams().
  struct LaterStream {
    PoDoFo::PdfObject* object = nullptr;
    std::size_t pending = 0;     // in pending_
    std::size_t hash_piece = 0;  // ContentHash::reserve()
  };
  LaterStream stream_to_come(std::string_view type = {});
  void fill_stream(const LaterStream& stream, std::string data);

  // Compresses every flate stream made so far on up to `threads` threads
  // (0 = one per core) and stores the results; call before serializing.
  // Each stream is compressed on its own, so the bytes are the same at any
  // thread count. With a memo, streams an earlier write compressed are not
  // compressed again (write_memo.h).
  // Returns the bytes of the flate streams as they will be written.
  std::size_t compress_streams(unsigned threads, WriteMemo* memo = nullptr);
  // From now on flate streams are compressed on a helper thread as they
  // are made (pdf/eager_compression.h); compress_streams then compresses
  // only what is left. Not with a memo: a memo's streams are not compressed
  // again.
  void compress_while_building();

  ContentHash& hash() { return hash_; }

 private:
  struct PendingStream {
    PoDoFo::PdfObject* object;
    std::string data;
    std::string compressed;  // by the helper, when `done`
    bool done = false;
    bool filled = true;  // false for a LaterStream until fill_stream()
  };
  PoDoFo::PdfVecObjects& objects_;
  ContentHash& hash_;
  // A deque: the helper holds on to streams while more are added.
  std::deque<PendingStream> pending_;
  // Declared after pending_, so that it stops before the streams go.
  std::unique_ptr<EagerCompression> eager_;
};

// Dictionary entries, one helper per PDF value kind.
void put_name(PoDoFo::PdfObject* obj, std::string_view key, std::string_view name);
void put_int(PoDoFo::PdfObject* obj, std::string_view key, int64_t value);
void put_number(PoDoFo::PdfObject* obj, std::string_view key, double value);
void put_bool(PoDoFo::PdfObject* obj, std::string_view key, bool value);
void put_ref(PoDoFo::PdfObject* obj, std::string_view key, const ObjectRef& ref);
// A raw token sequence written as is, e.g. "[0 0 595.2756 841.8898]".
void put_raw(PoDoFo::PdfObject* obj, std::string_view key, std::string raw);
// A text string (ISO 32000-1 §7.9.2.2): PDFDocEncoding when ASCII, else
// UTF-16BE with BOM.
void put_text(PoDoFo::PdfObject* obj, std::string_view key, const std::string& utf8);
// A byte string written literally (ASCII only: dates, identifiers).
void put_ascii(PoDoFo::PdfObject* obj, std::string_view key, const std::string& ascii);
void put_value(PoDoFo::PdfObject* obj, std::string_view key, const PoDoFo::PdfObject& value);

// A raw token as a value for arrays.
PoDoFo::PdfObject raw_value(std::string raw);
// A text string value (see put_text).
PoDoFo::PdfString text_string(const std::string& utf8);

// "[a b c d]" from numbers, formatted with format_number.
std::string number_array(const std::vector<double>& values);

}  // namespace paiban::pdf
