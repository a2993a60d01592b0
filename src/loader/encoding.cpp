// Encoding detection and decoding. UTF-8 takes a fast path (a validating copy, no ICU); the
// Arabic single-byte code pages decode through 256-entry tables built once from ICU; ICU's
// charset detector is consulted for legacy bytes, and the Arabic candidates are then scored
// on how plausible their decoded letters are, since the detector alone confuses
// windows-1256, ISO-8859-6 and CP720 on short texts.
#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <utility>

#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

constexpr char32_t replacement = 0xFFFD;

// One byte → one code point, for single-byte code pages.
struct ByteTable {
  std::array<char32_t, 256> cp{};
  std::array<bool, 256> mapped{};
};

ByteTable build_table(const char* icu_name) {
  ByteTable t;
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(icu_name, &err);
  for (int b = 0; b < 256; ++b) {
    t.cp[b] = replacement;
    if (b < 0x80) {
      t.cp[b] = static_cast<char32_t>(b);
      t.mapped[b] = true;
      continue;
    }
    if (U_FAILURE(err) || !conv) continue;
    UErrorCode e = U_ZERO_ERROR;
    ucnv_reset(conv);
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &e);
    char in = static_cast<char>(b);
    UChar out[4];
    int32_t n = ucnv_toUChars(conv, out, 4, &in, 1, &e);
    if (U_SUCCESS(e) && n == 1 && out[0] != 0xFFFD && out[0] != 0x1A) {
      t.cp[b] = out[0];
      t.mapped[b] = true;
    }
  }
  if (conv) ucnv_close(conv);
  return t;
}

const ByteTable& table_1256() {
  static const ByteTable t = build_table("windows-1256");
  return t;
}
const ByteTable& table_8859_6() {
  static const ByteTable t = build_table("ISO-8859-6");
  return t;
}
const ByteTable& table_720() {
  static const ByteTable t = build_table("ibm-720");
  return t;
}
const ByteTable& table_1252() {
  static const ByteTable t = [] {
    ByteTable t = build_table("windows-1252");
    // Bytes windows-1252 leaves undefined come out of ISO-8859-1 decoders as C1 controls.
    for (int b = 0x80; b < 0xA0; ++b)
      if (!t.mapped[b]) {
        t.cp[b] = static_cast<char32_t>(b);
        t.mapped[b] = true;
      }
    return t;
  }();
  return t;
}

const ByteTable* table_for(const std::string& encoding) {
  if (encoding == "windows-1256") return &table_1256();
  if (encoding == "ISO-8859-6") return &table_8859_6();
  if (encoding == "CP720") return &table_720();
  return nullptr;
}

