// Walk rule "contact": a line that is only an e-mail address or handle is the writer's contact.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// A line that is only an e-mail address or a handle ("sherif.kandil@al-madina.com",
// "osama4855@"): the writer's contact, under or above the article.
bool contact_line(Page& p, Line& l) {
  if (l.words != 1 || l.text.find('@') == std::string::npos || has_arabic(l.text)) return false;
  for (char ch : l.text)
    if (ch == ' ' || ch == '\t') return false;
  p.remove(l, "footer", "a lone e-mail address or handle (the writer's contact)");
  return true;
}

}  // namespace

std::size_t rule_contact(Page& p, std::size_t i) { return contact_line(p, p.lines[i]) ? i + 1 : not_taken; }

}  // namespace akhbar::detail
