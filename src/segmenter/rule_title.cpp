// Pass "title": the input's title field, or the first line when it reads like a headline, or
// the longer line under a rubric, overline or name (docs/segmenter.md, step 3).
#include <algorithm>

#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "الموضوع: حتى الله يستثني ..." (a forum's topic label): the headline is what follows the
// label and its colon. A label without a colon, or with fewer than two words after it, stays.
// A label cut off a title line goes to `removed` (kind "marker"), so the record stays lossless.
std::string without_title_label(Page& p, const std::string& t, bool from_line) {
  const Marker* m = p.markers().title_label(fold_key(p.ctx.normalizer.search(t)));
  if (!m) return t;
  std::string_view rest = after_words(t, m->words);
  std::string_view head = std::string_view(t).substr(0, t.size() - rest.size());
  if (head.find(':') == std::string_view::npos || count_words(rest) < th::title::label_min_rest_words)
    return t;
  if (from_line) p.article.removed.push_back({"marker", std::string(trim_chars(head, ""))});
  return std::string(rest);
}

// "الرباط - هسبريس", "لندن: «الشرق الأوسط»", "مسقط- الرؤية", "الرؤية - شريف صلاح", "غزة - أسامة
// أبو عيطة", "صنعاء – ش – وكالات": a byline opening the text, not its headline (the walk reads it). One part
// is a known place or outlet as a whole, the other one too, a person's name or a single word; after a colon
// the place or outlet comes first, since "فوزية الحربي: شوارع الرياض تختنق" and "غزة: قصف مستمر" are
// headlines.
bool opening_byline(const Page& p, const Line& l) {
  if (l.words > th::title::opening_byline_max_words || has_digit(l.text)) return false;
  if (framed_byline(p, l)) return true;  // "- جميل الجعدبي -"
  if (l.words <= th::top::glued_byline_max_words && glued_byline(p, l.text)) return true;  // "كفر الشيخ-سهيله عبداللطيف"
  auto b = split_byline(l.text);
  if (!b || b->parts.size() < 2 || b->parts.size() > 3) return false;
  enum Kind { anchor, name, word, other };
  auto kind = [&](std::string_view part) {
    std::string key = fold_key(p.ctx.normalizer.search(part));
    if (p.markers().agency(key) || p.markers().place(key)) return anchor;
    if (count_words(part) <= th::title::opening_byline_name_max_words && p.markers().opens_with_name(key))
      return name;
    if (count_words(part) == 1 && !p.function_word(key)) return word;
    return other;
  };
  Kind k0 = kind(b->parts[0]), k1 = kind(b->parts[1]);
  // "صنعاء – ش – وكالات": a place, the reporter's initial or name, the agencies.
  if (b->parts.size() == 3) return !b->colon && k0 == anchor && k1 != other && kind(b->parts[2]) == anchor;
  if (b->colon) return k0 == anchor && k1 != other;
  return (k0 == anchor && k1 != other) || (k1 == anchor && k0 != other);
}

