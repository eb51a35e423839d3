#include "pdf/pdf_objects.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>

#include <podofo/base/PdfData.h>
#include <podofo/base/PdfInputStream.h>
#include <podofo/base/PdfStream.h>
#include <podofo/base/PdfString.h>
#include <podofo/base/PdfVariant.h>

#include "base/parallel.h"
#include "pdf/deflate.h"
#include "pdf/eager_compression.h"
#include "pdf/large_streams.h"
#include "pdf/number_format.h"
#include "pdf/write_memo.h"

namespace paiban::pdf {

using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfVariant;

PdfObject* ObjectFactory::dict(std::string_view type) {
  PdfObject* obj = objects_.CreateObject(PdfVariant(PoDoFo::PdfDictionary()));
  if (!type.empty()) put_name(obj, "Type", type);
  return obj;
}

PdfObject* ObjectFactory::value(const PdfVariant& v) {
  return objects_.CreateObject(v);
}

PdfObject* ObjectFactory::stream(std::string_view data, Compression compression,
                                 std::string_view type) {
  PdfObject* obj = dict(type);
  hash_.add(data);
  if (compression == Compression::none) {
    obj->GetStream()->Set(data.data(), static_cast<PoDoFo::pdf_long>(data.size()),
                          PoDoFo::TVecFilters());
  } else {
    PendingStream& p = pending_.emplace_back(PendingStream{obj, std::string(data), {}, false});
    if (eager_) eager_->add({&p.data, &p.compressed, &p.done});
  }
  return obj;
}

ObjectFactory::LaterStream ObjectFactory::stream_to_come(std::string_view type) {
  LaterStream later;
  later.object = dict(type);
  later.hash_piece = hash_.reserve();
  later.pending = pending_.size();
  pending_.push_back(PendingStream{later.object, {}, {}, false, false});
  return later;
}

void ObjectFactory::fill_stream(const LaterStream& stream, std::string data) {
  PendingStream& p = pending_.at(stream.pending);
  if (p.filled || p.object != stream.object) throw std::logic_error("stream filled twice");
  hash_.fill(stream.hash_piece, data);
  p.data = std::move(data);
  p.filled = true;
  if (eager_) eager_->add({&p.data, &p.compressed, &p.done});
}

ObjectFactory::ObjectFactory(PoDoFo::PdfVecObjects& objects, ContentHash& hash)
    : objects_(objects), hash_(hash) {}

ObjectFactory::~ObjectFactory() = default;

void ObjectFactory::compress_while_building() {
  if (!eager_) eager_ = std::make_unique<EagerCompression>();
}

std::size_t ObjectFactory::compress_streams(unsigned threads, WriteMemo* memo) {
  if (threads == 0) threads = core_count();
  for (const PendingStream& p : pending_)
    if (!p.filled) throw std::logic_error("a stream's bytes never came");
  if (eager_) {
    eager_->finish();
    eager_.reset();
  }
  // Streams an earlier write compressed are taken from the memo; the rest
  // are compressed in parallel and kept for the next write.
  // Large streams another PDF of this process compressed (the output
  // profile of every issue) are taken from the process's store.
  std::vector<std::size_t> to_compress;
  LargeStreams& large = LargeStreams::shared();
  for (std::size_t i = 0; i < pending_.size(); ++i) {
    std::string& data = pending_[i].data;
    if (pending_[i].done) {  // compressed while the document was built
      data = std::move(pending_[i].compressed);
      continue;
    }
    const std::string* known = memo ? memo->compressed(data) : nullptr;
    if (known) {
      data = *known;
    } else if (std::optional<std::string> kept = large.compressed(data)) {
      if (memo) memo->keep_compressed(data, *kept);
      data = std::move(*kept);
    } else {
      to_compress.push_back(i);
    }
  }
  // Largest first: the workers take streams in this order, and a large
  // stream taken last (the font programs, the output profile) kept one
  // core busy while the other had nothing left. Each result goes to its
  // own slot, so the order changes no byte.
  std::stable_sort(to_compress.begin(), to_compress.end(), [&](std::size_t a, std::size_t b) {
    return pending_[a].data.size() > pending_[b].data.size();
  });
  std::vector<std::string> compressed(to_compress.size());
  // Each worker makes its compressor when it takes its first stream: a
  // compressor holds 650 KB, and often one thread is enough.
  std::vector<std::unique_ptr<Deflater>> deflaters(threads);
  parallel_for(to_compress.size(), threads, [&](std::size_t i, unsigned worker) {
    if (!deflaters[worker]) deflaters[worker] = std::make_unique<Deflater>();
    compressed[i] = deflaters[worker]->zlib(pending_[to_compress[i]].data);
  });
  for (std::size_t i = 0; i < to_compress.size(); ++i) {
    std::string& data = pending_[to_compress[i]].data;
    if (memo) memo->keep_compressed(data, compressed[i]);
    large.keep(data, compressed[i]);
    data = std::move(compressed[i]);
  }
  std::size_t total = 0;
  for (PendingStream& p : pending_) {
    total += p.data.size();
    PoDoFo::PdfMemoryInputStream in(p.data.data(), static_cast<PoDoFo::pdf_long>(p.data.size()));
    p.object->GetStream()->SetRawData(&in, static_cast<PoDoFo::pdf_long>(p.data.size()));
    put_name(p.object, "Filter", "FlateDecode");
  }
  pending_.clear();
  return total;
}

void put_value(PdfObject* obj, std::string_view key, const PdfObject& value) {
  obj->GetDictionary().AddKey(PdfName(std::string(key)), value);
}

void put_name(PdfObject* obj, std::string_view key, std::string_view name) {
  put_value(obj, key, PdfObject(PdfName(std::string(name))));
}

void put_int(PdfObject* obj, std::string_view key, int64_t value) {
  put_value(obj, key, PdfObject(PdfVariant(static_cast<PoDoFo::pdf_int64>(value))));
}

void put_number(PdfObject* obj, std::string_view key, double value) {
  put_raw(obj, key, format_number(value));
}

void put_bool(PdfObject* obj, std::string_view key, bool value) {
  put_value(obj, key, PdfObject(PdfVariant(value)));
}

void put_ref(PdfObject* obj, std::string_view key, const ObjectRef& ref) {
  put_value(obj, key, PdfObject(PdfVariant(ref)));
}

void put_raw(PdfObject* obj, std::string_view key, std::string raw) {
  put_value(obj, key, raw_value(std::move(raw)));
}

PdfObject raw_value(std::string raw) {
  // A leading space keeps the token apart from the key in PoDoFo's compact
  // writing mode, which omits the separator before raw data.
  raw.insert(raw.begin(), ' ');
  return PdfObject(PdfVariant(PoDoFo::PdfData(raw.c_str(), raw.size())));
}

PoDoFo::PdfString text_string(const std::string& utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7f;
  if (ascii) return PoDoFo::PdfString(utf8);
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(utf8.c_str()));
}

void put_text(PdfObject* obj, std::string_view key, const std::string& utf8) {
  put_value(obj, key, PdfObject(PdfVariant(text_string(utf8))));
}

void put_ascii(PdfObject* obj, std::string_view key, const std::string& ascii) {
  put_value(obj, key, PdfObject(PdfVariant(PoDoFo::PdfString(ascii))));
}

std::string number_array(const std::vector<double>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out.push_back(' ');
    append_number(out, values[i]);
  }
  out.push_back(']');
  return out;
}

}  // namespace paiban::pdf
