// Pass "forum_thread" and walk rule "forum_lines": a forum thread's member boxes and the replies
// after its first post are no article text (docs/segmenter.md, step 1).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "عدد المساهمات : 30", "تاريخ التسجيل : 22/02/2012", "احترام القوانين :": a short line whose
// words before its colon are a forum profile label (markers.txt: forum_profile).
bool profile_line(const Page& p, const Line& l) {
  if (l.blank || l.words > th::forum::label_line_max_words) return false;
  std::size_t colon = l.text.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::string key = fold_key(p.ctx.normalizer.search(std::string_view(l.text).substr(0, colon)));
  return !key.empty() && p.markers().in_list(MarkerKind::forum_profile, key);
}

}  // namespace

// A forum page (a Common Crawl thread, ArCORE's forums) shows a member box beside each post: the
// member's name and rank, then profile lines. Three or more profile lines close together make a
// box; its lines and the name lines above it are not text. A second box opens the replies: from
// it to the end, every line is a reply or the forum's footer ("صلاحيات هذا المنتدى:"). A page
// with no such box is left alone, so an article quoting "الموقع: ..." keeps it.
void rule_forum_thread(Page& p) {
  struct Box {
    std::size_t first, last;
  };
  std::vector<Box> boxes;
  std::size_t labels = 0, first = 0, last = 0;
  auto close = [&] {
    if (labels >= th::forum::box_min_labels) boxes.push_back({first, last});
    labels = 0;
  };
  for (std::size_t i = 0; i < p.lines.size(); ++i) {
    if (p.lines[i].blank) continue;
    if (!profile_line(p, p.lines[i])) {
      if (labels && i > last + th::forum::box_max_gap) close();
      continue;
    }
    if (labels == 0) first = i;
    last = i;
    ++labels;
  }
  close();
  if (boxes.empty()) return;
  auto mark = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k <= to && k < p.lines.size(); ++k)
      if (!p.lines[k].blank && !p.lines[k].forum) {
        p.lines[k].forum = true;
        ++p.state.edits;
      }
  };
  // The member's name and rank above the box ("ღROMANTIC MANღعضو جديد"): short lines, no sentence.
  auto name_start = [&](std::size_t at) {
    std::size_t start = at;
    for (std::size_t seen = 0; start > 0 && seen < th::forum::name_lines;) {
      const Line& l = p.lines[start - 1];
      if (l.blank) {
        --start;
        continue;
      }
      if (l.words > th::forum::name_max_words || ends_sentence(l) || p.lines[start - 1].forum) break;
      --start;
      ++seen;
    }
    return start;
  };
  mark(name_start(boxes[0].first), boxes[0].last);
  if (boxes.size() > 1) mark(name_start(boxes[1].first), p.lines.size() - 1);
}

std::size_t rule_forum_lines(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.forum) return not_taken;
  p.remove(l, "comments", "a forum member's box or a reply after the thread's first post");
  return i + 1;
}

}  // namespace akhbar::detail
