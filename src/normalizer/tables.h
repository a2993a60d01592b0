#pragma once
// Process-wide lookup tables for the normalizer, built from ICU's data (Normalizer2, UnicodeSet,
// character properties) page by page on first use and then only read, so every thread may share
// them.

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
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

// The replacement strings of one page's `replace` rows (offsets are relative to the page, so
// building a page never moves another page's strings).
struct PagePool {
  std::string text;
};

// One profile: the rules of the display form (with a digit choice) or of the search form.
// Rows are computed from ICU one 256-code-point page at a time, the first time a code point of
// the page is looked up, and published with an atomic pointer: most text touches a handful of
// pages, so a short-lived process pays for those only. Thread-safe; rows never change once built.
class Table {
 public:
  Table(bool search, bool ascii_digits);
  ~Table();
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  // The row for any code point (supplementary ones are computed from ICU on the fly). The row's
  // address does not depend on the flag's load, so the two loads overlap.
  Entry at(std::int32_t c) const {
    if (c >= 0x10000) return supplementary(c);
    const auto page = static_cast<std::size_t>(c) >> 8;
    if (!m_ready[page].load(std::memory_order_acquire)) [[unlikely]]
      build_page(page);
    return m_rows[static_cast<std::size_t>(c)];
  }
  // The replacement string of code point `c`, whose row `e` is a `replace` row.
  std::string_view replacement(std::int32_t c, const Entry& e) const {
    const PagePool& p = *m_pools[static_cast<std::size_t>(c) >> 8].load(std::memory_order_acquire);
    return {p.text.data() + (e.value >> 8), e.value & 0xFF};
  }
  // flag_plain of U+0000–U+07FF (the one- and two-byte UTF-8 sequences), for the bulk copy of the
  // pass. A bit is set when its page is built, so false means "not plain, or not known yet": the
  // pass then takes the code point the slow way, whose at() builds the page (same output).
  const std::array<std::atomic<bool>, 0x800>& plain() const { return m_plain; }
  // The rules of the search form (else of the display form).
  bool search() const { return m_search; }
  // Pages built so far (for tests and benchmarks).
  std::size_t pages_built() const;

 private:
  void build_page(std::size_t page) const;
  Entry supplementary(std::int32_t c) const;

  bool m_search;
  bool m_ascii_digits;
  // 65,536 rows, calloc'ed: the operating system maps a memory page in only when a row of it is
  // written, so unbuilt pages cost nothing.
  Entry* m_rows;
  mutable std::array<std::atomic<bool>, 0x100> m_ready{};             // page built and published
  mutable std::array<std::atomic<const PagePool*>, 0x100> m_pools{};  // its replacement strings
  mutable std::array<std::atomic<bool>, 0x800> m_plain{};
  mutable std::mutex m_mutex;  // serializes builders; readers never take it
};

// The shared tables: display with digits kept, display with ASCII digits, search.
const Table& display_table(bool ascii_digits);
const Table& search_table();

// Base flags (ccc, NFC quick check, emoji, letter) of any code point, from ICU.
Entry base_entry(std::int32_t c);

}  // namespace akhbar::detail
