// Walk rule "bylines": above the lead, a short "place: name" line ("القاهرة: وليد عقيلة",
// "دبي - البيان", "لندن (رويترز) –", "رام الله 4-7-2012 وفا- يزن طه") gives dateline, source, author.
#include <akhbar/dates.h>

#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "القاهرة: وكالة الأنباء ..." names an outlet, not a writer: a byline's person part that
// opens with the word وكالة ("agency", agency_word) is the source. When the name breaks right after that
// word ("القاهرة: وكالة" / "الصحافة العربية"), a short line before the lead completes it.
void agency_not_person(Page& p, Credit& c, std::size_t i) {
  if (c.person.empty() || !c.agency.empty()) return;
  std::string key = fold_key(p.ctx.normalizer.search(c.person));
  std::string first = key.substr(0, key.find(' '));
  if (!p.markers().in_list(MarkerKind::agency_word, first)) return;
  const std::string& word = first;
  c.agency = std::move(c.person);
  c.person.clear();
  if (key != word) return;
  std::size_t n = p.next_nonblank(i + 1);
  if (n >= p.lines.size()) return;
  Line& next = p.lines[n];
  if (next.hit || next.bullet || next.words > th::top::agency_rest_max_words ||
      !headline_like(next, th::top::agency_rest_max_words) || has_digit(next.text))
    return;
  std::size_t lead = p.next_nonblank(n + 1);
  if (lead >= p.lines.size() || headline_like(p.lines[lead], th::lead::heading_max_words))
    return;  // the lead must follow
  c.agency += " " + std::string(trim_chars(next.text, "-*()"));
  for (std::size_t b = i + 1; b < n; ++b)
    if (p.lines[b].label.empty()) p.label(p.lines[b], "blank", "");
  p.remove(next, "byline", "the rest of an agency name broken over two lines");
  p.state.resume_at = n + 1;
}

// "رام الله 4-7-2012 وفا- يزن طه" alone on its line: place, date, agency, and the reporter.
bool dated_byline(Page& p, Line& l) {
  std::string text = l.text + " ";
  std::string rule;
  auto before = p.article;
  auto before_evidence = p.state.evidence;
  if (!dated_dateline(p, text, rule, true)) return false;
  std::string person(trim_chars(text, "-/*"));
  if (!person.empty()) {
    if (count_words(person) > th::top::dated_byline_person_max_words ||
        !p.markers().opens_with_name(fold_key(p.ctx.normalizer.search(person)))) {
      p.article = std::move(before);  // not a byline after all
      p.state.evidence = std::move(before_evidence);
      return false;
    }
    p.fill(Field::author, person, "dated_byline");
  }
  p.article.removed.pop_back();  // the whole line goes to removed below
  p.remove(l, "byline", "a 'place date agency- name' line above the lead");
  return true;
}

// "يافع نيوز – العرب" on yafa-news.net: a byline naming the page's own site (spelled in Arabic
// letters, or its host) is the site's credit, however unknown the other part; a known place there is
// the dateline, a name the writer. nullopt when no part names the site.
std::optional<Credit> site_byline(const Page& p, const Byline& b) {
  std::string host = p.ctx.doc.input.url ? host_name(*p.ctx.doc.input.url) : std::string();
  std::string source = p.article.source.value_or("");
  if (host.empty() && source.empty()) return std::nullopt;
  Credit c;
  for (const auto& part : b.parts) {
    std::string key = fold_key(p.ctx.normalizer.search(part));
    if (c.agency.empty() && names_site(p.ctx.normalizer, part, host, source, false))
      c.agency = part;
    else if (p.markers().place(key))
      c.place = part;
    else if (p.markers().opens_with_name(key))
      c.person = part;
  }
  if (c.agency.empty()) return std::nullopt;
  return c;
}

// "المرصد – خاص", "الوفاق/ خاص", "خاص - دبي": the outlet's own report, "exclusive", beside its name or
// the town it was filed from (a place the list knows is the dateline, anything else the outlet).
std::optional<Credit> exclusive_byline(const Page& p, const Byline& b) {
  if (b.parts.size() != 2) return std::nullopt;
  for (std::size_t k = 0; k < 2; ++k) {
    if (p.key_of(b.parts[k]) != "\xD8\xAE\xD8\xA7\xD8\xB5") continue;  // خاص
    const std::string& other = b.parts[1 - k];
    if (count_words(other) > th::top::exclusive_credit_max_words || has_digit(other)) return std::nullopt;
    Credit c;
    (p.markers().place(p.key_of(other)) ? c.place : c.agency) = other;
    return c;
  }
  return std::nullopt;
}

