#pragma once
// Normalizer (ICU): the display form of Arabic text (clean but faithful) and the search form
// (folded so that spelling variants meet), plus the search tokens (word breaks + light stemming).
// docs/normalizer.md lists every rule and why.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

// How to write digits in the display form.
enum class Digits { keep, ascii };

// Display-form choices.
struct NormalizeOptions {
  Digits digits = Digits::keep;
};

// Builds both forms. Holds scratch buffers (and, once needed, an ICU word iterator), so it is not
// thread-safe: one Normalizer per thread. The rule tables behind it are shared by the process and
// built from ICU page by page as text touches them, so constructing one is cheap.
class Normalizer {
 public:
  explicit Normalizer(NormalizeOptions options = {});
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // The display form of UTF-8 text (NFC; presentation forms, Persian look-alikes, spaces and
  // invisible controls cleaned; letters, diacritics, punctuation, emoji kept). '\n' separates
  // lines: the output has exactly as many, each trimmed, inner space runs collapsed, blank lines
  // kept empty. Ill-formed UTF-8 becomes U+FFFD. Idempotent.
  std::string display(std::string_view utf8) const;
  // Same, into `out` (its previous content is replaced), reusing its memory.
  void display(std::string_view utf8, std::string& out) const;
  // The search form: the display form folded (no diacritics, one alef, ى→ي, ة→ه, ؤ→و, ئ→ي,
  // ASCII digits, lowercase). Keeps the lines like display(). Idempotent.
  std::string search(std::string_view utf8) const;
  // Same, into `out` (its previous content is replaced).
  void search(std::string_view utf8, std::string& out) const;
  // The search tokens of `utf8`: search form, ICU word breaks, light stemming. Each token is a
  // non-empty run of letters, marks and digits: lowercase, no space, nothing FTS5 treats specially.
  std::vector<std::string> tokens(std::string_view utf8) const;
  // Same, appended to `out`.
  void tokens(std::string_view utf8, std::vector<std::string>& out) const;
  // The search tokens of text already in search form (what search() gave), appended to `out`:
  // word breaks and stemming only. search() is idempotent, so this equals tokens() of the original.
  void search_tokens(std::string_view folded, std::vector<std::string>& out) const;
  // The search tokens of each line of `utf8` separated by single spaces, each line ended by '\n'
  // (an empty line where a line has none), into `out` (replaced): what `normalize --tokens` prints.
  void token_lines(std::string_view utf8, std::string& out) const;
  // The light stem of one search-form word (light10 as in Lucene's ArabicStemmer, plus ب + alef).
  std::string stem(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar
