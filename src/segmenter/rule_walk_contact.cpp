// Walk rule "contact": a line that is only an e-mail address or handle is the writer's contact,
// and so is one whose address is glued to a contact footer.
#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

bool contact_line(Page& p, Line& l) {
  if (!lone_address(l)) return false;
  p.remove(l, "footer", "a lone e-mail address or handle (the writer's contact)");
  return true;
}

// "... حتى نتجنب مصيرا صعبا يتحدث به كثيرون.jumana.ghunaimat@alghad.jo": the writer's address glued
// after the text's last sentence is cut off (kind "footer"); the line goes on to the other rules.
void trailing_address(Page& p, Line& l) {
  // The ASCII run at the line's end (no space in it), with the sentence's mark that opens it.
  std::size_t start = l.text.size();
  while (start > 0 && static_cast<unsigned char>(l.text[start - 1]) < 0x80 && l.text[start - 1] != ' ') --start;
  std::string_view run = std::string_view(l.text).substr(start);
  std::size_t marks = std::min(run.find_first_not_of(".!?"), run.size());
  std::string_view address = run.substr(marks);
  std::string_view head = std::string_view(l.text).substr(0, start + marks);
  bool sentence_end = marks > 0 || head.ends_with("\xD8\x9F");  // '.', '!', '?' or '؟'
  std::size_t at = address.find('@');
  if (!sentence_end || at == std::string_view::npos || at == 0 ||
      address.find('.', at) == std::string_view::npos || !has_arabic(head))
    return;
  p.article.removed.push_back({"footer", std::string(address)});
  l.rule = "cut the writer's address '" + std::string(address) + "' glued after the text; ";
  ++p.state.edits;  // the line changed, though it is not labelled yet
  std::string text(trim_chars(head, " "));
  l.text = text;
  classify(l, p.ctx.normalizer.search(text), p.markers());  // measured again, as the loader did
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

// "للتواصل مع النشرية: نهج الحبيب ثامر، سوسة — الهاتف والفاكس 73 220 415", "للاتصال: 0123456":
// a contact label (markers: contact_label), then an address: a colon soon after the label, a
// phone number or an e-mail. "للتواصل مع المواطنين أطلقت البلدية تطبيقا ..." gives none.
bool contact_footer(Page& p, Line& l) {
  if (l.words > th::contact::footer_max_words || l.bullet) return false;
  // The label is the first word or the first two ("لأي استفسار").
  // A colon may be glued to the label ("للتواصل: 0123456").
  std::string_view key = l.key;
  const std::size_t first = key.find_first_of(" :");
  const std::size_t second = first == std::string_view::npos ? first : key.find_first_of(" :", first + 1);
  if (!p.markers().in_list(MarkerKind::contact_label, key.substr(0, first)) &&
      (first == std::string_view::npos || key[first] == ':' ||
       !p.markers().in_list(MarkerKind::contact_label, key.substr(0, second))))
    return false;
  std::size_t colon = l.text.find(':');
  bool labelled = colon != std::string::npos &&
                  count_words(std::string_view(l.text).substr(0, colon)) <= th::contact::colon_within_words;
  int digits = 0;
  std::size_t at = 0;
  while (at < l.text.size())
    if (digit_value(next_code_point(l.text, at)) >= 0) ++digits;
  if (!labelled && digits < th::contact::phone_min_digits && l.text.find('@') == std::string::npos)
    return false;
  p.remove(l, "footer", "a contact line: a contact label, then an address or a number");
  p.take_box_heading(l, "footer");
  return true;
}

}  // namespace

bool lone_address(const Line& l) {
  if (l.words != 1 || l.text.find('@') == std::string::npos || has_arabic(l.text)) return false;
  for (char ch : l.text)
    if (ch == ' ' || ch == '\t') return false;
  return true;
}

std::size_t rule_contact(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (l.words > 1) trailing_address(p, l);
  return contact_line(p, l) || glued_contact_line(p, l) || contact_footer(p, l) ? i + 1 : not_taken;
}

}  // namespace akhbar::detail