// "القاهرة: وليد عقيلة", "عين اليوم – جدة", "دبي - البيان" above the lead.
bool byline(Page& p, Line& l) {
  if (auto c = framed_byline(p, l)) {
    p.fill(*c, "byline");
    p.remove(l, "byline", "a reporter's credit framed by dashes above the headline");
    return true;
  }
  // A byline may end in the colon that leads into the text ("الدوحة – قنا :", "الرياض – واس:").
  if (l.words > th::top::byline_max_words || l.bullet ||
      !(headline_like(l, th::top::byline_max_words) || (l.last == ':' && !l.blank && !l.separator)))
    return false;
  if (has_digit(l.text)) return dated_byline(p, l);
  std::optional<Credit> c;
  // "لندن (رويترز) –": a dateline alone on its line.
  std::string_view bare = trim_chars(l.text, "-/");
  if (bare.size() < l.text.size() && l.words <= th::top::dateline_line_max_words &&
      bare.find_first_of("-/:") == std::string_view::npos) {
    std::string text(bare);
    std::string agency;
    if (std::size_t open = text.find('('); open != std::string::npos && text.back() == ')') {
      agency = std::string(trim_chars(std::string_view(text).substr(open + 1, text.size() - open - 2), ""));
      text = std::string(trim_chars(std::string_view(text).substr(0, open), ""));
    }
    bool place = p.markers().place(fold_key(p.ctx.normalizer.search(text)));
    bool known = agency.empty() || p.markers().agency(fold_key(p.ctx.normalizer.search(agency)));
    if (place && known) {
      p.fill(Field::dateline, text, "byline");
      p.fill(Field::source, agency, "byline");
      p.remove(l, "byline", "a dateline alone on its line above the lead");
      return true;
    }
  }
  if (auto b = split_byline(l.text)) {
    c = exclusive_byline(p, *b);
    if (!c) c = read_credit(l.text, p.markers(), p.ctx.normalizer, true);
    if (!c) c = site_byline(p, *b);
  } else if (l.words <= th::top::glued_byline_max_words) {
    c = glued_byline(p, l.text);
  }
  if (!c) return false;
  agency_not_person(p, *c, static_cast<std::size_t>(&l - p.lines.data()));
  p.fill(*c, "byline");
  p.remove(l, "byline", "short 'place: name' line above the lead");
  return true;
}

}  // namespace

std::optional<Credit> framed_byline(const Page& p, const Line& l) {
  std::string_view inner = dash_framed(l.text);
  if (inner.empty() || count_words(inner) > th::top::framed_byline_max_words || has_digit(inner)) return std::nullopt;
  std::string key = fold_key(p.ctx.normalizer.search(inner));
  if (split_byline(inner)) return read_credit(inner, p.markers(), p.ctx.normalizer, true);
  const int words = count_words(inner);
  if (words < th::person::min_words || words > th::person::max_words || !p.markers().opens_with_name(key))
    return std::nullopt;
  return Credit{"", "", std::string(inner), ""};
}

std::optional<Credit> glued_byline(const Page& p, std::string_view text) {
  // "دمشق-سانا", "غزة-فاطمة أبو حية": a hyphen with no spaces splits only a known place from a
  // known agency or from a person's name (it opens with a given name, 2 to 4 words, no function
  // word: "كفر الشيخ-سهيله عبداللطيف").
  text = trim_chars(text, ":");  // "جدة-الوئام:": the colon leads into the text
  std::size_t dash = text.find('-');
  if (dash == std::string_view::npos || text.find('-', dash + 1) != std::string_view::npos) return std::nullopt;
  std::string a(trim_chars(text.substr(0, dash), "")), b(trim_chars(text.substr(dash + 1), ""));
  std::string ka = fold_key(p.ctx.normalizer.search(a)), kb = fold_key(p.ctx.normalizer.search(b));
  if (p.markers().place(ka) && p.markers().agency(kb)) return Credit{a, b, "", ""};
  if (p.markers().agency(ka) && p.markers().place(kb)) return Credit{b, a, "", ""};
  if (p.markers().place(ka) && !p.markers().agency(kb) && p.markers().opens_with_name(kb)) {
    int words = count_words(b);
    if (words < th::person::min_words || words > th::top::glued_name_max_words) return std::nullopt;
    for (std::string_view rest = kb; !rest.empty();) {
      std::size_t sp = rest.find(' ');
      if (p.function_word(rest.substr(0, sp))) return std::nullopt;
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    return Credit{a, "", b, ""};
  }
  return std::nullopt;
}

bool in_top_matter(const Page& p) {
  return p.state.deck_only && p.state.body_lines <= th::top::max_deck_lines &&
         p.state.top_lines < th::top::max_top_lines;
}

std::size_t rule_bylines(Page& p, std::size_t i) {
  if (!in_top_matter(p) || !byline(p, p.lines[i])) return not_taken;
  p.state.lead_seen = false;  // the deck was not the lead: the next paragraph may open with a dateline
  return std::max(i + 1, p.state.resume_at);
}

}  // namespace akhbar::detail
