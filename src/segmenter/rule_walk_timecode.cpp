// Walk rule "timecode": a line that is only a clock reading or a duration ("00:18", "1:02:45", "3 min", "4 دقائق")
// is a player's or a transcript's mark (an audio page's segment times, an episode's length), not text: a story tells
// a time inside a sentence. So is a run of short lines each opening with a clock reading, an episode's chapters
// ("00:36 التقرير الرئيسي"); a transcript's paragraphs under their times are sentences, and stay.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace {

// "00:18", "01:02:45": one or two digits, then one or two ":NN" groups, nothing else.
bool clock_reading(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == 0 || i > 2) return false;
  int groups = 0;
  while (i < t.size()) {
    const bool group = t[i] == ':' && i + 2 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] >= '0' &&
                       t[i + 2] <= '9';
    if (!group) return false;
    i += 3;
    ++groups;
  }
  return groups >= 1 && groups <= 2;
}

// "3 min", "12 mins", "4 دقائق", "5 دقيقة": a number of minutes alone.
bool minutes(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  if (i == 0 || i > 3 || i >= t.size() || t[i] != ' ') return false;
  std::string_view unit = t.substr(i + 1);
  return unit == "min" || unit == "mins" || unit == "\xD8\xAF\xD9\x82\xD9\x8A\xD9\x82\xD8\xA9" ||  // دقيقة
         unit == "\xD8\xAF\xD9\x82\xD8\xA7\xD8\xA6\xD9\x82";                                       // دقائق
}

// Whether a clock reading opens a line of more words ("00:36 التقرير الرئيسي").
bool opens_with_clock(std::string_view t) {
  std::string_view first = t.substr(0, t.find(' '));
  return first.size() < t.size() && clock_reading(first);
}

}  // namespace

std::size_t rule_timecode(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  std::string_view t = trim_chars(l.text, "");
  if (l.words <= 2 && (clock_reading(t) || minutes(t))) {
    p.remove(l, "navigation", "a clock reading or a duration alone (a player's or a transcript's mark)");
    return i + 1;
  }
  if (l.words > threshold::items::chapter_max_words || ends_sentence(l) || !opens_with_clock(t)) return not_taken;
  auto chapter_next_to = [&](std::size_t k) {
    if (k >= p.lines.size()) return false;
    const Line& o = p.lines[k];
    return o.words <= threshold::items::chapter_max_words && !ends_sentence(o) &&
           opens_with_clock(trim_chars(o.text, ""));
  };
  std::size_t prev = i;
  while (prev > 0 && p.lines[prev - 1].blank) --prev;
  if (!chapter_next_to(p.next_nonblank(i + 1)) && !(prev > 0 && chapter_next_to(prev - 1))) return not_taken;
  p.remove(l, "navigation", "a chapter of a run, each opening with its clock reading (an episode's chapters)");
  return i + 1;
}

}  // namespace akhbar::detail
