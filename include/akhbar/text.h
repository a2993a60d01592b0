#pragma once
// UTF-8 stepping and the Arabic character classes that more than one stage needs, defined once
// here so that the loader, the segmenter and the JSON writer cannot drift apart. Header-only
// (ICU's utf8.h macros are header-only too), so every stage can use it without linking ICU.

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace akhbar {

// The code point at `s[i]`, advancing `i` past it; an ill-formed sequence reads as one U+FFFD
// per maximal subpart (Unicode's recommended practice, ICU's U8_NEXT_OR_FFFD). `i < s.size()`.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  UChar32 c;
  U8_NEXT_OR_FFFD(p, i, s.size(), c);
  return static_cast<char32_t>(c);
}

// Appends `cp` (a scalar value) to `out` as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
  std::uint8_t buf[U8_MAX_LENGTH];
  std::size_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));
  out.append(reinterpret_cast<const char*>(buf), n);
}

// Arabic harakat, Quranic marks and tatweel: what the search form drops.
inline bool is_arabic_mark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

// An Arabic letter: a code point of the Arabic blocks (Arabic, Supplement, Extended-A/B,
// Presentation Forms-A/B) whose general category is Lo. Not tatweel U+0640 (Lm), the small
// high letters U+06E5, U+06E6, U+08C9 (Lm, used as marks), marks, digits or signs such as the
// ornate parentheses U+FD3E/U+FD3F and the rial sign U+FDFC (tests/unit/record checks it
// against ICU's character data).
inline bool is_arabic_letter(char32_t c) {
  if (c < 0x0620) return false;
  if (c <= 0x06FF)
    return (c <= 0x064A && c != 0x0640) || c == 0x066E || c == 0x066F || (c >= 0x0671 && c <= 0x06D3) ||
           c == 0x06D5 || c == 0x06EE || c == 0x06EF || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF;
  if (c <= 0x08C8)
    return (c >= 0x0750 && c <= 0x077F) || (c >= 0x0870 && c <= 0x088E && c != 0x0888) || c >= 0x08A0;
  if (c < 0xFB50) return false;
  return c <= 0xFBB1 || (c >= 0xFBD3 && c <= 0xFD3D) || (c >= 0xFD50 && c <= 0xFD8F) ||
         (c >= 0xFD92 && c <= 0xFDC7) || (c >= 0xFDF0 && c <= 0xFDFB) ||
         (c >= 0xFE70 && c <= 0xFEFC && c != 0xFE75);
}

}  // namespace akhbar
