// Walk rule "agency_line": a bare agency line ("سبأ", "(واس)") is the source.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// The publication a closing credit names through its syndication service ("رسالة هارفارد الصحية، خدمات «تريبيون
// ميديا»", "خدمة «واشنطن بوست»"): the name before the service, or the service's own when it stands alone; empty
// when the line names no service.
std::string syndicated(std::string_view text) {
  text = trim_chars(text, "*-. ");
  for (std::string_view service : {"\xD8\xAE\xD8\xAF\xD9\x85\xD8\xA7\xD8\xAA \xC2\xAB",    // "خدمات «"
                                   "\xD8\xAE\xD8\xAF\xD9\x85\xD8\xA9 \xC2\xAB",             // "خدمة «"
                                   "\xD8\xAE\xD8\xAF\xD9\x85\xD8\xA9: \xC2\xAB"}) {  // "خدمة: «" (SaudiNewsNet's)
    std::size_t at = text.find(service);
    if (at == std::string_view::npos || !text.ends_with("\xC2\xBB")) continue;  // "»" closes the line
    std::string_view before = trim_chars(text.substr(0, at), "\xD8\x8C, ");  // "،"
    // A writer's line before it names the publication in quotes ("طبيب رئيس تحرير «رسالة هارفارد الصحية»").
    if (std::size_t q = before.find("\xC2\xAB"); q != std::string_view::npos && before.ends_with("\xC2\xBB"))
      return std::string(trim_chars(before.substr(q + 2, before.size() - q - 4), ""));
    if (!before.empty()) return std::string(before);
    std::size_t open = at + service.size();
    return std::string(trim_chars(text.substr(open, text.size() - open - 2), ""));
  }
  return {};
}

}  // namespace

std::size_t rule_agency_line(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  // Closing the text, a credit through a syndication service names the source.
  if (l.words <= th::top::syndicated_credit_max_words && p.next_nonblank(i + 1) >= p.lines.size() && p.state.lead_seen)
    if (std::string source = syndicated(l.text); !source.empty()) {
      p.fill(Field::source, source, "agency_line");
      p.remove(l, "source", "a closing credit through a syndication service");
      return i + 1;
    }
  if (!p.markers().agency(l.key) || l.words > th::top::agency_line_max_words) return not_taken;
  p.fill(Field::source, std::string(trim_chars(l.text, "()-*[]/.")), "agency_line");  // ("و.م.ع / .")
  p.remove(l, "source", "a bare agency credit line");
  p.state.closed = p.state.lead_seen;
  return i + 1;
}

}  // namespace akhbar::detail
