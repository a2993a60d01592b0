// Walk rule "related": a related marker and its items (bullets, numbers, bare headlines, and
// summary teasers when the block runs to the end of the page).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// `label`: the line is a label ending in ':' (its words after the phrase point to the list, no item).
std::size_t related(Page& p, std::size_t i, bool label) {
  Line& l = p.lines[i];
  const Marker& m = *l.hit.marker;
  std::vector<Link> items;
  std::string rest(after_words(l.text, m.words));
  if (label || !has_letters(rest)) rest.clear();
  if (!rest.empty() && m.mode == MatchMode::prefix) {
    std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
    p.article.removed.push_back({"marker", head});
    items.push_back({rest, std::nullopt, {}});
    p.label(l, "related", "marker " + quoted(m) + " with its item on the line");
  } else {
    p.remove(l, "marker", "marker " + quoted(m));
  }
  std::size_t j = collect_items(p, i + 1, items, "related", th::items::related_max_words);
  // Teasers with a summary each (not bare headlines) when they run to the end of the page.
  std::size_t tail = 0, end = j;
  bool to_end = true;
  for (std::size_t k = j; k < p.lines.size(); ++k) {
    const Line& t = p.lines[k];
    if (t.blank) continue;
    bool block =
        t.hit && (t.hit.marker->kind == MarkerKind::read_also || t.hit.marker->kind == MarkerKind::related ||
                  t.hit.marker->kind == MarkerKind::removed);
    // A teaser is a stand-alone headline or lead: a line that goes on from the one before
    // ("ويقول ...", "أما ...") is the article's text after a sub-heading.
    bool continues = p.starts_with_conjunction(t.text) || p.opens_with_connective(t.key);
    if (block || t.separator || continues || t.words > th::items::teaser_max_words ||
        ++tail > th::items::teaser_max_lines) {
      to_end = false;
      break;
    }
    end = k + 1;
  }
  if (to_end && tail > 0) {
    for (; j < end; ++j) {
      Line& t = p.lines[j];
      if (t.blank) {
        p.label(t, "blank", "");
        continue;
      }
      items.push_back({std::string(strip_bullet(t.text)), std::nullopt, {}});
      p.label(t, "related", "teaser with summary in a related block that runs to the end");
    }
  }
  for (auto& it : items) p.article.related.push_back(std::move(it));
  p.state.closed = p.state.lead_seen;
  return j;
}

}  // namespace

std::size_t rule_related(Page& p, std::size_t i) {
  const Line& l = p.lines[i];
  if (!l.hit || l.hit.marker->kind != MarkerKind::related || !p.label_ok(l)) return not_taken;
  const Marker& m = *l.hit.marker;
  bool label = l.last == ':' && l.words <= th::items::related_label_max_words;
  if (!label && !headline_like(l, th::items::related_max_words) &&
      l.words > m.words + th::items::related_marker_extra_words)
    return not_taken;
  return related(p, i, label);
}

}  // namespace akhbar::detail
