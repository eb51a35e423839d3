#include "pdf/content_hash.h"

namespace paiban::pdf {
namespace {
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
}

void ContentHash::add(std::string_view bytes) {
  for (unsigned char c : bytes) {
    a_ = (a_ ^ c) * kFnvPrime;
    b_ = (b_ ^ static_cast<unsigned char>(c + 0x5b)) * kFnvPrime;
  }
  // Length-delimit, so ("ab","c") and ("a","bc") differ.
  a_ = (a_ ^ bytes.size()) * kFnvPrime;
  b_ = (b_ ^ (bytes.size() + 1)) * kFnvPrime;
}

void ContentHash::add_number(int64_t v) {
  add(std::to_string(v));
}

std::string ContentHash::hex() const {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (uint64_t lane : {a_, b_}) {
    for (int shift = 60; shift >= 0; shift -= 4) out.push_back(digits[(lane >> shift) & 0xf]);
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
