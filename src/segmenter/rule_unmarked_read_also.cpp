// Pass "unmarked_read_also": a read-also box whose marker the scrape lost (docs/segmenter.md,
// step 5).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// BBC Arabic prints "اقرأ أيضاً:" over two headlines of other stories, then further down the same
// box again without its marker: two bare headlines between paragraphs. Only a page whose marked
// box showed bare headlines is read so, and only a short run of them framed by long paragraphs
// that end a sentence, the last not introducing the paragraph under it: sub-headings stand alone
// over their section, not two or more in a row.
void rule_unmarked_read_also(Page& p) {
  if (p.state.bare_read_also < th::unmarked::min_marked_items) return;
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
  for (std::size_t b = 1; b + 1 < n; ++b) {
    if (!headline(b) || !paragraph(b - 1)) continue;
    std::size_t e = b + 1;
    while (e < n && headline(e) && adjacent(e - 1)) ++e;
    std::size_t run = e - b;
    if (e >= n || run < th::unmarked::min_run || run > th::unmarked::max_run || !adjacent(e - 1) ||
        !paragraph(e) || introduces(e - 1)) {
      b = e - 1;
      continue;
    }
    for (std::size_t k = b; k < e; ++k) {
      p.article.read_also.push_back({p.article.body[k].text, std::nullopt, {}});
      p.label(line_of(k), "read_also",
              "headline-like line in a run of " + std::to_string(run) +
                  " between paragraphs, as the page's marked read-also box prints its items (the marker missing)");
    }
    p.drop_body(b, e);
    return;
  }
}

}  // namespace akhbar::detail
