// Light10 (Larkey, Ballesteros and Connell), spelled as Lucene's ArabicStemmer spells it, so that
// anyone who knows Lucene's Arabic analyzer can predict our stems.
#include "normalizer/stemmer.h"

#include <array>
#include <cstddef>

namespace akhbar::detail {
namespace {

// Lucene's order matters: the first matching prefix is removed, and only one.
constexpr std::array<std::string_view, 7> prefixes = {"ال", "وال", "بال", "كال", "فال", "لل", "و"};
// Every matching suffix is removed in this order (so للإسرائيليين loses ين, then ي).
constexpr std::array<std::string_view, 10> suffixes = {"ها", "ان", "ات", "ون", "ين",
                                                       "يه", "ية", "ه",  "ة",  "ي"};

// Code points in UTF-8 text (every byte that does not continue a sequence starts one).
std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string_view light_stem(std::string_view word) {
  std::size_t len = length(word);
  bool stripped = false;
  for (std::string_view p : prefixes) {
    std::size_t plen = p.size() / 2;  // every affix letter is two bytes in UTF-8
    // و needs three letters left after it, the articles two (Lucene's startsWithCheckLength).
    bool long_enough = plen == 1 ? len >= 4 : len >= plen + 2;
    if (long_enough && word.starts_with(p)) {
      word.remove_prefix(p.size());
      len -= plen;
      stripped = true;
      break;
    }
  }
  // Our one addition: ب (“in, with”) cliticised onto a word that starts with an alef, which in
  // the search form is nearly always a folded hamza alef (بإسرائيل, بأن); four letters must be left.
  if (!stripped && len >= 5 && word.starts_with("با")) {
    word.remove_prefix(2);
    len -= 1;
  }
  for (std::string_view s : suffixes) {
    std::size_t slen = s.size() / 2;
    if (len >= slen + 2 && word.ends_with(s)) {
      word.remove_suffix(s.size());
      len -= slen;
    }
  }
  return word;
}

}  // namespace akhbar::detail
