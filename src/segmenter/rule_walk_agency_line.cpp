// Walk rule "agency_line": a bare agency line ("سبأ", "(واس)") is the source.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

std::size_t rule_agency_line(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!p.markers().agency(l.key) || l.words > th::top::agency_line_max_words) return not_taken;
  p.fill(Field::source, std::string(trim_chars(l.text, "()-*[]")), "agency_line");
  p.remove(l, "source", "a bare agency credit line");
  p.state.closed = p.state.lead_seen;
  return i + 1;
}

}  // namespace akhbar::detail
