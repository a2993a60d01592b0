// Pass "title_credit": a photo credit left at the end of a title ("... على الوصافة (ارشيف)",
// the picture's caption taken for the headline) is cut off (docs/segmenter.md, step 3).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

void rule_title_credit(Page& p) {
  if (!p.article.title) return;
  std::string& title = *p.article.title;
  std::string_view t = trim_chars(title, " ");
  if (t.empty() || t.back() != ')') return;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return;
  std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  std::string_view headline = trim_chars(t.substr(0, open), " ");
  if (count_words(inside) > th::title::credit_max_words || count_words(headline) < th::title::min_words)
    return;
  // The bracket names a photo credit as a whole ("ارشيف", "صورة أرشيفية", "AFP"): the photo
  // markers of data/markers.txt, so users extend them; "(صور)" and "(فيديو)" say what the page
  // holds and stay.
  MarkerHit hit = p.markers().match_line(fold_key(p.ctx.normalizer.search(inside)), count_words(inside));
  if (!hit || hit.marker->kind != MarkerKind::removed || hit.marker->removal != "photo") return;
  std::string credit(t.substr(open));
  std::string cut(headline);
  if (p.state.title_from_line) {
    p.state.at = p.lines[p.state.title_line].no;
    p.article.removed.push_back({"photo", credit});  // the title line's text stays accounted for
  }
  title = std::move(cut);
  ++p.state.edits;
}

}  // namespace akhbar::detail