// "قضايا ثقافية" / "في اجتماعه الأول" / "منال محمد الكندي" above "المجلس الاستشاري للغة العربية
// يناقش استراتيجية عمله": a rubric, an overline or the writer's name (at most 4 words) over a
// longer headline. The longer line is the title; a name is the author, the rest is removed.
// A kicker ending in a colon ("يوم 17 رمضان ذكرى نزول القرآن:") leads into the headline under it
// whatever their lengths (`colon`).
bool overline(Page& p, std::size_t i, std::size_t j, bool colon = false) {
  Line& l = p.lines[i];
  Line& h = p.lines[j];
  if (l.words > (colon ? th::title::colon_overline_max_words : th::title::overline_max_words) || h.hit ||
      h.bullet || h.menu || h.separator || !headline_like(h, th::line::headline_max_words))
    return false;
  if ((colon ? h.words < th::title::min_words : h.words < l.words + th::title::overline_min_extra_words) ||
      p.is_date_line(h) || p.markers().agency(h.key))
    return false;
  // One headline broken over two lines: an open quote, or a second line going on with "و".
  auto opens = [](std::string_view t, std::string_view open, std::string_view close) {
    std::size_t a = 0, b = 0;
    for (std::size_t p = t.find(open); p != std::string_view::npos; p = t.find(open, p + 1)) ++a;
    for (std::size_t p = t.find(close); p != std::string_view::npos; p = t.find(close, p + 1)) ++b;
    return a > b;
  };
  if (opens(l.text, "\xC2\xAB", "\xC2\xBB") || opens(l.text, "(", ")") || p.starts_with_conjunction(h.text))
    return false;
  // The second line must not be a byline or a name itself ("يوم الحسم" over "الثورة /محمد النظاري -").
  if (h.words <= th::title::under_byline_max_words && !has_digit(h.text) && split_byline(h.text) &&
      read_credit(h.text, p.markers(), p.ctx.normalizer, true))
    return false;
  if (key_words(h.key).size() <= th::title::under_name_max_words && p.markers().opens_with_name(h.key))
    return false;
  // "محمد ولد حمدو: كاتب وصحفي موريتاني": a name, then what the writer is.
  if (std::size_t colon = h.key.find(':');
      colon != std::string::npos &&
      count_words(h.key.substr(0, colon)) <= th::title::under_name_colon_max_words &&
      p.markers().opens_with_name(h.key))
    return false;
  // Nor a line that other rules read: a dated byline or syndication line, a breadcrumb.
  if (breadcrumb(h) || (has_digit(h.text) && find_date(h.text, p.ctx.now))) return false;
  for (const auto& w : p.markers().written(MarkerKind::syndication))
    if (h.text.find(w + " ") != std::string::npos) return false;  // "نشر في"

  // Text must follow the headline (a date line, a byline or a paragraph), not another headline.
  std::size_t k = p.next_nonblank(j + 1);
  if (k >= p.lines.size() ||
      (headline_like(p.lines[k], th::line::headline_max_words) && !p.lines[k].hit &&
       !p.is_date_line(p.lines[k]) && p.lines[k].words >= th::title::next_headline_min_words))
    return false;
  std::vector<std::string> words = key_words(l.key);
  // A name ending in a colon is the speaker of the quoted headline under it ("إيهاب سر الختم لاعب
  // الخور ل «العرب»:" over "لم أتردد ..."), not its writer.
  bool person = !colon && p.markers().opens_with_name(l.key) && !has_digit(l.text) &&
                words.size() >= static_cast<std::size_t>(th::person::min_words) &&
                words.size() <= static_cast<std::size_t>(th::person::max_words) &&
                l.text.find("..") == std::string::npos && l.text.find_first_of("\"'!") == std::string::npos &&
                !mentions_word(h.key, words.back());
  for (const auto& w : words) person = person && !p.function_word(w);
  // "النبأ - حسام العطيفي" over the headline: a byline.
  std::optional<Credit> credit;
  if (!has_digit(l.text) && split_byline(l.text))
    credit = read_credit(l.text, p.markers(), p.ctx.normalizer, true);
  p.state.at = l.no;
  if (credit) {
    p.fill(*credit, "overline");
    p.article.removed.push_back({"byline", l.text});
    p.label_removed(l, "byline", "short 'place: name' line above the headline");
  } else if (person) {
    p.fill(Field::author, std::string(trim_chars(l.text, "-*:/_()|")), "overline");
    p.article.removed.push_back({"author", l.text});
    p.label_removed(l, "author", "a person's name above the headline");
  } else {
    p.article.removed.push_back({"headline", l.text});
    p.label_removed(l, "headline",
                    colon ? "a kicker ending in a colon above the headline" : "a short rubric or overline above a longer headline");
  }
  l.blank = true;  // handled
  p.article.title = without_title_label(p, h.text, true);
  p.state.title_from_line = true;
  p.label(h, "title",
          "headline under a " +
              std::string(credit   ? "byline"
                          : person ? "name"
                                   : "rubric") +
              " line (" + std::to_string(h.words) + " words, no final period)");
  p.state.title_line = j;
  return true;
}

// "ميكرو طروطوار كود. المغاربة فرحانين ... والقهاوي.. والشعب خاصو يجمع راسو" (24 words, 153
// characters), "... مونديال 2026. الرئيس الامريكي: السعودية ..." (29 words): a headline of several
// parts, longer than one-part headlines run, over a text at least twice its length. A lead's
// clauses are joined by commas ("عقد مجلس ادارة نادي الزمالك مؤتمرا صحفيا أمس ..., وقد حضر ..."),
// a many-part headline's by '..', '. ', ':', '؟' or '!'.
bool long_headline(const Page& p, const Line& l, std::size_t next) {
  if (l.blank || l.separator || l.words > th::title::long_max_words || l.chars > th::title::long_max_chars ||
      next >= p.lines.size() || p.lines[next].words < th::title::long_next_ratio * l.words)
    return false;
  char32_t c = l.last;
  if (c == '.' || c == ',' || c == 0x060C || c == ':' || c == 0x061B || c == ';' || c == 0x2026) return false;
  std::string_view t = l.text;
  if (t.find(',') != std::string_view::npos || t.find("\xD8\x8C") != std::string_view::npos) return false;  // ،
  return t.find("..") != std::string_view::npos || t.find(". ") != std::string_view::npos ||
         t.find(':') != std::string_view::npos || t.find("\xD8\x9F") != std::string_view::npos ||  // ؟
         t.find('!') != std::string_view::npos;
}

