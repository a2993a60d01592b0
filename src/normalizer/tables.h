#pragma once
// Process-wide lookup tables for the normalizer, built once from ICU's data (Normalizer2,
// UnicodeSet, character properties) and then only read, so every thread may share them.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::detail {

// What the single pass does with one code point.
enum class Action : std::uint8_t {
  keep,       // copy the code point as it is
  drop,       // remove it (tatweel, bidi and zero-width controls, stray BOM, diacritics in search)
  space,      // a plain space (collapsed with its neighbours, trimmed at line ends)
  newline,    // '\n': ends a line
  map1,       // replace by one code point (`value`)
  replace,    // replace by a string from the pool (`value` = offset << 8 | length)
  farsi_yeh,  // ی: ي before a letter of the same word, else ى (display only)
  zwj,        // U+200D: kept inside emoji sequences, dropped elsewhere
};

// Flags of the code point itself (not of its replacement).
enum : std::uint8_t {
  flag_nfc_yes = 1,       // NFC_Quick_Check = Yes
  flag_pictograph = 2,    // Extended_Pictographic: ZWJ may follow it
  flag_emoji_tail = 4,    // emoji modifier or variation selector 16: ZWJ may follow it too
  flag_word_letter = 8,   // an Arabic-script letter (decides ی)
  flag_word_char = 16,    // a letter, mark or digit: what search tokens are made of
  flag_simple_word = 32,  // Word_Break ALetter, Hebrew_Letter, Numeric or Extend: UAX #29 never
                          // breaks between two of these (WB4–WB13)
  flag_plain = 64,        // kept as is, a starter, NFC_QC=Yes, no emoji: copied in bulk
};

// One table row: the action, the code point's canonical combining class and flags.
struct Entry {
  Action action = Action::keep;
  std::uint8_t ccc = 0;
  std::uint8_t flags = flag_nfc_yes;
  std::uint32_t value = 0;
};

// One profile: the rules of the display form (with a digit choice) or of the search form.
struct Table {
  std::array<Entry, 0x10000> bmp;   // rows for the Basic Multilingual Plane
  std::array<bool, 0x800> plain{};  // flag_plain of U+0000–U+07FF (1- and 2-byte UTF-8), packed
  std::string pool;                 // UTF-8 replacement strings
  bool search = false;
  bool ascii_digits = false;

  // The row for any code point (supplementary ones are computed from ICU on the fly).
  Entry at(std::int32_t c) const { return c < 0x10000 ? bmp[static_cast<std::size_t>(c)] : supplementary(c); }
  // A replacement string of a `replace` row.
  std::string_view replacement(const Entry& e) const {
    return {pool.data() + (e.value >> 8), e.value & 0xFF};
  }

 private:
  Entry supplementary(std::int32_t c) const;
};

// The shared tables: display with digits kept, display with ASCII digits, search.
const Table& display_table(bool ascii_digits);
const Table& search_table();

// Base flags (ccc, NFC quick check, emoji, letter) of any code point, from ICU.
Entry base_entry(std::int32_t c);

}  // namespace akhbar::detail
