// Walk rule "follow_tail": a follow prompt glued to the end of a line ("... تابع الجزيرة نت
// على:") is cut off; a line that is only the prompt is taken.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "... تابع الجزيرة نت على:" glued to the end of a paragraph.
void cut_tail(Page& p, Line& l) {
  // Tails end the line with ':' ("تابع الجزيرة نت على:") or are its last words.
  if (l.last != ':' && l.words > th::after::tail_line_max_words) return;
  MarkerHit t = p.markers().match_tail(l.key);
  if (!t) return;
  bool whole_rest = t.end >= l.key.size();
  if (!whole_rest && !(l.last == ':' || l.last == 0xFF1A)) return;
  int tail_words = count_words(std::string_view(l.key).substr(t.begin));
  // The same number of words from the end of the display text (trailing punctuation-only words skipped).
  std::string_view text = l.text;
  std::size_t pos = text.size();
  int seen = 0;
  while (pos > 0 && seen < tail_words) {
    std::size_t end = pos;
    while (pos > 0 && text[pos - 1] != ' ') --pos;
    std::string_view w = text.substr(pos, end - pos);
    if (!trim_chars(w, ".,:;!?|-*\"'()").empty()) ++seen;
    while (pos > 0 && text[pos - 1] == ' ') --pos;
  }
  std::string tail(trim_chars(text.substr(pos), ""));
  std::string head(trim_chars(text.substr(0, pos), ""));
  const Marker& m = *t.marker;
  if (head.empty()) {
    p.article.removed.push_back({m.removal, tail});
    p.label_removed(l, m.removal, "tail marker " + quoted(m));
    l.blank = true;
    return;
  }
  p.article.removed.push_back({m.removal, tail});
  ++p.state.edits;  // the line changed, though it is not labelled yet
  l.rule = "cut tail '" + tail + "' by marker " + quoted(m) + "; ";
  l.text = head;
  classify(l, p.ctx.normalizer.search(head), p.markers());  // measured again, as the loader did
}

}  // namespace

std::size_t rule_follow_tail(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  cut_tail(p, l);
  return l.blank ? i + 1 : not_taken;
}

}  // namespace akhbar::detail
