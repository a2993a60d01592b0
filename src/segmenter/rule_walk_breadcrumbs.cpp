// Walk rule "breadcrumbs": a trail of 3+ short parts between '>', '›' or '»' is navigation.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// "منزل>المنتجات>المحامل>المحامل 535/532A": three or more short parts joined by '>', '›' or
// '»' (a title such as "يافع نيوز » صحيفة العرب: ..." has one).
bool breadcrumb(const Line& l) {
  if (l.words > th::after::breadcrumb_max_words) return false;
  int parts = 1, words = 0, letters = 0;
  std::string_view t = l.text;
  bool quotes = t.find("\xC2\xAB") != std::string_view::npos;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(t, i);
    // '»' closes a quote when the line opens one with '«'.
    if (c == '>' || c == 0x203A || (c == 0x00BB && !quotes)) {
      if (letters == 0 || words > th::after::breadcrumb_part_max_words) return false;
      ++parts;
      words = letters = 0;
      continue;
    }
    if (c == ' ') continue;
    if (is_word_char(c)) {
      if (letters == 0 || (start > 0 && t[start - 1] == ' ')) ++words;
      ++letters;
    }
  }
  return parts >= th::after::breadcrumb_min_parts && letters > 0 &&
         words <= th::after::breadcrumb_part_max_words;
}

std::size_t rule_breadcrumbs(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!breadcrumb(l)) return not_taken;
  p.remove(l, "navigation", "a breadcrumb trail (3+ short parts between '>', '›' or '»')");
  return i + 1;
}

}  // namespace akhbar::detail
