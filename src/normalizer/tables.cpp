// Builds the normalizer's lookup tables from ICU's data, one 256-code-point page at a time on
// first use. The hot path then needs no ICU call for BMP text: one row per code point says what
// to do with it.
#include "normalizer/tables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>

namespace akhbar::detail {
namespace {

using Seq = std::u32string;

// The character classes of the rules: ranges as ICU UnicodeSets, general categories
// straight from ICU's property lookup (a [:Zs:] or [:L:] set would make ICU scan its whole
// property trie first, which costs more than every page a typical text touches).
struct Sets {
  icu::UnicodeSet spaces;        // → one plain space (with every Zs)
  icu::UnicodeSet removed;       // display: removed outright (with Cc other than line ends)
  icu::UnicodeSet presentation;  // Arabic presentation forms A and B
  icu::UnicodeSet diacritics;    // search: removed

  Sets() {
    UErrorCode st = U_ZERO_ERROR;
    spaces.applyPattern(u"[\\t\\u000B\\f\\r\\u0085\\u2028\\u2029]", st);
    // Tatweel; ALM, ZWSP, ZWNJ, LRM, RLM, embeddings/overrides, isolates, word joiner and
    // invisible operators, soft hyphen, Mongolian vowel separator, BOM.
    removed.applyPattern(
        u"[\\u0640\\u061C\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069"
        u"\\u00AD\\u180E\\uFEFF]",
        st);
    presentation.applyPattern(u"[\\uFB50-\\uFDFF\\uFE70-\\uFEFF]", st);
    diacritics.applyPattern(u"[\\u064B-\\u065F\\u0670\\u0610-\\u061A\\u06D6-\\u06ED]", st);
    if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU UnicodeSet: ") + u_errorName(st));
    spaces.freeze();
    removed.freeze();
    presentation.freeze();
    diacritics.freeze();
  }

  // Tab, VT, FF, CR, NEL, U+2028/9 and every Zs space.
  bool space(UChar32 c) const { return u_charType(c) == U_SPACE_SEPARATOR || spaces.contains(c); }
  // The listed invisible controls, and control codes (Cc) other than tab and line ends.
  bool remove(UChar32 c) const {
    if (u_charType(c) == U_CONTROL_CHAR) return !(c == '\t' || (c >= '\n' && c <= '\r') || c == 0x85);
    return removed.contains(c);
  }
  // A letter, mark or digit ([[:L:][:M:][:N:]]).
  static bool word(UChar32 c) { return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0; }
};

const Sets& sets() {
  static const Sets s;
  return s;
}

const icu::Normalizer2& nfc() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(st));
  return *n;
}

const icu::Normalizer2& nfkc() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(st);
  if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU NFKC: ") + u_errorName(st));
  return *n;
}

Seq to_seq(const icu::UnicodeString& s) {
  Seq out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    out += static_cast<char32_t>(c);
    i += U16_LENGTH(c);
  }
  return out;
}

icu::UnicodeString to_ustr(const Seq& s) {
  icu::UnicodeString out;
  for (char32_t c : s) out.append(static_cast<UChar32>(c));
  return out;
}

bool is_mark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// Persian and Urdu look-alikes → Arabic letters (Lucene's PersianNormalizer, with ی decided by
// its position: `final` is true when the letter ends its word).
char32_t arabic_letter(char32_t c, bool final) {
  switch (c) {
    case 0x06A9:
      return 0x0643;  // ک keheh → ك
    case 0x06C1:
      return 0x0647;  // ہ heh goal → ه
    case 0x06C0:
      return 0x0647;  // ۀ heh with yeh above → ه
    case 0x06CC:
      return final ? 0x0649 : 0x064A;  // ی farsi yeh → ى at the end, else ي
    default:
      return c;
  }
}

// The display form of one presentation form: its NFKC decomposition, recomposed (NFC) so that
// ﻷ gives لأ and keeps its hamza; a space or tatweel that only carries a mark is dropped.
Seq presentation_form(UChar32 c) {
  icu::UnicodeString decomposition;
  if (!nfkc().getDecomposition(c, decomposition)) return Seq(1, static_cast<char32_t>(c));
  UErrorCode st = U_ZERO_ERROR;
  Seq s = to_seq(nfc().normalize(decomposition, st));
  if (s.size() >= 2 && (s[0] == 0x20 || s[0] == 0x0640) && is_mark(static_cast<UChar32>(s[1]))) s.erase(0, 1);
  auto form = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
  bool final = form == U_DT_ISOLATED || form == U_DT_FINAL;
  for (std::size_t i = 0; i < s.size(); ++i) s[i] = arabic_letter(s[i], final || i + 1 < s.size());
  return s;
}

// The search fold of one code point of the display form (empty: removed).
Seq fold(char32_t c) {
  auto u = static_cast<UChar32>(c);
  if (sets().diacritics.contains(u)) return {};
  switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
      return Seq(1, 0x0627);  // آ أ إ ٱ → ا
    case 0x0649:
      return Seq(1, 0x064A);  // ى → ي
    case 0x0629:
      return Seq(1, 0x0647);  // ة → ه
    case 0x0624:
      return Seq(1, 0x0648);  // ؤ → و
    case 0x0626:
      return Seq(1, 0x064A);  // ئ → ي
    default:
      break;
  }
  if (u_charType(u) == U_DECIMAL_DIGIT_NUMBER)
    return Seq(1, static_cast<char32_t>('0' + u_charDigitValue(u)));
  return Seq(1, static_cast<char32_t>(u_tolower(u)));
}

