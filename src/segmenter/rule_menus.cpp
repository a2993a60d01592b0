// Pass "menus": runs of very short lines are navigation (docs/segmenter.md, step 2).
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// At least menu::field_row_min_fields "label: value" fields parted by " | ", each label and value
// short (a word or a few).
bool field_row(std::string_view t) {
  std::size_t fields = 0;
  for (std::size_t at = 0; at <= t.size();) {
    std::size_t end = t.find(" | ", at);
    if (end == std::string_view::npos) end = t.size();
    std::string_view f = trim_chars(t.substr(at, end - at), "|");
    std::size_t colon = f.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    int label = count_words(f.substr(0, colon)), value = count_words(f.substr(colon + 1));
    if (label < 1 || label > th::menu::field_label_max_words || value < 1 || value > th::menu::field_value_max_words)
      return false;
    ++fields;
    at = end + 3;
  }
  // A row that dates something ("… | بتاريخ: 22.09.2019") is the article's details, read by the date rules.
  return fields >= th::menu::field_row_min_fields && !find_date(t);
}

namespace {

// The tokens of a line that are a dash alone ("-", "–", "—").
int dash_tokens(std::string_view t) {
  int n = 0;
  for (std::size_t at = 0; at < t.size();) {
    std::size_t end = t.find(' ', at);
    if (end == std::string_view::npos) end = t.size();
    std::string_view w = t.substr(at, end - at);
    if (w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94") ++n;
    at = end + 1;
  }
  return n;
}

}  // namespace

// A run of five or more very short lines (four words or fewer, no sentence end) is a
// navigation menu or a tag cloud, not sub-headings: articles put text between headings.
void rule_menus(Page& p) {
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
        if (!p.lines[k].blank) {
          p.lines[k].menu = true;
          ++p.state.edits;
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
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    const Line& l = p.lines[i];
    if (l.blank) {
      ++blanks;
      continue;
    }
    // Two blank lines part a menu from what stands above it (a signature, a last heading).
    if (std::exchange(blanks, 0) >= th::menu::parting_blank_lines) close(i);
    // Bulleted short lines, and a list that a line ending in ':' announces, are content. A
    // navigation marker ("الرئيسية", "أخبار") is part of the menu around it, not its end.
    bool nav = l.hit && l.hit.marker->kind == MarkerKind::removed && l.hit.marker->removal == "navigation";
    // Dashes between an item's words are no words ("عراقي – عربي – دولي" is three).
    const int dashes = dash_tokens(l.text);
    bool shortline = (nav || !l.hit) && !l.separator && !l.bullet && l.words - dashes <= th::menu::item_max_words &&
                     headline_like(l, th::menu::item_max_words + dashes);
    if (!shortline) {
      close(i);
      // A search box's label ("البحث:", a navigation marker) announces no list.
      introduced = l.last == ':' && !nav;
      continue;
    }
    if (introduced) continue;
    if (count == 0) start = i;
    ++count;
    words += static_cast<std::size_t>(l.words - dashes);
    if (l.words == 1) ++single;
    if (vowels(l.text) >= th::menu::voweled_min_marks) ++voweled;
    if (p.starts_with_conjunction(l.text)) ++joined;
  }
  close(p.lines.size());
  // A listing's record row ("الزيارات: 269 | التقييم: 0 | المقيمين: 0 | الدولة: مصر | اللغة: عربي", a
  // directory's or a classified's fields): labelled values side by side, the page's table, not text.
  for (Line& l : p.lines)
    if (!l.blank && !l.menu && field_row(l.text)) {
      l.menu = true;
      ++p.state.edits;
    }
  // A page that is all menu (a tag archive whose scraper kept only the site's links): when a menu
  // run was found and no line anywhere reads as prose, the short lines left around it are menu
  // items too. One prose line (a sentence of a brief) keeps the page as it is.
  bool menu = false, prose = false;
  for (const Line& l : p.lines) {
    menu = menu || l.menu;
    prose = prose || (!l.blank && !l.menu && l.words >= th::menu::prose_min_words);
  }
  if (menu && !prose)
    for (Line& l : p.lines)
      if (!l.blank && !l.menu && !l.hit && !l.bullet && !ends_sentence(l)) {
        l.menu = true;
        ++p.state.edits;
      }
}

}  // namespace akhbar::detail
