// Pass "teaser_list": a listing page's run of other stories, each a headline and its cut-off
// teaser ("... وطلبت الوزارة التعميم على ..."), moves to `related` (docs/segmenter.md, step 5).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// A teaser the site cut off: it ends with "..." or "…" (an article's paragraph never does).
bool cut_off(const Line& l) {
  std::string_view t = trim_chars(l.text, " ");
  return t.ends_with("...") || l.last == 0x2026;
}

}  // namespace

// Category and tag pages list stories as headline + teaser pairs, the teasers cut off by the
// site. A run of at least min_pairs such pairs is a list, not one story's sub-headings; the
// page's own story is the text before the run (or the run's first pair when nothing precedes it).
void rule_teaser_list(Page& p) {
  const std::size_t n = p.article.body.size();
  auto line_of = [&](std::size_t b) -> const Line& { return p.lines[p.state.body_line[b]]; };
  auto pair_at = [&](std::size_t b) {
    if (b + 1 >= n) return false;
    const Line& h = line_of(b);
    const Line& t = line_of(b + 1);
    return !cut_off(h) && !h.bullet && h.words <= th::teasers::headline_max_words && cut_off(t) &&
           t.words >= th::teasers::teaser_min_words;
  };
  for (std::size_t b = 0; b < n; ++b) {
    std::size_t e = b;
    while (pair_at(e)) e += 2;
    if ((e - b) / 2 < th::teasers::min_pairs) continue;
    std::size_t from = b == 0 ? 2 : b;  // a page that opens with the list: its first story is the page's
    for (std::size_t k = from; k < e; k += 2) {
      Line& h = p.lines[p.state.body_line[k]];
      Line& t = p.lines[p.state.body_line[k + 1]];
      p.article.related.push_back({p.article.body[k].text, std::nullopt, {}});
      p.label(h, "related",
              "headline of a listed story (a run of " + std::to_string((e - b) / 2) +
                  " headline + cut-off teaser pairs)");
      p.article.removed.push_back({"teaser", p.article.body[k + 1].text});
      p.label_removed(t, "teaser", "cut-off teaser of a listed story");
    }
    p.drop_body(from, e);
    return;
  }
}

}  // namespace akhbar::detail
