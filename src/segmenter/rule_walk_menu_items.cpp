// Walk rule "menu_items": a line of a menu run (pass "menus") goes to `removed:navigation`.
#include "segmenter/detail_rules.h"

namespace akhbar::detail {

namespace th = threshold;

std::size_t rule_menu_items(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.menu) return not_taken;
  p.remove(l, "navigation",
           field_row(l.text) ? "a listing's row of labelled fields" : "one of a run of 5+ very short lines (a menu)");
  return i + 1;
}

}  // namespace akhbar::detail
