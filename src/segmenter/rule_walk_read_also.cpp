// Walk rule "read_also": a read-also marker and its items; after the closing credit, one
// headline followed by paragraphs is a whole second article carried by the block.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

std::size_t read_also(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  const Marker& m = *l.hit.marker;
  std::vector<Link> items;
  std::string rest(after_words(l.text, m.words));
  if (!has_letters(rest)) rest.clear();
  // "اقرا المزيد في: خاص العهد": more in a section of the site, a link to the section, no headline.
  if (std::string_view r = trim_chars(rest, ""); r.starts_with("\xD9\x81\xD9\x8A")) {  // في
    std::string_view after = trim_chars(r.substr(4), "");
    if (after.starts_with(":")) rest.clear();
  }
  // "إقرا ايضا في هذا السياق:", "اقرأ أيضاً حول الموضوع:": a few more words of the label, ended by
  // its colon, announce the items below; they are no headline.
  if (std::string_view t = trim_chars(l.text, ""); !rest.empty() && t.back() == ':' &&
                                                     count_words(rest) <= th::items::label_rest_max_words)
    rest.clear();
  if (!rest.empty()) {
    std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
    p.article.removed.push_back({"marker", head});
    items.push_back({rest, std::nullopt, {}});
    p.label(l, "read_also", "marker " + quoted(m) + " with its item on the line");
  } else {
    p.remove(l, "marker", "marker " + quoted(m));
  }
  // "قد يهمك أيضا: HEADLINE" holds its item: more headlines may follow it (BBC's "اقرأ أيضا: A"
  // over B and C), but a line over a bulleted list is the article's next section, its heading.
  std::size_t j = collect_items(p, i + 1, items, "read_also", th::items::read_also_max_words, !rest.empty());
  // After the article's closing credit, one headline followed by paragraphs is a whole
  // second article carried in the block (the seed's case): its paragraphs are the item's body.
  if (p.state.closed && items.size() == 1 && j < p.lines.size() && !p.lines[j].hit && !p.lines[j].separator) {
    for (; j < p.lines.size(); ++j) {
      Line& c = p.lines[j];
      if (c.blank) {
        if (c.label.empty()) p.label(c, "blank", "");
        continue;
      }
      if (c.hit && c.hit.marker->kind != MarkerKind::published && c.hit.marker->kind != MarkerKind::updated)
        break;
      if (c.separator) break;
      if (headline_like(c, th::items::carried_headline_max_words) && !c.bullet) {
        p.remove(c, "headline", "headline-like line inside a carried read-also article (a stray teaser)");
        continue;
      }
      items.back().body.push_back({Block::Type::paragraph, c.text});
      p.label(c, "read_also:body", "paragraph of the article carried by the read-also block");
    }
  }
  for (auto& it : items) p.article.read_also.push_back(std::move(it));
  return j;
}

}  // namespace

std::size_t rule_read_also(Page& p, std::size_t i) {
  const Line& l = p.lines[i];
  if (!l.hit || l.hit.marker->kind != MarkerKind::read_also || !p.label_ok(l)) return not_taken;
  return read_also(p, i);
}

}  // namespace akhbar::detail
