// UTF-8 decoding on ICU's U8_NEXT: RFC 3629 well-formedness, and U+FFFD for
// each maximal ill-formed part.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/utf8.h"

namespace paiban {
namespace {

// Every code point of `s` as decoded, U+FFFD for ill-formed parts.
std::vector<char32_t> decode_all(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(utf8_next(s, i));
  return out;
}

TEST(Utf8, DecodesOneToFourByteForms) {
  EXPECT_EQ(decode_all("a\xC3\xA9\xE6\x8E\x92\xF0\x9F\x98\x80"),
            (std::vector<char32_t>{U'a', U'é', U'排', U'\U0001F600'}));
  EXPECT_TRUE(utf8_valid("许昌竞争情报快递 2025"));
  EXPECT_EQ(utf8_length("排版 ok"), 5u);
}

TEST(Utf8, RejectsOverlongForms) {
  // "/" as two, three and four bytes; NUL as two bytes (Modified UTF-8).
  for (const std::string s : {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xC0\x80"}) {
    EXPECT_FALSE(utf8_valid(s)) << s.size() << " bytes";
    for (char32_t c : decode_all(s)) EXPECT_EQ(c, U'\uFFFD');
  }
  // The smallest code points of each length are fine.
  EXPECT_TRUE(utf8_valid("\xC2\x80\xE0\xA0\x80\xF0\x90\x80\x80"));
}

TEST(Utf8, RejectsSurrogatesAndValuesPastTheLastPlane) {
  EXPECT_FALSE(utf8_valid("\xED\xA0\x80"));             // U+D800
  EXPECT_FALSE(utf8_valid("\xED\xBF\xBF"));             // U+DFFF
  EXPECT_FALSE(utf8_valid("\xF4\x90\x80\x80"));         // U+110000
  EXPECT_TRUE(utf8_valid("\xED\x9F\xBF\xEE\x80\x80"));  // U+D7FF U+E000
  EXPECT_TRUE(utf8_valid("\xF4\x8F\xBF\xBF"));          // U+10FFFF
}

TEST(Utf8, OneReplacementPerMaximalIllFormedPart) {
  // A truncated three-byte form is one part; a stray continuation byte is one.
  EXPECT_EQ(decode_all("\xE6\x8E"
                       "a"),
            (std::vector<char32_t>{U'\uFFFD', U'a'}));
  EXPECT_EQ(decode_all("\x80\x80"
                       "b"),
            (std::vector<char32_t>{U'\uFFFD', U'\uFFFD', U'b'}));
  // A lead byte cut off at the end of the input.
  EXPECT_EQ(decode_all("x\xF0\x9F"), (std::vector<char32_t>{U'x', U'\uFFFD'}));
  std::size_t i = 0;
  EXPECT_EQ(utf8_decode("\xE6\x8E"
                        "a",
                        i),
            std::nullopt);
  EXPECT_EQ(i, 2u);
}

TEST(Utf8, AppendWritesWellFormedOrReplacement) {
  std::string out;
  for (char32_t c : {U'a', U'é', U'排', U'\U0001F600'}) utf8_append(out, c);
  EXPECT_EQ(out, "a\xC3\xA9\xE6\x8E\x92\xF0\x9F\x98\x80");
  std::string bad;
  utf8_append(bad, 0xD800);
  utf8_append(bad, 0x110000);
  EXPECT_EQ(bad, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

}  // namespace
}  // namespace paiban
