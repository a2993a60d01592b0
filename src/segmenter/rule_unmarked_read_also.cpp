// Pass "unmarked_read_also": a read-also box whose marker the scrape lost (docs/segmenter.md,
// step 5).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// BBC Arabic prints "اقرأ أيضاً:" over two headlines of other stories, then further down the same
// box again without its marker: two bare headlines between paragraphs. A page whose marked box
// showed bare headlines is read so, and only a short run of them framed by long paragraphs that
// end a sentence, the last not introducing the paragraph under it: sub-headings stand alone over
// their section, not two or more in a row. A page whose scrape lost every marker (BBC's box printed
// bare wherever it stands) is read so too when the text visibly breaks off for the run: the paragraph
// under it goes on with a conjunction, and no line of the run reads as the text's own — a pull quote
// retelling a paragraph, a line going on with a comma, a listing's line with Latin words ("يعرض على:
// MBC مصر ومنصة Shahid").
void rule_unmarked_read_also(Page& p) {
  const bool marked = p.state.bare_read_also >= th::unmarked::min_marked_items;
  const std::size_t n = p.article.body.size();
  auto line_of = [&](std::size_t b) -> Line& { return p.lines[p.state.body_line[b]]; };
  auto headline = [&](std::size_t b) {
    const Line& l = line_of(b);
    return !l.bullet && headline_like(l) &&
           l.words >= th::unmarked::min_words && l.last != '!' &&
           !p.starts_with_conjunction(p.article.body[b].text);
  };
  auto paragraph = [&](std::size_t b) {
    return p.article.body[b].type == Block::Type::paragraph && ends_sentence(line_of(b)) &&
           line_of(b).words >= th::unmarked::frame_min_words;
  };
  // The run's last line introduces the paragraph under it (a sub-heading).
  auto introduces = [&](std::size_t b) {
    std::vector<std::string> head = content_words(line_of(b).key);
    return !head.empty() && overlap(head, content_words(line_of(b + 1).key)) >=
                                th::unmarked::heading_overlap * static_cast<double>(head.size());
  };
  // Nothing but blank lines between two body blocks.
  auto adjacent = [&](std::size_t b) {
    for (std::size_t k = p.state.body_line[b] + 1; k < p.state.body_line[b + 1]; ++k)
      if (!p.lines[k].blank) return false;
    return true;
  };
  // Without a marked box: the run [b, e) interrupts the text, and reads as other stories' headlines.
  auto breaks_off = [&](std::size_t b, std::size_t e) {
    if (!p.starts_with_conjunction(p.article.body[e].text)) return false;
    for (std::size_t k = b; k < e; ++k) {
      const Line& l = line_of(k);
      if (l.last == 0x060C || l.last == ',' || has_latin_word(l.text, th::echo::latin_word_letters)) return false;
      // A headline is one sentence opening with a word or a quote: not an interview's turn ("ت> NAME.. سلامتك. كيف
      // كانت تجربتك", "{ عشت تجربة المرض ...").
      std::string_view t = trim_chars(l.text, " ");
      std::size_t at = 0;
      const char32_t first = next_code_point(t, at);
      if (!(is_word_char(first) || first == '"' || first == 0x00AB || first == 0x201C)) return false;
      for (std::string_view end : {". ", "؟ ", "! ", "? "})
        if (t.find(end) != std::string_view::npos) return false;
      const std::vector<std::string> words = content_words(l.key);
      for (std::size_t o = 0; o < n; ++o)
        if ((o < b || o >= e) && overlap(words, content_words(line_of(o).key)) >=
                                     th::unmarked::quote_overlap * static_cast<double>(words.size()))
          return false;
    }
    return true;
  };
  for (std::size_t b = 1; b + 1 < n; ++b) {
    if (!headline(b) || !paragraph(b - 1)) continue;
    std::size_t e = b + 1;
    while (e < n && headline(e) && adjacent(e - 1)) ++e;
    std::size_t run = e - b;
    if (e >= n || run < th::unmarked::min_run || run > th::unmarked::max_run || !adjacent(e - 1) ||
        !paragraph(e) || introduces(e - 1) || (!marked && !breaks_off(b, e))) {
      b = e - 1;
      continue;
    }
    for (std::size_t k = b; k < e; ++k) {
      p.article.read_also.push_back({p.article.body[k].text, std::nullopt, {}});
      p.label(line_of(k), "read_also",
              "headline-like line in a run of " + std::to_string(run) +
                  (marked ? " between paragraphs, as the page's marked read-also box prints its items (the marker missing)"
                          : " between paragraphs, the text going on under it with a conjunction (a box whose marker the "
                            "scrape lost)"));
    }
    p.drop_body(b, e);
    return;
  }
}

}  // namespace akhbar::detail
