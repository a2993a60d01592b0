// Walk rule "separators": a rule line ("-----", "×××") goes to `removed`.
#include "segmenter/detail_rules.h"

namespace akhbar::detail {

namespace th = threshold;

std::size_t rule_separators(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.separator) return not_taken;
  p.remove(l, "separator", "a rule line with no letters");
  return i + 1;
}

}  // namespace akhbar::detail