std::string squash(std::string_view name) {
  std::string s;
  for (char c : name)
    if (c != '-' && c != '_' && c != ' ' && c != '.')
      s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Approximate letter frequencies in Arabic news text, per cent, as log weights indexed from
// U+0620 (computed once).
double arabic_letter_weight(char32_t c) {
  static const std::array<double, 0x2B> weights = [] {
    std::array<double, 0x2B> w{};
    const std::pair<char32_t, double> freq[] = {
        {0x0627, 12.4}, {0x0644, 10.6}, {0x064A, 6.6}, {0x0645, 6.0}, {0x0648, 5.6},  {0x0646, 5.3},
        {0x0647, 2.8},  {0x0631, 4.6},  {0x062A, 3.8}, {0x0628, 3.8}, {0x0639, 3.3},  {0x0629, 2.6},
        {0x062F, 2.7},  {0x0633, 2.3},  {0x0641, 2.5}, {0x0643, 2.1}, {0x0642, 2.2},  {0x0623, 2.0},
        {0x062D, 1.8},  {0x062C, 1.1},  {0x0625, 0.9}, {0x0634, 0.9}, {0x0637, 0.8},  {0x0635, 0.9},
        {0x0649, 0.8},  {0x062E, 0.7},  {0x0632, 0.5}, {0x062B, 0.5}, {0x0630, 0.5},  {0x0636, 0.5},
        {0x063A, 0.4},  {0x0626, 0.4},  {0x0621, 0.3}, {0x0638, 0.2}, {0x0624, 0.15}, {0x0622, 0.15}};
    for (auto& x : w) x = std::log(0.05) + 1.5;
    for (const auto& [cp, f] : freq) w[cp - 0x0620] = std::log(f) + 1.5;
    return w;
  }();
  if (c >= 0x0620 && c < 0x064B) return weights[c - 0x0620];
  return std::log(0.05) + 1.5;
}

bool is_latin_letter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// How plausible a decoded text is as (mostly Arabic) writing: letters weighted by their
// frequency, minus penalties for what a wrong code page typically produces.
double plausibility(const std::vector<char32_t>& cps) {
  double score = 0;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    if (is_arabic_letter(c)) {
      score += arabic_letter_weight(c);
      // The article "ال" at the start of a word is the strongest single sign of Arabic.
      if (c == 0x0627 && i + 1 < cps.size() && cps[i + 1] == 0x0644 &&
          (i == 0 || !is_arabic_letter(cps[i - 1])))
        score += 3;
      continue;
    }
    if (c == replacement || (c >= 0x80 && c < 0xA0) || (c >= 0x2500 && c <= 0x25FF)) {
      score -= 8;
    } else if (is_latin_letter(c) && c >= 0xC0) {
      bool next_to_arabic =
          (i > 0 && is_arabic_letter(cps[i - 1])) || (i + 1 < cps.size() && is_arabic_letter(cps[i + 1]));
      score -= next_to_arabic ? 8 : 2;
    } else if (c >= 0xA1 && c <= 0xBF && c != 0xAB && c != 0xBB && c != 0xB7) {
      score -= 3;
    } else if (c >= 0x0600 && c <= 0x06FF) {
      score += 0.2;  // Arabic punctuation, digits, diacritics
    }
  }
  return score;
}

std::vector<char32_t> decode_with(const ByteTable& t, std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (unsigned char b : s) out.push_back(t.cp[b]);
  return out;
}

// How much of a UTF-16/32 decoding is ordinary text: 1.0 when every unit is.
double wide_plausibility(std::string_view s, int unit, bool big_endian, bool complete) {
  std::size_t n = s.size() / static_cast<std::size_t>(unit);
  if (n == 0 || (complete && s.size() % static_cast<std::size_t>(unit) != 0)) return 0;
  std::size_t good = 0, total = 0;
  auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t i = k * static_cast<std::size_t>(unit);
    char32_t c;
    if (unit == 2)
      c = big_endian ? (byte(i) << 8 | byte(i + 1)) : (byte(i + 1) << 8 | byte(i));
    else
      c = big_endian ? (byte(i) << 24 | byte(i + 1) << 16 | byte(i + 2) << 8 | byte(i + 3))
                     : (byte(i + 3) << 24 | byte(i + 2) << 16 | byte(i + 1) << 8 | byte(i));
    ++total;
    bool ok = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || (c >= 0xA0 && c <= 0x24F) ||
              (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x2000 && c <= 0x206F) ||
              (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
              (unit == 2 && c >= 0xD800 && c <= 0xDFFF);
    if (ok) ++good;
  }
  return static_cast<double>(good) / static_cast<double>(total);
}

// ICU's guesses for `sample` as (canonical name, confidence), best first.
std::vector<std::pair<std::string, int>> icu_guesses(std::string_view sample) {
  std::vector<std::pair<std::string, int>> out;
  UErrorCode err = U_ZERO_ERROR;
  // Opening a detector costs more than running it on a short text: keep one per thread.
  thread_local std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(ucsdet_open(&err),
                                                                                    ucsdet_close);
  UCharsetDetector* det = guard.get();
  if (!det) return out;
  err = U_ZERO_ERROR;
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(std::min<std::size_t>(sample.size(), 1 << 20)),
                 &err);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &n, &err);
  if (U_FAILURE(err)) return out;
  for (int32_t i = 0; i < n; ++i) {
    UErrorCode e = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[i], &e);
    int conf = ucsdet_getConfidence(matches[i], &e);
    if (U_FAILURE(e) || !name) continue;
    if (auto canon = canonical_encoding_name(name)) out.emplace_back(*canon, conf);
  }
  return out;
}

bool is_control_byte(unsigned char b) {
  return (b >= 0x01 && b <= 0x08) || (b >= 0x0E && b <= 0x19) || (b >= 0x1C && b <= 0x1F);
}

