// Tokens are the runs of letters, marks and digits of the search form, cut where UAX #29 puts a
// word boundary. Inside a run made only of Word_Break ALetter, Hebrew_Letter, Numeric and Extend
// characters the standard never breaks (WB4–WB13), so such runs — all of Arabic and Latin text —
// need no iterator; every other run (CJK, Thai, kana…) goes through ICU's word BreakIterator,
// which the corpus test also runs everywhere to check that both ways agree.
#include "normalizer/tokenizer.h"

#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <mutex>
#include <stdexcept>

#include "normalizer/stemmer.h"

namespace akhbar::detail {
namespace {

// A word BreakIterator built once; each Tokenizer clones it (far cheaper than building one).
std::unique_ptr<icu::BreakIterator> clone_word_iterator() {
  static std::mutex mutex;
  static std::unique_ptr<icu::BreakIterator> prototype;
  std::lock_guard<std::mutex> lock(mutex);
  if (!prototype) {
    UErrorCode st = U_ZERO_ERROR;
    prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), st));
    if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(st));
  }
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

// Closes a UText opened on the stack.
struct UTextCloser {
  UText* text;
  ~UTextCloser() { utext_close(text); }
};

void add(std::string_view word, std::vector<std::string>& out) { out.emplace_back(light_stem(word)); }

}  // namespace

Tokenizer::Tokenizer() = default;

void Tokenizer::tokenize(std::string_view text, const Table& t, std::vector<std::string>& out,
                         Segmentation mode) {
  if (mode == Segmentation::always_icu) {
    icu_words(text, t, out);
    return;
  }
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int64_t>(text.size());
  std::int64_t run = -1;  // start of the current run of letters, marks and digits
  bool simple = true;     // no character of the run lets UAX #29 break inside it
  auto finish = [&](std::int64_t end) {
    if (run < 0) return;
    std::string_view r(text.data() + run, static_cast<std::size_t>(end - run));
    if (simple)
      add(r, out);
    else
      icu_words(r, t, out);
    run = -1;
  };
  for (std::int64_t i = 0; i < n;) {
    const std::int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const Entry e = c < 0 ? Entry{} : t.at(c);
    if (!(e.flags & flag_word_char) || c < 0) {
      finish(start);
      continue;
    }
    if (run < 0) {
      // A mark with no letter before it belongs, for UAX #29 (WB4), to the space or punctuation
      // it follows: it starts no word.
      if (U_GET_GC_MASK(c) & U_GC_M_MASK) continue;
      run = start;
      simple = true;
    }
    if (!(e.flags & flag_simple_word)) simple = false;
  }
  finish(n);
}

void Tokenizer::icu_words(std::string_view r, const Table& t, std::vector<std::string>& out) {
  // Arabic and Latin text never gets here, so the iterator is made on first need.
  if (!m_words) m_words = clone_word_iterator();
  UErrorCode st = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, r.data(), static_cast<int64_t>(r.size()), &st);
  UTextCloser closer{&text};
  m_words->setText(&text, st);
  if (U_FAILURE(st)) throw std::runtime_error(std::string("ICU word break iterator: ") + u_errorName(st));
  const auto* s = reinterpret_cast<const std::uint8_t*>(r.data());
  for (int32_t start = m_words->first(), end = m_words->next(); end != icu::BreakIterator::DONE;
       start = end, end = m_words->next()) {
    if (m_words->getRuleStatus() == UBRK_WORD_NONE) continue;
    // Within an ICU word, tokens are its runs of letters, marks and digits.
    int32_t piece = -1;
    for (int32_t i = start; i < end;) {
      int32_t next = i;
      UChar32 c;
      U8_NEXT(s, next, end, c);
      bool word_char = c >= 0 && (t.at(c).flags & flag_word_char);
      if (word_char && piece < 0) piece = i;
      if (!word_char && piece >= 0) {
        add(r.substr(static_cast<std::size_t>(piece), static_cast<std::size_t>(i - piece)), out);
        piece = -1;
      }
      i = next;
    }
    if (piece >= 0)
      add(r.substr(static_cast<std::size_t>(piece), static_cast<std::size_t>(end - piece)), out);
  }
}

}  // namespace akhbar::detail
