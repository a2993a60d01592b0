// The segmentation rules, in the order a page reads: title, top matter (dates, bylines), the
// article (lead with its dateline, paragraphs, sub-headings), and the blocks around and inside
// it (read-also, related lists, credits, boilerplate). Each decision is written on its Line.
#include "segmenter/blocks.h"

#include <akhbar/dates.h>

#include <algorithm>
#include <array>

#include "segmenter/detail_text.h"
#include "segmenter/metadata.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {
namespace {

namespace th = threshold;

std::string quoted(const Marker& m) { return "'" + m.text + "' (" + m.origin + ")"; }

// What the rules know about the page besides the lines (with their labels) and the Article's
// fields: where the walk stands (title, deck, lead, closing credit), which rule filled which
// field, and which passes changed anything. The rules share it through this one named state,
// not through flags of their own.
struct PageState {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t title_line = none;        // the line the title was taken from (the walk skips it)
  bool lead_seen = false;               // the first body paragraph has been seen
  std::size_t resume_at = 0;            // where the walk goes on after a byline that took the next line too
  bool deck_only = true;                // every body line so far reads like a headline (a deck, not the lead)
  bool closed = false;                  // a closing credit (source, agency, copyright) followed the article
  int body_lines = 0;                   // body blocks added by the walk (deck lines included)
  int top_lines = 0;                    // body lines before the lead
  std::vector<std::size_t> body_line;   // the line of each body block
  std::array<std::string, 5> evidence;  // the rule that filled each field (index: Walker::Field)
  std::size_t edits = 0;                // lines labelled and fields filled so far
  std::vector<const char*> changed_by;  // the passes that labelled a line or filled a field
};

class Walker {
 public:
  explicit Walker(SegmentContext& ctx) : c_(ctx), lines_(ctx.lines), a_(ctx.article) {}

  // The chain of passes, in the order docs/segmenter.md gives them. Each has a name and reports
  // whether it changed the page (labelled a line, marked a menu or filled a field).
  struct Pass {
    const char* name;
    void (Walker::*run)();
  };
  void run() {
    static constexpr Pass chain[] = {
        {"menus", &Walker::mark_menus},
        {"title", &Walker::pick_title},
        {"walk", &Walker::walk},
        {"echo_teasers", &Walker::echo_teasers},
        {"closing_signature", &Walker::closing_signature},
    };
    for (const Pass& pass : chain) {
      std::size_t before = page_.edits;
      (this->*pass.run)();
      if (page_.edits != before) page_.changed_by.push_back(pass.name);
    }
  }

 private:
  // ----- helpers --------------------------------------------------------------------------
  void label(Line& l, std::string label, std::string rule) {
    ++page_.edits;
    l.label = std::move(label);
    l.rule = std::move(rule);
    l.removed = false;
  }
  // Labels the line "removed:KIND" (its text went to the record's `removed`).
  void label_removed(Line& l, const std::string& kind, std::string rule) {
    label(l, "removed:" + kind, std::move(rule));
    l.removed = true;
  }
  void remove(Line& l, const std::string& kind, const std::string& rule, std::string text = {}) {
    a_.removed.push_back({kind, text.empty() ? l.text : std::move(text)});
    if (l.label.empty() || l.label == "body") label_removed(l, kind, rule);
  }

