// Walk rule "date_lines": a line of dates and date labels gives published/updated (and the
// newspaper or writer before the day name, a byline sharing the line).
#include <akhbar/dates.h>

#include <utility>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "الطريق     الاربعاء 6 حزيران (يونيو) 2012", "الشرق الاوسط الجمعة 16 شعبان ...": one to three
// words before the day name of a date line above the lead name the newspaper, and so do they
// before the date's own label and يوم when a colon ends them ("الوئام: تم إضافته يوم الإثنين ...").
// Not when they hold a digit, another colon ("حاورته :فلان الأحد ..."), a function word ("الصباح
// تونس في يوم الإثنين") or a place (a dateline). Two to four words that open with a given name, before the
// day name or before يوم ("محمد محمود احمد يوم الاصدار: 2020-07-2"), are the writer.
struct LeadIn {
  std::string text;
  bool person = false;
};
std::optional<LeadIn> lead_in_before_day(const Page& p, const Line& l) {
  if (l.hit) return std::nullopt;
  std::vector<std::string> tokens;  // display words
  for (std::size_t i = 0; i < l.text.size();) {
    std::size_t sp = l.text.find(' ', i);
    if (sp == std::string::npos) sp = l.text.size();
    if (sp > i) tokens.push_back(l.text.substr(i, sp - i));
    i = sp + 1;
  }
  std::size_t k = 0;
  bool day = false;
  std::size_t first = 0;        // the name's first token
  std::size_t colon_after = 0;  // 1 + the token ending in ':' ("الوئام:"), 0 when none
  auto label = [&](const std::string& key) {
    return p.markers().in_list(MarkerKind::date_label, key) || p.markers().in_list(MarkerKind::date_label_weak, key);
  };
  for (; k < tokens.size() && k < th::top::lead_in_max_tokens; ++k) {
    std::string key = fold_key(p.ctx.normalizer.search(tokens[k]));
    day = is_weekday(key);
    if (day || p.markers().in_list(MarkerKind::day_word, key)) break;  // a day name, or يوم
    if (k == first && key.empty() && !has_digit(tokens[k])) {  // a dash before the name ("– الوئام: ...")
      ++first;
      continue;
    }
    std::size_t colon = tokens[k].find(':');
    if (colon != std::string::npos && colon + 1 == tokens[k].size() && !colon_after && colon > 0) {
      colon_after = k + 1;
      continue;
    }
    if (key.empty() || has_digit(tokens[k]) || colon != std::string::npos ||
        p.markers().in_list(MarkerKind::date_preposition, key))
      return std::nullopt;
  }
  if (k == 0 || k >= tokens.size()) return std::nullopt;
  // "الوئام: تم إضافته يوم الإثنين ...": the date's own label words are no part of the name, and
  // a colon may end the name only when such a label follows it (not "حاورته: فلان الأحد").
  std::size_t name_end = k;
  while (name_end > first && label(fold_key(p.ctx.normalizer.search(tokens[name_end - 1])))) --name_end;
  if (colon_after && (colon_after != name_end || name_end == k)) return std::nullopt;
  if (name_end == first) return std::nullopt;
  std::string name;
  for (std::size_t w = first; w < name_end; ++w) name += (w > first ? " " : "") + tokens[w];
  name = std::string(trim_chars(name, "-|,*():"));
  std::string key = fold_key(p.ctx.normalizer.search(name));
  if (key.empty() || p.markers().mentions_place(key)) return std::nullopt;
  if (p.markers().opens_with_name(key)) {
    if (name_end - first < th::top::lead_in_person_min_words || name_end - first > th::top::lead_in_person_max_words)
      return std::nullopt;
    return LeadIn{name, true};
  }
  // Before يوم rather than the day name, only a name set off by its colon and label is an outlet.
  if ((!day && !colon_after) || name_end - first > th::top::lead_in_outlet_max_words) return std::nullopt;
  return LeadIn{name, false};
}