// The NUL bytes and the control bytes (is_control_byte) of `s`, in one scan. Text has few bytes
// below 0x20 (its line ends), so sixteen bytes at a time are passed over when none is.
std::pair<std::size_t, std::size_t> low_bytes(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t nuls = 0, controls = 0, i = 0;
  auto count = [&](unsigned char b) {
    nuls += b == 0;
    controls += is_control_byte(b);
  };
#ifdef __SSE2__
  const __m128i limit = _mm_set1_epi8(0x1F);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v)) == 0) continue;  // all >= 0x20
    for (std::size_t k = i; k < i + 16; ++k) count(p[k]);
  }
#endif
  for (; i < s.size(); ++i) count(p[i]);
  return {nuls, controls};
}

// ---- converters ----

class Utf8Converter : public Converter {
 public:
  void convert(std::string_view in, std::string& out, bool last) override {
    std::string joined;
    if (!m_pending.empty()) {
      joined = m_pending + std::string(in);
      in = joined;
      m_pending.clear();
    }
    if (m_start) {
      m_start = false;
      if (in.size() >= 3 && in.substr(0, 3) == "\xEF\xBB\xBF")
        in.remove_prefix(3);
      else if (in.size() < 3 && !last && std::string_view("\xEF\xBB\xBF").substr(0, in.size()) == in) {
        m_pending = std::string(in);
        m_start = true;
        return;
      }
    }
    if (is_utf8(in)) {  // the common case, checked with SIMD
      out.append(in);
      return;
    }
    while (!in.empty()) {
      std::size_t ok = utf8_valid_prefix(in);
      out.append(in.data(), ok);
      in.remove_prefix(ok);
      if (in.empty()) break;
      // An incomplete sequence at the end waits for the next piece.
      if (!last && incomplete_tail(in)) {
        m_pending = std::string(in);
        return;
      }
      out += "\xEF\xBF\xBD";
      ++replaced;
      in.remove_prefix(1);
      // Skip the continuation bytes of the broken sequence so one error is one U+FFFD.
      while (!in.empty() && (static_cast<unsigned char>(in[0]) & 0xC0) == 0x80 && utf8_valid_prefix(in) == 0)
        in.remove_prefix(1);
    }
  }
  void reset() override {
    m_pending.clear();
    m_start = true;
  }

 private:
  // True when `s` is the start of a valid multi-byte sequence cut short by the end of `s`.
  static bool incomplete_tail(std::string_view s) {
    unsigned char b = static_cast<unsigned char>(s[0]);
    std::size_t need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
    if (need == 0 || s.size() >= need) return false;
    for (std::size_t i = 1; i < s.size(); ++i)
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return false;
    return true;
  }
  std::string m_pending;
  bool m_start = true;
};

class WideConverter : public Converter {
 public:
  WideConverter(int unit, bool big_endian) : m_unit(unit), m_big(big_endian) {}
  void convert(std::string_view in, std::string& out, bool last) override {
    std::string joined;
    if (!m_pending.empty()) {
      joined = m_pending + std::string(in);
      in = joined;
      m_pending.clear();
    }
    std::size_t u = static_cast<std::size_t>(m_unit);
    std::size_t i = 0;
    auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(in[k])); };
    auto unit_at = [&](std::size_t k) -> char32_t {
      if (m_unit == 2) return m_big ? (byte(k) << 8 | byte(k + 1)) : (byte(k + 1) << 8 | byte(k));
      return m_big ? (byte(k) << 24 | byte(k + 1) << 16 | byte(k + 2) << 8 | byte(k + 3))
                   : (byte(k + 3) << 24 | byte(k + 2) << 16 | byte(k + 1) << 8 | byte(k));
    };
    while (i + u <= in.size()) {
      char32_t c = unit_at(i);
      if (m_start) {
        m_start = false;
        if (c == 0xFEFF) {
          i += u;
          continue;
        }
      }
      if (m_unit == 2 && c >= 0xD800 && c <= 0xDBFF) {
        if (i + 2 * u > in.size()) {
          if (!last) break;
          bad(out);
          i += u;
          continue;
        }
        char32_t lo = unit_at(i + u);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          append_utf8(out, 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00));
          i += 2 * u;
          continue;
        }
        bad(out);
        i += u;
        continue;
      }
      if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
        bad(out);
      } else {
        append_utf8(out, c);
      }
      i += u;
    }
    if (i < in.size()) {
      if (last)
        bad(out);
      else
        m_pending = std::string(in.substr(i));
    }
  }
  void reset() override {
    m_pending.clear();
    m_start = true;
  }

 private:
  void bad(std::string& out) {
    out += "\xEF\xBF\xBD";
    ++replaced;
  }
  int m_unit;
  bool m_big;
  bool m_start = true;
  std::string m_pending;
};

