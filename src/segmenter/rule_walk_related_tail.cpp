// Walk rule "related_tail": a related-links list glued to the end of a paragraph, after its last
// sentence ("... منزلك. مقال ذات صله:- شركة كشف تسريب", "... الأمن. مقالات أخرى للكاتبTITLE(2-2)TITLE")
// is cut off: the marker goes to `removed`, the titles to `related`. The line itself goes on to
// the other rules with the rest of its text.
#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// The byte offset in `text` after its first `n` space-separated words (and the spaces after them).
std::size_t skip_words(std::string_view text, std::size_t n) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  for (; n > 0 && i < text.size(); --n) {
    while (i < text.size() && text[i] != ' ') ++i;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  return i;
}

// True when a sentence end ('.', '!', '?', '؟', '…') is the code point that starts at byte `k` of a
// key; `end` is then the byte after it.
bool sentence_end_at(std::string_view key, std::size_t k, std::size_t& end) {
  end = k;
  char32_t u = next_code_point(key, end);
  return u == '.' || u == '!' || u == '?' || u == 0x061F || u == 0x2026;
}

// Link texts joined without a space by the scraper: a new title starts where a closing bracket,
// '?', '؟' or '!' is directly followed by a letter ("... (2-2)تحقيق ...", "ألا تكفي؟أربع ...").
// The titles, trimmed.
std::vector<std::string> split_glued(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if ((c != ')' && c != '?' && c != '!' && c != 0x061F) || i >= s.size()) continue;
    std::size_t k = i;
    if (is_word_char(next_code_point(s, k))) {
      out.emplace_back(trim_chars(s.substr(start, i - start), " "));
      start = i;
    }
  }
  out.emplace_back(trim_chars(s.substr(start), " "));
  return out;
}

// Titles a scrape doubled, each written twice in a row ("A A B B"): the titles once each, or none when
// the words do not pair up so.
std::vector<std::string> doubled_titles(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < s.size();) {
    std::size_t end = std::min(s.find(' ', at), s.size());
    if (end > at) words.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t len = 0;
    for (std::size_t n = th::items::doubled_title_min_words; i + 2 * n <= words.size(); ++n)
      if (std::equal(words.begin() + static_cast<std::ptrdiff_t>(i), words.begin() + static_cast<std::ptrdiff_t>(i + n),
                     words.begin() + static_cast<std::ptrdiff_t>(i + n))) {
        len = n;
        break;
      }
    if (len == 0) return {};
    std::string t;
    for (std::size_t k = i; k < i + len; ++k) t += (t.empty() ? "" : " ") + std::string(words[k]);
    out.push_back(std::move(t));
    i += 2 * len;
  }
  return out;
}

// True when two titles are still joined in `t`: a letter that only ends a word (ة, ى) stands
// inside one ("المقلوبةتغطية"), or a word is longer than Arabic words are ("الاعتراففنجهل").
bool still_joined(std::string_view t) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    bool letter = c >= 0x0621 && c <= 0x064A;
    if (letter && ++letters > th::items::glued_word_max_letters) return true;
    if (!letter && !(c >= 0x064B && c <= 0x065F)) letters = 0;  // diacritics do not end a word
    if ((c == 0x0629 || c == 0x0649) && i < t.size()) {
      std::size_t k = i;
      char32_t next = next_code_point(t, k);
      if (next >= 0x0621 && next <= 0x064A) return true;
    }
  }
  return false;
}

}  // namespace