// Fills the action of `e` for code point `c` under `t`'s rules; `pool` receives replacements.
void set_action(Entry& e, UChar32 c, bool search, bool ascii_digits, std::string* pool) {
  const Sets& s = sets();
  if (c == '\n') {
    e.action = Action::newline;
    return;
  }
  if (s.space(c)) {
    e.action = Action::space;
    return;
  }
  if (c == 0x200D) {
    e.action = Action::zwj;
    return;
  }
  if (s.remove(c)) {
    e.action = Action::drop;
    return;
  }
  Seq seq;
  if (c == 0x06CC && !search) {
    e.action = Action::farsi_yeh;
    return;
  }
  if (s.presentation.contains(c)) {
    seq = presentation_form(c);
  } else {
    seq = Seq(1, arabic_letter(static_cast<char32_t>(c), false));
  }
  if (ascii_digits || search) {
    for (auto& d : seq)
      if (u_charType(static_cast<UChar32>(d)) == U_DECIMAL_DIGIT_NUMBER)
        d = static_cast<char32_t>('0' + u_charDigitValue(static_cast<UChar32>(d)));
  }
  if (search) {
    Seq folded;
    for (char32_t d : seq) folded += fold(d);
    seq = std::move(folded);
  }
  if (seq.empty()) {
    e.action = Action::drop;
  } else if (seq.size() == 1 && seq[0] == static_cast<char32_t>(c)) {
    e.action = Action::keep;
  } else if (seq.size() == 1) {
    e.action = Action::map1;
    e.value = seq[0];
  } else if (pool) {
    std::string utf8;
    icu::UnicodeString u = to_ustr(seq);
    u.toUTF8String(utf8);
    if (utf8.size() > 255) throw std::logic_error("normalizer: replacement too long");
    e.action = Action::replace;
    e.value = static_cast<std::uint32_t>(pool->size() << 8 | utf8.size());
    *pool += utf8;
  }
}

// Marks rows the pass may copy in bulk.
void set_plain(Entry& e) {
  if (e.action == Action::keep && e.ccc == 0 && (e.flags & flag_nfc_yes) &&
      !(e.flags & (flag_pictograph | flag_emoji_tail)))
    e.flags |= flag_plain;
}

}  // namespace

Entry base_entry(std::int32_t c) {
  Entry e;
  e.ccc = static_cast<std::uint8_t>(u_getCombiningClass(c));
  e.flags = 0;
  if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES) e.flags |= flag_nfc_yes;
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC)) e.flags |= flag_pictograph;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_MODIFIER) || c == 0xFE0F || c == 0x20E3 ||
      (c >= 0xE0020 && c <= 0xE007F))
    e.flags |= flag_emoji_tail;
  UErrorCode st = U_ZERO_ERROR;
  if ((U_GET_GC_MASK(c) & U_GC_L_MASK) && uscript_getScript(c, &st) == USCRIPT_ARABIC)
    e.flags |= flag_word_letter;
  if (Sets::word(c)) e.flags |= flag_word_char;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER:
    case U_WB_HEBREW_LETTER:
    case U_WB_NUMERIC:
    case U_WB_EXTEND:
      e.flags |= flag_simple_word;
      break;
    default:
      break;
  }
  return e;
}

Table::Table(bool search, bool ascii_digits)
    : m_search(search),
      m_ascii_digits(ascii_digits),
      m_rows(static_cast<Entry*>(std::calloc(0x10000, sizeof(Entry)))) {
  if (!m_rows) throw std::bad_alloc();
}

Table::~Table() {
  for (auto& p : m_pools) delete p.load(std::memory_order_relaxed);
  std::free(m_rows);
}

void Table::build_page(std::size_t page) const {
  std::lock_guard<std::mutex> lock(m_mutex);
  if (m_ready[page].load(std::memory_order_acquire)) return;
  auto pool = std::make_unique<PagePool>();
  for (std::size_t i = 0; i < 0x100; ++i) {
    const auto c = static_cast<UChar32>(page << 8 | i);
    Entry e = base_entry(c);
    set_action(e, c, m_search, m_ascii_digits, &pool->text);
    set_plain(e);
    new (&m_rows[static_cast<std::size_t>(c)]) Entry(e);
    if (c < 0x800)
      m_plain[static_cast<std::size_t>(c)].store((e.flags & flag_plain) != 0, std::memory_order_relaxed);
  }
  // Release: a reader that sees the flag sees the rows and the strings too.
  m_pools[page].store(pool.release(), std::memory_order_release);
  m_ready[page].store(true, std::memory_order_release);
}

std::size_t Table::pages_built() const {
  std::size_t n = 0;
  for (const auto& p : m_ready) n += p.load(std::memory_order_acquire);
  return n;
}

Entry Table::supplementary(std::int32_t c) const {
  Entry e = base_entry(c);
  set_action(e, c, m_search, m_ascii_digits, nullptr);
  if (e.action == Action::replace) e.action = Action::keep;  // no supplementary rule expands
  set_plain(e);
  return e;
}

const Table& display_table(bool ascii_digits) {
  static const Table keep(false, false);
  static const Table ascii(false, true);
  return ascii_digits ? ascii : keep;
}

const Table& search_table() {
  static const Table t(true, true);
  return t;
}

}  // namespace akhbar::detail
