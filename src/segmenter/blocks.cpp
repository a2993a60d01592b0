// The segmentation rules, in the order a page reads: title, top matter (dates, bylines), the
// article (lead with its dateline, paragraphs, sub-headings), and the blocks around and inside
// it (read-also, related lists, credits, boilerplate). Each decision is written on its Line.
#include "segmenter/blocks.h"

#include <akhbar/dates.h>

#include <algorithm>

#include "segmenter/detail_text.h"
#include "segmenter/metadata.h"

namespace akhbar::detail {
namespace {

std::string quoted(const Marker& m) { return "'" + m.text + "' (" + m.origin + ")"; }

class Walker {
 public:
  explicit Walker(SegmentContext& ctx) : c_(ctx), lines_(ctx.lines), a_(ctx.article) {}

  void run() {
    mark_menus();
    pick_title();
    for (std::size_t i = 0; i < lines_.size();) i = step(i);
    echo_teasers();
  }

 private:
  // ----- helpers --------------------------------------------------------------------------
  void label(Line& l, std::string label, std::string rule) {
    l.label = std::move(label);
    l.rule = std::move(rule);
  }
  void remove(Line& l, const std::string& kind, const std::string& rule, std::string text = {}) {
    a_.removed.push_back({kind, text.empty() ? l.text : std::move(text)});
    if (l.label.empty() || l.label == "body") label(l, "removed:" + kind, rule);
  }
  std::size_t next_nonblank(std::size_t i) const {
    while (i < lines_.size() && lines_[i].blank) ++i;
    return i;
  }
  // A one-word label ("كتب", "اقرأ", "المصدر") must be followed by ':' '|' or '-', or make up
  // most of a short line, so that a sentence starting with the same word stays body.
  bool label_ok(const Line& l) const {
    const Marker& m = *l.hit.marker;
    if (m.mode != MatchMode::prefix || m.words >= 2) return true;
    std::string_view k = l.key;
    std::size_t p = l.hit.end;
    while (p < k.size() && k[p] == ' ') ++p;
    if (p >= k.size()) return true;
    if (k[p] == ':' || k[p] == '|' || k[p] == '-') return true;
    // Without punctuation only on a short line; a credit label then needs a name of 2+ words
    // ("بقلم علي محسن" yes, "تقرير خبري" no).
    if (m.kind == MarkerKind::author || m.kind == MarkerKind::source) return l.words <= 4 && l.words >= m.words + 2;
    return l.words <= 3;
  }
  bool is_date_line(const Line& l) const {
    return !l.blank && read_date_line(l, c_.normalizer, c_.now).has_value();
  }
  std::string display_of(std::string_view s) const {
    std::string d = c_.normalizer.display(s);
    return std::string(trim_chars(d, ""));
  }

  // ----- menus ----------------------------------------------------------------------------
  // A run of five or more very short lines (four words or fewer, no sentence end) is a
  // navigation menu or a tag cloud, not sub-headings: articles put text between headings.
  void mark_menus() {
    const std::size_t min_run = 5;
    std::size_t start = 0, count = 0, joined = 0;
    bool introduced = false;
    // Verse (short lines that run on with "و...") is text; menu items do not open with a conjunction.
    auto close = [&](std::size_t end) {
      if (count >= min_run && joined * 4 < count)
        for (std::size_t k = start; k < end; ++k)
          if (!lines_[k].blank) lines_[k].menu = true;
      count = 0;
      joined = 0;
    };
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (l.blank) continue;
      // Bulleted short lines, and a list that a line ending in ':' announces, are content.
      bool shortline = !l.hit && !l.separator && !l.bullet && l.words <= 4 && headline_like(l, 4);
      if (!shortline) {
        close(i);
        introduced = l.last == ':';
        continue;
      }
      if (introduced) continue;
      if (count == 0) start = i;
      ++count;
      if (starts_with_conjunction(l.text)) ++joined;
    }
    close(lines_.size());
  }

