// The shared text helpers of akhbar/text.h: the UTF-8 step on ill-formed input, and the Arabic
// letter class against ICU's character data.
#include <akhbar/text.h>
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <string>
#include <vector>

namespace akhbar {
namespace {

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
  return out;
}

TEST(Text, NextCodePointReadsEachMaximalSubpartAsOneReplacement) {
  EXPECT_EQ(code_points("a\xD8\xA8\xE2\x82\xAC\xF0\x9F\x98\x80"),
            (std::vector<char32_t>{'a', 0x0628, 0x20AC, 0x1F600}));
  // A truncated sequence is one U+FFFD; the byte that broke it is read again.
  EXPECT_EQ(code_points("\xE2\x82x"), (std::vector<char32_t>{0xFFFD, 'x'}));
  EXPECT_EQ(code_points("\xF0\x9F\x98"), (std::vector<char32_t>{0xFFFD}));
  // Bytes that cannot start a sequence, overlongs and surrogates: one U+FFFD per byte.
  EXPECT_EQ(code_points("\x80\xC0\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(code_points("\xED\xA0\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));
  EXPECT_EQ(code_points("\xF4\x90\x80\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}));
}

TEST(Text, AppendUtf8RoundTripsEveryScalarValue) {
  for (char32_t c = 0; c <= 0x10FFFF; c += (c < 0x3000 ? 1 : 0x101)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    append_utf8(s, c);
    std::size_t i = 0;
    ASSERT_EQ(next_code_point(s, i), c);
    ASSERT_EQ(i, s.size());
  }
}

TEST(Text, ArabicLettersAreTheOtherLettersOfTheArabicScript) {
  // In the Arabic blocks of the BMP: exactly general category Lo (not tatweel, Lm). Elsewhere:
  // nothing (the Arabic Mathematical Alphabetic Symbols U+1EE00 are symbols for mathematics).
  int letters = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    UErrorCode err = U_ZERO_ERROR;
    bool arabic_block = (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
                        (c >= 0x0870 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
                        (c >= 0xFE70 && c <= 0xFEFF);
    bool expected =
        arabic_block && u_charType(c) == U_OTHER_LETTER && uscript_getScript(c, &err) == USCRIPT_ARABIC;
    ASSERT_EQ(is_arabic_letter(static_cast<char32_t>(c)), expected) << std::hex << "U+" << c;
    letters += expected;
  }
  EXPECT_GT(letters, 800);
  EXPECT_FALSE(is_arabic_letter(0x0640));  // tatweel
  EXPECT_TRUE(is_arabic_mark(0x0640));
  EXPECT_TRUE(is_arabic_letter(0x0627));
  EXPECT_FALSE(is_arabic_letter(0x0661));  // ١
}

}  // namespace
}  // namespace akhbar
