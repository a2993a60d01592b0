// Walk rule "contact": a line that is only an e-mail address or handle is the writer's contact,
// and so is one whose address is glued to a contact footer.
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

// "aalorabi@hotmail.comللتواصل مع الكاتب ارسل رسالة SMS ...": the writer's address glued to a
// contact footer a marker names (blind10 SaudiNewsNet #489): the whole line is the footer.
bool glued_contact_line(Page& p, Line& l) {
  std::size_t end = 0;
  while (end < l.text.size() && static_cast<unsigned char>(l.text[end]) < 0x80 && l.text[end] != ' ') ++end;
  std::string_view address(l.text.data(), end);
  if (end == 0 || end == l.text.size() || address.find('@') == std::string_view::npos ||
      address.find('.', address.find('@')) == std::string_view::npos)
    return false;
  std::string key = fold_key(p.ctx.normalizer.search(std::string_view(l.text).substr(end)));
  MarkerHit hit = p.markers().match_line(key, count_words(key));
  if (!hit || hit.marker->kind != MarkerKind::removed || hit.marker->removal != "footer") return false;
  p.remove(l, "footer", "an e-mail address glued to the contact footer " + quoted(*hit.marker));
  return true;
}

}  // namespace

std::size_t rule_contact(Page& p, std::size_t i) {
  return contact_line(p, p.lines[i]) || glued_contact_line(p, p.lines[i]) ? i + 1 : not_taken;
}

}  // namespace akhbar::detail
