// Pass "superlative_box": a box of the site's other stories headed by a superlative and no marker
// (docs/segmenter.md, step 5).
#include <string>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// Blogs and portals head boxes of their own posts with a superlative of their own making
// ("المشاريع الأكثر ربحا", "أكثر المشاريع نجاحا", "أفضل المقالات"): too many phrasings to list as
// markers, but the shape is fixed — a short heading holding a superlative word, then a run of
// full headlines with nothing between them. Inside the text the box is a read-also box, at its end
// a related list. A line followed by a bulleted list is the next section's heading, not an item.
void rule_superlative_box(Page& p) {
  auto line_of = [&](std::size_t b) -> Line& { return p.lines[p.state.body_line[b]]; };
  auto heading = [&](std::size_t b) {
    const Line& l = line_of(b);
    if (l.bullet || l.words > th::superlative::max_heading_words || l.words < 2 || !headline_like(l))
      return false;
    for (const auto& w : key_words(l.key))
      if (p.markers().in_list(MarkerKind::superlative_word, w)) return true;
    return false;
  };
  auto item = [&](std::size_t b) {
    const Line& l = line_of(b);
    return !l.bullet && headline_like(l) && l.words >= th::superlative::min_words && l.last != '!';
  };
  // Nothing but blank lines between two body blocks.
  auto adjacent = [&](std::size_t b) {
    for (std::size_t k = p.state.body_line[b] + 1; k < p.state.body_line[b + 1]; ++k)
      if (!p.lines[k].blank) return false;
    return true;
  };
  std::size_t b = 0;
  while (b + 1 < p.article.body.size()) {
    const std::size_t n = p.article.body.size();
    if (!heading(b) || !adjacent(b)) {
      ++b;
      continue;
    }
    std::size_t e = b + 1;
    while (e < n && item(e) && (e == b + 1 || adjacent(e - 1)) &&
           !(e + 1 < n && line_of(e + 1).bullet && adjacent(e)))
      ++e;
    const std::size_t run = e - (b + 1);
    if (run < th::superlative::min_run) {
      ++b;
      continue;
    }
    const bool inside = e < n;
    const std::string why = "headline under the superlative heading '" + line_of(b).text + "', one of " +
                            std::to_string(run) + (inside ? " inside the text" : " ending the page");
    for (std::size_t k = b + 1; k < e; ++k) {
      Link link{p.article.body[k].text, std::nullopt, {}};
      if (inside)
        p.article.read_also.push_back(std::move(link));
      else
        p.article.related.push_back(std::move(link));
      p.label(line_of(k), inside ? "read_also" : "related", why);
    }
    p.remove(line_of(b), "marker", "superlative heading over " + std::to_string(run) + " headlines");
    p.drop_body(b, e);  // the block after the box now stands at b
  }
}

}  // namespace akhbar::detail
