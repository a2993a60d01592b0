// Walk rule "initials": after the lead, editors' initials ("م.ل/و.أ") sign off the text.
#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "م.ل/و.أ", "خ.خ", "ز. ش/ا.ف", "ق-ر", "ح/م": editors' initials under a story. Every run of letters
// is one or two letters long, joined by '.', '-', '/' or spaces (a dot or a dash among them, or a
// slash between single letters: the Maghreb's "ح/م"), and there are two to six of them.
bool initials_line(const Line& l) {
  if (l.words > th::after::initials_max_words || l.chars > th::after::initials_max_chars) return false;
  int runs = 0, letters = 0, longest = 0;
  bool dot = false, slash = false;
  for (std::size_t i = 0; i <= l.text.size();) {
    char32_t c = i < l.text.size() ? next_code_point(l.text, i) : (++i, U' ');
    if (is_arabic_letter(c)) {
      ++letters;
      continue;
    }
    if (letters > 0) {
      if (letters > th::after::initials_run_max_letters) return false;
      ++runs;
      longest = std::max(longest, letters);
      letters = 0;
    }
    if (c == '.' || c == '-')
      dot = true;
    else if (c == '/')
      slash = true;
    else if (c != ' ')
      return false;
  }
  return (dot || (slash && longest == 1)) && runs >= th::after::initials_min_runs &&
         runs <= th::after::initials_max_runs;
}

}  // namespace

std::size_t rule_initials(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!p.state.lead_seen || !initials_line(l)) return not_taken;
  p.remove(l, "footer", "editors' initials signing off the text (\"م.ل/و.أ\")");
  return i + 1;
}

}  // namespace akhbar::detail
