#include "page/glyph_list.h"

namespace paiban::page {

GlyphList::GlyphList(const std::vector<Glyph>& glyphs) {
  for (const Glyph& g : glyphs) push_back(g);
  shrink_to_fit();
}

Glyph GlyphList::operator[](std::size_t i) const {
  const Stored& s = data_->glyphs[i];
  const uint32_t begin = i == 0 ? 0 : data_->glyphs[i - 1].text_end;
  return Glyph{s.id, s.advance, s.x_offset, s.y_offset,
               std::string_view(data_->text).substr(begin, s.text_end - begin)};
}

GlyphList::Data& GlyphList::own() {
  // Only this list holds the data: no other list can start sharing it
  // meanwhile, since that would need this list.
  if (!data_)
    data_ = std::make_shared<Data>();
  else if (data_.use_count() > 1)
    data_ = std::make_shared<Data>(*data_);
  return *data_;
}

void GlyphList::push_back(const Glyph& glyph) {
  Data& d = own();
  d.text += glyph.text;
  // A run's text is one line's: far below 4 GiB.
  d.glyphs.push_back(Stored{glyph.id, static_cast<uint32_t>(d.text.size()), glyph.advance,
                            glyph.x_offset, glyph.y_offset});
}

void GlyphList::set_advance(std::size_t i, Length advance) {
  own().glyphs[i].advance = advance;
}

void GlyphList::append(const GlyphList& other) {
  if (other.empty()) return;
  const Data copy = *other.data_;  // `other` may be this list
  Data& d = own();
  const auto base = static_cast<uint32_t>(d.text.size());
  d.text += copy.text;
  for (Stored s : copy.glyphs) {
    s.text_end += base;
    d.glyphs.push_back(s);
  }
}

void GlyphList::shrink_to_fit() {
  if (!data_ || data_.use_count() > 1) return;
  data_->glyphs.shrink_to_fit();
  data_->text.shrink_to_fit();
}

}  // namespace paiban::page
