// Pass "echo_teasers": CNN-style related teasers after the story (docs/segmenter.md, step 5).
#include <akhbar/dates.h>

#include <algorithm>
#include <cctype>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// True when the line's first word joins Latin and Arabic letters: a listing's button label glued
// to the next card's first word ("Contactاطلقت ...", "Resultفي ..."), which a lead never opens with.
namespace {
bool glued_scripts(std::string_view text) {
  bool latin = false, arabic = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (c == ' ') break;
    latin = latin || (c < 0x80 && std::isalpha(static_cast<int>(c)));
    arabic = arabic || (c >= 0x0620 && c <= 0x064A);
  }
  return latin && arabic;
}

// True when a letter ends a sentence, a quotation or a bracket: what a lead cut off by its box lacks.
bool sentence_end(char32_t c) {
  for (char32_t e : {U'.', U'!', U'?', U'\u061F', U'"', U'\u00BB', U'\u201D', U')', U']', U'\u2026'})
    if (c == e) return true;
  return false;
}
}  // namespace

// ----- related teasers that echo the story (CNN's box after the last paragraph) -----------
void rule_echo_teasers(Page& p) {
  const std::size_t n = p.article.body.size();
  if (n < th::echo::min_body_blocks) return;
  // The trailing run of paragraphs that open without a conjunction ("و...", "ف...").
  std::size_t run = n;
  while (run > 0) {
    const Block& b = p.article.body[run - 1];
    const Line& l = p.lines[p.state.body_line[run - 1]];
    if (b.type != Block::Type::paragraph || l.bullet || p.starts_with_conjunction(b.text) ||
        p.opens_with_connective(l.key))
      break;
    --run;
  }
  if (n - run < th::echo::min_run) return;
  // The words compared as the search index stems them (Light10: "الساعة" / "ساعة"), so that a teaser
  // retelling a headline in other cases still repeats it.
  auto stems = [&](const std::vector<std::string>& words) {
    std::vector<std::string> out;
    for (const auto& w : words) out.push_back(p.ctx.normalizer.stem(w));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<std::vector<std::string>> titles;  // the stems of each read-also headline's content words
  for (const auto& r : p.article.read_also)
    titles.push_back(stems(content_words(fold_key(p.ctx.normalizer.search(r.title)))));
  std::vector<std::vector<std::string>> cw(n);
  auto words_of = [&](std::size_t b) -> const std::vector<std::string>& {
    if (cw[b].empty()) cw[b] = content_words(p.lines[p.state.body_line[b]].key);
    return cw[b];
  };
  // Teasers are whole lead sentences; a page of short repeated lines is not a teaser box.
  for (std::size_t b = run; b < n; ++b)
    if (p.lines[p.state.body_line[b]].words < th::echo::teaser_min_words) run = b + 1;
  // Teasers are leads of different stories: a run with a question, with a line that opens
  // with a number or a list sign ("1 - ...", "[1] ...", "» الخميس ..."), or with two lines
  // that open with the same word and a number ("عام 1994 م ...", "عام 1999 م ...") is a list,
  // a timeline or an interview.
  auto teaser_run = [&](std::size_t from) {
    std::vector<std::string> dated;
    for (std::size_t b = from; b < n; ++b) {
      const Line& l = p.lines[p.state.body_line[b]];
      std::size_t p = 0;
      char32_t c = next_code_point(l.text, p);
      if (digit_value(c) >= 0 || c == '[' || c == 0x00BB || c == '>' || c == '-' || c == '*') return false;
      if (l.last == '?' || l.last == 0x061F) return false;
      if (glued_scripts(l.text)) return false;
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
  // The first words of a line's key: a copy of a paragraph opens with the same ones.
  auto opening = [&](std::size_t b) {
    std::string_view key = p.lines[p.state.body_line[b]].key;
    return key.substr(0, key.size() - after_words(key, th::echo::same_opening_words).size());
  };
  // A teaser may rewrite the story's sentence around a clause it copies word for word ("قال
  // الرئيس الأمريكي، دونالد ترامب، الإثنين، إنه "قلق" من التقارير التي تحدثت عن اختفاء الصحفي ..."
  // after "وقال ترامب، الإثنين، إنه "قلق" من التقارير التي تحدثت عن اختفاء خاشقجي، ..."): the
  // longest run of words two lines share.
  std::vector<std::vector<std::string>> kw(n);
  auto all_words = [&](std::size_t b) -> const std::vector<std::string>& {
    if (kw[b].empty()) kw[b] = key_words(p.lines[p.state.body_line[b]].key);
    return kw[b];
  };
  auto shared_run = [&](std::size_t a, std::size_t b) {
    const auto &x = all_words(a), &y = all_words(b);
    std::size_t best = 0;
    std::vector<std::size_t> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
    for (std::size_t i = 1; i <= x.size(); ++i) {
      for (std::size_t j = 1; j <= y.size(); ++j) {
        cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : 0;
        best = std::max(best, cur[j]);
      }
      std::swap(prev, cur);
    }
    return best;
  };
  // A lead is one sentence: no sentence ends inside the line (a column's paragraph that repeats
  // a clause of the text goes on after its first sentence).
  auto one_sentence = [&](std::size_t b) {
    std::string_view t = p.lines[p.state.body_line[b]].text;
    t = trim_chars(t, " ");
    for (std::string_view end : {". ", "؟ ", "! ", "? "}) {
      std::size_t at = t.find(end);
      // (Two dots are a pause, no sentence's end: '"هدية".. بهذه الكلمة وصف ...'.)
      while (at != std::string_view::npos && end == ". " && at > 0 && t[at - 1] == '.') at = t.find(end, at + 1);
      if (at != std::string_view::npos && at + end.size() < t.size()) return false;
    }
    return true;
  };
  // News leads, one sentence each, half of them or more naming the day of the news ("أكد مصدر
  // مسؤول ...، الإثنين، أن ..."): a column's paragraphs that repeat a clause do not.
  auto leads_from = [&](std::size_t k) {
    std::size_t dated = 0;
    for (std::size_t b = k; b < n; ++b) {
      if (!one_sentence(b)) return false;
      const auto& words = all_words(b);
      dated += std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_weekday(w); });
    }
    return 2 * dated >= n - k;
  };
  // Text whose letters were destroyed ('?') has no words to compare.
  if (p.ctx.letters_destroyed) return;
  // The distinct content words of the story's blocks [0, end), sorted.
  auto story_words = [&](std::size_t end) {
    std::vector<std::string> story;
    for (std::size_t b = 0; b < end; ++b) story.insert(story.end(), words_of(b).begin(), words_of(b).end());
    std::sort(story.begin(), story.end());
    story.erase(std::unique(story.begin(), story.end()), story.end());
    return story;
  };
  // A lead of another story: enough content words, at most a quarter of them the story's own.
  auto other_story = [&](std::size_t b, const std::vector<std::string>& story) {
    const auto& w = words_of(b);
    std::size_t shared = std::count_if(w.begin(), w.end(), [&](const std::string& x) {
      return std::binary_search(story.begin(), story.end(), x);
    });
    return w.size() >= th::echo::min_content_words &&
           shared <= th::echo::other_story_overlap * static_cast<double>(w.size());
  };
  for (std::size_t k = std::max(run, th::echo::first_block); k + th::echo::min_run <= n; ++k) {
    const auto& words = words_of(k);
    if (words.size() < th::echo::min_content_words || !teaser_run(k)) continue;
    bool echo = false;
    std::string why;
    const bool leads = leads_from(k);  // the copied-clause test only for a run of news leads (and once)
    for (std::size_t b = 0; b < k && !echo; ++b) {
      if (overlap(words, words_of(b)) >= th::echo::paragraph_overlap * static_cast<double>(words.size()) &&
          opening(k) != opening(b)) {
        echo = true;
        why = "repeats line " + std::to_string(p.lines[p.state.body_line[b]].no);
      } else if (std::size_t shared = leads ? shared_run(k, b) : 0; shared >= th::echo::copied_clause_words) {
        echo = true;
        why = "copies " + std::to_string(shared) + " words in a row of line " +
              std::to_string(p.lines[p.state.body_line[b]].no);
      }
    }
    const std::vector<std::string> stemmed = titles.empty() ? std::vector<std::string>{} : stems(words);
    for (const auto& t : titles) {
      if (!echo && t.size() >= th::echo::headline_min_words &&
          overlap(t, stemmed) >= th::echo::headline_overlap * static_cast<double>(t.size())) {
        echo = true;
        why = "repeats a read-also headline";
      }
    }
    if (!echo) continue;
    // Teasers of other stories may come before the one that echoes this story (CNN: the king's
    // photo, Sadr, Sadat, then the Khashoggi teasers): leads of the same run that share almost no
    // word with the text before the run are the box's too; the story's own closing paragraphs
    // name its people and places.
    const std::vector<std::string> story = story_words(run);
    std::size_t first = k;
    // A paragraph opening with a word and a comma ("بدورها،", "من جهته،") answers the text before it;
    // one opening with a Latin letter ("Contactاحصل على ...", a listing's buttons) is no news lead.
    auto answers = [&](std::size_t b) {
      std::string_view t = p.lines[p.state.body_line[b]].text;
      std::string_view head = t.substr(0, t.find(' ', t.find(' ') + 1));
      return head.find("،") != std::string_view::npos || head.find(',') != std::string_view::npos ||
             (!t.empty() && std::isalpha(static_cast<unsigned char>(t[0])));
    };
    while (first > std::max(run, th::echo::first_block) && !answers(first - 1)) {
      if (!other_story(first - 1, story) || !teaser_run(first - 1)) break;
      --first;
    }
    for (std::size_t b = first; b < n; ++b) {
      p.article.related.push_back({p.article.body[b].text, std::nullopt, {}});
      Line& l = p.lines[p.state.body_line[b]];
      p.label(l, "related",
              "teaser after the story: trailing run of stand-alone leads starting at line " +
                  std::to_string(p.lines[p.state.body_line[k]].no) + ", which " + why +
                  (first < k ? "; the leads of other stories just before it too" : ""));
    }
    p.article.body.resize(first);
    p.state.body_line.resize(first);
    return;
  }
  // No lead echoes the story, yet the box is there (CNN prints teasers of other stories only): a
  // longer run of one-sentence news leads, half of them naming their day or cut off, each sharing almost no
  // word with the story before it, after a story whose paragraphs go on from each other (most open
  // with و): a story's own closing paragraphs name its people and places. The run may start after
  // lines that are no leads (an embedded post's caption between the story and the box).
  // Or leads the box cut off (half of them or more ending without a sentence's last mark: "... رغم النقص العددي
  // لمنتخب بنين الذي أكمل المباراة ب 10 لاعبين بعد طرد قائد المنتخب سيس"), each a sentence, none in Latin words
  // (a spam page's keyword lines: "خام الحديد سحق آلة - platerollindustries ...").
  auto cut_off_from = [&](std::size_t k) {
    std::size_t cut = 0;
    for (std::size_t b = k; b < n; ++b) {
      const Line& l = p.lines[p.state.body_line[b]];
      if (!one_sentence(b) || l.words < th::echo::cut_off_lead_min_words || has_latin_word(l.text, th::echo::latin_word_letters)) return false;
      cut += !sentence_end(l.last);
    }
    return 2 * cut >= n - k;
  };
  auto other_stories = [&](std::size_t k) {
    if (n < k + th::echo::unechoed_min_run || !teaser_run(k) || !(leads_from(k) || cut_off_from(k))) return false;
    // (Among the story's Arabic paragraphs: an embedded post's caption is in its own language; a sub-heading
    // goes on from nothing.)
    std::size_t going_on = 0, arabic = 0;
    for (std::size_t b = 1; b < k; ++b)
      if (p.article.body[b].type == Block::Type::paragraph && has_arabic(p.article.body[b].text)) {
        ++arabic;
        going_on += p.starts_with_conjunction(p.article.body[b].text);
      }
    if (2 * going_on < arabic) return false;
    const std::vector<std::string> story = story_words(k);
    // (A longer box may carry one lead on the story's own subject past its first: CNN's sport box after a
    // Zamalek story, with the FA backing the player Zamalek's president struck off.)
    std::size_t on_subject = 0;
    for (std::size_t b = k; b < n; ++b) {
      if (!has_arabic(p.article.body[b].text)) return false;
      if (!other_story(b, story) && (b == k || n - k < th::echo::on_subject_min_run || ++on_subject > 1)) return false;
    }
    return true;
  };
  std::size_t start = std::max(run, th::echo::first_block);
  while (start + th::echo::unechoed_min_run <= n && !other_stories(start)) ++start;
  if (start + th::echo::unechoed_min_run > n) return;
  for (std::size_t b = start; b < n; ++b) {
    p.article.related.push_back({p.article.body[b].text, std::nullopt, {}});
    p.label(p.lines[p.state.body_line[b]], "related",
            "teaser after the story: trailing run of " + std::to_string(n - start) +
                " stand-alone news leads of other stories after a story that goes on with و");
  }
  p.article.body.resize(start);
  p.state.body_line.resize(start);
}

}  // namespace akhbar::detail
