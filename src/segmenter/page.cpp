// The page's shared operations (labelling, removing, filling a field, the marker guards) and the
// small text tests the rules share.
#include <akhbar/dates.h>

#include "segmenter/detail_page.h"
#include "segmenter/detail_rules.h"  // host_name, spells_site
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace akhbar::detail {

namespace th = threshold;

std::optional<long> day_number(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() < 10 || std::sscanf(std::string(iso.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
    return std::nullopt;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

namespace {

static bool is_word_char_before(std::string_view key, std::size_t pos) {
  if (pos == 0) return false;
  std::size_t s = pos - 1;
  while (s > 0 && (static_cast<unsigned char>(key[s]) & 0xC0) == 0x80) --s;
  return is_word_char(next_code_point(key, s));
}


bool is_utc_time(std::string_view t) {
  return t.size() >= 17 && t[10] == 'T' &&
         (t.back() == 'Z' || t.substr(t.size() - 6) == "+00:00" || t.substr(t.size() - 5) == "+0000");
}

// The minutes of the day of an ISO time's clock ("…T18:09"), nullopt when it has none.
std::optional<int> clock_minutes(std::string_view t) {
  if (t.size() < 16 || t[10] != 'T' || t[13] != ':') return std::nullopt;
  for (std::size_t i : {11, 12, 14, 15})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  return ((t[11] - '0') * 10 + (t[12] - '0')) * 60 + (t[14] - '0') * 10 + (t[15] - '0');
}
bool has_clock(std::string_view t) { return clock_minutes(t).has_value(); }

// True when `utc` is a UTC time ("2024-05-10T22:21:00+00:00", "...Z") and `local` the date the
// same moment has in a zone of the eastern hemisphere (the next day after noon UTC) or the western
// one (the day before, before noon): a page's metadata time and the date its own date line shows.
bool same_moment_elsewhere(std::string_view utc, std::string_view local) {
  auto a = day_number(utc), b = day_number(local);
  if (!is_utc_time(utc) || !a || !b) return false;
  int hour = (utc[11] - '0') * 10 + (utc[12] - '0');
  if (!((*b == *a + 1 && hour >= 12) || (*b == *a - 1 && hour < 12))) return false;
  // A local clock time must then be the UTC one moved by a zone's offset: "2021-04-01T23:26" is no moment
  // of "2021-03-31T18:44Z" (it is the page's revision's), nor is a comment's "05:09" the next day of
  // "18:24Z" (+10:45 is no zone's).
  return !has_clock(local) || zone_offset(utc, local).has_value();
}

}  // namespace

std::optional<int> zone_offset(std::string_view utc, std::string_view local) {
  auto a = day_number(utc), b = day_number(local);
  auto u = clock_minutes(utc), l = clock_minutes(local);
  if (!is_utc_time(utc) || !a || !b || !u || !l) return std::nullopt;
  // A local time carries no zone of its own ("2024-05-10T10:00:00+03:00" is compared as an instant elsewhere).
  if (local.back() == 'Z' || local.find_first_of("+-", 16) != std::string_view::npos) return std::nullopt;
  // A zone's offset: -12 h to +14 h, whole or half hours but for Nepal's +5:45, Eucla's +8:45 and
  // Chatham's +12:45.
  long long offset = (static_cast<long long>(*b) - *a) * 1440 + *l - *u;
  if ((offset % 30 == 0 || offset == 345 || offset == 525 || offset == 765) && offset >= -12 * 60 && offset <= 14 * 60)
    return static_cast<int>(offset);
  return std::nullopt;
}

const char* field_name(Field f) {
  switch (f) {
    case Field::dateline:
      return "dateline";
    case Field::source:
      return "source";
    case Field::author:
      return "author";
    case Field::published:
      return "published";
    case Field::updated:
      return "updated";
  }
  return "";  // not reached
}

std::string quoted(const Marker& m) { return "'" + m.text + "' (" + m.origin + ")"; }

// True when the text holds a digit of any script.
bool has_digit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (digit_value(next_code_point(s, i)) >= 0) return true;
  return false;
}

// The words of a key (letters and digits only).
std::vector<std::string> key_words(std::string_view key) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < key.size();) {
    std::size_t start = i;
    if (is_word_char(next_code_point(key, i))) {
      cur.append(key.substr(start, i - start));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// True when `word` appears in `key` as a whole word, or glued to a one-letter prefix
// (و، ب، ل، ف، ك: "وبوضيف", "لبوضيف").
bool mentions_word(std::string_view key, std::string_view word) {
  for (std::size_t pos = key.find(word); pos != std::string_view::npos; pos = key.find(word, pos + 1)) {
    if (!word_boundary(key, pos + word.size())) continue;
    if (pos == 0 || key[pos - 1] == ' ') return true;
    // One Arabic letter (2 bytes) glued in front, itself at a word start.
    if (pos >= 2 && (pos == 2 || !is_word_char_before(key, pos - 2))) return true;
  }
  return false;
}

// Letters (code points) of a key word, not its bytes: "علي" is 3, as "Ali" is.
std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
  return n;
}

bool has_letters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (is_word_char(next_code_point(s, i))) return true;
  return false;
}

bool has_arabic(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (is_arabic_letter(next_code_point(s, i))) return true;
  }
  return false;
}

bool has_latin_word(std::string_view s, std::size_t letters) {
  std::size_t run = 0;
  for (char c : s) {
    run = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? run + 1 : 0;
    if (run >= letters) return true;
  }
  return false;
}


std::size_t overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t n = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

std::string Page::key_of(std::string_view s) const { return fold_key(ctx.normalizer.search(s)); }

void Page::label(Line& l, std::string label, std::string rule) {
  ++state.edits;
  l.label = std::move(label);
  l.rule = std::move(rule);
  l.removed = false;
}

void Page::label_removed(Line& l, const std::string& kind, std::string rule) {
  label(l, "removed:" + kind, std::move(rule));
  l.removed = true;
}

void Page::remove(Line& l, const std::string& kind, const std::string& rule, std::string text) {
  article.removed.push_back({kind, text.empty() ? l.text : std::move(text)});
  if (l.label.empty() || l.label == "body") label_removed(l, kind, rule);
}

std::optional<std::string>& Page::slot(Field f) {
  switch (f) {
    case Field::dateline:
      return article.dateline;
    case Field::source:
      return article.source;
    case Field::author:
      return article.author;
    case Field::published:
      return article.published;
    case Field::updated:
      return article.updated;
  }
  return article.dateline;  // not reached
}

bool Page::fill(Field f, std::string value, const char* rule) {
  std::optional<std::string>& s = slot(f);
  Evidence& was = state.evidence[static_cast<std::size_t>(f)];
  // The input's UTC time yields to the date the page's own line shows when that is the same
  // moment in the page's zone (HTML set 10: article:published_time "2024-05-10T22:21:00+00:00"
  // beside "11 مايو، 2024"); --explain names the rule.
  if (s && !was.rule && (f == Field::published || f == Field::updated) && same_moment_elsewhere(*s, value)) {
    s = std::move(value);
    ++state.edits;
    was = {"local_date_over_utc", state.at};
    return true;
  }
  // The input's bare day ("2015-07-23", a page's UTC metadata moved to its local day) yields to the
  // page's own line giving that day with its clock time: the same date, told more precisely.
  if (s && !was.rule && (f == Field::published || f == Field::updated) && s->size() == 10 && value.size() > 10 &&
      value.starts_with(*s) && value[10] == 'T') {
    s = std::move(value);
    ++state.edits;
    was = {"local_time_of_the_day", state.at};
    return true;
  }
  // The input's source in Latin letters ("sabq") yields to the text's credit spelling the same
  // outlet in Arabic ("سبق – أبها:"): the name the site prints for itself.
  if (s && !was.rule && f == Field::source && !has_arabic(*s) && has_arabic(value) &&
      spells_site(value, ctx.doc.input.url ? host_name(*ctx.doc.input.url) : std::string(), *s)) {
    s = std::move(value);
    ++state.edits;
    was = {"source_in_arabic", state.at};
    return true;
  }
  if (s || value.empty()) return false;
  // A label is never a value: "كتب", "المصدر", "بقلم" alone name nobody; nor does a role ("المحرر").
  if (f == Field::author || f == Field::source) {
    std::string key = key_of(value);
    MarkerHit hit = markers().match_line(key, count_words(key));
    if (key.empty() || (hit && hit.end >= key.size() &&
                        (hit.marker->kind == MarkerKind::author || hit.marker->kind == MarkerKind::source)))
      return false;
    // "صنعاء – ش – وكالات": one letter is the reporter's initial, not a name.
    if (f == Field::author && letter_count(value) <= 1) return false;
    if (f == Field::author &&
        (markers().in_list(MarkerKind::role_word, key) ||
         (count_words(key) >= 2 && markers().in_list(MarkerKind::desk_word, key.substr(0, key.find(' '))))))
      return false;
  }
  s = std::move(value);
  ++state.edits;
  state.evidence[static_cast<std::size_t>(f)] = {rule, state.at};
  return true;
}

void Page::fill(const Credit& c, const char* rule) {
  fill(Field::dateline, c.place, rule);
  fill(Field::source, c.agency, rule);
  fill(Field::author, c.person, rule);
}

void Page::drop_body(std::size_t from, std::size_t to) {
  article.body.erase(article.body.begin() + static_cast<std::ptrdiff_t>(from),
                     article.body.begin() + static_cast<std::ptrdiff_t>(to));
  state.body_line.erase(state.body_line.begin() + static_cast<std::ptrdiff_t>(from),
                        state.body_line.begin() + static_cast<std::ptrdiff_t>(to));
}

void Page::take_box_heading(const Line& note, const std::string& kind) {
  if (article.body.empty() || article.body.back().type != Block::Type::heading) return;
  const std::size_t h = state.body_line.back();
  if (next_nonblank(h + 1) != static_cast<std::size_t>(&note - lines.data()) || markers().opens_with_name(lines[h].key))
    return;
  article.removed.push_back({kind, article.body.back().text});
  label_removed(lines[h], kind, "the heading of the box under it (" + kind + ")");
  drop_body(article.body.size() - 1, article.body.size());
}

std::size_t Page::next_nonblank(std::size_t i) const {
  while (i < lines.size() && lines[i].blank) ++i;
  return i;
}

bool addresses_reader(std::string_view key) {
  constexpr std::string_view kum = "\xD9\x83\xD9\x85";  // كم
  for (std::size_t at = 0; at < key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view w = key.substr(at, end - at);
    if (w.size() >= kum.size() + 2 && w.ends_with(kum)) return true;
    at = end + 1;
  }
  return false;
}

std::size_t source_qualifier(std::string_view after) {
  std::size_t colon = after.find(':');
  if (colon == std::string_view::npos || colon == 0) return 0;
  std::string_view words = after.substr(0, colon);
  if (has_digit(words) || key_words(words).size() > th::label::source_qualifier_max_words) return 0;
  std::size_t value = colon + 1;
  while (value < after.size() && after[value] == ' ') ++value;
  return value < after.size() ? value : 0;
}

std::size_t Page::dated_tail(std::string_view text) const {
  std::size_t first = text.find(' ');
  for (std::size_t at = first; at != std::string_view::npos && at + 1 < text.size();) {
    std::size_t start = at + 1, end = text.find(' ', start);
    if (end == std::string_view::npos) break;
    std::size_t next_end = text.find(' ', end + 1);
    std::string_view next = text.substr(end + 1, next_end == std::string_view::npos ? std::string_view::npos : next_end - end - 1);
    if (has_digit(next) && markers().in_list(MarkerKind::date_label, key_of(text.substr(start, end - start))))
      return start;
    at = end;
  }
  return std::string_view::npos;
}

bool Page::label_ok(const Line& l) const {
  const Marker& m = *l.hit.marker;
  std::string_view k = l.key;
  std::size_t p = l.hit.end;
  while (p < k.size() && k[p] == ' ') ++p;
  if (m.colon) return p < k.size() && k[p] == ':';  // "PHRASE:" in the markers
  if (m.mode != MatchMode::prefix || m.words > th::label::guarded_max_words) return true;
  if (p >= k.size()) return true;
  if (k[p] == ':' || k[p] == '|' || k[p] == '-' || k[p] == '/' || k[p] == '_') return true;
  // CNN's "أيضاً.. TITLE" between paragraphs; on the first line "شاهد.. TITLE" is a video story's own headline.
  if (headline_punctuation_at(k, p)) return &l != &lines[next_nonblank(0)];
  // "كتب – فلان", "كتب — فلان": an en or em dash.
  if (k.compare(p, 3, "\xE2\x80\x93") == 0 || k.compare(p, 3, "\xE2\x80\x94") == 0) return true;
  // "كتبت هالة السيد: ..." : a "wrote" label, then a name of at most four words and ':'. Noun
  // labels stay out: "تقرير البورصة: ارتفاع ..." and "ترجمة النص: ..." are headlines.
  if (m.kind == MarkerKind::author && markers().in_list(MarkerKind::author_verb, m.phrase)) {
    std::size_t colon = k.find(':', p);
    if (colon != std::string_view::npos) {
      std::string_view name = k.substr(p, colon - p);
      std::vector<std::string> words = key_words(name);
      bool ok = !words.empty() && words.size() <= th::label::wrote_name_max_words && !has_digit(name);
      for (const auto& w : words) ok = ok && !function_word(w);
      // "على" folds to the name "علي": look for it in the display text (written_function_word).
      std::string_view shown = std::string_view(l.text).substr(0, l.text.find(':'));
      for (const auto& w : markers().written(MarkerKind::written_function_word))
        if (shown.find(w + " ") != std::string_view::npos) ok = false;
      if (ok) return true;
    }
  }
  // "المصدر الأصلي للقصة: X": a source label, a qualifier of a word or two, then the colon.
  if (m.kind == MarkerKind::source && source_qualifier(k.substr(p))) return true;
  // Without punctuation only on a short line; a credit label then needs a name of 2+ words
  // ("بقلم علي محسن" yes, "تقرير خبري" no).
  // Words of the key: a bullet or a trailing dash is no word ("• كتب أماني خالد --").
  if (m.kind == MarkerKind::author || m.kind == MarkerKind::source) {
    // A byline row ("بقلم كارين أبي نادر · 2 حزيران 2018 · 3 دقائق قراءة"): its first part is the credit.
    // A row the date rules read whole ("بقلم: X | DATE | آخر تعديل: DATE") is theirs.
    if (!is_date_line(l))
      for (std::string_view sep : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "})
        if (std::size_t at = k.find(sep); at != std::string_view::npos && at > p) {
          k = k.substr(0, at);
          if (std::size_t t = dated_tail(k); t != std::string_view::npos && t > p) k = k.substr(0, t);
        }
    // "بقلم مريم الكواري، قسم المال": the writer's desk after a comma is no part of the name.
    if (std::size_t at = desk_tail(k, ctx.normalizer, markers()); at != std::string_view::npos && at > p)
      k = k.substr(0, at);
    int words = static_cast<int>(key_words(k).size());
    // "أرسله أبو حسن في الأربعاء 22 يوليو 2015 - 09:48:46" (PHP-Nuke's "Posted by NAME on DATE"): a
    // date closing the line, with its day name and the word that introduces it, is no part of it.
    if (auto d = find_date(l.text, ctx.now); d && d->begin > 0 && trim_chars(std::string_view(l.text).substr(d->end), "").empty()) {
      std::vector<std::string> head = key_words(key_of(std::string_view(l.text).substr(0, d->begin)));
      while (!head.empty() && (is_weekday(head.back()) || markers().in_list(MarkerKind::date_preposition, head.back())))
        head.pop_back();
      words = std::min(words, static_cast<int>(head.size()));
    }
    // "كتبها نوره القحطاني منذ 3 أيام": nor is an age closing the line (credit() dates the text by it).
    if (std::size_t since = l.text.rfind(" \xD9\x85\xD9\x86\xD8\xB0 ");  // " منذ "
        since != std::string::npos && has_relative_date(std::string_view(l.text).substr(since + 1)))
      words = std::min(words, static_cast<int>(key_words(key_of(std::string_view(l.text).substr(0, since))).size()));
    if (words > th::label::credit_line_max_words || words < m.words + th::label::credit_name_min_words) return false;
    // A noun label ("تقرير", "إعداد") with no punctuation names someone only when a given name or
    // an honorific follows it: "تقرير فحص تسربات المياه" is a heading (blind4 Capstone cc_065).
    if (m.kind == MarkerKind::author && !markers().in_list(MarkerKind::author_verb, m.phrase))
      return markers().opens_with_name(k.substr(p));
    return true;
  }
  return l.words <= th::label::bare_line_max_words;
}
bool Page::removal_ok(const Line& l) const {
  const Marker& m = *l.hit.marker;
  // A label closed by a colon a few words on is a label however long the line ("رابط الخبر بصحيفة الوئام:
  // TITLE", the site's link to the story itself, blind48 SaudiNewsNet 24705).
  const std::size_t colon = l.text.find(':');
  const bool labelled = m.words >= 2 && colon != std::string::npos &&
                        count_words(std::string_view(l.text).substr(0, colon)) <= m.words + th::label::removal_label_extra_words;
  if (m.mode == MatchMode::prefix && m.words <= th::label::removal_short_max_words &&
      l.words > th::label::removal_line_max_words && !labelled) {
    // "انضموا إلى … على تيليغرام، ففيها يصلكم الخبر …": an invitation to a channel runs longer.
    bool prompt = m.removal == "follow" || m.removal == "subscribe";
    if (!prompt || l.words > th::label::network_prompt_max_words) return false;
    bool network = false;
    for (const auto& w : key_words(l.key)) network = network || markers().in_list(MarkerKind::network_word, w);
    if (!network) return false;
  }
  return label_ok(l);
}

bool Page::is_date_line(const Line& l) const {
  return !l.blank && read_date_line(l, ctx.normalizer, ctx.markers, ctx.now).has_value();
}

std::string Page::display_of(std::string_view s) const {
  std::string d = ctx.normalizer.display(s);
  return std::string(trim_chars(d, ""));
}

bool Page::function_word(std::string_view w) const { return markers().in_list(MarkerKind::function_word, w); }

bool Page::starts_with_conjunction(std::string_view text) const {
  for (const auto& w : markers().written(MarkerKind::conjunction))
    if (text.rfind(w, 0) == 0) {
      // "وزير النقل يسلم ..." opens with a word of its own, not with "و" (looked up as written: this
      // runs on most lines, and a search form costs a normalization).
      const auto& own = markers().written(MarkerKind::own_waw);
      return !std::binary_search(own.begin(), own.end(), std::string(text.substr(0, text.find(' '))));
    }
  return false;
}

bool Page::has_listed_word(const std::vector<std::string>& words, MarkerKind kind) const {
  constexpr std::string_view wa = "\xD9\x88", fa = "\xD9\x81";  // و ف
  for (const auto& w : words) {
    if (markers().in_list(kind, w)) return true;
    std::string_view v = w;
    if ((v.starts_with(wa) || v.starts_with(fa)) && v.size() > 2 * wa.size() &&
        markers().in_list(kind, std::string(v.substr(wa.size()))))
      return true;
  }
  return false;
}

bool names_story(std::string_view key, const MarkerSet& markers) {
  // (The "لل" form is looked for only in a key that holds "لل": most do not, and the form costs a string.)
  const bool lil = key.find("\xD9\x84\xD9\x84") != std::string_view::npos;
  for (const auto& phrase : markers.list(MarkerKind::self_reference)) {
    if (mentions_word(key, phrase)) return true;
    const std::string_view al = "\xD8\xA7\xD9\x84";  // ال
    if (lil && std::string_view(phrase).starts_with(al) && phrase.find(' ') == std::string::npos &&
        mentions_word(key, "\xD9\x84\xD9\x84" + phrase.substr(al.size())))  // لل
      return true;
  }
  return false;
}

bool Page::names_the_story(std::string_view key) const { return names_story(key, markers()); }

bool Page::opens_with_connective(std::string_view key) const {
  return markers().in_list(MarkerKind::connective, key.substr(0, key.find(' ')));
}

}  // namespace akhbar::detail