  // The metadata fields that the rules fill from the text.
  enum class Field { dateline, source, author, published, updated };
  std::optional<std::string>& slot(Field f) {
    switch (f) {
      case Field::dateline:
        return a_.dateline;
      case Field::source:
        return a_.source;
      case Field::author:
        return a_.author;
      case Field::published:
        return a_.published;
      case Field::updated:
        return a_.updated;
    }
    return a_.dateline;  // not reached
  }
  // The one way a rule sets a field: the first rule wins, an empty value sets nothing, and the
  // rule's name is kept as the field's evidence. True when the field took the value.
  bool fill(Field f, std::string value, const char* rule) {
    std::optional<std::string>& s = slot(f);
    if (s || value.empty()) return false;
    s = std::move(value);
    ++page_.edits;
    page_.evidence[static_cast<std::size_t>(f)] = rule;
    return true;
  }
  // A byline's or credit's parts: the place is the dateline, the agency the source, the person the author.
  void fill(const Credit& c, const char* rule) {
    fill(Field::dateline, c.place, rule);
    fill(Field::source, c.agency, rule);
    fill(Field::author, c.person, rule);
  }
  std::size_t next_nonblank(std::size_t i) const {
    while (i < lines_.size() && lines_[i].blank) ++i;
    return i;
  }
  // A one-word label ("كتب", "اقرأ", "المصدر") must be followed by ':' '|' or '-', or make up
  // most of a short line, so that a sentence starting with the same word stays body.
  bool label_ok(const Line& l) const {
    const Marker& m = *l.hit.marker;
    if (m.mode != MatchMode::prefix || m.words > th::label::guarded_max_words) return true;
    std::string_view k = l.key;
    std::size_t p = l.hit.end;
    while (p < k.size() && k[p] == ' ') ++p;
    if (p >= k.size()) return true;
    if (k[p] == ':' || k[p] == '|' || k[p] == '-' || k[p] == '/' || k[p] == '_') return true;
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
        // "على" folds to the name "علي": look for it in the display text.
        std::string_view shown = std::string_view(l.text).substr(0, l.text.find(':'));
        if (shown.find("\xD8\xB9\xD9\x84\xD9\x89 ") != std::string_view::npos) ok = false;
        if (ok) return true;
      }
    }
    // Without punctuation only on a short line; a credit label then needs a name of 2+ words
    // ("بقلم علي محسن" yes, "تقرير خبري" no).
    if (m.kind == MarkerKind::author || m.kind == MarkerKind::source)
      return l.words <= th::label::credit_line_max_words &&
             l.words >= m.words + th::label::credit_name_min_words;
    return l.words <= th::label::bare_line_max_words;
  }
  bool is_date_line(const Line& l) const {
    return !l.blank && read_date_line(l, c_.normalizer, c_.markers, c_.now).has_value();
  }
  std::string display_of(std::string_view s) const {
    std::string d = c_.normalizer.display(s);
    return std::string(trim_chars(d, ""));
  }

  // ----- menus ----------------------------------------------------------------------------
  // A run of five or more very short lines (four words or fewer, no sentence end) is a
  // navigation menu or a tag cloud, not sub-headings: articles put text between headings.
  void mark_menus() {
    std::size_t start = 0, count = 0, joined = 0, words = 0, single = 0, voweled = 0;
    bool introduced = false;
    // Verse is text: short lines that run on with "و...", hemistichs of three or four words with
    // no one-word line among them, or lines written with their vowels (ارتُكبتْ مجازرُ). Menu
    // items do none of these.
    auto close = [&](std::size_t end) {
      bool verse = joined * th::menu::verse_joined_one_in >= count ||
                   (words >= th::menu::verse_hemistich_words * count && single == 0) ||
                   voweled * th::menu::verse_voweled_one_in >= count;
      if (count >= th::menu::min_run && !verse)
        for (std::size_t k = start; k < end; ++k)
          if (!lines_[k].blank) {
            lines_[k].menu = true;
            ++page_.edits;
          }
      count = joined = words = single = voweled = 0;
    };
    auto vowels = [](std::string_view t) {
      int n = 0;
      for (std::size_t i = 0; i < t.size();) {
        char32_t c = next_code_point(t, i);
        if (c >= 0x064B && c <= 0x0652) ++n;
      }
      return n;
    };
    std::size_t blanks = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (l.blank) {
        ++blanks;
        continue;
      }
      // Two blank lines part a menu from what stands above it (a signature, a last heading).
      if (std::exchange(blanks, 0) >= th::menu::parting_blank_lines) close(i);
      // Bulleted short lines, and a list that a line ending in ':' announces, are content. A
      // navigation marker ("الرئيسية", "أخبار") is part of the menu around it, not its end.
      bool nav = l.hit && l.hit.marker->kind == MarkerKind::removed && l.hit.marker->removal == "navigation";
      bool shortline = (nav || !l.hit) && !l.separator && !l.bullet && l.words <= th::menu::item_max_words &&
                       headline_like(l, th::menu::item_max_words);
      if (!shortline) {
        close(i);
        introduced = l.last == ':';
        continue;
      }
      if (introduced) continue;
      if (count == 0) start = i;
      ++count;
      words += static_cast<std::size_t>(l.words);
      if (l.words == 1) ++single;
      if (vowels(l.text) >= th::menu::voweled_min_marks) ++voweled;
      if (starts_with_conjunction(l.text)) ++joined;
    }
    close(lines_.size());
  }

  // ----- title ----------------------------------------------------------------------------
  // "الموضوع: حتى الله يستثني ..." (a forum's topic label): the headline is what follows the
  // label and its colon. A label without a colon, or with fewer than two words after it, stays.
  // A label cut off a title line goes to `removed` (kind "marker"), so the record stays lossless.
  std::string without_title_label(const std::string& t, bool from_line) {
    const Marker* m = markers().title_label(fold_key(c_.normalizer.search(t)));
    if (!m) return t;
    std::string_view rest = after_words(t, m->words);
    std::string_view head = std::string_view(t).substr(0, t.size() - rest.size());
    if (head.find(':') == std::string_view::npos || count_words(rest) < th::title::label_min_rest_words)
      return t;
    if (from_line) a_.removed.push_back({"marker", std::string(trim_chars(head, ""))});
    return std::string(rest);
  }

  void pick_title() {
    const Document& doc = c_.doc;
    bool body_arabic = has_arabic(doc.text);
    if (doc.title) {
      std::string t = display_of(*doc.title);
      if (!t.empty() && (has_arabic(t) || !body_arabic)) {
        a_.title = without_title_label(t, false);
        // A body that repeats the title on its first line.
        std::size_t i = next_nonblank(0);
        if (i < lines_.size() && lines_[i].key == fold_key(c_.normalizer.search(t))) {
          a_.removed.push_back({"title", lines_[i].text});
          label_removed(lines_[i], "title", "repeats the input's title field");
          lines_[i].blank = true;  // handled
          page_.title_line = i;
        }
      } else if (!t.empty()) {
        a_.warnings.push_back({kind::input_title_ignored, "ignored the input's title field \"" + t +
                                                              "\": it is not an Arabic headline"});
      }
      return;
    }
    std::size_t i = next_nonblank(0);
    // A scraped page may open with its menu; the headline is the first line after it (and not
    // a longer item inside the menu).
    bool after_menu = false;
    for (; i < lines_.size() && lines_[i].menu; i = next_nonblank(i + 1)) after_menu = true;
    // A date line may sit above the headline ("2012-03-08 (علوم)" then the title).
    for (int skipped = 0;
         skipped < th::title::max_date_lines_above && i < lines_.size() && is_date_line(lines_[i]); ++skipped)
      i = next_nonblank(i + 1);
    if (i >= lines_.size()) return;
    Line& l = lines_[i];
    // A marker opening the line rules it out only when it reads as that marker: "شاهد.. اللحظات
    // الأولى لانفجار سيناء" and "تقرير: صندوق النقد يطالب بضمانات ..." are headlines.
    bool marker_line = l.hit && label_ok(l);
    if (marker_line && l.hit.marker->kind == MarkerKind::author) {
      std::string_view value = after_words(l.text, l.hit.marker->words);
      std::size_t colon = value.find(':');
      bool named = colon != std::string_view::npos &&
                   count_words(value.substr(0, colon)) <= th::title::author_name_max_words;
      if (!named && count_words(value) > th::title::author_value_max_words) marker_line = false;
    }
    if (marker_line || l.separator || l.bullet || l.menu || !headline_like(l, th::line::headline_max_words) ||
        l.words < th::title::min_words)
      return;
    // A long line that opens with a lone "و" ("و معنا أيضا الأستاذ صفاء العتابي، ...") goes on from
    // something before it: a sentence, not a headline.
    if (l.words > th::title::lone_waw_max_words && l.text.rfind("\xD9\x88 ", 0) == 0) return;
    if (markers().agency(l.key) || is_date_line(l) || opening_byline(l)) return;
    std::size_t j = next_nonblank(i + 1);
    if (j >= lines_.size()) return;  // a lone line is the text, not a title
    // After a menu, a headline is followed by its date, byline or lead, not by more short items.
    if (after_menu && (lines_[j].menu || (lines_[j].words <= th::title::after_menu_item_max_words &&
                                          !lines_[j].hit && !is_date_line(lines_[j]))))
      return;
    if (overline(i, j)) return;
    a_.title = without_title_label(l.text, true);
    label(l, "title", "first line, headline-like (" + std::to_string(l.words) + " words, no final period)");
    page_.title_line = i;
  }

  // "الرباط - هسبريس", "لندن: «الشرق الأوسط»", "مسقط- الرؤية", "الرؤية - شريف صلاح", "غزة - أسامة
  // أبو عيطة": a byline opening the text, not its headline (the walk reads it). One part is a
  // known place or outlet as a whole, the other one too, a person's name or a single word; after
  // a colon the place or outlet comes first, since "فوزية الحربي: شوارع الرياض تختنق" and "غزة:
  // قصف مستمر" are headlines.
  bool opening_byline(const Line& l) const {
    if (l.words > th::title::opening_byline_max_words || has_digit(l.text)) return false;
    auto b = split_byline(l.text);
    if (!b || b->parts.size() != 2) return false;
    enum Kind { anchor, name, word, other };
    auto kind = [&](std::string_view part) {
      std::string key = fold_key(c_.normalizer.search(part));
      if (markers().agency(key) || markers().place(key)) return anchor;
      if (count_words(part) <= th::title::opening_byline_name_max_words && markers().opens_with_name(key))
        return name;
      if (count_words(part) == 1 && !function_word(key)) return word;
      return other;
    };
    Kind k0 = kind(b->parts[0]), k1 = kind(b->parts[1]);
    if (b->colon) return k0 == anchor && k1 != other;
    return (k0 == anchor && k1 != other) || (k1 == anchor && k0 != other);
  }

  // "قضايا ثقافية" / "في اجتماعه الأول" / "منال محمد الكندي" above "المجلس الاستشاري للغة العربية
  // يناقش استراتيجية عمله": a rubric, an overline or the writer's name (at most 4 words) over a
  // longer headline. The longer line is the title; a name is the author, the rest is removed.
  bool overline(std::size_t i, std::size_t j) {
    Line& l = lines_[i];
    Line& h = lines_[j];
    if (l.words > th::title::overline_max_words || h.hit || h.bullet || h.menu || h.separator ||
        !headline_like(h, th::line::headline_max_words))
      return false;
    if (h.words < l.words + th::title::overline_min_extra_words || is_date_line(h) || markers().agency(h.key))
      return false;
    // One headline broken over two lines: an open quote, or a second line going on with "و".
    auto opens = [](std::string_view t, std::string_view open, std::string_view close) {
      std::size_t a = 0, b = 0;
      for (std::size_t p = t.find(open); p != std::string_view::npos; p = t.find(open, p + 1)) ++a;
      for (std::size_t p = t.find(close); p != std::string_view::npos; p = t.find(close, p + 1)) ++b;
      return a > b;
    };
    if (opens(l.text, "\xC2\xAB", "\xC2\xBB") || opens(l.text, "(", ")") || starts_with_conjunction(h.text))
      return false;
    // The second line must not be a byline or a name itself ("يوم الحسم" over "الثورة /محمد النظاري -").
    if (h.words <= th::title::under_byline_max_words && !has_digit(h.text) && split_byline(h.text) &&
        read_credit(h.text, markers(), c_.normalizer, true))
      return false;
    if (key_words(h.key).size() <= th::title::under_name_max_words && markers().opens_with_name(h.key))
      return false;
    // "محمد ولد حمدو: كاتب وصحفي موريتاني": a name, then what the writer is.
    if (std::size_t colon = h.key.find(':');
        colon != std::string::npos &&
        count_words(h.key.substr(0, colon)) <= th::title::under_name_colon_max_words &&
        markers().opens_with_name(h.key))
      return false;
    // Nor a line that other rules read: a dated byline or syndication line, a breadcrumb.
    if (breadcrumb(h) || (has_digit(h.text) && find_date(h.text, c_.now))) return false;
    if (h.text.find("\xD9\x86\xD8\xB4\xD8\xB1 \xD9\x81\xD9\x8A ") != std::string::npos)
      return false;  // "نشر في"

    // Text must follow the headline (a date line, a byline or a paragraph), not another headline.
    std::size_t k = next_nonblank(j + 1);
    if (k >= lines_.size() ||
        (headline_like(lines_[k], th::line::headline_max_words) && !lines_[k].hit &&
         !is_date_line(lines_[k]) && lines_[k].words >= th::title::next_headline_min_words))
      return false;
    std::vector<std::string> words = key_words(l.key);
    bool person = markers().opens_with_name(l.key) && !has_digit(l.text) &&
                  words.size() >= static_cast<std::size_t>(th::person::min_words) &&
                  l.text.find("..") == std::string::npos &&
                  l.text.find_first_of("\"'!") == std::string::npos && !mentions_word(h.key, words.back());
    for (const auto& w : words) person = person && !function_word(w);
    // "النبأ - حسام العطيفي" over the headline: a byline.
    std::optional<Credit> credit;
    if (!has_digit(l.text) && split_byline(l.text))
      credit = read_credit(l.text, markers(), c_.normalizer, true);
    if (credit) {
      fill(*credit, "overline");
      a_.removed.push_back({"byline", l.text});
      label_removed(l, "byline", "short 'place: name' line above the headline");
    } else if (person) {
      fill(Field::author, std::string(trim_chars(l.text, "-*:/_()|")), "overline");
      a_.removed.push_back({"author", l.text});
      label_removed(l, "author", "a person's name above the headline");
    } else {
      a_.removed.push_back({"headline", l.text});
      label_removed(l, "headline", "a short rubric or overline above a longer headline");
    }
    l.blank = true;  // handled
    a_.title = without_title_label(h.text, true);
    label(h, "title",
          "headline under a " +
              std::string(credit   ? "byline"
                          : person ? "name"
                                   : "rubric") +
              " line (" + std::to_string(h.words) + " words, no final period)");
    page_.title_line = j;
    return true;
  }

  static bool has_digit(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
      if (digit_value(next_code_point(s, i)) >= 0) return true;
    return false;
  }

  // The words of a key (letters and digits only).
  static std::vector<std::string> key_words(std::string_view key) {
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
  static bool mentions_word(std::string_view key, std::string_view word) {
    for (std::size_t pos = key.find(word); pos != std::string_view::npos; pos = key.find(word, pos + 1)) {
      if (!word_boundary(key, pos + word.size())) continue;
      if (pos == 0 || key[pos - 1] == ' ') return true;
      // One Arabic letter (2 bytes) glued in front, itself at a word start.
      if (pos >= 2 && (pos == 2 || !is_word_char_before(key, pos - 2))) return true;
    }
    return false;
  }
  static bool is_word_char_before(std::string_view key, std::size_t pos) {
    if (pos == 0) return false;
    std::size_t s = pos - 1;
    while (s > 0 && (static_cast<unsigned char>(key[s]) & 0xC0) == 0x80) --s;
    return is_word_char(next_code_point(key, s));
  }

  // Prepositions, conjunctions and particles: a line holding one is a phrase, not a name.
  bool function_word(std::string_view w) const { return markers().in_list(MarkerKind::function_word, w); }

  // Letters (code points) of a key word, not its bytes: "علي" is 3, as "Ali" is.
  static std::size_t letter_count(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return n;
  }

  static bool has_letters(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
      if (is_word_char(next_code_point(s, i))) return true;
    return false;
  }

  static bool has_arabic(std::string_view s) {
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

  const MarkerSet& markers() const { return c_.markers; }

  // ----- the walk -------------------------------------------------------------------------
  void walk() {
    for (std::size_t i = 0; i < lines_.size();) i = step(i);
  }

  std::size_t step(std::size_t i) {
    Line& l = lines_[i];
    if (l.blank || i == page_.title_line) {
      if (l.label.empty()) label(l, "blank", "");
      return i + 1;
    }
    if (l.separator) {
      remove(l, "separator", "a rule line with no letters");
      return i + 1;
    }
    cut_tail(l);
    if (l.blank) return i + 1;
    if (l.hit) {
      const Marker& m = *l.hit.marker;
      switch (m.kind) {
        case MarkerKind::read_also:
          if (label_ok(l)) return read_also(i);
          break;
        case MarkerKind::related:
          if (label_ok(l) && (headline_like(l, th::items::related_max_words) ||
                              l.words <= m.words + th::items::related_marker_extra_words))
            return related(i);
          break;
        case MarkerKind::source:
        case MarkerKind::author:
          if (label_ok(l)) {
            if (std::size_t n = credit(i); n) return n;
          }
          break;
        case MarkerKind::published:
        case MarkerKind::updated:
          break;  // date lines are read below
        case MarkerKind::removed:
          if (removal_ok(l)) {
            remove(l, m.removal, "marker " + m.removal + " " + quoted(m));
            if (m.removal == "copyright" || m.removal == "tags" || m.removal == "share")
              page_.closed = page_.lead_seen;
            return i + 1;
          }
          break;
        case MarkerKind::agency:
        case MarkerKind::place:
        case MarkerKind::name:
        case MarkerKind::title_label:
        case MarkerKind::function_word:
        case MarkerKind::connective:
        case MarkerKind::author_verb:
        case MarkerKind::date_preposition:
        case MarkerKind::date_label:
        case MarkerKind::date_label_weak:
        case MarkerKind::date_event:
        case MarkerKind::date_update:
          break;  // word lists, never a line's marker
      }
    }
    if (auto d = date_line(l)) return i + 1;
    if (breadcrumb(l)) {
      remove(l, "navigation", "a breadcrumb trail (3+ short parts between '>', '›' or '»')");
      return i + 1;
    }
    if (l.menu) {
      remove(l, "navigation", "one of a run of 5+ very short lines (a menu)");
      return i + 1;
    }
    if (markers().agency(l.key) && l.words <= th::top::agency_line_max_words) {
      fill(Field::source, std::string(trim_chars(l.text, "()-*[]")), "agency_line");
      remove(l, "source", "a bare agency credit line");
      page_.closed = page_.lead_seen;
      return i + 1;
    }
    if (page_.lead_seen && agencies_line(l)) return i + 1;
    if (page_.lead_seen && initials_line(l)) {
      remove(l, "footer", "editors' initials signing off the text (\"م.ل/و.أ\")");
      return i + 1;
    }
    // Bylines sit above the lead, under the title and at most two deck lines (sub-headlines
    // without a final period: "عقب دعوة الأمين العام ..." then "لندن: «الشرق الأوسط»").
    if (page_.deck_only && page_.body_lines <= th::top::max_deck_lines &&
        page_.top_lines < th::top::max_top_lines && (byline(l) || person_line(i))) {
      page_.lead_seen = false;  // the deck was not the lead: the next paragraph may open with a dateline
      return std::max(i + 1, page_.resume_at);
    }
    if (contact_line(l)) return i + 1;
    if (syndication_line(l)) return i + 1;
    if (!page_.lead_seen) ++page_.top_lines;
    body(i);
    return i + 1;
  }

  bool removal_ok(const Line& l) const {
    const Marker& m = *l.hit.marker;
    if (m.mode == MatchMode::prefix && m.words <= th::label::removal_short_max_words &&
        l.words > th::label::removal_line_max_words)
      return false;
    return label_ok(l);
  }

  // "... تابع الجزيرة نت على:" glued to the end of a paragraph.
  void cut_tail(Line& l) {
    // Tails end the line with ':' ("تابع الجزيرة نت على:") or are its last words.
    if (l.last != ':' && l.words > th::after::tail_line_max_words) return;
    MarkerHit t = markers().match_tail(l.key);
    if (!t) return;
    bool whole_rest = t.end >= l.key.size();
    if (!whole_rest && !(l.last == ':' || l.last == 0xFF1A)) return;
    int tail_words = count_words(std::string_view(l.key).substr(t.begin));
    // The same number of words from the end of the display text (trailing punctuation-only words skipped).
    std::string_view text = l.text;
    std::size_t pos = text.size();
    int seen = 0;
    while (pos > 0 && seen < tail_words) {
      std::size_t end = pos;
      while (pos > 0 && text[pos - 1] != ' ') --pos;
      std::string_view w = text.substr(pos, end - pos);
      if (!trim_chars(w, ".,:;!?|-*\"'()").empty()) ++seen;
      while (pos > 0 && text[pos - 1] == ' ') --pos;
    }
    std::string tail(trim_chars(text.substr(pos), ""));
    std::string head(trim_chars(text.substr(0, pos), ""));
    const Marker& m = *t.marker;
    if (head.empty()) {
      a_.removed.push_back({m.removal, tail});
      label_removed(l, m.removal, "tail marker " + quoted(m));
      l.blank = true;
      return;
    }
    a_.removed.push_back({m.removal, tail});
    l.rule = "cut tail '" + tail + "' by marker " + quoted(m) + "; ";
    l.text = head;
    l.words = count_words(head);
    l.key = fold_key(c_.normalizer.search(head));
    l.hit = markers().match_line(l.key, l.words);
    std::size_t s = head.size() - 1;
    while (s > 0 && (static_cast<unsigned char>(head[s]) & 0xC0) == 0x80) --s;
    l.last = next_code_point(head, s);
  }

  std::optional<DateLine> date_line(Line& l) {
    auto d = read_date_line(l, c_.normalizer, c_.markers, c_.now);
    if (!d) {
      // A bare label ("تاريخ النشر:") whose date sits on the next line.
      if (l.hit &&
          (l.hit.marker->kind == MarkerKind::published || l.hit.marker->kind == MarkerKind::updated) &&
          l.words <= l.hit.marker->words + th::label::date_label_extra_words && label_ok(l) &&
          l.hit.marker->words >= th::label::date_label_min_words) {
        remove(l, "date", "date label " + quoted(*l.hit.marker));
        return DateLine{};
      }
      return std::nullopt;
    }
    std::string rule = "date line";
    if (d->published) {
      fill(Field::published, *d->published, "date_line");
      rule += " published=" + *d->published;
    }
    if (d->updated) {
      fill(Field::updated, *d->updated, "date_line");
      rule += " updated=" + *d->updated;
    }
    if (d->relative_unresolved) {
      a_.warnings.push_back({kind::relative_date, "line " + std::to_string(l.no) + ": relative date \"" +
                                                      l.text +
                                                      "\" left unresolved (no --now and no capture time)"});
      rule += " (relative, unresolved)";
    }
    if (!page_.lead_seen) {
      if (auto in = lead_in_before_day(l)) {
        if (fill(in->person ? Field::author : Field::source, in->text, "date_line_lead_in"))
          rule += (in->person ? " author=" : " source=") + in->text;
      }
    }
    // A byline sharing the line with the date ("الأحد 16 سبتمبر 2012الجزائر: حميد عبد القادر",
    // "الدوحة - علاء الدين قريعة | 2012-07-11") gives dateline, author and source.
    for (const auto& piece : d->rest) {
      if (has_digit(piece) || !split_byline(piece)) continue;
      auto c = read_credit(piece, markers(), c_.normalizer, true);
      if (!c) continue;
      fill(*c, "date_line_byline");
      rule += " byline '" + piece + "'";
    }
    remove(l, "date", rule);
    return d;
  }

  // "الطريق     الاربعاء 6 حزيران (يونيو) 2012", "الشرق الاوسط الجمعة 16 شعبان ...": one to three
  // words before the day name of a date line above the lead name the newspaper. Not when they
  // hold a digit, a colon ("حاورته :فلان الأحد ..."), a function word ("الصباح تونس في يوم
  // الإثنين") or a place (a dateline). Two to four words that open with a given name, before the
  // day name or before يوم ("محمد محمود احمد يوم الاصدار: 2020-07-2"), are the writer.
  struct LeadIn {
    std::string text;
    bool person = false;
  };
  std::optional<LeadIn> lead_in_before_day(const Line& l) const {
    static const std::string day_word = "\xD9\x8A\xD9\x88\xD9\x85";  // يوم ("يوم الاصدار: ...")
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
    for (; k < tokens.size() && k < th::top::lead_in_max_tokens; ++k) {
      std::string key = fold_key(c_.normalizer.search(tokens[k]));
      day = is_weekday(key);
      if (day || key == day_word) break;  // a day name, or يوم
      if (key.empty() || has_digit(tokens[k]) || tokens[k].find(':') != std::string::npos ||
          markers().in_list(MarkerKind::date_preposition, key))
        return std::nullopt;
    }
    if (k == 0 || k >= tokens.size()) return std::nullopt;
    std::string name;
    for (std::size_t w = 0; w < k; ++w) name += (w ? " " : "") + tokens[w];
    name = std::string(trim_chars(name, "-|,*()"));
    std::string key = fold_key(c_.normalizer.search(name));
    if (key.empty() || markers().mentions_place(key)) return std::nullopt;
    if (markers().opens_with_name(key)) {
      if (k < th::top::lead_in_person_min_words || k > th::top::lead_in_person_max_words) return std::nullopt;
      return LeadIn{name, true};
    }
    if (!day || k > th::top::lead_in_outlet_max_words) return std::nullopt;
    return LeadIn{name, false};
  }

  // "المصدر: X", "بقلم: X"; returns the next line index, or 0 when the line is not a credit.
  std::size_t credit(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    bool is_source = m.kind == MarkerKind::source;
    std::string value(after_words(l.text, m.words));
    std::size_t next = i + 1;
    if (value.empty()) {
      std::size_t j = next_nonblank(i + 1);
      if (j < lines_.size() && !lines_[j].hit && lines_[j].words <= th::top::credit_next_line_max_words &&
          headline_like(lines_[j])) {
        value = lines_[j].text;
        remove(lines_[j], is_source ? "source" : "author",
               "value of the label on line " + std::to_string(l.no));
        next = j + 1;
      }
    }
    if (count_words(value) > th::top::credit_value_max_words) return 0;
    if (auto c = read_credit(value, markers(), c_.normalizer, false); c && !value.empty()) {
      fill(Field::dateline, c->place, "credit_label");
      std::string who = is_source ? (c->agency.empty() ? c->person : c->agency)
                                  : (c->person.empty() ? c->agency : c->person);
      if (!who.empty()) value = who;
    }
    value = std::string(trim_chars(value, "-*()"));
    fill(is_source ? Field::source : Field::author, value, "credit_label");
    remove(l, is_source ? "source" : "author",
           std::string(is_source ? "source" : "author") + " label " + quoted(m));
    if (is_source) page_.closed = page_.lead_seen;
    return next;
  }

  // "القاهرة: وليد عقيلة", "عين اليوم – جدة", "دبي - البيان" above the lead.
  bool byline(Line& l) {
    if (l.words > th::top::byline_max_words || !headline_like(l, th::top::byline_max_words) || l.bullet)
      return false;
    if (has_digit(l.text)) return dated_byline(l);
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
      bool place = markers().place(fold_key(c_.normalizer.search(text)));
      bool known = agency.empty() || markers().agency(fold_key(c_.normalizer.search(agency)));
      if (place && known) {
        fill(Field::dateline, text, "byline");
        fill(Field::source, agency, "byline");
        remove(l, "byline", "a dateline alone on its line above the lead");
        return true;
      }
    }
    if (split_byline(l.text)) {
      c = read_credit(l.text, markers(), c_.normalizer, true);
    } else if (l.words <= th::top::glued_byline_max_words) {
      // "دمشق-سانا": a hyphen with no spaces splits only a known place from a known agency.
      std::size_t dash = l.text.find('-');
      if (dash == std::string::npos || l.text.find('-', dash + 1) != std::string::npos) return false;
      std::string a(trim_chars(std::string_view(l.text).substr(0, dash), "")),
          b(trim_chars(l.text.substr(dash + 1), ""));
      std::string ka = fold_key(c_.normalizer.search(a)), kb = fold_key(c_.normalizer.search(b));
      if (markers().place(ka) && markers().agency(kb))
        c = Credit{a, b, ""};
      else if (markers().agency(ka) && markers().place(kb))
        c = Credit{b, a, ""};
    }
    if (!c) return false;
    agency_not_person(*c, static_cast<std::size_t>(&l - lines_.data()));
    fill(*c, "byline");
    remove(l, "byline", "short 'place: name' line above the lead");
    return true;
  }

  // "القاهرة: وكالة الأنباء ..." names an outlet, not a writer: a byline's person part that
  // opens with the word وكالة ("agency") is the source. When the name breaks right after that
  // word ("القاهرة: وكالة" / "الصحافة العربية"), a short line before the lead completes it.
  void agency_not_person(Credit& c, std::size_t i) {
    if (c.person.empty() || !c.agency.empty()) return;
    const std::string word = "\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD9\x87";  // وكاله (search form of وكالة)
    std::string key = fold_key(c_.normalizer.search(c.person));
    if (key != word && key.rfind(word + " ", 0) != 0) return;
    c.agency = std::move(c.person);
    c.person.clear();
    if (key != word) return;
    std::size_t n = next_nonblank(i + 1);
    if (n >= lines_.size()) return;
    Line& next = lines_[n];
    if (next.hit || next.bullet || next.words > th::top::agency_rest_max_words ||
        !headline_like(next, th::top::agency_rest_max_words) || has_digit(next.text))
      return;
    std::size_t lead = next_nonblank(n + 1);
    if (lead >= lines_.size() || headline_like(lines_[lead], th::lead::heading_max_words))
      return;  // the lead must follow
    c.agency += " " + std::string(trim_chars(next.text, "-*()"));
    for (std::size_t b = i + 1; b < n; ++b)
      if (lines_[b].label.empty()) label(lines_[b], "blank", "");
    remove(next, "byline", "the rest of an agency name broken over two lines");
    page_.resume_at = n + 1;
  }

  // A person's name alone on a line above the lead: a columnist's or reporter's byline
  // ("فوزية الحربي", "د. نعيم أسعد الصفدي"). It must open with a given name or honorific, or be
  // the "NAME:" that opens the title (a column's headline), hold no function word or digit, and
  // be followed by a paragraph. A name that the title or the text goes on to mention is the
  // story's subject (a photo caption such as "كريم بوضيف" over a story about him), not its author.
  bool person_line(std::size_t i) {
    Line& l = lines_[i];
    if (l.hit || l.bullet || l.words < th::person::min_words || l.words > th::person::max_words ||
        !headline_like(l, th::person::max_words) || has_digit(l.text))
      return false;
    if (l.last == '?' || l.last == 0x061F || l.last == '!') return false;
    // A name carries no quotes and no ".." ("محمد البريكي.. خطط طموحة" is a headline).
    if (l.text.find("..") != std::string::npos || l.text.find_first_of("\"'") != std::string::npos ||
        l.text.find("\xC2\xAB") != std::string::npos || l.text.find("\xE2\x80\x9C") != std::string::npos)
      return false;
    std::size_t n = next_nonblank(i + 1);
    while (n < lines_.size() && is_date_line(lines_[n])) n = next_nonblank(n + 1);
    if (n >= lines_.size() || headline_like(lines_[n], th::lead::heading_max_words)) return false;
    std::string name(trim_chars(l.text, "-*:/_()|"));
    // "ياسر باعامر-جدة", "سلوى المدني عين اليوم": a place or an outlet glued after the name.
    std::string place, outlet;
    auto split_off = [&](std::size_t at, std::size_t rest) {
      std::string tail(trim_chars(std::string_view(name).substr(rest), "-*:/_()|"));
      std::string head(trim_chars(std::string_view(name).substr(0, at), "-*:/_()|"));
      if (tail.empty() || count_words(head) < th::person::min_words) return false;
      std::string key = fold_key(c_.normalizer.search(tail));
      if (markers().agency(key))
        outlet = tail;
      else if (markers().place(key))
        place = tail;
      else
        return false;
      name = head;
      return true;
    };
    bool split = false;
    if (std::size_t dash = name.rfind('-'); dash != std::string::npos) split = split_off(dash, dash + 1);
    for (std::size_t sp = name.find(' '); !split && sp != std::string::npos; sp = name.find(' ', sp + 1))
      split = split_off(sp, sp + 1);
    std::string key = fold_key(c_.normalizer.search(name));
    std::vector<std::string> words = key_words(key);
    if (words.size() < static_cast<std::size_t>(th::person::min_words)) return false;
    for (const auto& w : words)
      if (function_word(w)) return false;
    std::string title_key = a_.title ? fold_key(c_.normalizer.search(*a_.title)) : std::string();
    bool signs_title = !title_key.empty() && title_key.size() > key.size() &&
                       title_key.compare(0, key.size(), key) == 0 &&
                       title_key.find(':', key.size()) == title_key.find_first_not_of(' ', key.size());
    if (!signs_title && !markers().opens_with_name(key)) return false;
    if (!signs_title) {
      // The surname (the last word) named again: the subject of the story.
      const std::string& surname = words.back();
      if (letter_count(surname) < th::person::surname_min_letters || mentions_word(title_key, surname))
        return false;
      for (std::size_t k = n; k < lines_.size(); ++k)
        if (!lines_[k].blank && mentions_word(lines_[k].key, surname)) return false;
    }
    fill(Credit{place, outlet, name}, "person_line");
    remove(l, "author",
           signs_title ? "a person's name above the lead, the 'NAME:' that opens the title (a column)"
                       : "a person's name above the lead (opens with a given name or title; not named in "
                         "the text)");
    return true;
  }

  // "منزل>المنتجات>المحامل>المحامل 535/532A": three or more short parts joined by '>', '›' or
  // '»' (a title such as "يافع نيوز » صحيفة العرب: ..." has one).
  static bool breadcrumb(const Line& l) {
    if (l.words > th::after::breadcrumb_max_words) return false;
    int parts = 1, words = 0, letters = 0;
    std::string_view t = l.text;
    bool quotes = t.find("\xC2\xAB") != std::string_view::npos;
    for (std::size_t i = 0; i < t.size();) {
      std::size_t start = i;
      char32_t c = next_code_point(t, i);
      // '»' closes a quote when the line opens one with '«'.
      if (c == '>' || c == 0x203A || (c == 0x00BB && !quotes)) {
        if (letters == 0 || words > th::after::breadcrumb_part_max_words) return false;
        ++parts;
        words = letters = 0;
        continue;
      }
      if (c == ' ') continue;
      if (is_word_char(c)) {
        if (letters == 0 || (start > 0 && t[start - 1] == ' ')) ++words;
        ++letters;
      }
    }
    return parts >= th::after::breadcrumb_min_parts && letters > 0 &&
           words <= th::after::breadcrumb_part_max_words;
  }

  // WAFA's "رام الله 20-5-2012 وفا- أطلق ...": a known place, a date and a known agency before
  // a dash open the lead. The date is the publication date; the place is the dateline.
  bool dated_dateline(std::string& text, std::string& rule, bool whole_line = false) {
    std::size_t limit = 0;
    for (int w = 0; w < th::lead::dated_dateline_head_words && limit != std::string::npos; ++w)
      limit = text.find(' ', limit + 1);
    std::string_view head = std::string_view(text).substr(0, limit);
    auto date = find_date(head, c_.now);
    if (!date || date->begin == 0) return false;
    // The agency and its dash right after the date.
    std::size_t dash = std::string::npos;
    for (std::size_t i = date->end; i < head.size();) {
      std::size_t k = i;
      char32_t c = next_code_point(head, k);
      if (c == '-' || c == 0x2013 || c == 0x2014) {
        dash = i;
        break;
      }
      i = k;
    }
    if (dash == std::string::npos) return false;
    std::string place(trim_chars(head.substr(0, date->begin), ",-"));
    std::string agency(trim_chars(head.substr(date->end, dash - date->end), ",-"));
    if (!markers().place(fold_key(c_.normalizer.search(place))) ||
        !markers().agency(fold_key(c_.normalizer.search(agency))))
      return false;
    std::size_t rest_at = dash;
    next_code_point(text, rest_at);
    std::string rest(trim_chars(std::string_view(text).substr(rest_at), ""));
    if (!whole_line && count_words(rest) < th::lead::dateline_min_rest_words) return false;
    std::string fragment(trim_chars(std::string_view(text).substr(0, rest_at), ""));
    fill(Field::dateline, place, "dated_dateline");
    fill(Field::source, agency, "dated_dateline");
    fill(Field::published, date->iso, "dated_dateline");
    a_.removed.push_back({"dateline", fragment});
    rule += "dateline '" + fragment + "' cut (place, date, agency); ";
    text = rest;
    return true;
  }

  // "رام الله 4-7-2012 وفا- يزن طه" alone on its line: place, date, agency, and the reporter.
  bool dated_byline(Line& l) {
    std::string text = l.text + " ";
    std::string rule;
    auto before = a_;
    auto before_evidence = page_.evidence;
    if (!dated_dateline(text, rule, true)) return false;
    std::string person(trim_chars(text, "-/*"));
    if (!person.empty()) {
      if (count_words(person) > th::top::dated_byline_person_max_words ||
          !markers().opens_with_name(fold_key(c_.normalizer.search(person)))) {
        a_ = std::move(before);  // not a byline after all
        page_.evidence = std::move(before_evidence);
        return false;
      }
      fill(Field::author, person, "dated_byline");
    }
    a_.removed.pop_back();  // the whole line goes to removed below
    remove(l, "byline", "a 'place date agency- name' line above the lead");
    return true;
  }

  // "فرانس24/ أ ف ب": a credit line made only of agencies.
  bool agencies_line(Line& l) {
    if (l.words > th::after::agencies_line_max_words) return false;
    auto b = split_byline(l.text);
    if (!b) return false;
    for (const auto& part : b->parts)
      if (!markers().agency(fold_key(c_.normalizer.search(part)))) return false;
    fill(Field::source, b->parts.front(), "agencies_line");
    remove(l, "source", "a credit line of agencies only");
    page_.closed = true;
    return true;
  }

  // "م.ل/و.أ", "خ.خ", "ز. ش/ا.ف": editors' initials under a wire story. Every run of letters is
  // one or two letters long, joined by '.', '/' or spaces, and there are two to six of them.
  static bool initials_line(const Line& l) {
    if (l.words > th::after::initials_max_words || l.text.size() > th::after::initials_max_bytes)
      return false;
    int runs = 0, letters = 0;
    bool dot = false;
    for (std::size_t i = 0; i <= l.text.size();) {
      char32_t c = i < l.text.size() ? next_code_point(l.text, i) : (++i, U' ');
      if (is_arabic_letter(c)) {
        ++letters;
        continue;
      }
      if (letters > 0) {
        if (letters > th::after::initials_run_max_letters) return false;
        ++runs;
        letters = 0;
      }
      if (c == '.')
        dot = true;
      else if (c != '/' && c != ' ')
        return false;
    }
    return dot && runs >= th::after::initials_min_runs && runs <= th::after::initials_max_runs;
  }

  // A person's name closing the text ("شكري بن منصور"): the writer's signature. The same tests
  // as a name above the lead: a given name or honorific first, no function word, and a surname
  // that the title and the text do not mention.
  void closing_signature() {
    if (page_.body_line.size() < 2) return;  // a text and its signature
    std::size_t i = page_.body_line.back();
    for (std::size_t k = i + 1; k < lines_.size(); ++k)
      if (!lines_[k].blank && !lines_[k].label.empty() && !lines_[k].removed) return;
    Line& l = lines_[i];
    if (l.hit || l.bullet || l.words < th::person::min_words || l.words > th::person::max_words ||
        !headline_like(l, th::person::max_words) || has_digit(l.text))
      return;
    if (l.text.find_first_of("\"'()") != std::string::npos || l.text.find("..") != std::string::npos) return;
    std::vector<std::string> words = key_words(l.key);
    if (words.size() < static_cast<std::size_t>(th::person::min_words) || !markers().opens_with_name(l.key))
      return;
    for (const auto& w : words)
      if (function_word(w)) return;
    const std::string& surname = words.back();
    if (letter_count(surname) < th::person::surname_min_letters) return;
    if (a_.title && mentions_word(fold_key(c_.normalizer.search(*a_.title)), surname)) return;
    for (std::size_t k = 0; k < i; ++k)
      if (!lines_[k].blank && mentions_word(lines_[k].key, surname)) return;
    fill(Field::author, std::string(trim_chars(l.text, "-*:/_()|")), "closing_signature");
    a_.body.pop_back();
    page_.body_line.pop_back();
    a_.removed.push_back({"author", l.text});
    label_removed(
        l, "author",
        "a person's name closing the text (a signature; opens with a given name, not named in the text)");
  }

  // A line that is only an e-mail address or a handle ("sherif.kandil@al-madina.com",
  // "osama4855@"): the writer's contact, under or above the article.
  bool contact_line(Line& l) {
    if (l.words != 1 || l.text.find('@') == std::string::npos || has_arabic(l.text)) return false;
    for (char ch : l.text)
      if (ch == ' ' || ch == '\t') return false;
    remove(l, "footer", "a lone e-mail address or handle (the writer's contact)");
    return true;
  }

  // "Xنشر في SOURCE يوم 10 - 09 - 2012": an aggregator's syndication line (the original
  // outlet and the publication date, often glued to the author's name in front).
  bool syndication_line(Line& l) {
    if (l.words > th::after::syndication_max_words || !has_digit(l.text)) return false;
    static const std::string marker = "\xD9\x86\xD8\xB4\xD8\xB1 \xD9\x81\xD9\x8A ";  // "نشر في "
    static const std::string day = " \xD9\x8A\xD9\x88\xD9\x85 ";                     // " يوم "
    std::size_t at = l.text.find(marker);
    if (at == std::string::npos) return false;
    std::size_t d = l.text.find(day, at + marker.size());
    if (d == std::string::npos) return false;
    std::string source(
        trim_chars(std::string_view(l.text).substr(at + marker.size(), d - at - marker.size()), ""));
    std::string date_text = l.text.substr(d + day.size());
    // "10 - 09 - 2012": the dashes of a numeric date spaced out.
    std::string compact;
    for (std::size_t k = 0; k < date_text.size(); ++k) {
      if (date_text[k] == ' ' && k > 0 && k + 1 < date_text.size() &&
          (date_text[k + 1] == '-' || date_text[k - 1] == '-'))
        continue;
      compact += date_text[k] == '-' ? '/' : date_text[k];
    }
    auto date = find_date(compact, c_.now);
    if (!date || count_words(source) == 0 || count_words(source) > th::after::syndication_name_max_words)
      return false;
    // Nothing but the date may follow.
    if (!trim_chars(std::string_view(compact).substr(date->end), ".,").empty()) return false;
    std::string who(trim_chars(std::string_view(l.text).substr(0, at), "-*:"));
    fill(Field::published, date->iso, "syndication_line");
    fill(Field::source, source, "syndication_line");
    if (!who.empty() && fold_key(c_.normalizer.search(who)) != fold_key(c_.normalizer.search(source)) &&
        count_words(who) <= th::after::syndication_name_max_words)
      fill(Field::author, who, "syndication_line");
    remove(l, "date",
           "syndication line 'نشر في SOURCE يوم DATE' published=" + date->iso + " source=" + source);
    return true;
  }

  void body(std::size_t i) {
    Line& l = lines_[i];
    std::string text = l.text;
    std::string rule = l.rule;
    // "كتب - حسن عبدالنبي:أكد رئيس ...": a byline glued to the lead, ended by ':'.
    if (!page_.lead_seen && l.hit && l.hit.marker->kind == MarkerKind::author && label_ok(l)) {
      std::string_view value = after_words(text, l.hit.marker->words);
      std::size_t colon = value.find(':');
      if (colon != std::string_view::npos) {
        std::string_view name = trim_chars(value.substr(0, colon), "-*/");
        std::string_view rest = trim_chars(value.substr(colon + 1), "");
        int nw = count_words(name);
        if (nw >= 1 && nw <= th::lead::glued_name_max_words &&
            count_words(rest) >= th::lead::glued_rest_min_words && !has_digit(name) &&
            name.find_first_of(".,\"") == std::string_view::npos) {
          fill(Field::author, std::string(name), "glued_byline");
          std::string fragment(trim_chars(std::string_view(text).substr(0, text.size() - rest.size()), ""));
          a_.removed.push_back({"author", fragment});
          rule += "byline '" + fragment + "' cut by marker " + quoted(*l.hit.marker) + "; ";
          text = std::string(rest);
        }
      }
    }
    if (!page_.lead_seen && l.words >= th::lead::dateline_min_lead_words && dated_dateline(text, rule)) {
      // "رام الله 20-5-2012 وفا- ..." handled: place, date and agency cut off the lead.
    } else if (!page_.lead_seen && l.words >= th::lead::dateline_min_lead_words) {
      if (auto d = find_dateline(text, markers(), c_.normalizer)) {
        // Sabq's "فهد كاملي- سبق- الرياض: ...": the place comes after the outlet, ended by ':'.
        std::string place;
        std::size_t colon = d->rest.find(':');
        if (colon != std::string::npos && colon > 0) {
          std::string_view head = trim_chars(std::string_view(d->rest).substr(0, colon), "");
          std::string_view tail = trim_chars(std::string_view(d->rest).substr(colon + 1), "");
          if (count_words(head) <= th::lead::sabq_place_max_words &&
              count_words(tail) >= th::lead::dateline_min_rest_words &&
              markers().place(fold_key(c_.normalizer.search(head)))) {
            place = std::string(head);
            d->fragment += " " + std::string(trim_chars(std::string_view(d->rest).substr(0, colon + 1), ""));
            d->rest = std::string(tail);
          }
        }
        // A person glued to the outlet ("فهد كاملي- سبق") is the author, not part of a dateline.
        std::optional<Credit> c;
        if (split_byline(d->value)) {
          c = read_credit(d->value, markers(), c_.normalizer, true);
          bool named =
              c && !c->person.empty() && markers().opens_with_name(fold_key(c_.normalizer.search(c->person)));
          if (!named && place.empty()) c.reset();
        }
        if (c || !place.empty()) {
          if (c) fill(Field::author, c->person, "dateline");
          if (c) fill(Field::source, c->agency, "dateline");
          if (place.empty() && c) place = c->place;
          if (!c && markers().agency(fold_key(c_.normalizer.search(d->value))))
            fill(Field::source, d->value, "dateline");
          fill(Field::dateline, place, "dateline");
        } else {
          fill(Field::dateline, d->value, "dateline");
        }
        a_.removed.push_back({"dateline", d->fragment});
        rule += "dateline '" + d->fragment + "' cut; ";
        text = d->rest;
      }
    }
    // A sub-heading introduces text: a short line followed by another short line is verse or a
    // list item, and a short last line is a closing remark.
    bool heading =
        !l.bullet && headline_like(l, th::lead::heading_max_words) && l.words <= th::lead::heading_max_words;
    if (heading) {
      std::size_t n = next_nonblank(i + 1);
      heading =
          n < lines_.size() && !(headline_like(lines_[n], th::lead::heading_max_words) && !lines_[n].hit);
    }
    Block::Type type = heading ? Block::Type::heading : Block::Type::paragraph;
    a_.body.push_back({type, text});
    page_.body_line.push_back(i);
    ++page_.body_lines;
    if (!headline_like(l, th::line::headline_max_words)) page_.deck_only = false;
    if (heading) {
      label(l, "heading", rule + "short line without final period (" + std::to_string(l.words) + " words)");
    } else {
      page_.lead_seen = true;
      label(l, "body", rule + (l.bullet ? "list item" : "paragraph"));
    }
  }

  // Items of a block: the rest of the marker line, then headline-like lines (bullets allowed).
  std::size_t collect_items(std::size_t j, std::vector<Link>& out, const std::string& kind, int max_words) {
    for (;;) {
      std::size_t k = next_nonblank(j);
      if (k >= lines_.size()) return k;
      Line& l = lines_[k];
      if (l.hit || l.separator) return k;
      std::string_view item = strip_bullet(l.text);
      bool ok = l.bullet ? count_words(item) <= th::items::bullet_max_words : headline_like(l, max_words);
      // Reported speech ("وأضاف: \"...") continues the article, it is not a headline.
      if (ok && !l.bullet && item.rfind("\xD9\x88", 0) == 0 &&
          (item.find('"') != std::string_view::npos || item.find("\xC2\xAB") != std::string_view::npos))
        ok = false;
      if (!ok || is_date_line(l)) return k;
      out.push_back({std::string(item), std::nullopt, {}});
      label(l, kind, l.bullet ? "list item" : "headline-like line");
      for (std::size_t b = j; b < k; ++b)
        if (lines_[b].label.empty()) label(lines_[b], "blank", "");
      j = k + 1;
    }
  }

  std::size_t read_also(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    std::vector<Link> items;
    std::string rest(after_words(l.text, m.words));
    if (!has_letters(rest)) rest.clear();
    if (!rest.empty()) {
      std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
      a_.removed.push_back({"marker", head});
      items.push_back({rest, std::nullopt, {}});
      label(l, "read_also", "marker " + quoted(m) + " with its item on the line");
    } else {
      remove(l, "marker", "marker " + quoted(m));
    }
    std::size_t j = collect_items(i + 1, items, "read_also", th::items::read_also_max_words);
    // After the article's closing credit, one headline followed by paragraphs is a whole
    // second article carried in the block (the seed's case): its paragraphs are the item's body.
    if (page_.closed && items.size() == 1 && j < lines_.size() && !lines_[j].hit && !lines_[j].separator) {
      for (; j < lines_.size(); ++j) {
        Line& p = lines_[j];
        if (p.blank) {
          if (p.label.empty()) label(p, "blank", "");
          continue;
        }
        if (p.hit && p.hit.marker->kind != MarkerKind::published && p.hit.marker->kind != MarkerKind::updated)
          break;
        if (p.separator) break;
        if (headline_like(p, th::items::carried_headline_max_words) && !p.bullet) {
          remove(p, "headline", "headline-like line inside a carried read-also article (a stray teaser)");
          continue;
        }
        items.back().body.push_back({Block::Type::paragraph, p.text});
        label(p, "read_also:body", "paragraph of the article carried by the read-also block");
      }
    }
    for (auto& it : items) a_.read_also.push_back(std::move(it));
    return j;
  }

  std::size_t related(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    std::vector<Link> items;
    std::string rest(after_words(l.text, m.words));
    if (!has_letters(rest)) rest.clear();
    if (!rest.empty() && m.mode == MatchMode::prefix) {
      std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
      a_.removed.push_back({"marker", head});
      items.push_back({rest, std::nullopt, {}});
      label(l, "related", "marker " + quoted(m) + " with its item on the line");
    } else {
      remove(l, "marker", "marker " + quoted(m));
    }
    std::size_t j = collect_items(i + 1, items, "related", th::items::related_max_words);
    // Teasers with a summary each (not bare headlines) when they run to the end of the page.
    std::size_t tail = 0, end = j;
    bool to_end = true;
    for (std::size_t k = j; k < lines_.size(); ++k) {
      const Line& t = lines_[k];
      if (t.blank) continue;
      bool block =
          t.hit && (t.hit.marker->kind == MarkerKind::read_also ||
                    t.hit.marker->kind == MarkerKind::related || t.hit.marker->kind == MarkerKind::removed);
      // A teaser is a stand-alone headline or lead: a line that goes on from the one before
      // ("ويقول ...", "أما ...") is the article's text after a sub-heading.
      bool continues = starts_with_conjunction(t.text) || opens_with_connective(t.key);
      if (block || t.separator || continues || t.words > th::items::teaser_max_words ||
          ++tail > th::items::teaser_max_lines) {
        to_end = false;
        break;
      }
      end = k + 1;
    }
    if (to_end && tail > 0) {
      for (; j < end; ++j) {
        Line& t = lines_[j];
        if (t.blank) {
          label(t, "blank", "");
          continue;
        }
        items.push_back({std::string(strip_bullet(t.text)), std::nullopt, {}});
        label(t, "related", "teaser with summary in a related block that runs to the end");
      }
    }
    for (auto& it : items) a_.related.push_back(std::move(it));
    page_.closed = page_.lead_seen;
    return j;
  }

  // ----- related teasers that echo the story (CNN's box after the last paragraph) -----------
  void echo_teasers() {
    const std::size_t n = a_.body.size();
    if (n < th::echo::min_body_blocks) return;
    // The trailing run of paragraphs that open without a conjunction ("و...", "ف...").
    std::size_t run = n;
    while (run > 0) {
      const Block& b = a_.body[run - 1];
      const Line& l = lines_[page_.body_line[run - 1]];
      if (b.type != Block::Type::paragraph || l.bullet || starts_with_conjunction(b.text) ||
          opens_with_connective(l.key))
        break;
      --run;
    }
    if (n - run < th::echo::min_run) return;
    std::vector<std::vector<std::string>> titles;
    for (const auto& r : a_.read_also)
      titles.push_back(content_words(fold_key(c_.normalizer.search(r.title))));
    std::vector<std::vector<std::string>> cw(n);
    auto words_of = [&](std::size_t b) -> const std::vector<std::string>& {
      if (cw[b].empty()) cw[b] = content_words(lines_[page_.body_line[b]].key);
      return cw[b];
    };
    // Teasers are whole lead sentences; a page of short repeated lines is not a teaser box.
    for (std::size_t b = run; b < n; ++b)
      if (lines_[page_.body_line[b]].words < th::echo::teaser_min_words) run = b + 1;
    // Teasers are leads of different stories: a run with a question, with a line that opens
    // with a number or a list sign ("1 - ...", "[1] ...", "» الخميس ..."), or with two lines
    // that open with the same word and a number ("عام 1994 م ...", "عام 1999 م ...") is a list,
    // a timeline or an interview.
    auto teaser_run = [&](std::size_t from) {
      std::vector<std::string> dated;
      for (std::size_t b = from; b < n; ++b) {
        const Line& l = lines_[page_.body_line[b]];
        std::size_t p = 0;
        char32_t c = next_code_point(l.text, p);
        if (digit_value(c) >= 0 || c == '[' || c == 0x00BB || c == '>' || c == '-' || c == '*') return false;
        if (l.last == '?' || l.last == 0x061F) return false;
        std::size_t sp = l.text.find(' ');
        std::size_t second = l.text.find(' ', sp == std::string::npos ? sp : sp + 1);
        if (sp != std::string::npos && has_digit(std::string_view(l.text).substr(sp, second - sp))) {
          std::string first = l.key.substr(0, l.key.find(' '));
          if (std::find(dated.begin(), dated.end(), first) != dated.end()) return false;
          dated.push_back(first);
        }
      }
      return true;
    };
    // Text whose letters were destroyed ('?') has no words to compare.
    for (const auto& w : a_.warnings)
      if (w.kind == kind::destroyed_letters) return;
    for (std::size_t k = std::max(run, th::echo::first_block); k + th::echo::min_run <= n; ++k) {
      const auto& words = words_of(k);
      if (words.size() < th::echo::min_content_words || !teaser_run(k)) continue;
      bool echo = false;
      std::string why;
      for (std::size_t b = 0; b < k && !echo; ++b) {
        if (overlap(words, words_of(b)) >= th::echo::paragraph_overlap * static_cast<double>(words.size())) {
          echo = true;
          why = "repeats line " + std::to_string(lines_[page_.body_line[b]].no);
        }
      }
      for (const auto& t : titles) {
        if (!echo && t.size() >= th::echo::headline_min_words &&
            overlap(t, words) >= th::echo::headline_overlap * static_cast<double>(t.size())) {
          echo = true;
          why = "repeats a read-also headline";
        }
      }
      if (!echo) continue;
      for (std::size_t b = k; b < n; ++b) {
        a_.related.push_back({a_.body[b].text, std::nullopt, {}});
        Line& l = lines_[page_.body_line[b]];
        label(l, "related",
              "teaser after the story: trailing run of stand-alone leads starting at line " +
                  std::to_string(lines_[page_.body_line[k]].no) + ", which " + why);
      }
      a_.body.resize(k);
      page_.body_line.resize(k);
      return;
    }
  }

  // "أما ...", "كما ...", "لكن ...": a paragraph that goes on from the one before it (a teaser
  // is a stand-alone lead sentence and never opens so).
  bool opens_with_connective(std::string_view key) const {
    return markers().in_list(MarkerKind::connective, key.substr(0, key.find(' ')));
  }

  static bool starts_with_conjunction(std::string_view text) {
    // "و" or "ف" glued to the first word ("وقال", "فيما"), or standing alone.
    return text.rfind("\xD9\x88", 0) == 0 || text.rfind("\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7", 0) == 0;
  }

  static std::size_t overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
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

  SegmentContext& c_;
  std::vector<Line>& lines_;
  Article& a_;
  PageState page_;
};

}  // namespace

void segment_lines(SegmentContext& ctx) { Walker(ctx).run(); }

}  // namespace akhbar::detail
