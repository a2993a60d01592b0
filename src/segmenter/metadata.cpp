// Metadata rules; see docs/segmenter.md for the reasoning behind each threshold.
#include "segmenter/metadata.h"

#include <akhbar/dates.h>
#include <akhbar/normalizer.h>

#include <algorithm>

#include "segmenter/detail_page.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {
namespace {

namespace th = threshold;

bool is_dash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015; }

// A separator run at byte `i` of `text`: dashes and slashes with optional spaces, that is not a
// plain hyphen inside a word ("بايدن-ترامب", "يونيو/حزيران"). Returns its end, or npos.
std::size_t separator_at(std::string_view text, std::size_t i) {
  std::size_t j = i;
  int marks = 0, dashes = 0, slashes = 0;
  bool space_before = i > 0 && text[i - 1] == ' ';
  bool space_inside = false;
  while (j < text.size()) {
    std::size_t k = j;
    char32_t c = next_code_point(text, k);
    if (is_dash(c)) {
      ++marks;
      ++dashes;
    } else if (c == '/') {
      ++marks;
      ++slashes;
    } else if (c == ' ') {
      space_inside = true;
    } else {
      break;
    }
    j = k;
  }
  if (marks == 0) return std::string_view::npos;
  bool ok = space_before || space_inside || marks >= th::dates::separator_min_marks ||
            (i > 0 && text[i - 1] == ')');
  return ok ? j : std::string_view::npos;
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, const MarkerSet& markers,
                                      const Normalizer& normalizer) {
  // Look at the first words only; the dateline is a place and/or an agency.
  std::size_t limit = 0;
  int words = 0;
  bool in = false;
  for (; limit < text.size() && words <= th::dates::dateline_scan_words; ++limit) {
    if (text[limit] == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++words;
    }
  }
  std::size_t cut = std::string_view::npos, value_end = 0;
  for (std::size_t i = 0; i < limit && i < text.size();) {
    std::size_t k = i;
    char32_t c = next_code_point(text, k);
    if (c == '.' || c == ':' || c == '"' || c == 0x061F || c == '?' || c == 0x00AB)
      break;  // a sentence, a quote
    if (is_dash(c) || c == '/') {
      std::size_t end = separator_at(text, i);
      if (end != std::string_view::npos) {
        std::string_view before = trim_chars(text.substr(0, i), "");
        if (cut == std::string_view::npos) {
          if (before.empty() || count_words(before) > th::dates::dateline_max_words) break;
          cut = end;
          value_end = i;
        } else {
          // A second part ("بغداد/ المستقلة/", "القاهرة – أ ش أ –") only when it names an agency.
          std::string_view part = trim_chars(text.substr(cut, i - cut), "");
          std::string key = fold_key(normalizer.search(part));
          if (count_words(part) <= th::dates::dateline_second_max_words &&
              (markers.agency(key) || markers.mentions_agency(key))) {
            cut = end;
            value_end = i;
          }
          break;
        }
        i = end;
        continue;
      }
    }
    i = k;
  }
  if (cut == std::string_view::npos) return std::nullopt;
  std::string_view rest = trim_chars(text.substr(cut), "");
  if (count_words(rest) < th::lead::dateline_min_rest_words) return std::nullopt;
  std::string_view value = trim_chars(text.substr(0, value_end), "-/,");
  // The prefix must not read like a clause: no digits, at most one comma-separated place list.
  for (std::size_t i = 0; i < value.size();) {
    if (digit_value(next_code_point(value, i)) >= 0) return std::nullopt;
  }
  // A dateline names a place or an agency: "اختتمت أمس - ..." opens a sentence, not a dateline.
  {
    std::string key = fold_key(normalizer.search(value));
    bool paren = value.find('(') != std::string_view::npos;
    if (!paren && !markers.mentions_place(key) && !markers.mentions_agency(key)) return std::nullopt;
  }
  if (value.size() > 2 && value.front() == '(' && value.back() == ')' &&
      value.find('(', 1) == std::string_view::npos)
    value = trim_chars(value.substr(1, value.size() - 2), "");
  if (value.empty()) return std::nullopt;
  Dateline d;
  d.value = std::string(value);
  d.fragment = std::string(trim_chars(text.substr(0, cut), ""));
  d.rest = std::string(rest);
  return d;
}

namespace {

// Words that label a date on a date line (markers.txt: date_label, date_label_weak, date_event,
// date_update). Strong ones name it ("تاريخ النشر", "آخر تحديث", "تم إضافته", "يوم الاصدار",
// "Update date", "العدد" of a newspaper's issue); weak ones ("في", "يوم", "تم") only count as
// labels next to a strong one. Event words say a date is not the article's: a birth, a member's
// registration, a licence's expiry, a match's kick-off ("تاريخ التسجيل : 24/06/2011", "من
// مواليد: 18/4/1993").

// "تحديث", "حدث", "عدل", "Update date", "Last modified": the date after it is the update.
bool update_label(std::string_view key, const MarkerSet& markers) {
  for (const std::string& probe : markers.list(MarkerKind::date_update))
    if (key.find(probe) != std::string_view::npos) return true;
  return false;
}

// The text of a line between two dates (or before the first, after the last), read word by word.
struct Gap {
  int other = 0;                    // words that are neither labels, weekdays nor punctuation
  bool strong = false;              // holds a strong label
  bool update = false;              // the label names the update
  bool event = false;               // the label names another event (a birth, a registration)
  bool digits = false;              // holds a digit
  bool list = false;                // a '*' or '+' between words: a fixture or a list, not a byline
  bool story = false;               // a label opens words that name the story ("تاريخ دخول الخبر إلى الدليل:")
  std::vector<std::string> pieces;  // runs of other words, as displayed ("الجزائر: حميد عبد القادر")
};

bool has_letter_or_digit(std::string_view w) {
  for (std::size_t i = 0; i < w.size();)
    if (is_word_char(next_code_point(w, i))) return true;
  return false;
}

Gap read_gap(std::string_view text, const Normalizer& normalizer, const MarkerSet& markers,
             bool glued = false) {
  Gap g;
  struct Word {
    std::string_view shown;
    std::string key;
    enum { punct, label, weak, weekday, other } kind;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j == i) break;
    std::string_view w = text.substr(i, j - i);
    i = j;
    bool digit = false;
    for (std::size_t k = 0; k < w.size() && !digit;) digit = digit_value(next_code_point(w, k)) >= 0;
    g.digits = g.digits || digit;
    Word word{w, fold_key(normalizer.search(w)), Word::other};
    // "#صحافة #الخليج": a post's hashtags after its date and byline are its tags, not words of a sentence.
    if (!has_letter_or_digit(w) || word.key.empty() || (w.size() > 1 && w.front() == '#' && !digit)) {
      word.kind = Word::punct;
    } else if (is_weekday(word.key)) {
      word.kind = Word::weekday;
    } else if (markers.in_list(MarkerKind::date_label, word.key)) {
      word.kind = Word::label;
      g.strong = true;
    } else if (markers.in_list(MarkerKind::date_label_weak, word.key)) {
      word.kind = Word::weak;
    }
    g.event = g.event || markers.in_list(MarkerKind::date_event, word.key);
    words.push_back(std::move(word));
  }
  // "العدد 2403": the issue number belongs to its label.
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::size_t at = 0;
    if (markers.in_list(MarkerKind::issue_label, words[k - 1].key) && digit_value(next_code_point(words[k].shown, at)) >= 0)
      words[k].kind = Word::label;
  }
  std::string all;
  for (const auto& w : words) all += w.key + " ";
  g.update = update_label(all, markers);
  // Only when a label opens the words ("صُحّح نص المادة ... بتاريخ DATE" opens with what was done to it) and
  // a colon, if any, closes them ("آخر من عدّل الخبر: أبو حسن في DATE" names the editor after it).
  auto first = std::find_if(words.begin(), words.end(), [](const Word& w) { return w.kind != Word::punct; });
  const std::string_view bare = trim_chars(text, "");
  const std::size_t colon = bare.find(':');
  g.story = first != words.end() && first->kind == Word::label &&
            (colon == std::string_view::npos || colon + 1 == bare.size()) && names_story(all, markers);
  // Runs of other words (punctuation inside a run is kept: "الدوحة - علاء الدين قريعة").
  std::size_t run_begin = 0, run_end = 0;
  bool in_run = false;
  auto close = [&] {
    if (!in_run) return;
    std::string_view piece = trim_chars(text.substr(run_begin, run_end - run_begin), "-|:/,()[]*•");
    if (!piece.empty()) g.pieces.emplace_back(piece);
    in_run = false;
  };
  // Separators between other words count ("الهلال * الطليعة - العلفي"), those at a run's edge
  // do not ("صحيفة الوطن - العدد 2403").
  int pending = 0;
  for (const auto& w : words) {
    bool other = w.kind == Word::other || (w.kind == Word::weak && !g.strong);
    std::size_t b = static_cast<std::size_t>(w.shown.data() - text.data());
    if (other) {
      // A word glued to the date before it ("2012وفا-") was counted as part of the date.
      if (!(b == 0 && glued)) ++g.other;
      if (in_run) g.other += pending;
      pending = 0;
      if (!in_run) run_begin = b;
      in_run = true;
      run_end = b + w.shown.size();
    } else if (w.kind == Word::punct) {
      if (in_run) ++pending;
      if (w.shown.find('*') != std::string_view::npos || w.shown.find('+') != std::string_view::npos)
        g.list = true;
    } else {
      close();
      pending = 0;
    }
  }
  close();
  return g;
}

}  // namespace

namespace {
// The Gregorian date's era letter "م" ("10 أغسطس 2015 م") when find_date leaves it after the date.
constexpr std::string_view gregorian_era = "م";

// "PLACE DATE [م] AGENCY" as a whole line: the place and agency of a wire dateline set alone on its
// line above the lead (SPA). Both must be known (the agency may instead be bracketed, "(وكا)"), so
// a date line with some other word at its edge gives nothing.
void read_wire_credit(std::string_view text, const FoundDate& date, const Normalizer& normalizer,
                      const MarkerSet& markers, DateLine& out) {
  std::string_view place = trim_chars(text.substr(0, date.begin), ",-");
  std::string_view agency = trim_chars(text.substr(date.end), ",-");
  if (agency.substr(0, gregorian_era.size()) == gregorian_era &&
      (agency.size() == gregorian_era.size() || agency[gregorian_era.size()] == ' '))
    agency = trim_chars(agency.substr(gregorian_era.size()), ",-");
  if (place.empty() || agency.empty()) return;
  std::string credit(agency);
  bool bracketed = agency.size() > 2 && agency.front() == '(' && agency.back() == ')' &&
                   count_words(agency) <= th::lead::dated_dateline_bracketed_agency_max_words;
  if (bracketed) agency = trim_chars(agency.substr(1, agency.size() - 2), "");
  if (!markers.place(fold_key(normalizer.search(place)))) return;
  if (!bracketed && !markers.agency(fold_key(normalizer.search(credit)))) return;
  out.wire_place = std::string(place);
  out.wire_agency = std::string(agency);
}
}  // namespace

namespace {
// A page's meta row: short pieces set apart by a spaced middle dot or bullet ("بعث بها نايف العتيبي ·
// قبل 2 أيام", "كتبه فلان • منذ يومين • 4 دقائق قراءة"). Blogs and wikis print the writer and the date
// so; prose never uses the middle dot, and its bullet lists run longer or end a sentence. Returns
// the pieces, or nothing when the line is no such row.
std::vector<std::string_view> dot_row(std::string_view text) {
  std::vector<std::string_view> pieces;
  std::size_t from = 0;
  auto take = [&](std::size_t end) {
    std::string_view piece = trim_chars(text.substr(from, end - from), "");
    int words = count_words(piece);
    // An empty place between two dots ("Edited Feb 22, 2023 · · Fork": an icon's) is no piece.
    if (words == 0 && !pieces.empty()) return true;
    if (words == 0 || words > th::dates::row_piece_max_words) return false;
    char32_t last = 0;
    for (std::size_t i = 0; i < piece.size();) last = next_code_point(piece, i);
    if (last == '.' || last == '!' || last == '?' || last == U'\u061F') return false;
    pieces.push_back(piece);
    return true;
  };
  std::string_view dot = " \u00B7 ";  // one kind of dot per row
  if (text.find(dot) == std::string_view::npos) dot = " \u2022 ";
  if (text.find(dot) == std::string_view::npos) return {};
  for (std::size_t at = text.find(dot); at != std::string_view::npos; at = text.find(dot, from)) {
    if (!take(at)) return {};
    from = at + dot.size();
  }
  if (pieces.empty() || !take(text.size())) return {};
  return pieces;
}
}  // namespace

bool section_labelled(std::string_view text, const Normalizer& normalizer, const MarkerSet& markers) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  std::string label = fold_key(normalizer.search(trim_chars(text.substr(0, colon), "")));
  int rest = count_words(text.substr(colon + 1));
  return markers.in_list(MarkerKind::section_label, label) && rest >= 1 && rest <= th::dates::row_section_max_words;
}

std::optional<DateLine> read_date_line(const Line& line, const Normalizer& normalizer,
                                       const MarkerSet& markers, const std::optional<std::string>& now) {
  if (line.blank || line.words > th::dates::date_line_max_words) return std::nullopt;
  bool labelled = line.hit && (line.hit.marker->kind == MarkerKind::published ||
                               line.hit.marker->kind == MarkerKind::updated);
  bool digits = false;
  for (std::size_t i = 0; i < line.text.size() && !digits;)
    digits = digit_value(next_code_point(line.text, i)) >= 0;
  const std::string_view text = line.text;
  DateLine out;
  // The dates of the line and the gaps around them: gaps[k] is the text before dates[k].
  std::vector<FoundDate> dates;
  std::vector<Gap> gaps;
  std::size_t offset = 0;
  auto glued_after = [&](std::size_t at) { return at > 0 && at < text.size() && text[at] != ' '; };
  while (digits && dates.size() < th::dates::max_dates_per_line) {
    auto d = find_date(text.substr(offset), now);
    if (!d) break;
    d->begin += offset;
    d->end += offset;
    gaps.push_back(
        read_gap(text.substr(offset, d->begin - offset), normalizer, markers, glued_after(offset)));
    offset = d->end;
    dates.push_back(*d);
  }
  if (dates.empty()) {
    // "منذ 3 ساعات", "أمس" alone or after a label, or as one piece of a meta row.
    std::string_view dated = line.text;
    if (line.words > th::dates::relative_line_max_words) {
      dated = {};
      for (std::string_view piece : dot_row(line.text)) {
        if (!dated.empty() || count_words(piece) > th::dates::relative_line_max_words || !has_relative_date(piece))
          out.rest.emplace_back(piece);
        else
          dated = piece;
      }
      if (dated.empty()) return std::nullopt;
    }
    if (!has_relative_date(dated)) return std::nullopt;
    if (auto d = find_date(dated, now)) {
      // "آخر تحديث: أمس" is the update, as a written date after that label is.
      bool update = read_gap(dated.substr(0, d->begin), normalizer, markers).update;
      (update ? out.updated : out.published) = d->iso;
      if (update)
        out.updated_relative = true;
      else
        out.relative_witness = d->iso;
    } else {
      out.relative_unresolved = true;
    }
    return out;
  }
  std::string_view tail = text.substr(offset);
  // "السبت 28 يوليوز 2012 آخر تحديث 01:40:21": an update at a time of the same day.
  std::optional<FoundDate> update_time;
  if (auto t = find_time(tail, dates.back().iso)) {
    Gap label = read_gap(tail.substr(0, t->begin), normalizer, markers, glued_after(offset));
    Gap after = read_gap(tail.substr(t->end), normalizer, markers);
    if (label.update && label.other == 0 && after.other == 0) {
      update_time = t;
      tail = tail.substr(0, t->begin);
    }
  }
  gaps.push_back(read_gap(tail, normalizer, markers, glued_after(offset)));
  // "نشره NAME في DATE — القسم: رياضة": the section the page files the text under, closing the row (a
  // tags label, its colon and a word or three), is the row's: neither a byline nor an outlet.
  if (Gap& t = gaps.back(); t.pieces.size() == 1 && !t.digits && section_labelled(t.pieces.front(), normalizer, markers)) {
    t.other = 0;
    t.pieces.clear();
  }
  const Gap& last = gaps.back();
  // A strong label's words that name the story are the label's ("تاريخ دخول الخبر إلى الدليل: DATE",
  // "أُدرجت المادة في الدليل يوم DATE"): no byline, no other text.
  auto story_label = [](const Gap& g) { return g.strong && g.story && !g.digits && g.other <= th::dates::story_label_max_words; };
  int left = 0;
  for (const auto& g : gaps) left += story_label(g) ? 0 : g.other;
  for (std::size_t k = 0; k < dates.size(); ++k) {
    const Gap& g = gaps[k];
    if (dates[k].relative && !g.update && !out.relative_witness) out.relative_witness = dates[k].iso;
    // "تاريخ التسجيل : 24/06/2011" is a member's registration, not the article's date.
    if (g.event) continue;
    // Two dates with nothing naming the second one: a range or a table row ("31/12/2010
    // 31/12/2011 بنك بيروت"), not a date line.
    if (k > 0 && !g.strong && !g.update) return std::nullopt;
    bool is_update = g.update;
    if (!is_update && labelled && line.hit.marker->kind == MarkerKind::updated && k == 0 && g.strong)
      is_update = true;
    // "Published 10/10/2018 أعاد المحرر النظر في المادة بتاريخ 10/13/2018": a later date whose words name
    // the story itself is its update.
    if (!is_update && k > 0 && g.strong && !g.pieces.empty()) {
      std::string words;
      for (const auto& piece : g.pieces) words += piece + " ";
      is_update = names_story(fold_key(normalizer.search(words)), markers);
    }
    // "7/21/2012 9:17:47 PM أخر تحديث للصفحة في": a label after the line's only date names it
    // (the page's right-to-left order came out reversed); one ending in ':' announces the next line.
    // A label followed by a value we cannot read ("آخر تحديث 01:40:21:99") does not count.
    if (!is_update && dates.size() == 1 && !g.strong && !update_time && last.update && !last.digits &&
        trim_chars(text.substr(offset), "").back() != ':')
      is_update = true;
    std::optional<std::string>& slot = is_update ? out.updated : out.published;
    if (!slot) {
      slot = dates[k].iso;
      if (is_update) out.updated_relative = dates[k].relative;
    }
  }
  if (!out.published && !out.updated) return std::nullopt;
  // A meta row's relative publication stands in a piece of its own ("NAME · قبل 2 أيام · لحقها تعديل قبل 3
  // ساعات"), where the search over the whole line does not take it: the witness of a relative update.
  if (out.updated_relative && !out.relative_witness)
    for (std::string_view piece : dot_row(text))
      if (!read_gap(piece, normalizer, markers).update && has_relative_date(piece))
        if (auto d = find_date(piece, now); d && d->relative) {
          out.relative_witness = d->iso;
          break;
        }
  if (update_time && !out.updated) out.updated = update_time->iso;
  if (dates.size() == 1 && !update_time && !labelled) read_wire_credit(text, dates.front(), normalizer, markers, out);
  for (const auto& g : gaps)
    if (!story_label(g))
      for (const auto& p : g.pieces) out.rest.push_back(p);
  // What is left besides dates, labels, weekday names and separators: keep it small, unless it
  // is one byline at the edge of the line ("الأحد 16 سبتمبر 2012الجزائر: حميد عبد القادر",
  // "الدوحة - علاء الدين قريعة | 2012-07-11").
  int allowed =
      labelled ? line.hit.marker->words + th::dates::labelled_extra_words : th::dates::other_max_words;
  if (left <= allowed + (dates.size() > 1 ? th::dates::two_dates_extra_words : 0)) return out;
  if (!dot_row(text).empty()) return out;
  if (dates.size() == 1 && out.rest.size() == 1 && (gaps.front().other == 0 || last.other == 0) &&
      !gaps.front().list && !last.list) {
    const std::string& piece = out.rest.front();
    bool digit = false;
    for (std::size_t i = 0; i < piece.size() && !digit;) digit = digit_value(next_code_point(piece, i)) >= 0;
    if (!digit && count_words(piece) <= th::dates::edge_byline_max_words &&
        (split_byline(piece) || !credit_verb_name(piece, normalizer, markers).empty()))
      return out;
  }
  return std::nullopt;
}

std::string credit_verb_name(std::string_view piece, const Normalizer& normalizer, const MarkerSet& markers) {
  piece = trim_chars(piece, "");
  std::size_t sp = piece.find(' ');
  if (sp == std::string_view::npos) return {};
  if (!markers.in_list(MarkerKind::author_verb, fold_key(normalizer.search(piece.substr(0, sp))))) return {};
  std::string_view name = trim_chars(piece.substr(sp + 1), ":-");
  // "أرسله أبو حسن في [DATE]": the word that introduces the date is no part of the name.
  if (std::size_t last = name.rfind(' '); last != std::string_view::npos &&
                                          markers.in_list(MarkerKind::date_preposition,
                                                          fold_key(normalizer.search(name.substr(last + 1)))))
    name = trim_chars(name.substr(0, last), ":-");
  int words = count_words(name);
  if (words < th::person::min_words || words > th::person::max_words) return {};
  return std::string(name);
}

std::size_t desk_tail(std::string_view text, const Normalizer& normalizer, const MarkerSet& markers) {
  for (std::string_view comma : {"\xD8\x8C", ","}) {  // "،" or ","
    std::size_t at = text.find(comma);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view tail = trim_chars(text.substr(at + comma.size()), "");
    std::string first = fold_key(normalizer.search(tail.substr(0, tail.find(' '))));
    if (!first.empty() &&
        (markers.in_list(MarkerKind::desk_word, first) || markers.in_list(MarkerKind::role_word, first)))
      return at;
  }
  return std::string_view::npos;
}

std::optional<Byline> split_byline(std::string_view text, bool bare_dash) {
  text = trim_chars(text, "");
  Byline out;
  // A dash between two words with no space ("بغداد-الصباح", "غزة-أدهم الشريف") parts a byline only when it is
  // the line's one separator: two or more are a hyphenated name ("روستوف-اون-دون") or a desk's chain.
  int bare_dashes = 0;
  bool other_separator = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t k = i;
    char32_t c = next_code_point(text, k);
    const bool spaced = (i > 0 && text[i - 1] == ' ') || (k < text.size() && text[k] == ' ');
    if (is_dash(c) && i > 0 && k < text.size() && !spaced)
      ++bare_dashes;
    else if (((is_dash(c) || c == '_') && spaced) || c == '/' || (c == ':' && k < text.size()))
      other_separator = true;
    i = k;
  }
  const bool bare_dash_parts = bare_dash && bare_dashes == 1 && !other_separator;
  std::size_t from = 0;
  auto take = [&](std::size_t end) {
    std::string_view part = trim_chars(text.substr(from, end - from), ":-/_*");
    if (part.empty() && out.parts.empty()) return;  // a leading separator ("/تونس / فلان")
    out.parts.emplace_back(part);
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t k = i;
    char32_t c = next_code_point(text, k);
    bool spaced = (i > 0 && text[i - 1] == ' ') || (k < text.size() && text[k] == ' ');
    // A slash needs no space ("عدن/مختار البعداني"), nor the line's one bare dash (above): callers reject
    // lines with digits, and a part must still be a known place, agency or name.
    bool sep = c == ':' || c == '/' || ((is_dash(c) || c == '_') && spaced) ||
               (bare_dash_parts && is_dash(c) && i > 0 && k < text.size());
    if (sep) {
      if (out.parts.empty()) out.colon = c == ':';
      out.bare = out.bare || (is_dash(c) && !spaced);
      take(i);
      // Runs such as " - " or ":-" are one separator.
      while (k < text.size()) {
        std::size_t n = k;
        char32_t d = next_code_point(text, n);
        if (d != ' ' && d != ':' && !is_dash(d) && d != '/' && d != '_') break;
        k = n;
      }
      from = k;
    }
    i = k;
  }
  if (out.parts.empty()) return std::nullopt;
  if (from < text.size()) take(text.size());
  // A trailing separator ("كتب – مهنا القمشوعي -") leaves an empty last part.
  while (!out.parts.empty() && out.parts.back().empty()) out.parts.pop_back();
  if (out.parts.size() < th::byline::min_parts || out.parts.size() > th::byline::max_parts)
    return std::nullopt;
  for (std::size_t p = 0; p < out.parts.size(); ++p) {
    int w = count_words(out.parts[p]);
    if (w == 0 || w > (p == 0 ? th::byline::first_part_max_words : th::byline::part_max_words))
      return std::nullopt;
  }
  return out;
}

}  // namespace akhbar::detail

namespace akhbar::detail {

namespace {

// "القصب - محمد الحميضي / تصوير - نواف الحميضي:": the byline without the photographer's credit after it
// (a photo marker opening a piece after a separator); the text itself when it has none.
std::string_view without_photo_credit(std::string_view text, const MarkerSet& markers, const Normalizer& normalizer) {
  for (std::size_t at = text.find_first_of("/-|\xD8"); at != std::string_view::npos && at + 1 < text.size();
       at = text.find_first_of("/-|\xD8", at + 1)) {
    std::size_t after = at + 1;
    if (text[at] == '\xD8') {  // "،" is D8 8C; other Arabic letters are no separator
      if (static_cast<unsigned char>(text[at + 1]) != 0x8C) continue;
      after = at + 2;
    }
    std::string_view head = trim_chars(text.substr(0, at), " ");
    std::string_view rest = trim_chars(text.substr(after), " ");
    if (head.empty() || rest.empty()) continue;
    std::string key = fold_key(normalizer.search(rest));
    MarkerHit hit = markers.match_line(key, count_words(key));
    if (hit && hit.begin == 0 && hit.marker->kind == MarkerKind::removed && hit.marker->removal == "photo")
      return head;
  }
  return text;
}

}  // namespace

std::optional<Credit> read_credit(std::string_view text, const MarkerSet& markers,
                                  const Normalizer& normalizer, bool need_anchor) {
  text = without_photo_credit(text, markers, normalizer);
  // A part is a known agency or place, a person (it opens with a given name or honorific), or
  // unknown: an unknown part is the person only when no part is a named person.
  enum class Part { place, agency, person, unknown };
  // "حاورته مكي أم السعد", "كتب محمد علي": a part opening with a one-word author label or credit verb
  // and going on with two to four words is the person it credits (the name after the label, which
  // a list of given names may lack).
  auto credited = [&](std::string_view part) -> std::string_view {
    part = trim_chars(part, "-*:/_");
    std::size_t sp = part.find(' ');
    if (sp == std::string_view::npos) return {};
    std::string head = fold_key(normalizer.search(part.substr(0, sp)));
    MarkerHit hit = markers.match_line(head, 1);
    if (!markers.in_list(MarkerKind::author_verb, head) &&
        !(hit && hit.marker->kind == MarkerKind::author && hit.marker->words == 1))
      return {};
    std::string_view name = trim_chars(part.substr(sp + 1), ":-");
    // "بقلم ليز سلاي ترجمة - الصباح": a label after the name (the translator's) is no part of it.
    if (std::size_t last = name.rfind(' '); last != std::string_view::npos) {
      std::string tail = fold_key(normalizer.search(name.substr(last + 1)));
      MarkerHit tail_hit = markers.match_line(tail, 1);
      if ((tail_hit && tail_hit.marker->kind == MarkerKind::author && tail_hit.marker->words == 1) ||
          markers.in_list(MarkerKind::genre_word, tail))
        name = trim_chars(name.substr(0, last), ":-");
    }
    int words = count_words(name);
    for (std::size_t i = 0; i < name.size();)
      if (digit_value(next_code_point(name, i)) >= 0) return {};
    if (words < th::person::min_words || words > th::person::max_words) return {};
    return name;
  };
  auto kind = [&](std::string_view part) {
    if (!credited(part).empty()) return Part::person;
    std::string key = fold_key(normalizer.search(part));
    // "من الرياض", "«الاقتصادية» من الرياض": the outlet reporting from a place.
    if (markers.agency(key) || markers.mentions_agency(key)) return Part::agency;
    // "صحيفة فلسطين", "وكالة الأناضول": an outlet's kind before its name names the outlet, even when
    // the name is a place's.
    if (std::size_t sp = key.find(' '); sp != std::string::npos &&
        (markers.in_list(MarkerKind::agency_word, key.substr(0, sp)) ||
         markers.in_list(MarkerKind::press_word, key.substr(0, sp))))
      return Part::agency;
    if (markers.place(key) ||
        (count_words(part) <= th::byline::place_phrase_max_words && markers.mentions_place(key)))
      return Part::place;
    if (markers.opens_with_name(key)) return Part::person;
    // "كمبريدج (ولاية ماساشوستس الأميركية)": a name followed by its region in brackets is a place;
    // a writer's name in a byline carries no bracket.
    if (std::string_view t = trim_chars(part, "-*:/_");
        t.ends_with(')') && t.find('(') != std::string_view::npos && t.find('(') > 0)
      return Part::place;
    return Part::unknown;
  };
  Credit c;
  auto put = [&](std::string_view part, Part k) {
    // Brackets around the whole part go ("(رويترز)"); a region's closing one stays ("كمبريدج (ولاية ...)").
    std::string_view inner = trim_chars(part, "-*:/_");
    part = inner.ends_with(')') && inner.find('(') != std::string_view::npos && inner.find('(') > 0
               ? inner
               : trim_chars(part, "-*():/_");
    // «الشرق الأوسط», "الرؤية": an outlet's name in quotes is the name.
    for (std::string_view q : {"«", "\""})
      if (part.size() > 2 * q.size() && part.substr(0, q.size()) == q)
        if (std::string_view close = q == "«" ? "»" : "\""; part.substr(part.size() - close.size()) == close)
          part = trim_chars(part.substr(q.size(), part.size() - q.size() - close.size()), "");
    // "الدمام، تقرير": the piece's genre after the place ("تقرير", "متابعة", "حوار": an author label)
    // says what was filed, not where.
    if (k == Part::place)
      for (std::string_view comma : {"،", ","})
        if (std::size_t at = part.rfind(comma); at != std::string_view::npos && at > 0) {
          std::string_view tail = trim_chars(part.substr(at + comma.size()), "");
          MarkerHit hit = markers.match_line(fold_key(normalizer.search(tail)), count_words(tail));
          if ((hit && hit.marker->kind == MarkerKind::author && hit.end >= fold_key(normalizer.search(tail)).size()) ||
              markers.in_list(MarkerKind::genre_word, fold_key(normalizer.search(tail))))
            part = trim_chars(part.substr(0, at), "");
        }
    if (std::string_view name = credited(part); k == Part::person && !name.empty()) part = name;
    std::string& slot = k == Part::place ? c.place : k == Part::agency ? c.agency : c.person;
    if (slot.empty()) slot = std::string(part);
  };
  // A bare dash joins known parts only: a place, an agency, a name opening with a given name and holding no
  // function word ("دمشق-سانا", "غزة-فاطمة أبو حية"; not "دمشق-الجديدة", "غزة-محمد في الميدان"), and not two
  // places (teams or countries, "مصر-السعودية") nor a date's label ("-الوئام-تم إضافته يوم …"). Otherwise
  // the value is read as if the dash were a letter.
  auto bare_ok = [&](const Byline& b) {
    std::vector<Part> ks;
    for (const auto& part : b.parts) ks.push_back(kind(part));
    if (std::ranges::all_of(ks, [](Part k) { return k == Part::place; })) return false;
    for (std::size_t i = 0; i < b.parts.size(); ++i) {
      std::string key = fold_key(normalizer.search(b.parts[i]));
      if (ks[i] == Part::unknown || markers.in_list(MarkerKind::date_label, key) ||
          markers.in_list(MarkerKind::date_label_weak, key))
        return false;
      if (ks[i] == Part::person)
        for (std::string_view w : key_words(key))
          if (markers.in_list(MarkerKind::function_word, w)) return false;
    }
    return true;
  };
  // A name of two to four words, at least two of them longer than an initial, with no digit.
  auto full_name = [&](std::string_view part) {
    int words = count_words(part), long_words = 0, letters = 0;
    for (std::size_t i = 0; i <= part.size();) {
      if (i == part.size() || part[i] == ' ') {
        long_words += letters >= 2;
        letters = 0;
        ++i;
        continue;
      }
      letters += is_word_char(next_code_point(part, i));
    }
    return words >= th::person::min_words && words <= th::person::max_words && long_words >= th::person::min_words &&
           part.find_first_of("0123456789") == std::string_view::npos;
  };
  std::optional<Byline> split = split_byline(text, true);
  if (split && split->bare && !bare_ok(*split)) split = split_byline(text);
  if (auto b = split) {
    // "الدكتور/ عبد العزيز الأحمد": one word of a name marker written as a label before a slash is the
    // writer's title ("الدكتور", "د.", "الشيخ"), not a part of its own: the name follows it.
    if (std::string_view t = trim_chars(text, " "); b->parts.size() >= 2 && count_words(b->parts[0]) == 1 &&
                                                    t.starts_with(b->parts[0]) &&
                                                    t.substr(b->parts[0].size()).starts_with("/") &&
                                                    markers.opens_with_name(fold_key(normalizer.search(b->parts[0]))) &&
                                                    kind(b->parts[1]) != Part::place && kind(b->parts[1]) != Part::agency)
      b->parts.erase(b->parts.begin());
    std::vector<Part> kinds;
    bool anchored = false, named = false;
    for (const auto& p : b->parts) {
      kinds.push_back(kind(p));
      anchored = anchored || kinds.back() != Part::unknown;
      named = named || kinds.back() == Part::person;
    }
    if (need_anchor && !anchored) return std::nullopt;
    // "محمد صلاح: لن أرحل" is a quote headline, not a byline: after a colon the name comes
    // second ("القاهرة: وليد عقيلة"), unless a place or an agency anchors the line.
    if (need_anchor && b->colon && kinds[0] == Part::person && kinds.size() == 2 && kinds[1] == Part::unknown)
      return std::nullopt;
    // "زيوريخ ـ الفرنسية": one unknown word before an agency is the dateline's town (a place the
    // list lacks), not a writer: a writer's credit has a given name and a family name. Not an
    // author label ("متابعة - وكالات": the desk's credit).
    auto label = [&](std::string_view part) {
      MarkerHit hit = markers.match_line(fold_key(normalizer.search(part)), 1);
      return hit && hit.marker->kind == MarkerKind::author;
    };
    // Nor a paper's section before its own name ("المنوعات - الجزيرة:", markers: desk_word, with or
    // without the article).
    auto section = [&](std::string_view part) {
      std::string key = fold_key(normalizer.search(part));
      if (key.starts_with("\xD8\xA7\xD9\x84")) key.erase(0, 4);  // ال
      return markers.in_list(MarkerKind::desk_word, key);
    };
    if (std::ranges::find(kinds, Part::place) == kinds.end() && !named)
      for (std::size_t i = 0; i + 1 < kinds.size(); ++i)
        if (kinds[i] == Part::unknown && kinds[i + 1] == Part::agency && count_words(b->parts[i]) == 1 &&
            !label(b->parts[i]) && !section(b->parts[i]))
          kinds[i] = Part::place;
    // "مسقط – الوطن:", "أنباؤكم - القاهرة:": the one unknown part, a single word beside a known place
    // and no agency, is the outlet (the paper crediting itself), for the same reason. Not a lone
    // letter (a reporter's initial, "مسقط - ش"), not a family name's nisba ("الخرطوم / الرفاعي"),
    // not a word that opens an outlet's name broken over two lines ("القاهرة: وكالة", agency_word);
    // beside an agency it may be a second town ("الحديدة/ حجة/ سبأ").
    auto outlet = [&](std::string_view part) {
      std::string key = fold_key(normalizer.search(part));
      std::size_t letters = 0;
      for (std::size_t i = 0; i < key.size();) letters += is_word_char(next_code_point(key, i));
      return count_words(part) == 1 && letters >= 2 && !key.ends_with("ي") && !label(part) &&
             !markers.in_list(MarkerKind::agency_word, key);
    };
    if (!named && std::ranges::find(kinds, Part::place) != kinds.end() &&
        std::ranges::find(kinds, Part::agency) == kinds.end() && std::ranges::count(kinds, Part::unknown) == 1)
      for (std::size_t i = 0; i < kinds.size(); ++i)
        if (kinds[i] == Part::unknown && outlet(b->parts[i])) kinds[i] = Part::agency;
    // An author field's "الرس - أحمد الحمياني", "ثادق - محمد الحميضي": a short unknown part before the
    // named writer is the town filed from (a list of places cannot hold every town); a line of the
    // text (`need_anchor`) may open so with an outlet's name, and stays as it was.
    // Not the kind of piece ("تحليل - NAME", markers: genre_word), nor a photographer's label.
    auto town = [&](std::string_view part) {
      std::string key = fold_key(normalizer.search(part));
      MarkerHit hit = markers.match_line(key, count_words(key));
      return count_words(part) <= th::byline::unknown_town_max_words &&
             part.find_first_of("0123456789") == std::string_view::npos && !label(part) &&
             !markers.in_list(MarkerKind::genre_word, key.substr(0, key.find(' '))) &&
             !(hit && hit.marker->kind == MarkerKind::removed);
    };
    // "فالمة: حاورته مكي أم السعد": before a colon and a name its credit verb introduces, one unknown
    // word is the town the interview was filed from, as in the bylines without the verb.
    if (kinds.size() == 2 && kinds[0] == Part::unknown && kinds[1] == Part::person && b->colon &&
        !credited(b->parts[1]).empty() && count_words(b->parts[0]) == 1 && town(b->parts[0]) && outlet(b->parts[0]))
      kinds[0] = Part::place;
    // "القيصومة - خليف الزناتي" with a given name the list does not hold: one town-like word, then two to four
    // words of a name, is the same byline (an author field only); not a desk ("القسم السياسي").
    if (!need_anchor && kinds.size() == 2 && kinds[0] == Part::unknown && kinds[1] == Part::unknown && !b->colon &&
        count_words(b->parts[0]) == 1 && town(b->parts[0]) &&
        !section(b->parts[1].substr(0, b->parts[1].find(' '))) &&
        count_words(b->parts[1]) >= 2 &&
        count_words(b->parts[1]) <= th::byline::unknown_name_max_words && !label(b->parts[1]) &&
        b->parts[1].find_first_of("0123456789") == std::string_view::npos)
      kinds[1] = Part::person;
    if (!need_anchor && kinds.size() == 2 && kinds[0] == Part::unknown && kinds[1] == Part::person && !b->colon) {
      if (town(b->parts[0]))
        kinds[0] = Part::place;
      else if (std::string key = fold_key(normalizer.search(b->parts[0]));
               markers.in_list(MarkerKind::genre_word, key.substr(0, key.find(' '))))
        c.genre = b->parts[0];
    }
    // An author field's "ظهران الجنوب: عوض فرحان": after a colon the name comes second, so a short
    // unknown part before a name of two to four words is the town, whatever the list of given names
    // knows of the name; "شعر: NAME" names the kind of piece (genre_word). Initials ("أ. ف. ب") are
    // an agency's, not a name.
    // An author field's "متابعة - جاسر الصقري", "إعداد - بكر هذال": a credit label or the kind of piece alone
    // before a full name credits that name, whatever the list of given names knows of it.
    if (!need_anchor && kinds.size() == 2 && kinds[0] == Part::unknown && kinds[1] != Part::place &&
        kinds[1] != Part::agency && full_name(b->parts[1]) &&
        ((count_words(b->parts[0]) == 1 && label(b->parts[0])) ||
         markers.in_list(MarkerKind::genre_word, fold_key(normalizer.search(b->parts[0]))))) {
      c.genre = b->parts[0];
      kinds[1] = Part::person;
      named = true;
    }
    if (!need_anchor && kinds.size() == 2 && b->colon && kinds[0] == Part::unknown &&
        (kinds[1] == Part::unknown || kinds[1] == Part::person) && full_name(b->parts[1])) {
      std::string key = fold_key(normalizer.search(b->parts[0]));
      if (markers.in_list(MarkerKind::genre_word, key.substr(0, key.find(' ')))) {
        c.genre = b->parts[0];
        kinds[1] = Part::person;
        named = true;
      } else if (town(b->parts[0])) {
        kinds[0] = Part::place;
        kinds[1] = Part::person;
      }
    }
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      if (kinds[i] != Part::unknown)
        put(b->parts[i], kinds[i]);
      // A section names no one, nor a credit label with no name after it ("متابعة - الرياض الإلكتروني").
      else if (!named && !(count_words(b->parts[i]) == 1 && (section(b->parts[i]) || label(b->parts[i]))))
        put(b->parts[i], Part::person);
    }
    return c;
  }
  // "واس (الرياض)", "عمرو أبوالفضل (القاهرة)": an agency or a writer with the known place filed from
  // in brackets.
  if (std::string_view t = trim_chars(text, " "); t.ends_with(')')) {
    std::size_t open = t.rfind('(');
    std::string_view head =
        open == std::string_view::npos ? std::string_view() : trim_chars(t.substr(0, open), " ");
    std::string_view inner = open == std::string_view::npos
                                 ? std::string_view()
                                 : trim_chars(t.substr(open + 1, t.size() - open - 2), " ");
    // One bracket only: "الدهاس (مكة المكرمة) الغامدي (الرياض)" names several reporters' places.
    if (!head.empty() && !inner.empty() && head.find_first_of("()") == std::string_view::npos &&
        markers.place(fold_key(normalizer.search(inner)))) {
      Part kh = kind(head);
      // An author field's "ذكرى السلمي (جدة)": a full name before the known place is the writer, whatever the
      // list of given names knows of it; a line of the text (`need_anchor`) needs the name known.
      if (kh == Part::unknown && !need_anchor && full_name(head)) kh = Part::person;
      if (kh == Part::agency || kh == Part::person) {
        put(head, kh);
        put(inner, Part::place);
        return c;
      }
    }
  }
  // An author field with no separator: "جدة ياسر باعامر" (a known place, then a writer's full name opening with a
  // given name), "«الاقتصادية» من الرياض" and "عادل الخنين من الرياض" (the outlet in quotes, or the writer, then the
  // known place reported from).
  if (!need_anchor) {
    std::string_view t = trim_chars(text, " ");
    if (std::size_t sp = t.find(' '); sp != std::string_view::npos) {
      std::string_view first = t.substr(0, sp), rest = trim_chars(t.substr(sp + 1), " ");
      if (markers.place(fold_key(normalizer.search(first))) && full_name(rest) &&
          markers.opens_with_name(fold_key(normalizer.search(rest))) && !markers.mentions_place(fold_key(normalizer.search(rest)))) {
        put(first, Part::place);
        put(rest, Part::person);
        return c;
      }
    }
    const std::string_view from = " \xD9\x85\xD9\x86 ";  // " من "
    if (std::size_t at = t.find(from); at != std::string_view::npos && at > 0) {
      std::string_view outlet = trim_chars(t.substr(0, at), " "), place = trim_chars(t.substr(at + from.size()), " ");
      const bool quoted = outlet.starts_with("\xC2\xAB") || outlet.starts_with("\"");  // « "
      const Part ko = quoted ? Part::agency : kind(outlet);
      if (markers.place(fold_key(normalizer.search(place))) &&
          (ko == Part::agency || ((ko == Part::person || ko == Part::unknown) && full_name(outlet)))) {
        put(outlet, ko == Part::agency ? Part::agency : Part::person);
        put(place, Part::place);
        return c;
      }
    }
  }
  Part k = kind(text);
  put(text, k == Part::unknown ? Part::person : k);
  if (c.empty()) return std::nullopt;
  return c;
}

}  // namespace akhbar::detail
