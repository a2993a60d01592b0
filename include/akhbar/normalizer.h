#pragma once
// Normalizer (ICU): the display form of Arabic text (clean but faithful) and the search form
// (folded so that spelling variants meet), plus the search tokens (word breaks + light stemming).

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

// Builds both forms. Holds ICU iterators, so it is not thread-safe: one Normalizer per thread.
class Normalizer {
 public:
  explicit Normalizer(NormalizeOptions options = {});
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // The display form of UTF-8 text; '\n' separates lines, each trimmed, blank lines kept empty.
  std::string display(std::string_view utf8) const;
  // The search form: the display form folded (no diacritics, one alef, ى→ي, ة→ه, ASCII digits,
  // Latin lowercased). Idempotent.
  std::string search(std::string_view utf8) const;
  // The search tokens of `utf8`: search form, ICU word breaks, light stemming.
  std::vector<std::string> tokens(std::string_view utf8) const;
  // The light stem of one search-form word.
  std::string stem(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar
