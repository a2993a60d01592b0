// Pass "boxed_lines": a line framed by a box's marker lines (docs/segmenter.md, step 5).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// A paywall prints "تابع القراءة مع اشتراكك الرقمي", a pitch ("تحليلات يومية للأسواق وبيانات حصرية،
// بأقل من ريال واحد في اليوم") and "ابدأ اشتراكك": the markers remove the heading and the button, and
// the pitch between them, whatever its words, is the same box. Only for boxes that are chrome by
// their kind (subscribe, follow, share, promo, ad), only a short line that does not end a sentence,
// and only when the markers of the lines on both sides, with nothing but blank lines between, are
// of that one kind.
void rule_boxed_lines(Page& p) {
  // The removal kind of the marker that took line `k`, when it is a box of chrome; "" otherwise.
  auto box_kind = [&](std::size_t k) -> std::string {
    if (k >= p.lines.size()) return {};
    const Line& l = p.lines[k];
    if (!l.removed || !l.hit || l.hit.marker->kind != MarkerKind::removed) return {};
    const std::string& kind = l.hit.marker->removal;
    for (const char* box : {"subscribe", "follow", "share", "promo", "ad"})
      if (kind == box) return kind;
    return {};
  };
  auto prev_nonblank = [&](std::size_t i) {
    while (i > 0 && p.lines[i - 1].blank && p.lines[i - 1].label.empty()) --i;
    return i == 0 ? p.lines.size() : i - 1;
  };
  for (std::size_t b = 0; b < p.article.body.size();) {
    std::size_t i = p.state.body_line[b];
    Line& l = p.lines[i];
    std::string kind = box_kind(prev_nonblank(i));
    if (kind.empty() || kind != box_kind(p.next_nonblank(i + 1)) || l.bullet || l.words > th::boxed::max_words ||
        ends_sentence(l)) {
      ++b;
      continue;
    }
    p.article.removed.push_back({kind, p.article.body[b].text});
    p.label_removed(l, kind, "a short line between two " + kind + " lines (inside their box)");
    p.drop_body(b, b + 1);
  }
}

}  // namespace akhbar::detail
