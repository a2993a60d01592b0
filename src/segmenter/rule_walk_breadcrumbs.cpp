// Walk rule "breadcrumbs": a trail of 3+ short parts between '>', '›' or '»' (2 joined by '>' or '›') is navigation.
#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// "منزل>المنتجات>المحامل>المحامل 535/532A": three or more short parts joined by '>', '›' or
// '»' (a title such as "يافع نيوز » صحيفة العرب: ..." has one), or two joined by '>' or '›'.
bool breadcrumb(const Line& l) {
  if (l.words > th::after::breadcrumb_max_words) return false;
  int parts = 1, words = 0, letters = 0, all_words = 0, fewest_letters = 1 << 30;
  bool guillemet = false;
  std::string_view t = l.text;
  bool quotes = t.find("\xC2\xAB") != std::string_view::npos;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(t, i);
    // '»' closes a quote when the line opens one with '«'.
    if (c == '>' || c == 0x203A || (c == 0x00BB && !quotes)) {
      if (letters == 0 || words > th::after::breadcrumb_part_max_words) return false;
      guillemet = guillemet || c == 0x00BB;
      fewest_letters = std::min(fewest_letters, letters);
      ++parts;
      words = letters = 0;
      continue;
    }
    if (c == ' ') continue;
    if (is_word_char(c)) {
      if (letters == 0 || (start > 0 && t[start - 1] == ' ')) ++words, ++all_words;
      ++letters;
    }
  }
  if (letters == 0 || words > th::after::breadcrumb_part_max_words) return false;
  // "الاستقبال >اخبار": two parts will do when '>' or '›' joins them (no headline is written so; a title
  // may set its site off with '»') and the trail is a few words.
  if (parts >= th::after::breadcrumb_min_parts) return true;
  // Not an interview's "س> ..." (a one-letter speaker's mark) nor a question or sentence after it.
  char32_t last = 0;
  for (std::size_t i = 0; i < t.size();) last = next_code_point(t, i);
  return parts == 2 && !guillemet && all_words <= th::after::breadcrumb_two_parts_max_words &&
         std::min(fewest_letters, letters) >= 2 && last != '?' && last != U'\u061F' && last != '.' && last != '!';
}

std::size_t rule_breadcrumbs(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!breadcrumb(l)) return not_taken;
  p.remove(l, "navigation", "a breadcrumb trail (3+ short parts between '>', '›' or '»')");
  return i + 1;
}

}  // namespace akhbar::detail