class TableConverter : public Converter {
 public:
  explicit TableConverter(const ByteTable& t) : m_t(t) {
    for (int b = 0; b < 256; ++b) {
      std::string s;
      append_utf8(s, m_t.cp[b]);
      m_len[b] = static_cast<unsigned char>(s.size());
      std::memcpy(m_utf8[b].data(), s.data(), s.size());
    }
  }
  void convert(std::string_view in, std::string& out, bool) override {
    out.reserve(out.size() + in.size() * 2);
    for (unsigned char b : in) {
      if (b < 0x80) {
        out += static_cast<char>(b);
        continue;
      }
      if (!m_t.mapped[b]) ++replaced;
      out.append(m_utf8[b].data(), m_len[b]);
    }
  }
  void reset() override {}

 private:
  const ByteTable& m_t;
  std::array<std::array<char, 4>, 256> m_utf8{};
  std::array<unsigned char, 256> m_len{};
};

// Any other converter ICU has, for --encoding values outside akhbar's own list.
class IcuConverter : public Converter {
 public:
  explicit IcuConverter(UConverter* conv) : m_conv(conv, ucnv_close) {}
  void convert(std::string_view in, std::string& out, bool last) override {
    std::u16string buf(in.size() * 2 + 16, u'\0');
    const char* src = in.data();
    const char* src_end = in.data() + in.size();
    for (;;) {
      UErrorCode err = U_ZERO_ERROR;
      UChar* dst = buf.data();
      ucnv_toUnicode(m_conv.get(), &dst, buf.data() + buf.size(), &src, src_end, nullptr, last, &err);
      for (UChar* p = buf.data(); p < dst; ++p) {
        char32_t c = *p;
        if (c >= 0xD800 && c <= 0xDBFF && p + 1 < dst) {
          c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(p[1]) - 0xDC00);
          ++p;
        }
        if (c == 0xFFFD || c == 0x1A) ++replaced;
        append_utf8(out, c);
      }
      if (err != U_BUFFER_OVERFLOW_ERROR) break;
    }
  }
  void reset() override { ucnv_reset(m_conv.get()); }

 private:
  std::unique_ptr<UConverter, void (*)(UConverter*)> m_conv;
};

// Mojibake repair for one code page: runs of characters whose code-page bytes form valid
// UTF-8 multi-byte sequences are decoded back.
bool repair_with(std::string& text, const ByteTable& t) {
  std::map<char32_t, unsigned char> back;
  for (int b = 0x80; b < 256; ++b)
    if (t.mapped[b]) back.emplace(t.cp[b], static_cast<unsigned char>(b));
  auto byte_of = [&](char32_t c) -> int {
    if (c < 0x80) return static_cast<int>(c);
    auto it = back.find(c);
    return it == back.end() ? -1 : it->second;
  };
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < text.size();) cps.push_back(next_code_point(text, i));
  std::string out;
  std::size_t repaired = 0, leads = 0;
  for (std::size_t i = 0; i < cps.size();) {
    int b = byte_of(cps[i]);
    std::size_t need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : 0;
    if (need) ++leads;
    if (need && i + need < cps.size()) {
      std::string seq(1, static_cast<char>(b));
      for (std::size_t k = 1; k <= need; ++k) {
        int c = byte_of(cps[i + k]);
        if (c < 0x80 || c > 0xBF) break;
        seq += static_cast<char>(c);
      }
      if (seq.size() == need + 1 && is_utf8(seq)) {
        out += seq;
        ++repaired;
        i += need + 1;
        continue;
      }
    }
    append_utf8(out, cps[i]);
    ++i;
  }
  // Real Arabic or French text has few characters that look like UTF-8 lead bytes followed by
  // continuation bytes; mojibake has almost nothing else.
  if (repaired < 2 || repaired * 2 < leads) return false;
  text = std::move(out);
  return true;
}

