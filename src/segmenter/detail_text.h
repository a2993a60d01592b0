#pragma once
// Character classes only the segmenter's files use (the shared ones are in akhbar/text.h).

#include <akhbar/text.h>

#include <cstddef>
#include <string_view>

namespace akhbar::detail {

// The value of an ASCII, Arabic-Indic or Extended Arabic-Indic digit, else -1.
inline int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0x0660 && c <= 0x0669) return static_cast<int>(c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<int>(c - 0x06F0);
  return -1;
}

// A letter or digit of any script we meet in Arabic news (for word boundaries).
inline bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  // Latin-1 and Latin Extended letters, without the signs × and ÷ that sit among them ("×××" is a rule).
  return is_arabic_letter(c) || is_arabic_mark(c) || digit_value(c) >= 0 ||
         (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}

// Code points in a UTF-8 string: its length in characters, not bytes.
inline std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The trivial letter fold used where no Normalizer is at hand (date words): one alef, ى→ي,
// ة→ه, ASCII lowercase, digits to ASCII. Marks are dropped by the caller.
inline char32_t fold_letter(char32_t c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;
    case 0x0649: return 0x064A;
    case 0x0629: return 0x0647;
    default: break;
  }
  if (int d = digit_value(c); d >= 0) return static_cast<char32_t>('0' + d);
  if (c >= 'A' && c <= 'Z') return c | 0x20;
  return c;
}

}  // namespace akhbar::detail