std::optional<DateLine> date_line(Page& p, Line& l) {
  auto d = read_date_line(l, p.ctx.normalizer, p.ctx.markers, p.ctx.now);
  if (!d) {
    // A bare label ("تاريخ النشر:") whose date sits on the next line.
    if (l.hit && (l.hit.marker->kind == MarkerKind::published || l.hit.marker->kind == MarkerKind::updated) &&
        l.words <= l.hit.marker->words + th::label::date_label_extra_words && p.label_ok(l) &&
        l.hit.marker->words >= th::label::date_label_min_words) {
      p.remove(l, "date", "date label " + quoted(*l.hit.marker));
      if (l.hit.marker->kind == MarkerKind::updated) p.state.update_label = l.no;
      return DateLine{};
    }
    return std::nullopt;
  }
  std::string rule = "date line";
  // The date under a bare update label is the update ("عُدّل الخبر بتاريخ:" over "١٧ آذار ٢٠٢٤"):
  // the label's line (numbered from 1, as the lines' index + 1) and only blank lines before this one.
  if (std::size_t at = p.state.update_label; at != PageState::none && at < l.no && d->published && !d->updated) {
    bool next = true;
    for (std::size_t k = at; k + 1 < l.no && next; ++k) next = p.lines[k].blank;
    if (next) d->updated = std::exchange(d->published, std::nullopt);
  }
  p.state.update_label = PageState::none;
  // "قبل 2 أيام · لحقها تعديل قبل 3 ساعات" under a page whose metadata dates it two years earlier: the
  // relative dates were resolved against a capture time (a file's mtime) long after the page was
  // rendered. When the line's relative publication misses the input's own date by more than a day, its
  // relative dates say nothing.
  if (d->relative_witness && p.article.published) {
    auto line_day = day_number(*d->relative_witness), input_day = day_number(*p.article.published);
    if (line_day && input_day && (*line_day - *input_day > 1 || *input_day - *line_day > 1)) {
      rule += " (relative dates against a capture time the page's own date contradicts: ignored)";
      if (d->published == d->relative_witness) d->published.reset();
      if (d->updated_relative) d->updated.reset();
    }
  }
  if (d->published) {
    p.fill(Field::published, *d->published, "date_line");
    rule += " published=" + *d->published;
  }
  if (d->updated) {
    p.fill(Field::updated, *d->updated, "date_line");
    rule += " updated=" + *d->updated;
  }
  if (d->relative_unresolved) {
    p.article.warnings.push_back(
        {kind::relative_date, "line " + std::to_string(l.no) + ": relative date \"" + l.text +
                                  "\" left unresolved (no --now and no capture time)"});
    rule += " (relative, unresolved)";
  }
  if (!p.state.lead_seen) {
    if (auto in = lead_in_before_day(p, l)) {
      if (p.fill(in->person ? Field::author : Field::source, in->text, "date_line_lead_in"))
        rule += (in->person ? " author=" : " source=") + in->text;
    }
  }
  // A byline sharing the line with the date ("الأحد 16 سبتمبر 2012الجزائر: حميد عبد القادر",
  // "الدوحة - علاء الدين قريعة | 2012-07-11") gives dateline, author and source.
  for (const auto& piece : d->rest) {
    if (has_digit(piece)) continue;
    // "الاثنين 5 ديسمبر 2016، كتبه محمد علي القفصي": a credit verb and the writer's name.
    if (std::string name = credit_verb_name(piece, p.ctx.normalizer, p.markers()); !name.empty()) {
      if (p.fill(Field::author, name, "date_line_credit")) rule += " author=" + name;
      continue;
    }
    if (!split_byline(piece)) continue;
    auto c = read_credit(piece, p.markers(), p.ctx.normalizer, true);
    if (!c) continue;
    p.fill(*c, "date_line_byline");
    rule += " byline '" + piece + "'";
  }
  // "السبت 28 جويلية 2012 الصباح": one to three words closing a date line above the lead, not a place,
  // a person or a time word, name the newspaper (blind9 cp1256 TMC10).
  if (!p.state.lead_seen && d->rest.size() == 1 && d->wire_agency.empty()) {
    const std::string& piece = d->rest.front();
    std::string key = fold_key(p.ctx.normalizer.search(piece));
    std::string_view line = trim_chars(l.text, "");
    bool closes = line.size() >= piece.size() && line.substr(line.size() - piece.size()) == piece;
    int words = count_words(piece);
    if (closes && words >= 1 && words <= static_cast<int>(th::top::lead_in_outlet_max_words) && !has_digit(piece) &&
        !key.empty() && !p.markers().mentions_place(key) && !p.markers().opens_with_name(key) &&
        !p.markers().in_list(MarkerKind::date_label, key) && !p.markers().in_list(MarkerKind::date_label_weak, key) &&
        p.fill(Field::source, piece, "date_line_outlet"))
      rule += " source=" + piece;
  }
  // SPA's "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس" alone on its line.
  if (!p.state.lead_seen && !d->wire_place.empty() && p.fill(Field::dateline, d->wire_place, "date_line_wire"))
    rule += " dateline=" + d->wire_place;
  if (!p.state.lead_seen && !d->wire_agency.empty() && p.fill(Field::source, d->wire_agency, "date_line_wire"))
    rule += " source=" + d->wire_agency;
  p.remove(l, "date", rule);
  return d;
}

}  // namespace

std::size_t rule_date_lines(Page& p, std::size_t i) {
  // "راجعتُ النص يوم 13 نوفمبر 2020": an editor's first-person note of an update, naming the text,
  // is rule update_note's (its date is the update, not the publication); so is one dated after the
  // publication the input gave ("تصويب أضفته لاحقاً بتاريخ 21 يناير 2024", set 52's Cohost).
  const Line& l = p.lines[i];
  if (!l.hit && p.markers().in_list(MarkerKind::update_verb, l.key.substr(0, l.key.find(' ')))) {
    if (p.names_the_story(l.key)) return not_taken;
    if (p.article.published)
      if (auto d = find_date(l.text, p.ctx.now); d && !d->relative) {
        auto note_day = day_number(d->iso), story_day = day_number(*p.article.published);
        if (note_day && story_day && *note_day > *story_day) return not_taken;
      }
  }
  return date_line(p, p.lines[i]) ? i + 1 : not_taken;
}

}  // namespace akhbar::detail
