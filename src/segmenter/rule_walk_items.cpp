// The items of a read-also or related block (shared by the walk's read_also and related rules).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

// Items of a block: the rest of the marker line, then headline-like lines (bullets allowed).
std::size_t collect_items(Page& p, std::size_t j, std::vector<Link>& out, const std::string& kind,
                          int max_words, bool heading_ends) {
  for (;;) {
    std::size_t k = p.next_nonblank(j);
    if (k >= p.lines.size()) return k;
    Line& l = p.lines[k];
    // A run of menu items (rule_menus) under a marker is the site's menu going on, no list of stories.
    if (l.hit || l.separator || (l.menu && !l.bullet)) return k;
    if (std::size_t n = p.next_nonblank(k + 1);
        heading_ends && !l.bullet && n < p.lines.size() && p.lines[n].bullet)
      return k;
    // Nor a line whose words the paragraph under it takes up: that section's heading ("شاهد ايضا TITLE"
    // over "شركة عزل اسطح ضد مياه الامطار" / "اذا كنت تبحث عن افضل شركة لعزل الاسطح ضد مياه الامطار ...").
    if (std::size_t n = p.next_nonblank(k + 1); heading_ends && !l.bullet && n < p.lines.size() &&
                                                !headline_like(p.lines[n], max_words)) {
      std::vector<std::string> head = content_words(l.key);
      if (!head.empty() && overlap(head, content_words(p.lines[n].key)) >=
                               th::unmarked::heading_overlap * static_cast<double>(head.size()))
        return k;
    }
    std::string_view item = strip_bullet(l.text);
    bool ok = l.bullet ? count_words(item) <= th::items::bullet_max_words : headline_like(l, max_words);
    // Reported speech ("وأضاف: \"...") continues the article, it is not a headline.
    if (ok && !l.bullet && p.starts_with_conjunction(item) &&
        (item.find('"') != std::string_view::npos || item.find("\xC2\xAB") != std::string_view::npos))
      ok = false;
    if (!ok || p.is_date_line(l)) return k;
    out.push_back({std::string(item), std::nullopt, {}});
    p.label(l, kind, l.bullet ? "list item" : "headline-like line");
    if (kind == "read_also" && !l.bullet) ++p.state.bare_read_also;
    for (std::size_t b = j; b < k; ++b)
      if (p.lines[b].label.empty()) p.label(p.lines[b], "blank", "");
    j = k + 1;
  }
}

}  // namespace akhbar::detail
