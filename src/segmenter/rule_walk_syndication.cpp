// Walk rule "syndication": an aggregator's "Xنشر في OUTLET يوم DATE" line.
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "Xنشر في SOURCE يوم 10 - 09 - 2012": an aggregator's syndication line (the original
// outlet and the publication date, often glued to the author's name in front).
bool syndication_line(Page& p, Line& l) {
  if (l.words > th::after::syndication_max_words || !has_digit(l.text)) return false;
  // The first syndication phrase ("نشر في ") and, after it, the first day word (" يوم ").
  std::size_t at = std::string::npos, d = std::string::npos;
  std::string marker, day;
  for (const auto& w : p.markers().written(MarkerKind::syndication))
    if (std::size_t k = l.text.find(w + " "); k < at) at = k, marker = w + " ";
  if (at == std::string::npos) return false;
  for (const auto& w : p.markers().written(MarkerKind::day_word))
    if (std::size_t k = l.text.find(" " + w + " ", at + marker.size()); k < d) d = k, day = " " + w + " ";
  if (d == std::string::npos) return false;
  std::string source(
      trim_chars(std::string_view(l.text).substr(at + marker.size(), d - at - marker.size()), ""));
  std::string date_text = l.text.substr(d + day.size());
  // "10 - 09 - 2012": the dashes of a numeric date spaced out.
  std::string compact;
  for (std::size_t k = 0; k < date_text.size(); ++k) {
    if (date_text[k] == ' ' && k > 0 && k + 1 < date_text.size() &&
        (date_text[k + 1] == '-' || date_text[k - 1] == '-'))
      continue;
    compact += date_text[k] == '-' ? '/' : date_text[k];
  }
  auto date = find_date(compact, p.ctx.now);
  if (!date || count_words(source) == 0 || count_words(source) > th::after::syndication_name_max_words)
    return false;
  // Nothing but the date may follow.
  if (!trim_chars(std::string_view(compact).substr(date->end), ".,").empty()) return false;
  std::string who(trim_chars(std::string_view(l.text).substr(0, at), "-*:"));
  p.fill(Field::published, date->iso, "syndication_line");
  p.fill(Field::source, source, "syndication_line");
  if (!who.empty() && fold_key(p.ctx.normalizer.search(who)) != fold_key(p.ctx.normalizer.search(source)) &&
      count_words(who) <= th::after::syndication_name_max_words)
    p.fill(Field::author, who, "syndication_line");
  p.remove(l, "date",
           "syndication line 'نشر في SOURCE يوم DATE' published=" + date->iso + " source=" + source);
  return true;
}

}  // namespace

std::size_t rule_syndication(Page& p, std::size_t i) {
  return syndication_line(p, p.lines[i]) ? i + 1 : not_taken;
}

}  // namespace akhbar::detail
