#include "page/glyph_list.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace paiban::page {
namespace {

// INT32_MIN itself is GlyphList::kInExtra.
bool fits_32_bits(Length l) {
  return l.sp > std::numeric_limits<int32_t>::min() && l.sp <= std::numeric_limits<int32_t>::max();
}

constexpr std::size_t kMaxText = std::numeric_limits<uint32_t>::max();

}  // namespace

GlyphList::Data::Data(const Data& other) : glyphs(other.glyphs), text(other.text) {
  if (other.extra) extra = std::make_unique<std::vector<Extra>>(*other.extra);
}

GlyphList::Extra* GlyphList::Data::extra_of(std::size_t index) const {
  if (!extra) return nullptr;
  auto it = std::lower_bound(extra->begin(), extra->end(), index,
                             [](const Extra& e, std::size_t i) { return e.index < i; });
  return it != extra->end() && it->index == index ? &*it : nullptr;
}

void GlyphList::store(Data& d, uint32_t id, std::size_t text_end, Length advance, Length x_offset,
                      Length y_offset) {
  // A run's text is one line's: far below 4 GiB.
  if (text_end > kMaxText) throw std::length_error("a glyph run's text is over 4 GiB");
  Stored s{id, static_cast<uint32_t>(text_end), kInExtra};
  if (fits_32_bits(advance) && x_offset.sp == 0 && y_offset.sp == 0) {
    s.advance = static_cast<int32_t>(advance.sp);
  } else {
    if (!d.extra) d.extra = std::make_unique<std::vector<Extra>>();
    d.extra->push_back(Extra{d.glyphs.size(), advance, x_offset, y_offset});
  }
  d.glyphs.push_back(s);
}

GlyphList::GlyphList(const std::vector<Glyph>& glyphs) {
  for (const Glyph& g : glyphs) push_back(g);
  shrink_to_fit();
}

Glyph GlyphList::operator[](std::size_t i) const {
  const Stored& s = data_->glyphs[i];
  const uint32_t begin = i == 0 ? 0 : data_->glyphs[i - 1].text_end;
  Glyph g{s.id, Length::from_sp(s.advance), Length::zero(), Length::zero(),
          std::string_view(data_->text.data() + begin, s.text_end - begin)};
  if (s.advance == kInExtra) [[unlikely]] {
    const Extra* e = data_->extra_of(i);
    g.advance = e->advance;
    g.x_offset = e->x_offset;
    g.y_offset = e->y_offset;
  }
  return g;
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
  // The common glyph, without a call: every glyph set passes here.
  if (d.text.size() <= kMaxText && glyph.x_offset.sp == 0 && glyph.y_offset.sp == 0 &&
      fits_32_bits(glyph.advance)) [[likely]] {
    d.glyphs.push_back(Stored{glyph.id, static_cast<uint32_t>(d.text.size()),
                              static_cast<int32_t>(glyph.advance.sp)});
    return;
  }
  store(d, glyph.id, d.text.size(), glyph.advance, glyph.x_offset, glyph.y_offset);
}

void GlyphList::set_advance(std::size_t i, Length advance) {
  Data& d = own();
  Stored& s = d.glyphs[i];
  if (s.advance == kInExtra) {
    d.extra_of(i)->advance = advance;
  } else if (fits_32_bits(advance)) {
    s.advance = static_cast<int32_t>(advance.sp);
  } else {
    if (!d.extra) d.extra = std::make_unique<std::vector<Extra>>();
    auto it = std::lower_bound(d.extra->begin(), d.extra->end(), i,
                               [](const Extra& e, std::size_t at) { return e.index < at; });
    d.extra->insert(it, Extra{i, advance, Length::zero(), Length::zero()});
    s.advance = kInExtra;
  }
}

void GlyphList::append(const GlyphList& other) {
  if (other.empty()) return;
  const GlyphList copy = other;  // `other` may be this list; the copy shares its glyphs
  Data& d = own();
  const std::size_t base = d.text.size();
  d.text += copy.data_->text;
  for (std::size_t i = 0; i < copy.size(); ++i) {
    const Glyph g = copy[i];
    const std::size_t end = base + copy.data_->glyphs[i].text_end;
    store(d, g.id, end, g.advance, g.x_offset, g.y_offset);
  }
}

void GlyphList::shrink_to_fit() {
  if (!data_ || data_.use_count() > 1) return;
  data_->glyphs.shrink_to_fit();
  data_->text.shrink_to_fit();
  if (data_->extra) data_->extra->shrink_to_fit();
}

}  // namespace paiban::page