// A short line of a page's header around its headline: a kicker, a rubric, a letterhead, a desk
// (6 words at most); not a date line, a name, an agency, a byline or a marker's line, which the
// walk reads.
bool header_line(Page& p, const Line& r) {
  return r.words <= th::title::header_line_max_words && !r.hit && !r.forum && !r.menu && !r.bullet &&
         !r.separator && r.last != '.' && !p.is_date_line(r) && !p.markers().opens_with_name(r.key) &&
         !p.markers().agency(r.key) &&
         !(split_byline(r.text) && read_credit(r.text, p.markers(), p.ctx.normalizer, true));
}

void remove_header_line(Page& p, Line& r, const char* why) {
  p.article.removed.push_back({"headline", r.text});
  p.label_removed(r, "headline", why);
  r.blank = true;  // handled
}

// Under the headline on line `title`, before the header's date line: a kicker, a desk ("شؤون
// دولية" / "القسم الدولي" over "30 ماي 2018 على الساعة 11:38", Instant Articles' header).
void remove_header_below(Page& p, std::size_t title) {
  std::vector<std::size_t> below;
  for (std::size_t k = p.next_nonblank(title + 1);
       k < p.lines.size() && below.size() <= th::title::header_lines_below; k = p.next_nonblank(k + 1)) {
    if (p.is_date_line(p.lines[k])) {
      for (std::size_t b : below)
        remove_header_line(p, p.lines[b],
                           "a short line of the page's header between the headline and its date line");
      return;
    }
    if (!header_line(p, p.lines[k])) return;
    below.push_back(k);
  }
}

// A body that repeats the title field on its first line, or under the page's header: a kicker,
// a rubric, a letterhead, the writer, a date line ("قراءة مطولة" / "ريم السالم" + "26 مايو 2024"
// / "جمعية صحافيي الساحل" + "العدد 191" over the <h1>). The repeat is removed as "title"; the short
// lines above it as "headline", as overline() does, but for a writer's name, a byline, a date
// line or a marker's line, which the walk reads.
void remove_title_repeat(Page& p, const std::string& title_key) {
  std::vector<std::size_t> above;
  std::size_t i = p.next_nonblank(0);
  for (int seen = 0; i < p.lines.size() && seen < th::title::repeat_scan_lines; ++seen) {
    const Line& l = p.lines[i];
    if (l.key == title_key) break;
    if (l.words > th::line::headline_max_words || l.last == '.') return;  // the text began
    above.push_back(i);
    i = p.next_nonblank(i + 1);
  }
  if (i >= p.lines.size() || p.lines[i].key != title_key) return;
  p.article.removed.push_back({"title", p.lines[i].text});
  p.label_removed(p.lines[i], "title", "repeats the input's title field");
  p.lines[i].blank = true;  // handled
  p.state.title_line = i;
  for (std::size_t k : above) {
    Line& h = p.lines[k];
    if (header_line(p, h)) {
      remove_header_line(p, h, "a short line of the page's header above the repeated headline");
    } else if (h.words <= th::title::dated_header_max_words && !h.hit && !h.bullet && !h.removed && h.last != '.' &&
               h.text.find(':') == std::string::npos && !p.is_date_line(h) && !p.has_listed_word(key_words(h.key), MarkerKind::update_verb) &&
               !p.has_listed_word(key_words(h.key), MarkerKind::date_update) && find_date(h.text, p.ctx.now)) {
      // "وكالة منارة العارض الرياض، الأربعاء 15 أغسطس 2018": the site's name and the day it is shown on, too
      // many words for a date line, above the page's headline: the header's, not the article's date (an
      // update note there is rule update_note's; a labelled "تاريخ التسجيل : DATE" a forum box's).
      remove_header_line(p, h, "the page's header above the repeated headline: the site's name and today's date");
    }
  }
  remove_header_below(p, i);
}

// The first lines of a text hard-wrapped at a fixed width: lines `i` and i+1 of one width, neither
// ending a sentence, the second going on from the first (not opening the same way: a list of
// near-identical lines is no wrapped sentence, nor is a date line); and a third line of that width
// too, or a first line that stops on a word no headline ends with ("... في", "... الذي"). The
// first is then a piece of a sentence, not a headline.
bool hard_wrapped(const Page& p, std::size_t i) {
  if (i + 2 >= p.lines.size()) return false;
  const Line &a = p.lines[i], &b = p.lines[i + 1], &c = p.lines[i + 2];
  auto ends_sentence = [](const Line& l) {
    char32_t e = l.last;
    return e == '.' || e == '!' || e == '?' || e == 0x061F || e == ':' || e == 0x061B || e == ';';
  };
  if (b.blank || a.chars < th::title::wrap_min_chars || b.chars < th::title::wrap_min_chars ||
      ends_sentence(a) || ends_sentence(b))
    return false;
  auto close = [](std::size_t x, std::size_t y) {
    return static_cast<double>(x > y ? x - y : y - x) <=
           th::title::wrap_width_tolerance * static_cast<double>(std::max(x, y));
  };
  std::vector<std::string> wa = key_words(a.key), wb = key_words(b.key);
  if (!close(a.chars, b.chars) || p.is_date_line(b) || wa.empty() || wb.empty() || wa.front() == wb.front())
    return false;
  std::string_view last = std::string_view(a.key).substr(a.key.rfind(' ') + 1);
  return (!c.blank && close(c.chars, std::max(a.chars, b.chars))) || p.function_word(last);
}

// A piece of a word the scrape split at a lost shadda or letter: one letter ("الجن ي"), or the article
// and one letter ("الع رفي"); no whole word is either.
bool split_piece(std::string_view w) {
  const std::size_t letters = letter_count(w);
  return letters == 1 || (letters == 3 && w.rfind("\xD8\xA7\xD9\x84", 0) == 0);  // "ال"
}

