// Walk rule "removal_markers": share, copyright, tags, navigation ... lines go to `removed`.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

std::size_t rule_removal_markers(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.hit || l.hit.marker->kind != MarkerKind::removed || !p.removal_ok(l)) return not_taken;
  const Marker& m = *l.hit.marker;
  p.remove(l, m.removal, "marker " + m.removal + " " + quoted(m));
  if (m.removal == "copyright" || m.removal == "tags" || m.removal == "share")
    p.state.closed = p.state.lead_seen;
  return i + 1;
}

}  // namespace akhbar::detail