// Index of the next "ط"/"ظ" (D8 B7, D8 B8) or "Ø"/"Ù" (C3 98, C3 99) from `i` on, or s.size():
// where mojibake of Arabic shows. Sixteen positions at a time.
std::size_t find_lead_pair(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
#ifdef __SSE2__
  const __m128i d8 = _mm_set1_epi8(static_cast<char>(0xD8)), c3 = _mm_set1_epi8(static_cast<char>(0xC3));
  const __m128i b7 = _mm_set1_epi8(static_cast<char>(0xB7)), b8 = _mm_set1_epi8(static_cast<char>(0xB8));
  const __m128i x98 = _mm_set1_epi8(static_cast<char>(0x98)), x99 = _mm_set1_epi8(static_cast<char>(0x99));
  for (; i + 17 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    __m128i arabic =
        _mm_and_si128(_mm_cmpeq_epi8(v, d8), _mm_or_si128(_mm_cmpeq_epi8(w, b7), _mm_cmpeq_epi8(w, b8)));
    __m128i latin =
        _mm_and_si128(_mm_cmpeq_epi8(v, c3), _mm_or_si128(_mm_cmpeq_epi8(w, x98), _mm_cmpeq_epi8(w, x99)));
    if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(arabic, latin))))
      return i + static_cast<std::size_t>(__builtin_ctz(m));
  }
#endif
  for (; i + 1 < n; ++i)
    if ((p[i] == 0xD8 && (p[i + 1] == 0xB7 || p[i + 1] == 0xB8)) ||
        (p[i] == 0xC3 && (p[i + 1] == 0x98 || p[i + 1] == 0x99)))
      return i;
  return n;
}

std::size_t scalar_valid_prefix(std::string_view s);

// True when a line end other than '\n' starts at s[i]: '\r', NEL (C2 85), LS or PS (E2 80 A8/A9).
bool line_end_at(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  return p[i] == '\r' || (p[i] == 0xC2 && i + 1 < n && p[i + 1] == 0x85) ||
         (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9));
}

// Index of the first line end other than '\n' from `i` on, or s.size(). Sixteen
// positions at a time, the multi-byte ones matched whole: their lead bytes also start «», NBSP,
// quotes and dashes.
std::size_t find_line_end(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
#ifdef __SSE2__
  auto set1 = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };
  const __m128i cr = set1('\r'), c2 = set1(0xC2), x85 = set1(0x85), e2 = set1(0xE2), x80 = set1(0x80),
                a8 = set1(0xA8), a9 = set1(0xA9);
  for (; i + 18 <= n; i += 16) {
    __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
    __m128i nel = _mm_and_si128(_mm_cmpeq_epi8(v0, c2), _mm_cmpeq_epi8(v1, x85));
    __m128i ls = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, e2), _mm_cmpeq_epi8(v1, x80)),
                               _mm_or_si128(_mm_cmpeq_epi8(v2, a8), _mm_cmpeq_epi8(v2, a9)));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v0, cr), _mm_or_si128(nel, ls));
    if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit)))
      return i + static_cast<std::size_t>(__builtin_ctz(m));
  }
#endif
  for (; i < n; ++i)
    if (line_end_at(s, i)) return i;
  return n;
}

}  // namespace

bool is_utf8(std::string_view s) {
  if (s.size() >= 32) return simdjson::validate_utf8(s.data(), s.size());
  return utf8_valid_prefix(s) == s.size();
}

std::size_t utf8_valid_prefix(std::string_view s) {
  // Valid stretches go through simdjson's SIMD validator in growing chunks, each cut before a
  // lead byte; the chunk that fails (and a short tail) is walked byte by byte to find where.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  if (n <= 64) return scalar_valid_prefix(s);
  // The first 64 bytes byte by byte: legacy text fails here, before any SIMD set-up.
  std::size_t i = scalar_valid_prefix(s.substr(0, 64)), step = 64;
  if (i + 4 <= 64) return i;  // invalid, not merely cut at byte 64
  while (n - i >= 64) {
    std::size_t end = std::min(n, i + step);
    for (int back = 0; back < 3 && end < n && (p[end] & 0xC0) == 0x80; ++back) --end;
    if ((end < n && (p[end] & 0xC0) == 0x80) || !simdjson::validate_utf8(s.data() + i, end - i)) break;
    i = end;
    step = std::min<std::size_t>(step * 2, 64 * 1024);
  }
  return i + scalar_valid_prefix(s.substr(i));
}