  // ----- title ----------------------------------------------------------------------------
  void pick_title() {
    const Document& doc = c_.doc;
    bool body_arabic = has_arabic(doc.text);
    if (doc.title) {
      std::string t = display_of(*doc.title);
      if (!t.empty() && (has_arabic(t) || !body_arabic)) {
        a_.title = t;
        // A body that repeats the title on its first line.
        std::size_t i = next_nonblank(0);
        if (i < lines_.size() && lines_[i].key == fold_key(c_.normalizer.search(t))) {
          a_.removed.push_back({"title", lines_[i].text});
          label(lines_[i], "removed:title", "repeats the input's title field");
          lines_[i].blank = true;  // handled
          handled_title_ = i;
        }
      } else if (!t.empty()) {
        a_.warnings.push_back("ignored the input's title field \"" + t + "\": it is not an Arabic headline");
      }
      return;
    }
    std::size_t i = next_nonblank(0);
    // A date line may sit above the headline ("2012-03-08 (علوم)" then the title).
    for (int skipped = 0; skipped < 2 && i < lines_.size() && is_date_line(lines_[i]); ++skipped)
      i = next_nonblank(i + 1);
    if (i >= lines_.size()) return;
    Line& l = lines_[i];
    if (l.hit || l.separator || l.bullet || l.menu || !headline_like(l, 25) || l.words < 2) return;
    if (markers().agency(l.key) || is_date_line(l)) return;
    std::size_t j = next_nonblank(i + 1);
    if (j >= lines_.size()) return;  // a lone line is the text, not a title
    a_.title = l.text;
    label(l, "title", "first line, headline-like (" + std::to_string(l.words) + " words, no final period)");
    handled_title_ = i;
  }

  static bool has_letters(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
      if (is_word_char(next_cp(s, i))) return true;
    return false;
  }