// A text a dataset stripped of every punctuation mark (Al-Hudood's corpus: "طفل يخبئ عيدياته ... عندما
// يكبر قام الطفل سامر ..." on one line): the headline runs into the lead, which opens with a verb in the
// past ("قام", "أعلنت"; markers: lead_verb), the headline's verb being in the present. The headline is
// the words before the first such verb from the fifth word on; a shadda the scrape turned into a space
// is mended to match ("قر ر" is "قرر"). The rest of the line stays the text.
//
// Between the two may stand the correspondent's byline: "HEADLINE NAME   مراسل لشؤون BEAT LEAD" (a
// role word, then a beat word). Nothing marks where the headline ends and the name begins, so the name
// is the two words before the role, three when the first of three is a given name ("حسام الدين
// الجوادي"); the byline runs to the lead's verb (kept whole when no verb follows within reach).
bool stripped_title(Page& p, Line& l) {
  if (l.words < th::title::stripped_min_words ||
      l.text.find_first_of(".,!?:;()\"'") != std::string::npos)
    return false;
  for (std::string_view mark : {"\xD8\x8C", "\xD8\x9F", "\xD8\x9B", "\xC2\xAB", "\xC2\xBB"})  // ، ؟ ؛ « »
    if (l.text.find(mark) != std::string::npos) return false;
  std::vector<std::string_view> words;
  for (std::string_view rest = l.text; !rest.empty();) {
    const std::size_t sp = rest.find(' ');
    if (sp != 0) words.push_back(rest.substr(0, sp));
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
  const MarkerSet& m = p.markers();
  // Whether words[j] (or words[j] and words[j + 1], a short piece and its rest) is in the list; the
  // number of words it takes, 0 when it is not.
  auto listed = [&](MarkerKind kind, std::size_t j) -> std::size_t {
    if (m.in_list(kind, p.key_of(words[j]))) return 1;
    if (j + 1 < words.size() && letter_count(words[j]) <= th::title::split_piece_max_letters &&
        m.in_list(kind, p.key_of(std::string(words[j]) + std::string(words[j + 1]))))
      return 2;
    return 0;
  };
  auto offset = [&](std::size_t j) { return static_cast<std::size_t>(words[j].data() - l.text.data()); };
  // A verb after "قد" is inside its sentence ("وكان شلفط قد بدأ ..."), not the lead's first word; nor one
  // after the present's prefix the scrape split off it ("أنك ت عاني": "تعاني").
  auto present_prefix = [](std::string_view w) {
    return w == "\xD8\xAA" || w == "\xD9\x8A" || w == "\xD9\x86" || w == "\xD8\xA3";  // ت ي ن أ
  };
  // A verb joined to "و" ("وجاء اكتشاف فواز ...") may open the lead after the headline, but after a byline
  // it is the lead's second sentence: there `conjoined` is false.
  auto lead_from = [&](std::size_t from, std::size_t to, bool conjoined = true) {
    for (std::size_t j = from; j <= to && j + 1 < words.size(); ++j) {
      if (!listed(MarkerKind::lead_verb, j) || words[j - 1] == "\xD9\x82\xD8\xAF" ||  // قد
          present_prefix(words[j - 1]))
        continue;
      const std::string key = p.key_of(words[j]);
      if (!conjoined && key.starts_with("\xD9\x88") && m.in_list(MarkerKind::lead_verb, key.substr(2))) continue;  // و
      return j;
    }
    return words.size();
  };
  auto take_title = [&](std::size_t end) {
    p.article.title = std::string(trim_chars(std::string_view(l.text).substr(0, offset(end)), ""));
    p.state.title_from_line = true;
    p.state.at = l.no;
  };

  const std::size_t min_title = th::title::stripped_title_min_words;
  for (std::size_t r = min_title + th::title::correspondent_min_name_words;
       r <= static_cast<std::size_t>(th::title::correspondent_max_word) && r + 2 < words.size(); ++r) {
    const std::size_t role = listed(MarkerKind::role_word, r);
    if (!role || !m.in_list(MarkerKind::beat_word, p.key_of(words[r + role]))) continue;
    std::size_t name = r - th::title::correspondent_min_name_words;
    // A name the scrape split ("سحر الع رفي") takes one word more for its piece.
    for (std::size_t k = name; k < r; ++k)
      if (split_piece(words[k]) && name > min_title) --name;
    if (name > min_title && m.opens_with_name(p.key_of(words[name - 1]))) --name;
    const std::size_t beat_end = r + role + 1;
    const std::size_t lead = lead_from(beat_end, beat_end + th::title::correspondent_max_beat_words, false);
    take_title(name);
    std::string_view person = std::string_view(l.text).substr(offset(name), offset(r) - offset(name));
    p.fill(Field::author, std::string(trim_chars(person, "")), "correspondent_byline");
    if (lead < words.size()) {
      p.article.removed.push_back({"byline", std::string(trim_chars(
                                                 std::string_view(l.text).substr(offset(name), offset(lead) - offset(name)), ""))});
      l.text.erase(0, offset(lead));
    } else {
      l.text.erase(0, offset(name));
    }
    classify(l, p.ctx.normalizer.search(l.text), m);
    return true;
  }
  // "Our correspondent" comes before the name ("HEADLINE مراسلنا سيف جمال LEAD"): the name is the two
  // words after the role (three with a piece the scrape split off), the byline runs on to the lead's
  // verb when one follows within a beat's reach ("مراسلتنا NAME موضة وأزياء LEAD").
  for (std::size_t r = min_title; r <= static_cast<std::size_t>(th::title::stripped_title_max_words) &&
                                  r + th::title::correspondent_min_name_words + 1 < words.size();
       ++r) {
    const std::string role = p.key_of(words[r]);
    if (!role.ends_with("\xD9\x86\xD8\xA7") || !m.in_list(MarkerKind::role_word, role) ||  // نا
        m.in_list(MarkerKind::beat_word, p.key_of(words[r + 1])))
      continue;
    std::size_t name_end = r + 1 + th::title::correspondent_min_name_words;
    for (std::size_t k = r + 1; k < r + 1 + th::title::correspondent_min_name_words; ++k)
      if (split_piece(words[k]) && name_end + 1 < words.size()) ++name_end;
    const std::size_t lead = lead_from(name_end, name_end + th::title::correspondent_max_beat_words, false);
    const std::size_t byline_end = lead < words.size() ? lead : name_end;
    take_title(r);
    std::string_view person = std::string_view(l.text).substr(offset(r + 1), offset(name_end) - offset(r + 1));
    p.fill(Field::author, std::string(trim_chars(person, "")), "correspondent_byline");
    p.article.removed.push_back(
        {"byline", std::string(trim_chars(std::string_view(l.text).substr(offset(r), offset(byline_end) - offset(r)), ""))});
    l.text.erase(0, offset(byline_end));
    classify(l, p.ctx.normalizer.search(l.text), m);
    return true;
  }

  // The headline's reach counts words, not the pieces the scrape split off them ("تؤك د أن  ها" is two
  // words): the reach is the index that many whole words in. A "و" standing alone is the conjunction
  // written apart ("الحجارة و تفوق"), a word.
  std::size_t max_title = 0;
  for (std::size_t whole = 0; max_title < words.size() && whole < static_cast<std::size_t>(th::title::stripped_title_max_words);
       ++max_title)
    if (!split_piece(words[max_title]) || words[max_title] == "\xD9\x88") ++whole;  // و
  std::size_t lead = lead_from(min_title, max_title);
  // The lead may retell the headline with its verb in the past ("مبرمج يفرض تفوقه ... فرض المبرمج",
  // "علماء يصنفون ... صنف العلماء"): a present verb among the headline's first words (يـ/تـ and a root of
  // three to five letters, "ون"/"ان" after it), then its past ("فرض", "فرضت", "احتار", "استبدل"), when no
  // listed verb comes first (a listed one may be a noun too: "طالب ثانوية ... يحرز ... أحرز طالب الثانوية").
  // The past of a root with a weak letter drops or turns it ("ينفي ... نفت", "تجد ... وجدت", "يدين ...
  // أدان", "يوقظ ... أيقظ"); the lead may also repeat the present itself ("السعودية تفتح معرضا ... تفتح المملكة"). A verb the
  // scrape split at a lost shadda ("تؤك د", "ند د") is read joined, on either side.
  {
    // The key of words[j] and, for a short piece, of the piece joined to the next word.
    auto keys = [&](std::size_t j) {
      std::vector<std::string> k{p.key_of(words[j])};
      if (j + 1 < words.size() && letter_count(words[j]) <= th::title::split_piece_max_letters)
        k.push_back(p.key_of(std::string(words[j]) + std::string(words[j + 1])));
      return k;
    };
    const std::string alif = "\xD8\xA7", ta = "\xD8\xAA", ya = "\xD9\x8A", waw = "\xD9\x88";
    std::vector<std::pair<std::string, std::size_t>> echo;  // a form and the word of its present
    for (std::size_t j = 0; j < std::min<std::size_t>(th::title::echo_verb_scan_words, words.size()); ++j) {
      for (const std::string& k : keys(j)) {
        if (!(k.starts_with(ya) || k.starts_with(ta))) continue;
        std::string root = k.substr(2);
        for (std::string_view end : {"\xD9\x88\xD9\x86", "\xD8\xA7\xD9\x86"})  // ون ان
          if (root.size() > end.size() && root.ends_with(end)) root.resize(root.size() - end.size());
        const std::size_t letters = letter_count(root);
        std::vector<std::string> stems;
        if (letters >= 3 && letters <= 5) stems.push_back(root);
        if (letters >= 3 && letters <= 4 && root.ends_with(ya))
          stems.push_back(root.substr(0, root.size() - 2) + alif);  // يفاجئ: فاجأ
        if (letters == 3 && (root.substr(2, 2) == ya || root.substr(2, 2) == waw))
          stems.push_back(root.substr(0, 2) + alif + root.substr(4));  // يدين: دان
        if (letters == 3 && (root.ends_with(ya) || root.ends_with(waw))) stems.push_back(root.substr(0, 4));  // ينفي: نفت
        if (letters == 2) stems.push_back(waw + root);  // تجد: وجد
        // The fourth form of a root that opens with ya turns it into waw in the present: يوقظ: أيقظ.
        if (letters == 3 && root.starts_with(waw)) stems.push_back(ya + root.substr(2));
        if (stems.empty()) continue;
        // The present again, when it reads as a verb: not a place ("تونس") and not a noun's first term
        // ("تأجيل النظر").
        const std::size_t next = j + (k == p.key_of(words[j]) ? 1 : 2);
        if (!m.place(k) && next < words.size() &&
            !p.key_of(words[next]).starts_with(alif + "\xD9\x84"))  // ال
          echo.emplace_back(k, j);
        for (const std::string& st : stems)
          for (const std::string& form : {st, st + ta, alif + st, alif + st + ta})  // فرض فرضت افرض افرضت
            echo.emplace_back(form, j);
      }
    }
    const std::size_t listed_lead = lead;
    for (std::size_t j = min_title; lead == listed_lead && !echo.empty() && j < listed_lead &&
                                    j <= max_title && j + 1 < words.size();
         ++j)
      for (const std::string& k : keys(j))
        for (const auto& [form, at] : echo)
          if (j > at + 1 && k == form && lead == listed_lead) lead = j;
  }
  // The lead names the headline's subject again, made definite after its verb ("عروس تطلب الطلاق … رفعت العروس
  // نهاد …", "شاب يشوّه … تعر ض الشاب محروس …"): with no listed or echoed verb, the word before the subject's
  // definite form (and before a piece the scrape split off it) opens the lead. Not a word with the article or a
  // function word itself, which no verb is.
  if (lead >= words.size()) {
    const std::string subject = p.key_of(words[0]);
    const std::string definite = "\xD8\xA7\xD9\x84" + subject;  // ال
    if (letter_count(subject) >= th::title::echo_subject_min_letters && !subject.starts_with("\xD8\xA7\xD9\x84") &&
        !p.function_word(subject))
      for (std::size_t j = min_title; j <= max_title && j + 2 < words.size() && lead >= words.size(); ++j) {
        const std::size_t after = split_piece(words[j + 1]) ? j + 2 : j + 1;
        const std::string verb = p.key_of(words[j]);
        if (p.key_of(words[after]) == definite && !verb.starts_with("\xD8\xA7\xD9\x84") && !p.function_word(verb) &&
            !present_prefix(words[j - 1]) && words[j - 1] != "\xD9\x82\xD8\xAF")  // قد
          lead = j;
      }
  }
  if (lead >= words.size()) return false;
  const std::size_t cut = offset(lead);
  take_title(lead);
  l.text.erase(0, cut);
  classify(l, p.ctx.normalizer.search(l.text), m);
  return true;
}

}  // namespace

void rule_title(Page& p) {
  const Document& doc = p.ctx.doc;
  // The input's author field printed as the text's first line (an account's name over its post on
  // a sharing site): the byline, not text.
  if (doc.author) {
    std::size_t i = p.next_nonblank(0);
    if (i < p.lines.size() && !p.lines[i].key.empty() && p.lines[i].key == p.key_of(*doc.author) &&
        p.lines[i].words <= th::top::byline_max_words) {
      p.state.at = p.lines[i].no;
      p.article.removed.push_back({"author", p.lines[i].text});
      p.label_removed(p.lines[i], "author", "repeats the input's author field");
      p.lines[i].blank = true;  // handled
    }
  }
  bool body_arabic = has_arabic(doc.text);
  if (doc.title) {
    std::string t = p.display_of(*doc.title);
    // A record's title field in Latin letters names an Arabic page too (a crawl's product page, an
    // English forum thread): kept when it holds a word; a number alone ("431") is no title. An
    // HTML page's Latin <title> over Arabic text is its brand or a test page's encoding name.
    bool latin_ok = doc.format != "html" && has_latin_word(t, 2);
    if (!t.empty() && (has_arabic(t) || !body_arabic || latin_ok)) {
      p.article.title = without_title_label(p, t, false);
      remove_title_repeat(p, fold_key(p.ctx.normalizer.search(t)));
    } else if (!t.empty()) {
      p.article.warnings.push_back({kind::input_title_ignored, "ignored the input's title field \"" + t +
                                                                   "\": it is not an Arabic headline (nor a Latin one in a record's title field)"});
    }
    return;
  }
  std::size_t i = p.next_nonblank(0);
  // A scraped page may open with its menu; the headline is the first line after it (and not
  // a longer item inside the menu). A forum page's member box is no headline either.
  bool after_menu = false;
  for (; i < p.lines.size() && (p.lines[i].menu || p.lines[i].forum); i = p.next_nonblank(i + 1))
    after_menu = after_menu || p.lines[i].menu;
  // A section's label alone above the headline ("اخبار", "الرئيسية": a whole-line navigation
  // marker, which the walk removes) is the page's header, not its title.
  if (i < p.lines.size() && p.lines[i].hit && p.lines[i].hit.marker->mode == MatchMode::whole &&
      p.lines[i].hit.marker->kind == MarkerKind::removed && p.lines[i].hit.marker->removal == "navigation")
    i = p.next_nonblank(i + 1);
  // A date line may sit above the headline ("2012-03-08 (علوم)" then the title).
  for (int skipped = 0;
       skipped < th::title::max_date_lines_above && i < p.lines.size() && p.is_date_line(p.lines[i]);
       ++skipped)
    i = p.next_nonblank(i + 1);
  // A line of no letter or digit ("-", "***") is a scraper's leftover, nothing to title.
  while (i < p.lines.size() && p.lines[i].key.empty()) i = p.next_nonblank(i + 1);
  // A reporter's byline above the headline ("عدن- نوال مكيش -" over the headline, then the lead):
  // the walk takes the byline wherever it stands; the headline is the line under it.
  if (i < p.lines.size() && !p.lines[i].hit && opening_byline(p, p.lines[i])) {
    std::size_t j = p.next_nonblank(i + 1);
    if (j < p.lines.size() && !p.lines[j].hit && headline_like(p.lines[j], th::line::headline_max_words) &&
        !opening_byline(p, p.lines[j]) && !p.is_date_line(p.lines[j]))
      i = j;
  }
  if (i >= p.lines.size()) return;
  Line& l = p.lines[i];
  if (stripped_title(p, l)) return;
  // A marker opening the line rules it out only when it reads as that marker: "شاهد.. اللحظات
  // الأولى لانفجار سيناء" and "تقرير: صندوق النقد يطالب بضمانات ..." are headlines.
  bool marker_line = l.hit && p.label_ok(l);
  if (marker_line && l.hit.marker->kind == MarkerKind::author) {
    std::string_view value = after_words(l.text, l.hit.marker->words);
    std::size_t colon = value.find(':');
    bool named = colon != std::string_view::npos &&
                 count_words(value.substr(0, colon)) <= th::title::author_name_max_words;
    // A credit row: a short name, a separator, then a date ("كاتب المقالة: NAME - تاريخ النشر: DATE").
    for (std::string_view sep : {" - ", " | ", " \xC2\xB7 "})
      if (std::size_t at = value.find(sep); !named && at != std::string_view::npos)
        named = count_words(value.substr(0, at)) <= th::title::author_name_max_words &&
                find_date(value.substr(at), p.ctx.now).has_value();
    if (!named && count_words(value) > th::title::author_value_max_words) marker_line = false;
  }
  if (marker_line || l.separator || l.bullet || l.menu) return;
  // A column's standing name of one word over its headline ("دايركت" / "العام 2012 .. مشهد اقتصادى"):
  // too short to be a title itself, it is a rubric when a headline follows.
  if (l.words < th::title::min_words) {
    if (std::size_t j = p.next_nonblank(i + 1); j < p.lines.size() && !has_digit(l.text)) overline(p, i, j);
    return;
  }
  if (hard_wrapped(p, i)) return;
  bool long_title = false;
  if (std::string_view t = trim_chars(l.text, " "); t.ends_with(":") && !marker_line) {
    std::size_t j = p.next_nonblank(i + 1);
    if (j < p.lines.size() && overline(p, i, j, true)) return;
  }
  if (!headline_like(l, th::line::headline_max_words)) {
    // The text under it may come after a byline ("غزة - دنيا الوطن"): the headline is measured against the text.
    std::size_t next = p.next_nonblank(i + 1);
    if (next < p.lines.size()) {
      const Line& b = p.lines[next];
      if (b.words <= th::title::under_byline_max_words && !has_digit(b.text) && split_byline(b.text) &&
          read_credit(b.text, p.markers(), p.ctx.normalizer, true))
        next = p.next_nonblank(next + 1);
    }
    if (!long_headline(p, l, next)) return;
    long_title = true;
  }
  // A long line that opens with a lone "و" ("و معنا أيضا الأستاذ صفاء العتابي، ...") goes on from
  // something before it: a sentence, not a headline.
  std::string_view first = std::string_view(l.text).substr(0, l.text.find(' '));
  if (l.words > th::title::lone_waw_max_words && letter_count(first) == 1 &&
      p.markers().in_list(MarkerKind::conjunction, first))
    return;
  if (p.markers().agency(l.key) || p.is_date_line(l) || opening_byline(p, l)) return;
  std::size_t j = p.next_nonblank(i + 1);
  if (j >= p.lines.size()) return;  // a lone line is the text, not a title
  // After a menu, a headline is followed by its date, byline or lead, not by more short items.
  if (after_menu && (p.lines[j].menu || (p.lines[j].words <= th::title::after_menu_item_max_words &&
                                         !p.lines[j].hit && !p.is_date_line(p.lines[j]))))
    return;
  if (overline(p, i, j)) return;
  p.article.title = without_title_label(p, l.text, true);
  p.state.title_from_line = true;
  p.label(l, "title",
          long_title ? "first line, a headline of several parts (" + std::to_string(l.words) +
                           " words, no comma) over a text twice as long"
                     : "first line, headline-like (" + std::to_string(l.words) + " words, no final period)");
  p.state.title_line = i;
  // A page's header is built around its headline; in a plain text the line under a first-line
  // title is as often the real headline under a kicker, or a deck.
  if (p.ctx.doc.format == "html") remove_header_below(p, i);
}

}  // namespace akhbar::detail