namespace {

std::size_t scalar_valid_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    // ASCII runs eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return i;
      i += 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return i;
      if (b == 0xE0 && p[i + 1] < 0xA0) return i;   // overlong
      if (b == 0xED && p[i + 1] >= 0xA0) return i;  // surrogate
      i += 3;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (i + 3 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80)
        return i;
      if (b == 0xF0 && p[i + 1] < 0x90) return i;
      if (b == 0xF4 && p[i + 1] >= 0x90) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return n;
}

}  // namespace

std::optional<std::string> canonical_encoding_name(std::string_view name) {
  std::string s = squash(name);
  if (s == "utf8") return "UTF-8";
  if (s == "utf16le") return "UTF-16LE";
  if (s == "utf16be") return "UTF-16BE";
  if (s == "utf16") return "UTF-16";
  if (s == "utf32le") return "UTF-32LE";
  if (s == "utf32be") return "UTF-32BE";
  if (s == "utf32") return "UTF-32";
  if (s == "windows1256" || s == "cp1256" || s == "ibm1256" || s == "xwindows1256s" || s == "ms1256")
    return "windows-1256";
  if (s == "iso88596" || s == "arabic" || s == "iso885961987" || s == "isoir127" || s == "ecma114" ||
      s == "asmo708" || s == "csisolatinarabic" || s == "iso88596i" || s == "iso88596e")
    return "ISO-8859-6";
  if (s == "cp720" || s == "ibm720" || s == "dos720" || s == "windows720" || s == "xibm720") return "CP720";
  std::string z(name);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(z.c_str(), &err);
  if (U_FAILURE(err) || !conv) return std::nullopt;
  std::string canon = ucnv_getName(conv, &err);
  ucnv_close(conv);
  if (U_FAILURE(err)) return std::nullopt;
  // ICU names its converters by mapping table ("ibm-5348_P100-1997"); report the name asked for.
  for (const char* standard_name : {"MIME", "IANA"}) {
    err = U_ZERO_ERROR;
    const char* standard = ucnv_getStandardName(canon.c_str(), standard_name, &err);
    if (U_SUCCESS(err) && standard) return std::string(standard);
  }
  return canon;
}

bool has_binary_magic(std::string_view s) {
  using namespace std::string_view_literals;
  static const std::string_view magics[] = {"\x89PNG"sv,
                                            "\xFF\xD8\xFF"sv,
                                            "GIF87a"sv,
                                            "GIF89a"sv,
                                            "%PDF-"sv,
                                            "\x7F"
                                            "ELF"sv,
                                            "PK\x03\x04"sv,
                                            "\xD0\xCF\x11\xE0"sv,
                                            "Rar!"sv,
                                            "7z\xBC\xAF"sv,
                                            "BZh"sv,
                                            "\xFD"
                                            "7zXZ"sv,
                                            "OggS"sv,
                                            "ID3"sv,
                                            "RIFF"sv,
                                            "\x00\x00\x01\x00"sv,
                                            "SQLite format 3"sv,
                                            "\x28\xB5\x2F\xFD"sv,
                                            "MZ"sv};
  for (auto m : magics)
    if (s.substr(0, m.size()) == m) {
      // "MZ"/"BZh"/"ID3"/"RIFF" are plain words too; require something non-textual after them.
      if (m.size() <= 4 && s.find('\0') == std::string_view::npos && m != "\x89PNG" && m != "\xFF\xD8\xFF")
        continue;
      return true;
    }
  return false;
}

