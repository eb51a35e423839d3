#include "pdf/string_output.h"

namespace paiban::pdf {

StringOutput::StringOutput(std::string& out) : std::ostream(nullptr), buffer_(out) {
  rdbuf(&buffer_);
}

StringOutput::Buffer::int_type StringOutput::Buffer::overflow(int_type c) {
  if (!traits_type::eq_int_type(c, traits_type::eof()))
    out_.push_back(traits_type::to_char_type(c));
  return traits_type::not_eof(c);
}

std::streamsize StringOutput::Buffer::xsputn(const char* s, std::streamsize n) {
  out_.append(s, static_cast<std::size_t>(n));
  return n;
}

StringOutput::Buffer::pos_type StringOutput::Buffer::seekoff(off_type off,
                                                             std::ios_base::seekdir dir,
                                                             std::ios_base::openmode which) {
  if (off != 0 || dir != std::ios_base::cur || !(which & std::ios_base::out))
    return pos_type(off_type(-1));
  return pos_type(static_cast<off_type>(out_.size()));
}

}  // namespace paiban::pdf
