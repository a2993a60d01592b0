// The normalizer: one pass over UTF-8 driven by the shared tables (tables.cpp), with ICU's NFC
// run only on the rare text that the pass's own quick check cannot prove normalized.
#include <akhbar/normalizer.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <array>
#include <atomic>
#include <cstring>
#include <mutex>
#include <stdexcept>

#include "normalizer/stemmer.h"
#include "normalizer/tables.h"
#include "normalizer/tokenizer.h"

namespace akhbar {
namespace {

using detail::Action;
using detail::Entry;
using detail::Table;

// What a pass learned besides its output: whether its input and output passed NFC's quick check
// (all code points NFC_Quick_Check=Yes and combining marks in canonical order).
struct PassCheck {
  bool input_nfc = true;
  bool output_nfc = true;
  // With Stop::at_failing_line: where the first line failing a check starts in the input
  // (npos: none failed). The output then ends just before that line.
  std::size_t failed_line = std::string_view::npos;
};

// Whether a pass stops at the first line that fails the NFC quick check.
enum class Stop { never, at_failing_line };

// Appends to a string through a raw pointer: the pass writes a byte at a time and this keeps the
// capacity check to one comparison per code point.
class Writer {
 public:
  explicit Writer(std::string& out, std::size_t expected) : m_out(out) {
    std::size_t used = m_out.size();
    m_out.resize(used + expected + 64);
    m_p = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
  }
  ~Writer() { m_out.resize(static_cast<std::size_t>(m_p - m_out.data())); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Makes room for `n` more bytes.
  void reserve(std::size_t n) {
    if (static_cast<std::size_t>(m_end - m_p) >= n) return;
    std::size_t used = static_cast<std::size_t>(m_p - m_out.data());
    m_out.resize((used + n) * 2);
    m_p = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
  }
  void byte(char c) { *m_p++ = c; }
  void bytes(const char* s, std::size_t n) {
    std::memcpy(m_p, s, n);
    m_p += n;
  }
  void code_point(UChar32 c) {
    std::size_t i = 0;
    U8_APPEND_UNSAFE(m_p, i, c);
    m_p += i;
  }
  // Bytes in the string so far.
  std::size_t size() const { return static_cast<std::size_t>(m_p - m_out.data()); }
  // Forgets what was written after the first `n` bytes.
  void truncate(std::size_t n) { m_p = m_out.data() + n; }

 private:
  std::string& m_out;
  char* m_p = nullptr;
  char* m_end = nullptr;
};

constexpr char replacement_character[] = "\xEF\xBF\xBD";

// One pass of the table's rules over `in`, appended to `out` (spaces collapsed, lines trimmed).
PassCheck map_pass(const Table& t, std::string_view in, std::string& out, Stop stop) {
  PassCheck check;
  const std::array<std::atomic<bool>, 0x800>& table_plain = t.plain();
  auto plain = [&](std::size_t c) { return table_plain[c].load(std::memory_order_relaxed); };
  Writer w(out, in.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(in.data());
  const auto n = static_cast<std::int64_t>(in.size());
  std::size_t line_start = w.size();  // where the current line starts in `out`
  std::int64_t in_line_start = 0;     // and in `in`
  bool pending_space = false;
  std::uint8_t in_ccc = 0, out_ccc = 0;  // previous combining classes, for canonical order
  std::uint8_t out_flags = 0;            // flags of the last code point written

  // Records that code point `e` was written (quick check of the output).
  auto wrote = [&](const Entry& e) {
    if (!(e.flags & detail::flag_nfc_yes) || (e.ccc != 0 && e.ccc < out_ccc)) check.output_nfc = false;
    out_ccc = e.ccc;
    out_flags = e.flags;
  };
  // Writes the space that separates the previous word from the next one.
  auto flush_space = [&] {
    if (pending_space) {
      w.byte(' ');
      out_ccc = 0;
      out_flags = 0;
      pending_space = false;
    }
  };
  // The next code point at byte `j`, without moving.
  auto peek = [&](std::int64_t j) -> UChar32 {
    if (j >= n) return -1;
    UChar32 c;
    U8_NEXT(s, j, n, c);
    return c;
  };

  for (std::int64_t i = 0; i < n;) {
    // Fast path: a run of plain code points (most letters, digits, punctuation) is copied as
    // it is; one- and two-byte sequences are decoded inline.
    const std::int64_t run = i;
    // Whether the code point at `j` is plain (only one- and two-byte ones are looked at).
    auto plain_at = [&](std::int64_t j) {
      const std::uint8_t b = s[j];
      if (b < 0x80) return plain(b);
      if (b < 0xC2 || b >= 0xE0 || j + 1 >= n || (s[j + 1] & 0xC0) != 0x80) return false;
      return plain(static_cast<std::size_t>((b & 0x1F) << 6 | (s[j + 1] & 0x3F)));
    };
    while (i < n) {
      const std::uint8_t b = s[i];
      if (b < 0x80) {
        // A single space between two plain code points is already in its final form.
        if (!plain(b) && (b != ' ' || i == run || i + 1 >= n || !plain_at(i + 1))) break;
        ++i;
      } else if (b >= 0xC2 && b < 0xE0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        if (!plain(static_cast<std::size_t>((b & 0x1F) << 6 | (s[i + 1] & 0x3F)))) break;
        i += 2;
      } else {
        break;
      }
    }
    if (i > run) {
      flush_space();
      w.reserve(static_cast<std::size_t>(i - run));
      w.bytes(in.data() + run, static_cast<std::size_t>(i - run));
      in_ccc = out_ccc = 0;
      out_flags = 0;
      if (i >= n) break;
    }

    const std::int64_t start = i;
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, n, c);
    }
    const char* src = in.data() + start;
    auto len = static_cast<std::size_t>(i - start);
    if (c < 0) {  // ill-formed UTF-8 becomes U+FFFD
      c = 0xFFFD;
      src = replacement_character;
      len = 3;
    }
    const Entry e = t.at(c);
    if (!(e.flags & detail::flag_nfc_yes) || (e.ccc != 0 && e.ccc < in_ccc)) check.input_nfc = false;
    in_ccc = e.ccc;

    w.reserve(8);
    switch (e.action) {
      case Action::keep:
        flush_space();
        w.bytes(src, len);
        wrote(e);
        break;
      case Action::drop:
        if (c == 0x0640 && pending_space) {
          // A run of tatweel standing alone between spaces is drawn as a dash ("طهران ــ مختار
          // حداد", "واشنطن ـ «الشرق الأوسط»"): dropped, the two words would lose what joins them.
          std::int64_t j = i;
          while (peek(j) == 0x0640) j += 2;
          const UChar32 next = peek(j);
          if (next >= 0 && t.at(next).action == Action::space) {
            flush_space();
            w.code_point(0x2013);
            wrote(t.at(0x2013));
            i = j;
          }
        }
        break;
      case Action::space:
        if (w.size() > line_start) pending_space = true;
        break;
      case Action::newline:
        pending_space = false;
        w.byte('\n');
        line_start = w.size();
        in_line_start = i;
        out_ccc = 0;
        out_flags = 0;
        break;
      case Action::map1:
        flush_space();
        w.code_point(static_cast<UChar32>(e.value));
        wrote(t.at(static_cast<UChar32>(e.value)));
        break;
      case Action::replace: {
        std::string_view r = t.replacement(c, e);
        w.reserve(r.size() + 1);
        const auto* rs = reinterpret_cast<const std::uint8_t*>(r.data());
        const auto rn = static_cast<std::int32_t>(r.size());
        for (std::int32_t k = 0; k < rn;) {
          std::int32_t k0 = k;
          UChar32 rc;
          U8_NEXT_UNSAFE(rs, k, rc);
          if (rc == ' ') {
            if (w.size() > line_start) pending_space = true;
            continue;
          }
          flush_space();
          w.bytes(r.data() + k0, static_cast<std::size_t>(k - k0));
          wrote(t.at(rc));
        }
        break;
      }
      case Action::farsi_yeh: {
        // ی is drawn without dots at the end of a word, like ى, and with them inside, like ي.
        std::int64_t j = i;
        UChar32 next = peek(j);
        while (next >= 0) {
          const Entry ne = t.at(next);
          if (next != 0x0640 && ne.ccc == 0 && !(ne.action == Action::drop && next != 0x200C)) break;
          U8_FWD_1(s, j, n);
          next = peek(j);
        }
        bool inside = next >= 0 && (t.at(next).flags & detail::flag_word_letter);
        UChar32 r = inside ? 0x064A : 0x0649;
        flush_space();
        w.code_point(r);
        wrote(t.at(r));
        break;
      }
      case Action::zwj: {
        // Kept only where it glues an emoji sequence (👨‍👩‍👧); elsewhere it is an invisible
        // control.
        UChar32 next = peek(i);
        if (!pending_space && (out_flags & (detail::flag_pictograph | detail::flag_emoji_tail)) &&
            next >= 0 && (t.at(next).flags & detail::flag_pictograph)) {
          w.bytes(src, len);
          wrote(e);
        }
        break;
      }
    }
    if (stop == Stop::at_failing_line && !(check.input_nfc && check.output_nfc)) {
      w.truncate(line_start);
      check.failed_line = static_cast<std::size_t>(in_line_start);
      return check;
    }
  }
  return check;
}

const icu::Normalizer2& nfc() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(st));
  return *n;
}