Detection detect_encoding(std::string_view s, bool complete) {
  auto starts = [&](std::string_view p) { return s.substr(0, p.size()) == p; };
  if (starts("\xEF\xBB\xBF")) return {"UTF-8", 3, false};
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return {"UTF-32LE", 4, false};
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return {"UTF-32BE", 4, false};
  if (starts("\xFF\xFE")) return {"UTF-16LE", 2, false};
  if (starts("\xFE\xFF")) return {"UTF-16BE", 2, false};
  if (has_binary_magic(s)) return {"", 0, true};

  // A stray NUL or two (they happen in old dumps) does not make a file binary; many do,
  // unless a UTF-16/32 reading explains them.
  auto [nuls, controls] = low_bytes(s);
  if (nuls > 2 && nuls * 200 > s.size()) {
    struct Cand {
      const char* name;
      int unit;
      bool big;
    };
    static const Cand cands[] = {
        {"UTF-32LE", 4, false}, {"UTF-32BE", 4, true}, {"UTF-16LE", 2, false}, {"UTF-16BE", 2, true}};
    double best = 0;
    const char* pick = nullptr;
    for (const auto& c : cands) {
      double p = wide_plausibility(s, c.unit, c.big, complete);
      if (p > best + 1e-9) {
        best = p;
        pick = c.name;
      }
    }
    if (pick && best >= 0.95) return {pick, 0, false};
    return {"", 0, true};
  }

  if (controls > 2 && controls * 100 > s.size()) return {"", 0, true};

  std::size_t valid = is_utf8(s) ? s.size() : utf8_valid_prefix(s);
  if (valid == s.size() || (!complete && s.size() - valid < 4 && valid + 4 >= s.size()))
    return {"UTF-8", 0, false};
  // UTF-8 with a few broken bytes stays UTF-8 (they become U+FFFD): legacy single-byte text
  // forms valid multi-byte UTF-8 sequences only by accident, and rarely.
  std::size_t multibyte = 0, invalid = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t ok = utf8_valid_prefix(s.substr(i));
    for (std::size_t k = i; k < i + ok; ++k)
      if ((static_cast<unsigned char>(s[k]) & 0xC0) == 0xC0) ++multibyte;
    i += ok;
    if (i < s.size()) {
      ++invalid;
      ++i;
    }
  }
  if (multibyte >= 20 * invalid) return {"UTF-8", 0, false};

  // Legacy bytes: score the Arabic code pages; ICU's detector is asked when the scores are
  // close or no Arabic shows up at all.
  struct Scored {
    const char* name;
    const ByteTable* table;
    double score;
    std::size_t letters;
  };
  Scored scored[] = {{"windows-1256", &table_1256(), 0, 0},
                     {"ISO-8859-6", &table_8859_6(), 0, 0},
                     {"CP720", &table_720(), 0, 0}};
  for (auto& c : scored) {
    auto cps = decode_with(*c.table, s);
    c.score = plausibility(cps);
    for (char32_t cp : cps)
      if (is_arabic_letter(cp)) ++c.letters;
  }
  auto ranked = [&] {
    const Scored* best = &scored[0];
    double second = -1e300;
    for (const auto& c : scored)
      if (c.score > best->score) best = &c;
    for (const auto& c : scored)
      if (&c != best) second = std::max(second, c.score);
    return std::make_pair(best, second);
  };
  auto [best, second] = ranked();
  std::vector<std::pair<std::string, int>> guesses;
  if (best->letters == 0 || best->score - second < 20) {
    guesses = icu_guesses(s);
    for (auto& c : scored)
      for (const auto& [name, conf] : guesses)
        if (name == c.name) c.score += conf / 10.0;
    best = ranked().first;
  }
  if (best->letters == 0 && !guesses.empty() && guesses.front().second >= 20 &&
      Converter::make(guesses.front().first) && guesses.front().first != "UTF-8")
    return {guesses.front().first, 0, false};
  return {best->name, 0, false};
}

std::unique_ptr<Converter> Converter::make(const std::string& encoding) {
  if (encoding == "UTF-8") return std::make_unique<Utf8Converter>();
  if (encoding == "UTF-16LE") return std::make_unique<WideConverter>(2, false);
  if (encoding == "UTF-16BE") return std::make_unique<WideConverter>(2, true);
  if (encoding == "UTF-32LE") return std::make_unique<WideConverter>(4, false);
  if (encoding == "UTF-32BE") return std::make_unique<WideConverter>(4, true);
  if (const ByteTable* t = table_for(encoding)) return std::make_unique<TableConverter>(*t);
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding.c_str(), &err);
  if (U_FAILURE(err) || !conv) return nullptr;
  return std::make_unique<IcuConverter>(conv);
}

