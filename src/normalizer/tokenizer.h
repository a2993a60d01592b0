#pragma once
// Search tokens from a search-form text: UAX #29 word segmentation (ICU's word BreakIterator),
// then the runs of letters, marks and digits inside each word, light-stemmed.

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalizer/tables.h"

namespace akhbar::detail {

// Whether to call ICU's iterator on every run or only where UAX #29 may break inside one.
enum class Segmentation { fast, always_icu };

// Cuts search-form text into stemmed tokens. Holds an ICU iterator (made on first need): one
// per thread.
class Tokenizer {
 public:
  Tokenizer();
  // Appends the stemmed tokens of `search_form` (which `table` produced) to `out`.
  void tokenize(std::string_view search_form, const Table& table, std::vector<std::string>& out,
                Segmentation mode = Segmentation::fast);

 private:
  // ICU's word segmentation of one run of letters, marks and digits.
  void icu_words(std::string_view text, const Table& table, std::vector<std::string>& out);

  std::unique_ptr<icu::BreakIterator> m_words;  // null until a run needs ICU
};

}  // namespace akhbar::detail
