// An output stream that appends to a std::string, for PoDoFo's
// PdfOutputDevice(std::ostream*): the serialized PDF lands in the string the
// caller returns, without PdfRefCountedBuffer's second buffer (grown by
// doubling, so up to twice the file) and the copy out of it. On a short
// issue those two were the last step of the run's peak memory.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace paiban::pdf {

class StringOutput : public std::ostream {
 public:
  // Appends to `out`; reserve its room first when the size is known.
  explicit StringOutput(std::string& out);

 private:
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(std::string& out) : out_(out) {}

   protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    // Only the position (tellp): PoDoFo records where each object starts.
    pos_type seekoff(off_type off, std::ios_base::seekdir dir,
                     std::ios_base::openmode which) override;

   private:
    std::string& out_;
  };
  Buffer buffer_;
};

}  // namespace paiban::pdf