std::string encode_utf8_as(std::string_view utf8, const std::string& encoding) {
  int unit = encoding.rfind("UTF-16", 0) == 0 ? 2 : encoding.rfind("UTF-32", 0) == 0 ? 4 : 0;
  if (!unit) return std::string(utf8);
  bool big = encoding.size() > 6 && encoding.substr(encoding.size() - 2) == "BE";
  std::string out;
  auto put = [&](char32_t u) {
    char b[4];
    for (int k = 0; k < unit; ++k) {
      int shift = big ? 8 * (unit - 1 - k) : 8 * k;
      b[k] = static_cast<char>((u >> shift) & 0xFF);
    }
    out.append(b, static_cast<std::size_t>(unit));
  };
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = next_code_point(utf8, i);
    if (unit == 2 && c >= 0x10000) {
      put(0xD800 + ((c - 0x10000) >> 10));
      put(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      put(c);
    }
  }
  return out;
}

void normalize_line_ends(std::string& s) {
  const std::size_t n = s.size();
  std::size_t i = find_line_end(s, 0);
  if (i == n) return;
  // Copy the text between line ends in blocks, each line end written as '\n'.
  std::size_t w = i;
  while (i < n) {
    auto b = static_cast<unsigned char>(s[i]);
    i += b == '\r' ? (i + 1 < n && s[i + 1] == '\n' ? 2 : 1) : b == 0xC2 ? 2 : 3;
    s[w++] = '\n';
    std::size_t next = find_line_end(s, i);
    std::memmove(s.data() + w, s.data() + i, next - i);
    w += next - i;
    i = next;
  }
  s.resize(w);
}

std::vector<Warning> repair_mojibake(std::string& text) {
  std::vector<Warning> repairs;
  // Cheap test first: mojibake of Arabic UTF-8 always shows "ط"/"ظ" (via windows-1256) or
  // "Ø"/"Ù" (via windows-1252) as the lead-byte characters.
  // Genuine Arabic has "ط"/"ظ" before letters; mojibake has them before symbols and Latin
  // letters (the continuation bytes), nearly every time. One byte loop decides whether the
  // (slower) repair is worth trying.
  auto suspicious = [&] {
    std::size_t leads = 0, hits = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i + 2 < n; ++i) {
      i = find_lead_pair(text, i);
      if (i + 2 >= n) break;
      if (p[i] != 0xD8 && p[i] != 0xC3) continue;
      unsigned char b1 = p[i + 1];
      bool lead =
          (p[i] == 0xD8 && (b1 == 0xB7 || b1 == 0xB8)) || (p[i] == 0xC3 && (b1 == 0x98 || b1 == 0x99));
      if (!lead) continue;
      ++leads;
      std::size_t k = i + 2;
      char32_t next = next_code_point(text, k);
      bool arabic = is_arabic_letter(next) || is_arabic_mark(next);
      if (next >= 0x80 && !arabic) ++hits;
    }
    return hits >= 2 && hits * 4 >= leads;
  };
  for (int round = 0; round < 3 && suspicious(); ++round) {
    if (repair_with(text, table_1256())) {
      repairs.push_back(
          {kind::encoding_repaired, "repaired mojibake: UTF-8 text that had been decoded as windows-1256"});
    } else if (repair_with(text, table_1252())) {
      repairs.push_back({kind::encoding_repaired,
                         "repaired doubly-encoded UTF-8: UTF-8 text that had been decoded as windows-1252"});
    } else {
      break;
    }
  }
  return repairs;
}

double arabic_plausibility(std::string_view utf8) {
  std::vector<char32_t> cps;
  cps.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) cps.push_back(next_code_point(utf8, i));
  return plausibility(cps);
}

bool has_arabic_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (is_arabic_letter(next_code_point(s, i))) return true;
  }
  return false;
}

std::size_t count_arabic_letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (is_arabic_letter(next_code_point(s, i))) ++n;
  }
  return n;
}

}  // namespace akhbar::detail
