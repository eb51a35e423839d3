#include "pdf/content_hash.h"

#include <stdexcept>

namespace paiban::pdf {

ContentHash::ContentHash() {
  XXH3_INITSTATE(&state_);
  XXH3_128bits_reset(&state_);
}

ContentHash::ContentHash(const ContentHash& other)
    : waiting_(other.waiting_), first_waiting_(other.first_waiting_) {
  XXH3_copyState(&state_, &other.state_);
}

ContentHash& ContentHash::operator=(const ContentHash& other) {
  if (this != &other) {
    XXH3_copyState(&state_, &other.state_);
    waiting_ = other.waiting_;
    first_waiting_ = other.first_waiting_;
  }
  return *this;
}

void ContentHash::add(std::string_view bytes) {
  if (waiting_.empty()) {
    absorb(bytes);
  } else {
    waiting_.emplace_back(std::string(bytes));
  }
}

std::size_t ContentHash::reserve() {
  waiting_.emplace_back(std::nullopt);
  return first_waiting_ + waiting_.size() - 1;
}

void ContentHash::fill(std::size_t piece, std::string_view bytes) {
  if (piece < first_waiting_ || piece - first_waiting_ >= waiting_.size() ||
      waiting_[piece - first_waiting_])
    throw std::logic_error("content hash: no such reserved piece");
  if (piece != first_waiting_) {
    waiting_[piece - first_waiting_] = std::string(bytes);
    return;
  }
  absorb(bytes);
  waiting_.pop_front();
  ++first_waiting_;
  while (!waiting_.empty() && waiting_.front()) {
    absorb(*waiting_.front());
    waiting_.pop_front();
    ++first_waiting_;
  }
}

void ContentHash::absorb(std::string_view bytes) {
  XXH3_128bits_update(&state_, bytes.data(), bytes.size());
  // The length as 8 little-endian bytes delimits the piece.
  unsigned char length[8];
  uint64_t n = bytes.size();
  for (unsigned char& b : length) {
    b = static_cast<unsigned char>(n & 0xff);
    n >>= 8;
  }
  XXH3_128bits_update(&state_, length, sizeof length);
}

void ContentHash::add_number(int64_t v) {
  add(std::to_string(v));
}

std::string ContentHash::hex() const {
  if (!waiting_.empty()) throw std::logic_error("content hash read before its reserved pieces");
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(&state_));
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char b : canonical.digest) {
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 0xf]);
  }
  return out;
}

std::string ContentHash::uuid() const {
  std::string h = hex();
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20, 12);
}

std::string subset_tag(const ContentHash& h) {
  std::string hex = h.hex();
  uint64_t v = 0;
  for (int i = 0; i < 16; ++i) {
    char c = hex[static_cast<size_t>(i)];
    v = (v << 4) | static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag.push_back(static_cast<char>('A' + v % 26));
    v /= 26;
  }
  return tag;
}

}  // namespace paiban::pdf
