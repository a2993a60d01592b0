// Walk rule "body": everything else is body, a paragraph or a sub-heading; the lead loses a
// glued byline and its dateline.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// Where a spaced dash (" - ", " – ", " — ") starts in `text` at or after `from`, or npos.
std::size_t spaced_dash(std::string_view text, std::size_t from) {
  std::size_t best = std::string_view::npos;
  for (std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
    if (std::size_t at = text.find(d, from); at < best) best = at;
  return best;
}

// "محمد محمود البشتاوي - التاريخ حقلٌ متشابك، ...": the writer's name (a known given name first,
// two to four words, no digit or punctuation) glued to the lead by a dash. Returns the name's end.
std::size_t glued_writer(const Page& p, std::string_view text) {
  std::size_t dash = spaced_dash(text, 0);
  if (dash == std::string_view::npos) return dash;
  std::string_view name = text.substr(0, dash);
  int nw = count_words(name);
  if (nw < th::lead::glued_writer_min_words || nw > th::lead::glued_writer_max_words || has_digit(name) ||
      name.find_first_of(".,:;\"()«»/") != std::string_view::npos)
    return std::string_view::npos;
  std::string_view rest = text.substr(dash + 3);
  if (count_words(rest) < th::lead::dateline_min_rest_words) return std::string_view::npos;
  // A second dash soon after is an aside about the person the sentence is about.
  if (std::size_t next = spaced_dash(text, dash + 1);
      next != std::string_view::npos &&
      count_words(text.substr(dash, next - dash)) <= th::lead::glued_writer_aside_words)
    return std::string_view::npos;
  std::string key = fold_key(p.ctx.normalizer.search(name));
  if (!p.markers().opens_with_name(key) || p.markers().place(key) || p.markers().mentions_place(key) ||
      p.markers().agency(key))
    return std::string_view::npos;
  return dash;
}

// "لندن د ب أ", "لندن (رويترز)", "لندن", "رويترز": a known place, a known or bracketed agency, or
// both, and nothing else. Used where a colon, not a dash, ends the dateline.
std::optional<Credit> place_and_agency(const Page& p, std::string_view head) {
  head = trim_chars(head, "-");
  if (head.empty() || count_words(head) > th::dates::dateline_max_words || has_digit(head)) return std::nullopt;
  auto known = [&](std::string_view s, bool place) {
    std::string key = fold_key(p.ctx.normalizer.search(s));
    return !key.empty() && (place ? p.markers().place(key) : p.markers().agency(key) != nullptr);
  };
  Credit c;
  if (head.back() == ')') {
    std::size_t open = head.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view agency = trim_chars(head.substr(open + 1, head.size() - open - 2), "");
    std::string_view place = trim_chars(head.substr(0, open), "-,");
    if (agency.empty() || count_words(agency) > th::lead::dated_dateline_bracketed_agency_max_words ||
        (!place.empty() && !known(place, true)))
      return std::nullopt;
    // A known place in the brackets after a place is its country, not an agency ("الفجيرة (الإمارات العربية
    // المتحدة)"): the dateline is both, and no source.
    // (A country's full name opens with its short one: "الإمارات العربية المتحدة".)
    const std::string_view first_word = agency.substr(0, agency.find(' '));
    if (!place.empty() && (known(agency, true) || known(first_word, true)) && !known(agency, false)) {
      c.place = std::string(head);
      return c;
    }
    c.place = std::string(place);
    c.agency = std::string(agency);
    return c;
  }
  // Every split of the words into a place before an agency ("لندن | د ب أ").
  for (std::size_t at = 0;; at = head.find(' ', at + 1)) {
    std::string_view place = trim_chars(head.substr(0, at == std::string_view::npos ? head.size() : at), "-,");
    std::string_view agency = at == std::string_view::npos ? std::string_view() : trim_chars(head.substr(at), "-,");
    if ((place.empty() || known(place, true)) && (agency.empty() || known(agency, false)) &&
        !(place.empty() && agency.empty())) {
      c.place = std::string(place);
      c.agency = std::string(agency);
      return c;
    }
    if (at == std::string_view::npos) return std::nullopt;
  }
}

// "لندن د ب أ:خلص بحث ...", "لندن (رويترز): ...", "رويترز: ...": a dateline ended by a colon opens
// the lead (blind11 cp1256 SDSC35). Only a known or bracketed agency, after a known place or alone:
// a speaker before a quote ("الرئيس: ...") or a label stays text, and so does a place alone, which
// is as often a headline's kicker ("سوريا: الغرب يضغط ...") or a label ("الخبر: ...").
// Sabq's "فهد العتيبي- سبق: ..." with no place: a person's name and a known outlet before the colon give
// the author and the source.
bool colon_dateline(Page& p, std::string& text, std::string& rule) {
  std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string rest(trim_chars(std::string_view(text).substr(colon + 1), ""));
  if (count_words(rest) < th::lead::dateline_min_rest_words) return false;
  std::string fragment(trim_chars(std::string_view(text).substr(0, colon + 1), ""));
  auto c = place_and_agency(p, std::string_view(text).substr(0, colon));
  // "الجديدة – الفجيرة (الإمارات العربية المتحدة):": a word and a dash before a place with its country; the word, a
  // paper's or an agency's name, gives the source when it is a known agency.
  if (!c) {
    std::string_view head = std::string_view(text).substr(0, colon);
    if (std::size_t dash = spaced_dash(head, 0); dash != std::string_view::npos && count_words(head.substr(0, dash)) == 1)
      if (auto after = place_and_agency(p, trim_chars(head.substr(dash), "-")); after && after->agency.empty() &&
                                                                                 after->place.ends_with(')')) {
        c = after;
        std::string_view outlet = trim_chars(head.substr(0, dash), "");
        if (p.markers().agency(fold_key(p.ctx.normalizer.search(outlet)))) c->agency = std::string(outlet);
      }
  }
  if (!c) {
    // (A name and an outlet are a few words: a longer head is a sentence's, left unread.)
    if (count_words(std::string_view(text).substr(0, colon)) > th::lead::name_outlet_max_words) return false;
    auto b = split_byline(std::string_view(text).substr(0, colon));
    if (!b || b->parts.size() != 2) return false;
    const std::string& person = b->parts.front();
    std::string outlet(trim_chars(b->parts.back(), "()«»\""));
    if (count_words(person) > th::lead::glued_name_max_words || has_digit(person) ||
        !p.markers().opens_with_name(fold_key(p.ctx.normalizer.search(person))) ||
        !p.markers().agency(fold_key(p.ctx.normalizer.search(outlet))))
      return false;
    p.fill(Field::author, person, "colon_dateline");
    p.fill(Field::source, outlet, "colon_dateline");
    p.article.removed.push_back({"dateline", fragment});
    rule += "byline '" + fragment + "' cut (a name and an outlet, ended by a colon); ";
    text = rest;
    return true;
  }
  // (A place alone is as often a kicker; a place with its country in brackets is a dateline.)
  if (c->agency.empty() && !c->place.ends_with(')')) return false;
  p.fill(Field::dateline, c->place, "colon_dateline");
  p.fill(Field::source, c->agency, "colon_dateline");
  p.article.removed.push_back({"dateline", fragment});
  rule += "dateline '" + fragment + "' cut (ended by a colon); ";
  text = rest;
  return true;
}

// "متابعة", "تقرير", "تحليل": the kind of piece or an author label in the place's slot ("NAME- سبق-
// متابعة:") says what was filed, not where.
bool credit_word(const Page& p, const std::string& key) {
  if (p.markers().in_list(MarkerKind::genre_word, key)) return true;
  MarkerHit hit = p.markers().match_line(key, count_words(key));
  return hit && hit.begin == 0 && (hit.marker->kind == MarkerKind::author || hit.marker->kind == MarkerKind::source);
}

// "A post shared by Bayer 04 Leverkusen (@bayer04fussball)": the credit Instagram's embed prints under
// a post, left inside the paragraph where a scraper flattened the embed into the text. Each one, up to
// the account's handle in brackets, goes to removed:photo; the text around it stays.
void cut_embed_credits(Page& p, std::string& text, std::string& rule) {
  static constexpr std::string_view credit = "A post shared by ";
  for (std::size_t at = text.find(credit); at != std::string::npos; at = text.find(credit, at)) {
    std::size_t handle = text.find("(@", at);
    std::size_t close = handle == std::string::npos ? handle : text.find(')', handle);
    if (close == std::string::npos ||
        count_words(std::string_view(text).substr(at, close - at)) > th::lead::embed_credit_max_words)
      return;
    std::string fragment = text.substr(at, close + 1 - at);
    p.article.removed.push_back({"photo", fragment});
    rule += "embed credit '" + fragment + "' cut; ";
    std::size_t end = close + 1;
    while (end < text.size() && text[end] == ' ') ++end;
    text.erase(at, end - at);
  }
}

void body(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  std::string text = l.text;
  std::string rule = l.rule;
  // "كتب - حسن عبدالنبي:أكد رئيس ...": a byline glued to the lead, ended by ':'.
  if (!p.state.lead_seen && l.hit && l.hit.marker->kind == MarkerKind::author && p.label_ok(l)) {
    std::string_view value = after_words(text, l.hit.marker->words);
    std::size_t colon = value.find(':');
    if (colon != std::string_view::npos) {
      std::string_view name = trim_chars(value.substr(0, colon), "-*/");
      std::string_view rest = trim_chars(value.substr(colon + 1), "");
      int nw = count_words(name);
      if (nw >= 1 && nw <= th::lead::glued_name_max_words &&
          count_words(rest) >= th::lead::glued_rest_min_words && !has_digit(name) &&
          name.find_first_of(".,\"") == std::string_view::npos) {
        p.fill(Field::author, std::string(name), "glued_byline");
        std::string fragment(trim_chars(std::string_view(text).substr(0, text.size() - rest.size()), ""));
        p.article.removed.push_back({"author", fragment});
        rule += "byline '" + fragment + "' cut by marker " + quoted(*l.hit.marker) + "; ";
        text = std::string(rest);
      }
    }
  }
  if (!p.state.lead_seen && l.words >= th::lead::dateline_min_lead_words && dated_dateline(p, text, rule)) {
    // "رام الله 20-5-2012 وفا- ..." handled: place, date and agency cut off the lead.
  } else if (!p.state.lead_seen && l.words >= th::lead::dateline_min_lead_words) {
    auto d = find_dateline(text, p.markers(), p.ctx.normalizer);
    // Once a byline above gave the dateline, the lead repeats one only as a known place or agency
    // itself: "وقعت شركة الخليج للمخازن /GWC/ اتفاقية ..." under "الدوحة – قنا :" merely mentions one.
    if (d && p.article.dateline) {
      std::string key = fold_key(p.ctx.normalizer.search(d->value));
      if (!p.markers().place(key) && !p.markers().agency(key)) d.reset();
    }
    if (d) {
      // Sabq's "فهد كاملي- سبق- الرياض: ...": the place comes after the outlet, ended by ':';
      // "لندن - د ب أ: ...": the agency after the place, ended by ':'.
      std::string place, agency;
      std::size_t colon = d->rest.find(':');
      if (colon != std::string::npos && colon > 0) {
        std::string_view head = trim_chars(std::string_view(d->rest).substr(0, colon), "");
        std::string_view tail = trim_chars(std::string_view(d->rest).substr(colon + 1), "");
        std::string key = fold_key(p.ctx.normalizer.search(head));
        // After "PERSON- OUTLET-" the slot before the colon is the place even when the list of
        // places lacks it ("عويد التومي- سبق- رفحاء:").
        bool after_outlet = false;
        if (auto b = split_byline(d->value); b && b->parts.size() >= 2)
          after_outlet = p.markers().agency(fold_key(p.ctx.normalizer.search(b->parts.back()))) &&
                         !has_digit(head) && !p.markers().agency(key) && !credit_word(p, key);
        if (count_words(head) <= th::lead::sabq_place_max_words &&
            count_words(tail) >= th::lead::dateline_min_rest_words &&
            (p.markers().place(key) || p.markers().agency(key) || after_outlet)) {
          (p.markers().place(key) || after_outlet ? place : agency) = std::string(head);
          d->fragment += " " + std::string(trim_chars(std::string_view(d->rest).substr(0, colon + 1), ""));
          d->rest = std::string(tail);
        }
      }
      if (!agency.empty()) p.fill(Field::source, std::string(trim_chars(agency, "()«»\"")), "dateline");
      // A person glued to the outlet ("فهد كاملي- سبق") is the author, not part of a dateline.
      std::optional<Credit> c;
      if (split_byline(d->value)) {
        c = read_credit(d->value, p.markers(), p.ctx.normalizer, true);
        bool named = c && !c->person.empty() &&
                     p.markers().opens_with_name(fold_key(p.ctx.normalizer.search(c->person)));
        // "البيرة - الحياة الاقتصادية -": a known place and an outlet are the dateline and the source.
        bool place_outlet = c && !c->place.empty() && !c->agency.empty() && c->person.empty();
        if (!named && !place_outlet && place.empty()) c.reset();
      }
      if (c || !place.empty()) {
        if (c) p.fill(Field::author, c->person, "dateline");
        if (c) p.fill(Field::source, std::string(trim_chars(c->agency, ",-()")), "dateline");
        if (place.empty() && c) place = c->place;
        if (!c && p.markers().agency(fold_key(p.ctx.normalizer.search(d->value))))
          p.fill(Field::source, d->value, "dateline");
        p.fill(Field::dateline, place, "dateline");
      } else {
        p.fill(Field::dateline, d->value, "dateline");
      }
      p.article.removed.push_back({"dateline", d->fragment});
      rule += "dateline '" + d->fragment + "' cut; ";
      text = d->rest;
    } else {
      colon_dateline(p, text, rule);
    }
  }
  // The writer's name glued to the lead by a dash, at its start or after the dateline ("البيرة -
  // الحياة الاقتصادية - ابراهيم ابو كامش - اطلق ...", blind8 cp1256 PSE2).
  if (!p.state.lead_seen && l.words >= th::lead::dateline_min_lead_words && !p.article.author) {
    if (std::size_t dash = glued_writer(p, text); dash != std::string::npos) {
      std::string name(trim_chars(std::string_view(text).substr(0, dash), ""));
      std::size_t from = text.find_first_not_of(' ', text.find(' ', dash + 1));
      p.fill(Field::author, name, "glued_writer");
      p.article.removed.push_back(
          {"author", std::string(trim_chars(std::string_view(text).substr(0, from), ""))});
      rule += "writer '" + name + "' glued by a dash cut; ";
      text = text.substr(from);
    }
  }
  cut_embed_credits(p, text, rule);
  // A sub-heading introduces text: a short line followed by another short line is verse or a
  // list item, and a short last line is a closing remark.
  bool heading =
      !l.bullet && headline_like(l, th::lead::heading_max_words) && l.words <= th::lead::heading_max_words;
  if (heading) {
    std::size_t n = p.next_nonblank(i + 1);
    heading =
        n < p.lines.size() && !(headline_like(p.lines[n], th::lead::heading_max_words) && !p.lines[n].hit);
  }
  Block::Type type = heading ? Block::Type::heading : Block::Type::paragraph;
  p.article.body.push_back({type, text});
  p.state.body_line.push_back(i);
  ++p.state.body_lines;
  if (!headline_like(l, th::line::headline_max_words)) p.state.deck_only = false;
  if (heading) {
    p.label(l, "heading", rule + "short line without final period (" + std::to_string(l.words) + " words)");
  } else {
    p.state.lead_seen = true;
    p.label(l, "body", rule + (l.bullet ? "list item" : "paragraph"));
  }
}

}  // namespace

std::size_t rule_body(Page& p, std::size_t i) {
  if (!p.state.lead_seen) ++p.state.top_lines;
  body(p, i);
  return i + 1;
}

}  // namespace akhbar::detail