std::size_t rule_related_tail(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  // A list after a sentence: the line holds one first, and does not itself end as prose does.
  if (l.words < th::items::related_tail_min_line_words || l.last == '.' || l.last == 0x060C) return not_taken;
  const std::string_view key = l.key;
  for (std::size_t sp = key.find(' ', 2); sp != std::string_view::npos && sp + 1 < key.size();
       sp = key.find(' ', sp + 1)) {
    // The code point before each space: '؟' and '…' are two and three bytes.
    std::size_t k = sp - 1, end = 0;
    while (k > 0 && (static_cast<unsigned char>(key[k]) & 0xC0) == 0x80) --k;
    if (k == 0 || !sentence_end_at(key, k, end) || end != sp) continue;
    std::size_t s = sp + 1;
    // A read-more link that is the whole rest of the line after a cut-off teaser ("... متناسية
    // ان تلك القوات … اقرا المزيد"): a whole-line removal marker, cut off with nothing after it.
    // (Whole-line markers are short: a longer rest is not read, which keeps long lines linear.)
    std::string_view rest_key = key.substr(s);
    MarkerHit h;
    if (std::count(rest_key.begin(), rest_key.end(), ' ') < th::items::glued_link_max_words)
      h = p.markers().match_line(rest_key, count_words(rest_key));
    bool whole = h && h.marker->mode == MatchMode::whole && h.marker->kind == MarkerKind::removed;
    if (!whole) h = p.markers().match_glued(key.substr(s), MarkerKind::related);
    // Misbar's "... الهادئ. اقرأ/ي أيضًا: اقرأ/ي أيضًا: A A B B" (its scrape doubles every line): a
    // read-also block glued the same way.
    if (!whole && !h) h = p.markers().match_glued(key.substr(s), MarkerKind::read_also);
    // A removal marker glued the same way: the site's link to the story itself ("رابط الخبر
    // بصحيفة الوئام: TITLE") is no body and no related item.
    bool removal = whole;
    if (!h) removal = static_cast<bool>(h = p.markers().match_glued(key.substr(s), MarkerKind::removed));
    if (!h) continue;
    const Marker& m = *h.marker;
    // The same place in the display text: as many words in, or one more (a bullet or a
    // punctuation word the key trimmed off the line's start), the one whose key opens with the phrase.
    std::size_t words_before = static_cast<std::size_t>(count_words(key.substr(0, s)));
    std::string_view text = l.text;
    std::size_t d = text.size();
    for (std::size_t w : {words_before, words_before + 1}) {
      std::size_t at = skip_words(text, w);
      if (p.key_of(text.substr(at)).compare(0, m.phrase.size(), m.phrase) == 0) {
        d = at;
        break;
      }
    }
    if (d == text.size()) continue;
    std::string_view tail = text.substr(d);
    if (whole) {
      std::string all(trim_chars(tail, " "));
      l.rule = "cut '" + all + "' glued after the text by marker " + quoted(m) + "; ";
      p.article.removed.push_back({m.removal, std::move(all)});
      std::string head(trim_chars(text.substr(0, d), " "));
      ++p.state.edits;  // the line changed, though it is not labelled yet
      l.text = head;
      classify(l, p.ctx.normalizer.search(head), p.markers());  // measured again, as the loader did
      return not_taken;
    }
    // Past the marker's words; its last word may be glued to the first title.
    std::size_t after = skip_words(tail, static_cast<std::size_t>(m.words - 1));
    std::string_view last_word = std::string_view(m.phrase).substr(m.phrase.rfind(' ') + 1);
    std::size_t word_end = std::min(tail.find(' ', after), tail.size());
    std::size_t cut = std::string_view::npos;
    for (std::size_t c = after; c < word_end;) {
      next_code_point(tail, c);
      if (p.key_of(tail.substr(after, c - after)) == last_word) {
        cut = c;
        break;
      }
    }
    if (cut == std::string_view::npos) continue;
    std::string_view rest = trim_chars(tail.substr(cut), " :-–—|");
    // CNN's "اقرأ.. TITLE": the label's dots are no part of the title.
    while (rest.starts_with('.') || rest.starts_with("\xE2\x80\xA6")) rest = trim_chars(rest.substr(rest[0] == '.' ? 1 : 3), " ");
    // The marker again (the doubled scrape).
    bool twice = false;
    if (std::string_view again = trim_chars(tail.substr(0, cut), " :-–—|"); !again.empty() && rest.starts_with(again)) {
      rest = trim_chars(rest.substr(again.size()), " :-–—|");
      twice = true;
    }
    if (!has_letters(rest)) continue;
    // A read-also marker glued after a sentence labels its titles with a colon or CNN's "..", or comes
    // doubled: "... سطح. لا تفوت فرصة استئجار هذه الشقة!" is the text's own last sentence.
    if (m.kind == MarkerKind::read_also && !twice && !headline_punctuation_at(tail, cut) && doubled_titles(rest).empty())
      continue;
    // Titles, not sentences: prose going on after "مقالات أخرى ..." has a sentence end inside. A
    // headline's ".." between its parts ("... القادم.. وبدء الدراسة") is no sentence end.
    bool prose = false;
    for (std::size_t r = 0; r + 1 < rest.size(); ++r)
      if ((rest[r] == '.' || rest[r] == '!') && rest[r + 1] == ' ' && (r == 0 || rest[r - 1] != '.')) prose = true;
    if (prose) continue;
    std::string why;
    if (removal) {
      std::string all(trim_chars(tail, " "));
      why = "'" + all + "' glued after the text by marker " + quoted(m);
      p.article.removed.push_back({m.removal, std::move(all)});
    } else {
      std::vector<std::string> titles = doubled_titles(rest);
      if (titles.empty()) titles = split_glued(rest);
      bool split = true;
      for (const auto& t : titles)
        if (!has_letters(t) || count_words(t) > th::items::related_max_words || still_joined(t))
          split = false;
      p.article.removed.push_back({"marker", std::string(trim_chars(tail.substr(0, cut), " "))});
      const bool also = m.kind == MarkerKind::read_also;
      if (split) {
        for (auto& t : titles) (also ? p.article.read_also : p.article.related).push_back({std::move(t), std::nullopt, {}});
        why = std::to_string(titles.size()) + (also ? " read-also" : " related") +
              " title(s) glued after the text by marker " + quoted(m);
      } else {
        // Titles joined with nothing between them cannot be told apart: the list is no body.
        p.article.removed.push_back({also ? "read_also" : "related", std::string(rest)});
        why = std::string(also ? "read-also" : "related") + " list glued after the text by marker " + quoted(m) +
              " (titles not separable)";
      }
    }
    std::string head(trim_chars(text.substr(0, d), " "));
    ++p.state.edits;  // the line changed, though it is not labelled yet
    l.rule = "cut " + why + "; ";
    l.text = head;
    classify(l, p.ctx.normalizer.search(head), p.markers());  // measured again, as the loader did
    return not_taken;
  }
  return not_taken;
}

}  // namespace akhbar::detail
