// Walk rule "agencies_line": after the lead, a credit line made only of agencies ("فرانس 24/ أ ف ب").
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "فرانس24/ أ ف ب": a credit line made only of agencies.
bool agencies_line(Page& p, Line& l) {
  if (l.words > th::after::agencies_line_max_words) return false;
  auto b = split_byline(l.text);
  if (!b) return false;
  for (const auto& part : b->parts)
    if (!p.markers().agency(fold_key(p.ctx.normalizer.search(part)))) return false;
  p.fill(Field::source, b->parts.front(), "agencies_line");
  p.remove(l, "source", "a credit line of agencies only");
  p.state.closed = true;
  return true;
}

}  // namespace

std::size_t rule_agencies_line(Page& p, std::size_t i) {
  if (!p.state.lead_seen || !agencies_line(p, p.lines[i])) return not_taken;
  return i + 1;
}

}  // namespace akhbar::detail
