// The dated dateline WAFA writes ("رام الله 20-5-2012 وفا- ..."), read by the walk's bylines
// and body rules.
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// WAFA's "رام الله 20-5-2012 وفا- أطلق ...", SPA's "الرياض 17 ذو القعدة 1445 هـ الموافق 25 مايو
// 2024 م (واس) - ...": a known place, a date (in one calendar or both) and a known or bracketed
// agency before a dash open the lead. The date is the publication date; the place is the dateline.
bool dated_dateline(Page& p, std::string& text, std::string& rule, bool whole_line) {
  std::size_t limit = 0;
  for (int w = 0; w < th::lead::dated_dateline_head_words && limit != std::string::npos; ++w)
    limit = text.find(' ', limit + 1);
  std::string_view head = std::string_view(text).substr(0, limit);
  auto date = find_date(head, p.ctx.now);
  if (!date || date->begin == 0) return false;
  // The agency and its dash right after the date.
  std::size_t dash = std::string::npos;
  for (std::size_t i = date->end; i < head.size();) {
    std::size_t k = i;
    char32_t c = next_code_point(head, k);
    if (c == '-' || c == 0x2013 || c == 0x2014) {
      dash = i;
      break;
    }
    i = k;
  }
  if (dash == std::string::npos) return false;
  std::string place(trim_chars(head.substr(0, date->begin), ",-"));
  std::string agency(trim_chars(head.substr(date->end, dash - date->end), ",- "));
  // Between a known place and its date, a bracketed name before the dash is the agency even when
  // the list lacks it ("الرياض 17 ذو القعدة 1445 هـ الموافق 25 مايو 2024 م (وكا) -").
  bool bracketed = agency.size() > 2 && agency.front() == '(' && agency.back() == ')' &&
                   agency.find('(', 1) == std::string::npos &&
                   count_words(agency) <= th::lead::dated_dateline_bracketed_agency_max_words;
  if (bracketed) agency = std::string(trim_chars(agency, "()"));
  if (!p.markers().place(fold_key(p.ctx.normalizer.search(place))) ||
      (!bracketed && !p.markers().agency(fold_key(p.ctx.normalizer.search(agency)))))
    return false;
  std::size_t rest_at = dash;
  next_code_point(text, rest_at);
  std::string rest(trim_chars(std::string_view(text).substr(rest_at), ""));
  if (!whole_line && count_words(rest) < th::lead::dateline_min_rest_words) return false;
  std::string fragment(trim_chars(std::string_view(text).substr(0, rest_at), ""));
  p.fill(Field::dateline, place, "dated_dateline");
  p.fill(Field::source, agency, "dated_dateline");
  p.fill(Field::published, date->iso, "dated_dateline");
  p.article.removed.push_back({"dateline", fragment});
  rule += "dateline '" + fragment + "' cut (place, date, agency); ";
  text = rest;
  return true;
}

}  // namespace akhbar::detail