  static bool has_arabic(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        ++i;
        continue;
      }
      if (is_arabic_letter(next_cp(s, i))) return true;
    }
    return false;
  }

  const MarkerSet& markers() const { return c_.markers; }

  // ----- the walk -------------------------------------------------------------------------
  std::size_t step(std::size_t i) {
    Line& l = lines_[i];
    if (l.blank || i == handled_title_) {
      if (l.label.empty()) label(l, "blank", "");
      return i + 1;
    }
    if (l.separator) {
      remove(l, "separator", "a rule line with no letters");
      return i + 1;
    }
    cut_tail(l);
    if (l.blank) return i + 1;
    if (l.hit) {
      const Marker& m = *l.hit.marker;
      switch (m.kind) {
        case MarkerKind::read_also:
          if (label_ok(l)) return read_also(i);
          break;
        case MarkerKind::related:
          if (label_ok(l) && (headline_like(l, 30) || l.words <= m.words + 2)) return related(i);
          break;
        case MarkerKind::source:
        case MarkerKind::author:
          if (label_ok(l)) {
            if (std::size_t n = credit(i); n) return n;
          }
          break;
        case MarkerKind::published:
        case MarkerKind::updated:
          break;  // date lines are read below
        case MarkerKind::removed:
          if (removal_ok(l)) {
            remove(l, m.removal, "marker " + m.removal + " " + quoted(m));
            if (m.removal == "copyright" || m.removal == "tags" || m.removal == "share") closed_ = lead_done_;
            return i + 1;
          }
          break;
        case MarkerKind::agency:
        case MarkerKind::place:
          break;
      }
    }
    if (auto d = date_line(l)) return i + 1;
    if (l.menu) {
      remove(l, "navigation", "one of a run of 5+ very short lines (a menu)");
      return i + 1;
    }
    if (markers().agency(l.key) && l.words <= 5) {
      if (!a_.source) a_.source = std::string(trim_chars(l.text, "()-*[]"));
      remove(l, "source", "a bare agency credit line");
      closed_ = lead_done_;
      return i + 1;
    }
    if (!lead_done_ && body_lines_ == 0 && top_lines_ < 4 && byline(l)) return i + 1;
    if (!lead_done_) ++top_lines_;
    body(i);
    return i + 1;
  }

  bool removal_ok(const Line& l) const {
    const Marker& m = *l.hit.marker;
    if (m.mode == MatchMode::prefix && m.words <= 2 && l.words > 12) return false;
    return label_ok(l);
  }

  // "... تابع الجزيرة نت على:" glued to the end of a paragraph.
  void cut_tail(Line& l) {
    // Tails end the line with ':' ("تابع الجزيرة نت على:") or are its last words.
    if (l.last != ':' && l.words > 8) return;
    MarkerHit t = markers().match_tail(l.key);
    if (!t) return;
    bool whole_rest = t.end >= l.key.size();
    if (!whole_rest && !(l.last == ':' || l.last == 0xFF1A)) return;
    int tail_words = count_words(std::string_view(l.key).substr(t.begin));
    // The same number of words from the end of the display text (trailing punctuation-only words skipped).
    std::string_view text = l.text;
    std::size_t pos = text.size();
    int seen = 0;
    while (pos > 0 && seen < tail_words) {
      std::size_t end = pos;
      while (pos > 0 && text[pos - 1] != ' ') --pos;
      std::string_view w = text.substr(pos, end - pos);
      if (!trim_chars(w, ".,:;!?|-*\"'()").empty()) ++seen;
      while (pos > 0 && text[pos - 1] == ' ') --pos;
    }
    std::string tail(trim_chars(text.substr(pos), ""));
    std::string head(trim_chars(text.substr(0, pos), ""));
    const Marker& m = *t.marker;
    if (head.empty()) {
      a_.removed.push_back({m.removal, tail});
      label(l, "removed:" + m.removal, "tail marker " + quoted(m));
      l.blank = true;
      return;
    }
    a_.removed.push_back({m.removal, tail});
    l.rule = "cut tail '" + tail + "' by marker " + quoted(m) + "; ";
    l.text = head;
    l.words = count_words(head);
    l.key = fold_key(c_.normalizer.search(head));
    l.hit = markers().match_line(l.key, l.words);
    std::size_t s = head.size() - 1;
    while (s > 0 && (static_cast<unsigned char>(head[s]) & 0xC0) == 0x80) --s;
    l.last = next_cp(head, s);
  }

  std::optional<DateLine> date_line(Line& l) {
    auto d = read_date_line(l, c_.normalizer, c_.now);
    if (!d) {
      // A bare label ("تاريخ النشر:") whose date sits on the next line.
      if (l.hit && (l.hit.marker->kind == MarkerKind::published || l.hit.marker->kind == MarkerKind::updated) &&
          l.words <= l.hit.marker->words + 1 && label_ok(l) && l.hit.marker->words >= 2) {
        remove(l, "date", "date label " + quoted(*l.hit.marker));
        return DateLine{};
      }
      return std::nullopt;
    }
    std::string rule = "date line";
    if (d->published) {
      if (!a_.published) a_.published = d->published;
      rule += " published=" + *d->published;
    }
    if (d->updated) {
      if (!a_.updated) a_.updated = d->updated;
      rule += " updated=" + *d->updated;
    }
    if (d->relative_unresolved) {
      a_.warnings.push_back("line " + std::to_string(l.no) + ": relative date \"" + l.text +
                            "\" left unresolved (no --now and no capture time)");
      rule += " (relative, unresolved)";
    }
    remove(l, "date", rule);
    return d;
  }

  // "المصدر: X", "بقلم: X"; returns the next line index, or 0 when the line is not a credit.
  std::size_t credit(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    bool is_source = m.kind == MarkerKind::source;
    std::string value(after_words(l.text, m.words));
    std::size_t next = i + 1;
    if (value.empty()) {
      std::size_t j = next_nonblank(i + 1);
      if (j < lines_.size() && !lines_[j].hit && lines_[j].words <= 6 && headline_like(lines_[j])) {
        value = lines_[j].text;
        remove(lines_[j], is_source ? "source" : "author", "value of the label on line " + std::to_string(l.no));
        next = j + 1;
      }
    }
    if (count_words(value) > 8) return 0;
    if (auto c = read_credit(value, markers(), c_.normalizer, false); c && !value.empty()) {
      if (!c->place.empty() && !a_.dateline) a_.dateline = c->place;
      std::string who = is_source ? (c->agency.empty() ? c->person : c->agency)
                                  : (c->person.empty() ? c->agency : c->person);
      if (!who.empty()) value = who;
    }
    value = std::string(trim_chars(value, "-*()"));
    std::optional<std::string>& field = is_source ? a_.source : a_.author;
    if (!field && !value.empty()) field = value;
    remove(l, is_source ? "source" : "author", std::string(is_source ? "source" : "author") + " label " + quoted(m));
    if (is_source) closed_ = lead_done_;
    return next;
  }

  // "القاهرة: وليد عقيلة", "عين اليوم – جدة", "دبي - البيان" above the lead.
  bool byline(Line& l) {
    if (l.words > 7 || !headline_like(l, 7) || l.bullet || !split_byline(l.text)) return false;
    auto c = read_credit(l.text, markers(), c_.normalizer, true);
    if (!c) return false;
    if (!c->place.empty() && !a_.dateline) a_.dateline = c->place;
    if (!c->agency.empty() && !a_.source) a_.source = c->agency;
    if (!c->person.empty() && !a_.author) a_.author = c->person;
    remove(l, "byline", "short 'place: name' line above the lead");
    return true;
  }

  void body(std::size_t i) {
    Line& l = lines_[i];
    std::string text = l.text;
    std::string rule = l.rule;
    if (!lead_done_ && l.words >= 6) {
      if (auto d = find_dateline(text, markers(), c_.normalizer)) {
        if (!a_.dateline) a_.dateline = d->value;
        a_.removed.push_back({"dateline", d->fragment});
        rule += "dateline '" + d->fragment + "' cut; ";
        text = d->rest;
      }
    }
    // A sub-heading introduces text: a short line followed by another short line is verse or a
    // list item, and a short last line is a closing remark.
    bool heading = !l.bullet && headline_like(l, 12) && l.words <= 12;
    if (heading) {
      std::size_t n = next_nonblank(i + 1);
      heading = n < lines_.size() && !(headline_like(lines_[n], 12) && !lines_[n].hit);
    }
    Block::Type type = heading ? Block::Type::heading : Block::Type::paragraph;
    a_.body.push_back({type, text});
    body_line_.push_back(i);
    ++body_lines_;
    if (heading) {
      label(l, "heading", rule + "short line without final period (" + std::to_string(l.words) + " words)");
    } else {
      lead_done_ = true;
      label(l, "body", rule + (l.bullet ? "list item" : "paragraph"));
    }
  }

  // Items of a block: the rest of the marker line, then headline-like lines (bullets allowed).
  std::size_t collect_items(std::size_t j, std::vector<Link>& out, const std::string& kind, int max_words) {
    for (;;) {
      std::size_t k = next_nonblank(j);
      if (k >= lines_.size()) return k;
      Line& l = lines_[k];
      if (l.hit || l.separator) return k;
      std::string_view item = strip_bullet(l.text);
      bool ok = l.bullet ? count_words(item) <= 45 : headline_like(l, max_words);
      // Reported speech ("وأضاف: \"...") continues the article, it is not a headline.
      if (ok && !l.bullet && item.rfind("\xD9\x88", 0) == 0 &&
          (item.find('"') != std::string_view::npos || item.find("\xC2\xAB") != std::string_view::npos))
        ok = false;
      if (!ok || is_date_line(l)) return k;
      out.push_back({std::string(item), std::nullopt, {}});
      label(l, kind, l.bullet ? "list item" : "headline-like line");
      for (std::size_t b = j; b < k; ++b)
        if (lines_[b].label.empty()) label(lines_[b], "blank", "");
      j = k + 1;
    }
  }

  std::size_t read_also(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    std::vector<Link> items;
    std::string rest(after_words(l.text, m.words));
    if (!has_letters(rest)) rest.clear();
    if (!rest.empty()) {
      std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
      a_.removed.push_back({"marker", head});
      items.push_back({rest, std::nullopt, {}});
      label(l, "read_also", "marker " + quoted(m) + " with its item on the line");
    } else {
      remove(l, "marker", "marker " + quoted(m));
    }
    std::size_t j = collect_items(i + 1, items, "read_also", 25);
    // After the article's closing credit, one headline followed by paragraphs is a whole
    // second article carried in the block (the seed's case): its paragraphs are the item's body.
    if (closed_ && items.size() == 1 && j < lines_.size() && !lines_[j].hit && !lines_[j].separator) {
      for (; j < lines_.size(); ++j) {
        Line& p = lines_[j];
        if (p.blank) {
          if (p.label.empty()) label(p, "blank", "");
          continue;
        }
        if (p.hit && p.hit.marker->kind != MarkerKind::published && p.hit.marker->kind != MarkerKind::updated) break;
        if (p.separator) break;
        if (headline_like(p, 40) && !p.bullet) {
          remove(p, "headline", "headline-like line inside a carried read-also article (a stray teaser)");
          continue;
        }
        items.back().body.push_back({Block::Type::paragraph, p.text});
        label(p, "read_also:body", "paragraph of the article carried by the read-also block");
      }
    }
    for (auto& it : items) a_.read_also.push_back(std::move(it));
    return j;
  }

  std::size_t related(std::size_t i) {
    Line& l = lines_[i];
    const Marker& m = *l.hit.marker;
    std::vector<Link> items;
    std::string rest(after_words(l.text, m.words));
    if (!has_letters(rest)) rest.clear();
    if (!rest.empty() && m.mode == MatchMode::prefix) {
      std::string head(trim_chars(std::string_view(l.text).substr(0, l.text.size() - rest.size()), ""));
      a_.removed.push_back({"marker", head});
      items.push_back({rest, std::nullopt, {}});
      label(l, "related", "marker " + quoted(m) + " with its item on the line");
    } else {
      remove(l, "marker", "marker " + quoted(m));
    }
    std::size_t j = collect_items(i + 1, items, "related", 30);
    // Teasers with a summary each (not bare headlines) when they run to the end of the page.
    std::size_t tail = 0, end = j;
    bool to_end = true;
    for (std::size_t k = j; k < lines_.size(); ++k) {
      const Line& t = lines_[k];
      if (t.blank) continue;
      bool block = t.hit && (t.hit.marker->kind == MarkerKind::read_also || t.hit.marker->kind == MarkerKind::related ||
                             t.hit.marker->kind == MarkerKind::removed);
      if (block || t.separator || t.words > 80 || ++tail > 12) {
        to_end = false;
        break;
      }
      end = k + 1;
    }
    if (to_end && tail > 0) {
      for (; j < end; ++j) {
        Line& t = lines_[j];
        if (t.blank) {
          label(t, "blank", "");
          continue;
        }
        items.push_back({std::string(strip_bullet(t.text)), std::nullopt, {}});
        label(t, "related", "teaser with summary in a related block that runs to the end");
      }
    }
    for (auto& it : items) a_.related.push_back(std::move(it));
    closed_ = lead_done_;
    return j;
  }

  // ----- related teasers that echo the story (CNN's box after the last paragraph) -----------
  void echo_teasers() {
    const std::size_t n = a_.body.size();
    if (n < 4) return;
    // The trailing run of paragraphs that open without a conjunction ("و...", "ف...").
    std::size_t run = n;
    while (run > 0) {
      const Block& b = a_.body[run - 1];
      const Line& l = lines_[body_line_[run - 1]];
      if (b.type != Block::Type::paragraph || l.bullet || starts_with_conjunction(b.text)) break;
      --run;
    }
    if (n - run < 2) return;
    std::vector<std::vector<std::string>> titles;
    for (const auto& r : a_.read_also) titles.push_back(content_words(fold_key(c_.normalizer.search(r.title))));
    std::vector<std::vector<std::string>> cw(n);
    auto words_of = [&](std::size_t b) -> const std::vector<std::string>& {
      if (cw[b].empty()) cw[b] = content_words(lines_[body_line_[b]].key);
      return cw[b];
    };
    // Teasers are whole lead sentences; a page of short repeated lines is not a teaser box.
    for (std::size_t b = run; b < n; ++b)
      if (lines_[body_line_[b]].words < 12) run = b + 1;
    for (std::size_t k = std::max<std::size_t>(run, 3); k + 2 <= n; ++k) {
      const auto& words = words_of(k);
      if (words.size() < 6) continue;
      bool echo = false;
      std::string why;
      for (std::size_t b = 0; b < k && !echo; ++b) {
        if (overlap(words, words_of(b)) >= 0.6 * words.size()) {
          echo = true;
          why = "repeats line " + std::to_string(lines_[body_line_[b]].no);
        }
      }
      for (const auto& t : titles) {
        if (!echo && t.size() >= 4 && overlap(t, words) >= 0.5 * t.size()) {
          echo = true;
          why = "repeats a read-also headline";
        }
      }
      if (!echo) continue;
      for (std::size_t b = k; b < n; ++b) {
        a_.related.push_back({a_.body[b].text, std::nullopt, {}});
        Line& l = lines_[body_line_[b]];
        label(l, "related", "teaser after the story: trailing run of stand-alone leads starting at line " +
                                std::to_string(lines_[body_line_[k]].no) + ", which " + why);
      }
      a_.body.resize(k);
      body_line_.resize(k);
      return;
    }
  }

  static bool starts_with_conjunction(std::string_view text) {
    // "و" or "ف" glued to the first word ("وقال", "فيما"), or standing alone.
    return text.rfind("\xD9\x88", 0) == 0 || text.rfind("\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7", 0) == 0;
  }

  static std::size_t overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::size_t n = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
      if (*i < *j) {
        ++i;
      } else if (*j < *i) {
        ++j;
      } else {
        ++n;
        ++i;
        ++j;
      }
    }
    return n;
  }

  SegmentContext& c_;
  std::vector<Line>& lines_;
  Article& a_;
  std::size_t handled_title_ = static_cast<std::size_t>(-1);
  bool lead_done_ = false;  // the first body paragraph has been seen
  bool closed_ = false;     // a closing credit (source, agency, copyright) followed the article
  int body_lines_ = 0, top_lines_ = 0;
  std::vector<std::size_t> body_line_;  // the line of each body block
};

}  // namespace

void segment_lines(SegmentContext& ctx) { Walker(ctx).run(); }

}  // namespace akhbar::detail
