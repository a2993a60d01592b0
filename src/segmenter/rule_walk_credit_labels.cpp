// Walk rule "credit_labels": "المصدر: X", "بقلم: X" give the source or the author.
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// Whether a source label alone names a list of references: the plural ("المراجع", "المصادر", "مراجع", "مصادر").
bool references_heading(std::string_view key) {
  key = trim_chars(key, ":");
  for (std::string_view w : {"\xD8\xA7\xD9\x84\xD9\x85\xD8\xB1\xD8\xA7\xD8\xAC\xD8\xB9",  // المراجع
                             "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1",  // المصادر
                             "\xD9\x85\xD8\xB1\xD8\xA7\xD8\xAC\xD8\xB9", "\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1"})  // مراجع مصادر
    if (key == w) return true;
  return false;
}

// "المصدر: X", "بقلم: X"; returns the next line index, or 0 when the line is not a credit.
std::size_t credit(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  const Marker& m = *l.hit.marker;
  bool is_source = m.kind == MarkerKind::source;
  std::string value(after_words(l.text, m.words));
  // "المصدر الأصلي للقصة: صحيفة الشرق الأوسط": the value follows the qualifier's colon.
  if (std::size_t at = is_source ? source_qualifier(value) : 0) value.erase(0, at);
  std::size_t next = i + 1;
  // "المراجع" / "المصادر" alone over a list (an encyclopaedia page's references: "- ↑ "العنوان"، الناشر، اطلع عليه
  // بتاريخ 2/3/2022. بتصرف."): the list items under it are its entries, not the text.
  if (value.empty() && is_source && references_heading(p.key_of(l.text))) {
    std::size_t j = p.next_nonblank(i + 1);
    if (j < p.lines.size() && p.lines[j].bullet) {
      for (; j < p.lines.size() && (p.lines[j].blank || p.lines[j].bullet); ++j)
        if (!p.lines[j].blank)
          p.remove(p.lines[j], "source", "an entry of the references under line " + std::to_string(l.no));
      p.remove(l, "source", "the references' heading");
      return j;
    }
  }
  if (value.empty()) {
    std::size_t j = p.next_nonblank(i + 1);
    if (j < p.lines.size() && !p.lines[j].hit && p.lines[j].words <= th::top::credit_next_line_max_words &&
        headline_like(p.lines[j])) {
      value = p.lines[j].text;
      p.remove(p.lines[j], is_source ? "source" : "author",
               "value of the label on line " + std::to_string(l.no));
      next = j + 1;
      // An author box ("عن كاتب القصة" / "كريم الشاذلي" / "مراسل الأثير في لندن"): the writer's post
      // under the name, a short line opening with a role ("مراسل", "محررة").
      std::size_t k = p.next_nonblank(j + 1);
      if (!is_source && k < p.lines.size() &&
          (!p.lines[k].hit || p.lines[k].hit.marker->kind == MarkerKind::author) && headline_like(p.lines[k]) &&
          p.lines[k].words <= th::signature::post_max_words &&
          p.markers().in_list(MarkerKind::role_word, p.lines[k].key.substr(0, p.lines[k].key.find(' ')))) {
        p.remove(p.lines[k], "author", "the writer's post under the name on line " + std::to_string(p.lines[j].no));
        next = k + 1;
      }
    }
  }
  // "بقلم كارين أبي نادر · 2 حزيران 2018 · 3 دقائق قراءة": a byline row of parts; the name is the first,
  // a date among the others dates the text, the rest (a reading time) is the row's. A row the date
  // rules read whole ("بقلم: X | DATE | آخر تعديل: DATE", with the update) is theirs.
  // An update among the parts, under its label ("Par X | publié le 8 octobre 2022 | mis à jour le 10
  // octobre 2022"), is the update's date, not the text's.
  // Tiki's "كاتب المقالة: NAME - تاريخ النشر: DATE - (N قراءة)" parts its row with spaced dashes: a dash
  // parts it only when a date or a date's label opens what follows ("بقلم: محمد - القاهرة" is a name
  // and a place, "كتبه اسبانيا - الوئام : ... بتاريخ DATE" a place and an outlet).
  for (std::string_view sep : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " - "})
    if (std::size_t at = value.find(sep); at != std::string::npos && at > 0 && !p.is_date_line(l)) {
      std::string_view rest = std::string_view(value).substr(at + sep.size());
      if (sep == " - ") {
        std::string first = p.key_of(rest.substr(0, rest.find(' ')));
        auto d = find_date(rest, p.ctx.now);
        if (!(d && d->begin == 0) && !(d && p.markers().in_list(MarkerKind::date_label, first))) break;
      }
      bool dated = false;  // the first date that is no update's dates the text; later ones are the row's
      for (std::size_t from = 0; from <= rest.size();) {
        std::size_t end = std::min(rest.find(sep, from), rest.size());
        std::string_view part = trim_chars(rest.substr(from, end - from), "");
        std::string key = p.key_of(part);
        MarkerHit hit = p.markers().match_line(key, count_words(key));
        std::string first = key.substr(0, key.find(' '));
        bool update = (hit && hit.begin == 0 && hit.marker->kind == MarkerKind::updated) ||
                      p.markers().in_list(MarkerKind::date_update, first) ||
                      p.markers().in_list(MarkerKind::update_verb, first);
        if (auto d = find_date(part, p.ctx.now); d && (update || !dated)) {
          p.fill(update ? Field::updated : Field::published, d->iso, "credit_label_date");
          dated = dated || !update;
        }
        from = end + sep.size();
      }
      value = std::string(trim_chars(std::string_view(value).substr(0, at), ""));
      if (std::size_t t = p.dated_tail(value); t != std::string::npos)
        value = std::string(trim_chars(std::string_view(value).substr(0, t), ""));
      break;
    }
  if (std::size_t at = desk_tail(value, p.ctx.normalizer, p.markers()); at != std::string::npos)
    value = std::string(trim_chars(std::string_view(value).substr(0, at), ""));
  // A date closing the line after a word that introduces it is no part of the name ("Posted by NAME
  // on Jul 3, 2018 5:02:00 PM"); a row of parts ("NAME | DATE") is the rows' reading above.
  // The date is read once: it closes the line when nothing follows it.
  auto closing = find_date(value, p.ctx.now);
  // (A full stop after it still closes the line: Phabricator's "Written by NAME on Sep 28 2024, 12:14 PM.")
  if (closing && (closing->begin == 0 || !trim_chars(value.substr(closing->end), ".").empty())) closing.reset();
  int name_words = count_words(value);
  if (closing && value.find_first_of("|\xC2\xB7") == std::string::npos) {
    std::string_view head = trim_chars(std::string_view(value).substr(0, closing->begin), "");
    std::size_t sp = head.rfind(' ');
    if (sp != std::string_view::npos &&
        p.markers().in_list(MarkerKind::date_preposition, p.key_of(head.substr(sp + 1))))
      name_words = count_words(head.substr(0, sp));
  }
  if (name_words > th::top::credit_value_max_words) return 0;
  // "المحرر: حمد النعيمي منذ 3 ساعات": a date after the name, on the credit's line, dates the text
  // (a relative one when --now or the capture time resolves it) and is no part of the name.
  if (std::size_t since = value.rfind(" \xD9\x85\xD9\x86\xD8\xB0 ");  // " منذ "
      since != std::string::npos && has_relative_date(std::string_view(value).substr(since + 1))) {
    if (auto d = find_date(std::string_view(value).substr(since + 1), p.ctx.now))
      p.fill(Field::published, d->iso, "credit_label_date");
    value.resize(since);
  } else if (closing) {
    p.fill(Field::published, closing->iso, "credit_label_date");
    value = std::string(trim_chars(std::string_view(value).substr(0, closing->begin), ""));
    // The date's day name goes with it ("نضيرة نسيب الأحد 25 نوفمبر 2012"), and so do the words that
    // introduce it ("Posted by NAME on Jul 3, 2018", "NAME نُشر في: 19-05-2024").
    for (int k = 0; k < 2; ++k) {
      std::size_t sp = value.rfind(' ');
      if (sp == std::string::npos) break;
      std::string last = p.key_of(value.substr(sp + 1));
      if (!is_weekday(last) && !p.markers().in_list(MarkerKind::date_preposition, last) &&
          !p.markers().in_list(MarkerKind::date_label, last))
        break;
      value = std::string(trim_chars(std::string_view(value).substr(0, sp), ",،-"));
    }
    // The word before the date alone ("Written by  on DATE": the name missing) is no name.
    if (p.markers().in_list(MarkerKind::date_preposition, p.key_of(value))) value.clear();
  }
  if (auto c = read_credit(value, p.markers(), p.ctx.normalizer, false); c && !value.empty()) {
    p.fill(Field::dateline, c->place, "credit_label");
    std::string who =
        is_source ? (c->agency.empty() ? c->person : c->agency) : (c->person.empty() ? c->agency : c->person);
    if (!who.empty()) value = who;
  }
  value = std::string(trim_chars(value, "-*()"));
  if (!value.empty()) p.fill(is_source ? Field::source : Field::author, value, "credit_label");
  p.remove(l, is_source ? "source" : "author",
           std::string(is_source ? "source" : "author") + " label " + quoted(m));
  if (is_source) p.state.closed = p.state.lead_seen;
  return next;
}

}  // namespace

std::size_t rule_credit_labels(Page& p, std::size_t i) {
  const Line& l = p.lines[i];
  if (!l.hit) return not_taken;
  MarkerKind kind = l.hit.marker->kind;
  if ((kind != MarkerKind::source && kind != MarkerKind::author) || !p.label_ok(l)) return not_taken;
  return credit(p, i);  // not_taken when the value is no credit
}

}  // namespace akhbar::detail
