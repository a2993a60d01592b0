// Walk rule "name_lines": above the lead, a person's name alone on its line is the byline.
#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// A person's name alone on a line above the lead: a columnist's or reporter's byline
// ("فوزية الحربي", "د. نعيم أسعد الصفدي"). It must open with a given name or honorific, or be
// the "NAME:" that opens the title (a column's headline), hold no function word or digit, and
// be followed by a paragraph. A name that the title or the text goes on to mention is the
// story's subject (a photo caption such as "كريم بوضيف" over a story about him), not its author.
bool person_line(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (l.hit || l.bullet || l.words < th::person::min_words || l.words > th::person::max_words ||
      !headline_like(l, th::person::max_words) || has_digit(l.text))
    return false;
  if (l.last == '?' || l.last == 0x061F || l.last == '!') return false;
  // A name carries no quotes and no ".." ("محمد البريكي.. خطط طموحة" is a headline).
  if (l.text.find("..") != std::string::npos || l.text.find_first_of("\"'") != std::string::npos ||
      l.text.find("\xC2\xAB") != std::string::npos || l.text.find("\xE2\x80\x9C") != std::string::npos)
    return false;
  std::size_t n = p.next_nonblank(i + 1);
  // Between the name and the lead: a date line, the writer's handle or address ("osama4855@"), the
  // paper's credit ("صحيفة الوطن - العدد 2403").
  while (n < p.lines.size() && (p.is_date_line(p.lines[n]) || lone_address(p.lines[n]) ||
                                !issue_outlet(p, p.lines[n]).empty()))
    n = p.next_nonblank(n + 1);
  if (n >= p.lines.size() || headline_like(p.lines[n], th::lead::heading_max_words)) return false;
  std::string name(trim_chars(l.text, "-*:/_()|"));
  // "ياسر باعامر-جدة", "سلوى المدني عين اليوم": a place or an outlet glued after the name.
  std::string place, outlet;
  auto split_off = [&](std::size_t at, std::size_t rest) {
    std::string tail(trim_chars(std::string_view(name).substr(rest), "-*:/_()|"));
    std::string head(trim_chars(std::string_view(name).substr(0, at), "-*:/_()|"));
    if (tail.empty() || count_words(head) < th::person::min_words) return false;
    std::string key = fold_key(p.ctx.normalizer.search(tail));
    if (p.markers().agency(key))
      outlet = tail;
    else if (p.markers().place(key))
      place = tail;
    else
      return false;
    name = head;
    return true;
  };
  bool split = false;
  if (std::size_t dash = name.rfind('-'); dash != std::string::npos) split = split_off(dash, dash + 1);
  for (std::size_t sp = name.find(' '); !split && sp != std::string::npos; sp = name.find(' ', sp + 1))
    split = split_off(sp, sp + 1);
  std::string key = fold_key(p.ctx.normalizer.search(name));
  std::vector<std::string> words = key_words(key);
  if (words.size() < static_cast<std::size_t>(th::person::min_words)) return false;
  for (const auto& w : words)
    if (p.function_word(w)) return false;
  std::string title_key =
      p.article.title ? fold_key(p.ctx.normalizer.search(*p.article.title)) : std::string();
  bool signs_title = !title_key.empty() && title_key.size() > key.size() &&
                     title_key.compare(0, key.size(), key) == 0 &&
                     title_key.find(':', key.size()) == title_key.find_first_not_of(' ', key.size());
  if (!signs_title && !p.markers().opens_with_name(key)) return false;
  if (!signs_title) {
    // The surname (the last word) named again: the subject of the story.
    // The name again as a line of its own is the writer signing off, and a title that opens with the
    // whole name ("د. فاتن حسين ناجي تلقي الضوء على ...") presents the writer's piece.
    const std::string& surname = words.back();
    const bool title_opens = title_key.starts_with(key) && title_key.size() > key.size() && title_key[key.size()] == ' ';
    if (letter_count(surname) < th::person::surname_min_letters || (!title_opens && mentions_word(title_key, surname)))
      return false;
    for (std::size_t k = n; k < p.lines.size(); ++k)
      if (!p.lines[k].blank && p.lines[k].key != l.key && mentions_word(p.lines[k].key, surname)) return false;
  }
  p.fill(Credit{place, outlet, name, ""}, "person_line");
  p.remove(l, "author",
           signs_title ? "a person's name above the lead, the 'NAME:' that opens the title (a column)"
                       : "a person's name above the lead (opens with a given name or title; not named in "
                         "the text)");
  return true;
}

}  // namespace

std::size_t rule_name_lines(Page& p, std::size_t i) {
  if (!in_top_matter(p) || !person_line(p, i)) return not_taken;
  p.state.lead_seen = false;  // the deck was not the lead: the next paragraph may open with a dateline
  return std::max(i + 1, p.state.resume_at);
}

}  // namespace akhbar::detail
