#pragma once
// Arabic light stemming of one search-form word (see docs/normalizer.md for the choice).

#include <string_view>

namespace akhbar::detail {

// The light stem of `word`: Larkey's light10 as in Lucene's ArabicStemmer (one prefix among
// ال وال بال كال فال لل و, then the suffixes ها ان ات ون ين يه ية ه ة ي in turn), plus the
// preposition ب before an alef. Stemming only removes affixes, so the stem is a substring of
// `word`; words with no Arabic affix come back unchanged.
std::string_view light_stem(std::string_view word);

}  // namespace akhbar::detail
