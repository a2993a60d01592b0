// Walk rule "issue_credit": a print paper's credit line, "صحيفة الوطن - العدد 2403", gives the source.
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

std::string issue_outlet(const Page& p, const Line& l) {
  if (l.bullet || l.words > th::issue::max_words) return {};
  std::vector<std::string> outlet;
  std::string_view rest = l.text;
  bool label = false;
  int numbers = 0;
  while (!rest.empty()) {
    const std::size_t sp = rest.find(' ');
    const std::string_view word = trim_chars(rest.substr(0, sp), "-:()");
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    if (word.empty() || word == "\xE2\x80\x93" || word == "\xD8\x8C") continue;  // "–", "،"
    const std::string key = p.key_of(word);
    if (!label) {
      if (p.markers().in_list(MarkerKind::issue_label, key))
        label = true;
      else if (outlet.empty() && p.markers().in_list(MarkerKind::press_word, key))
        continue;  // "صحيفة": the kind of outlet, not its name
      else if (has_digit(word))
        return {};
      else
        outlet.emplace_back(word);
      continue;
    }
    // After the label: its number only ("العدد 2403", "العدد رقم (208)").
    if (numbers == 0 && key == "\xD8\xB1\xD9\x82\xD9\x85") continue;  // "رقم"
    if (!has_digit(word) || has_arabic(word)) return {};
    ++numbers;
  }
  if (!label || numbers != 1 || outlet.empty() || outlet.size() > static_cast<std::size_t>(th::issue::outlet_max_words))
    return {};
  std::string name;
  for (const auto& w : outlet) name += (name.empty() ? "" : " ") + w;
  return name;
}

// "عدد مايو 2024", "العدد 245": a periodical's issue alone on its line (a long read's header row), with
// its month and year or its number and nothing else.
static bool issue_line(const Page& p, const Line& l) {
  if (l.bullet || l.words < 2 || l.words > th::issue::line_max_words || !has_digit(l.text)) return false;
  // The label with or without its article ("العدد", "عدد").
  std::string_view key = l.key;
  const std::string label(key.substr(0, key.find(' ')));
  if (!p.markers().in_list(MarkerKind::issue_label, label) &&
      !p.markers().in_list(MarkerKind::issue_label, "\xD8\xA7\xD9\x84" + label))  // "ال" + label
    return false;
  for (const auto& w : key_words(key.substr(key.find(' ') + 1)))
    if (!has_digit(w) && !is_month_name(w)) return false;
  return true;
}

std::size_t rule_issue_credit(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (issue_line(p, l)) {
    p.remove(l, "source", "a periodical's issue line (its label, then its number or month and year)");
    return i + 1;
  }
  const std::string outlet = issue_outlet(p, l);
  if (outlet.empty()) return not_taken;
  p.fill(Field::source, outlet, "issue_credit");
  p.remove(l, "source", "a print paper's credit: its name and the issue's number");
  return i + 1;
}

}  // namespace akhbar::detail
