// Pass "closing_signature": a person's name as the last body line is the author (step 6).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// A person's name closing the text ("شكري بن منصور"): the writer's signature. The same tests
// as a name above the lead: a given name or honorific first, no function word, and a surname
// that the title and the text do not mention.
void rule_closing_signature(Page& p) {
  if (p.state.body_line.size() < 2) return;  // a text and its signature
  std::size_t i = p.state.body_line.back();
  for (std::size_t k = i + 1; k < p.lines.size(); ++k)
    if (!p.lines[k].blank && !p.lines[k].label.empty() && !p.lines[k].removed) return;
  Line& l = p.lines[i];
  if (l.hit || l.bullet || l.words < th::person::min_words || l.words > th::person::max_words ||
      !headline_like(l, th::person::max_words) || has_digit(l.text))
    return;
  if (l.text.find_first_of("\"'()") != std::string::npos || l.text.find("..") != std::string::npos) return;
  std::vector<std::string> words = key_words(l.key);
  if (words.size() < static_cast<std::size_t>(th::person::min_words) || !p.markers().opens_with_name(l.key))
    return;
  for (const auto& w : words)
    if (p.function_word(w)) return;
  const std::string& surname = words.back();
  if (letter_count(surname) < th::person::surname_min_letters) return;
  if (p.article.title && mentions_word(fold_key(p.ctx.normalizer.search(*p.article.title)), surname)) return;
  for (std::size_t k = 0; k < i; ++k)
    if (!p.lines[k].blank && mentions_word(p.lines[k].key, surname)) return;
  p.state.at = l.no;
  p.fill(Field::author, std::string(trim_chars(l.text, "-*:/_()|")), "closing_signature");
  p.article.body.pop_back();
  p.state.body_line.pop_back();
  p.article.removed.push_back({"author", l.text});
  p.label_removed(
      l, "author",
      "a person's name closing the text (a signature; opens with a given name, not named in the text)");
}

}  // namespace akhbar::detail