void to_nfc(std::string_view in, std::string& out) {
  out.clear();
  if (in.size() > static_cast<std::size_t>(INT32_MAX)) throw std::runtime_error("a line longer than 2 GiB");
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.size()));
  UErrorCode st = U_ZERO_ERROR;
  nfc().normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink, nullptr, st);
  if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(st));
}

// Buffers for the rare lines that need ICU's NFC.
struct Scratch {
  std::string line, nfc, next, display;
};

// One line (no '\n') under the table's rules, appended to `out`: the rules applied until the
// text is both NFC and unchanged by another pass, so that the forms are idempotent even where
// removing a tatweel lets a hamza compose with its alef.
void apply_line(const Table& t, std::string_view in, std::string& out, Scratch& sc) {
  sc.line.clear();
  PassCheck check = map_pass(t, in, sc.line, Stop::never);
  if (!check.input_nfc) {
    to_nfc(in, sc.nfc);
    if (sc.nfc != in) {
      sc.line.clear();
      check = map_pass(t, sc.nfc, sc.line, Stop::never);
    }
  }
  for (int round = 0; round < 8 && !check.output_nfc; ++round) {
    to_nfc(sc.line, sc.nfc);
    if (sc.nfc == sc.line) break;
    sc.next.clear();
    check = map_pass(t, sc.nfc, sc.next, Stop::never);
    sc.line.swap(sc.next);
  }
  out += sc.line;
}

// The table's rules over `in` into `out`. Lines are independent ('\n' resets every state and
// is a normalization boundary), so the fast pass runs until a line fails the quick check; only
// that line goes the slow way, and the fast pass resumes after it.
void apply(const Table& t, std::string_view in, std::string& out, Scratch& sc) {
  out.clear();
  std::size_t pos = 0;
  for (;;) {
    PassCheck check = map_pass(t, in.substr(pos), out, Stop::at_failing_line);
    if (check.failed_line == std::string_view::npos) return;
    pos += check.failed_line;
    std::size_t eol = in.find('\n', pos);
    apply_line(t, in.substr(pos, eol == std::string_view::npos ? eol : eol - pos), out, sc);
    if (eol == std::string_view::npos) return;
    out += '\n';
    pos = eol + 1;
  }
}

}  // namespace

struct Normalizer::Impl {
  NormalizeOptions options;
  const Table* display;
  const Table* search;
  mutable detail::Tokenizer tokenizer;
  mutable Scratch scratch;
  mutable std::string folded;
  mutable std::vector<std::string> line_tokens;
};

Normalizer::Normalizer(NormalizeOptions options)
    : m_impl(std::make_unique<Impl>(Impl{options,
                                         &detail::display_table(options.digits == Digits::ascii),
                                         &detail::search_table(),
                                         {},
                                         {},
                                         {},
                                         {}})) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

void Normalizer::display(std::string_view utf8, std::string& out) const {
  apply(*m_impl->display, utf8, out, m_impl->scratch);
}

std::string Normalizer::display(std::string_view utf8) const {
  std::string out;
  display(utf8, out);
  return out;
}

void Normalizer::search(std::string_view utf8, std::string& out) const {
  // Literally the display form, folded: the search table alone would see the same code points,
  // but not the compositions that the display rules make possible (ە + marks + ﹶ + hamza: the
  // display form drops the ﹶ's carrier, so ە and the hamza compose to ۀ, which becomes ه).
  Scratch& sc = m_impl->scratch;
  apply(*m_impl->display, utf8, sc.display, sc);
  apply(*m_impl->search, sc.display, out, sc);
}

std::string Normalizer::search(std::string_view utf8) const {
  std::string out;
  search(utf8, out);
  return out;
}

void Normalizer::tokens(std::string_view utf8, std::vector<std::string>& out) const {
  search(utf8, m_impl->folded);
  m_impl->tokenizer.tokenize(m_impl->folded, *m_impl->search, out);
}

void Normalizer::search_tokens(std::string_view folded, std::vector<std::string>& out) const {
  m_impl->tokenizer.tokenize(folded, *m_impl->search, out);
}

void Normalizer::token_lines(std::string_view utf8, std::string& out) const {
  // One search() for the whole text: its lines are the search forms of the input's lines.
  out.clear();
  search(utf8, m_impl->folded);
  std::string_view folded = m_impl->folded;
  std::vector<std::string>& tokens = m_impl->line_tokens;
  while (!folded.empty()) {
    const std::size_t eol = folded.find('\n');
    tokens.clear();
    m_impl->tokenizer.tokenize(folded.substr(0, eol), *m_impl->search, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (i > 0) out += ' ';
      out += tokens[i];
    }
    out += '\n';
    folded.remove_prefix(eol == std::string_view::npos ? folded.size() : eol + 1);
  }
}

std::vector<std::string> Normalizer::tokens(std::string_view utf8) const {
  std::vector<std::string> out;
  tokens(utf8, out);
  return out;
}

std::string Normalizer::stem(std::string_view word) const { return std::string(detail::light_stem(word)); }

}  // namespace akhbar
