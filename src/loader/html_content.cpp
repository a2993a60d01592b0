// Which element of an HTML page holds the article, by the page's structure (the idea of Mozilla
// Readability's scoring and trafilatura's tree cleaning, tuned on Arabic news pages): every
// paragraph-like block scores by its length, commas and full stops unless it is mostly links, and
// passes the score up to its parent, grandparent and further ancestors; an ancestor's score
// counts its tag, semantic role and class hints and shrinks with its link density. The best
// element is taken with the siblings that continue it, and its text is read without the
// boilerplate inside it (share bars, comment sections, tags, captions, link promos, which become
// read-also boxes).
#include <strings.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"
#include "loader/detail_text.h"

namespace akhbar::detail {

namespace {

// What the scorer knows of one element.
struct Info {
  std::uint32_t text = 0;    // characters of visible text (code points, spaces not counted)
  std::uint32_t links = 0;   // of which inside links
  std::uint32_t commas = 0;  // "," and "،"
  std::uint32_t stops = 0;   // "." "؟" "?" "!" ending sentences
  std::uint32_t headline_links = 0;
  // The same with pruned descendants counted (what the element shows, for the writer).
  std::uint32_t all_text = 0, all_links = 0, all_headline_links = 0;
  // Text outside block children: a portal's paragraphs separated by <br> inside one element.
  std::uint32_t direct_text = 0, direct_commas = 0, direct_stops = 0, direct_links = 0;
  bool has_block = false;  // holds block children other than <br>/<hr>
  bool scored = false;     // an ancestor of a scored paragraph
  bool pruned = false;     // boilerplate by its class or role: not counted in its ancestors
  double score = 0;
  int depth = 0;
};

bool is_heading_tag(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// Elements the scorer does not look into. A <form> is looked into: ASP.NET pages wrap the whole
// page in one (a comment form inside the article is dropped when the text is written).
bool unscored(GumboTag t) { return t != GUMBO_TAG_FORM && html_skipped_tag(t); }


// The text under `n` as written, its line breaks kept (a <pre>'s).
void raw_text(const GumboNode* n, std::string& out, int depth) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    out += n->v.text.text;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth || html_skipped_tag(n->v.element.tag)) return;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    raw_text(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// Where the first blank line (a line break, blanks, a line break) of `s` ends; npos when none.
std::size_t blank_line(std::string_view s) {
  for (std::size_t at = s.find('\n'); at != std::string_view::npos; at = s.find('\n', at + 1)) {
    std::size_t next = at + 1;
    while (next < s.size() && (s[next] == ' ' || s[next] == '\t' || s[next] == '\r')) ++next;
    if (next < s.size() && s[next] == '\n') return next + 1;
  }
  return std::string_view::npos;
}

const GumboNode* element_child(const GumboNode* n, unsigned i) {
  return static_cast<const GumboNode*>(n->v.element.children.data[i]);
}

bool is_ancestor(const GumboNode* a, const GumboNode* n) {
  for (const GumboNode* p = n; p; p = p->parent)
    if (p == a) return true;
  return false;
}

// Whether `n` is or holds an element whose tag `wanted` accepts.
template <typename Wanted>
bool holds_element(const GumboNode* n, Wanted wanted, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  if (wanted(n->v.element.tag)) return true;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (holds_element(element_child(n, i), wanted, depth + 1)) return true;
  return false;
}

class Scorer {
 public:
  explicit Scorer(const std::optional<std::string>& base) : m_base(base) {}

  Info& info(const GumboNode* n) { return m_info[n]; }
  const Info* find(const GumboNode* n) const {
    auto it = m_info.find(n);
    return it == m_info.end() ? nullptr : &it->second;
  }

  // Pass 1: text, link and punctuation counts of every element, bottom up.
  Info measure(const GumboNode* n, int depth, bool in_link) {
    Info r;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      const char* s = n->v.text.text;
      for (std::size_t i = 0; s[i]; ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++r.text;
        if (c == ',') ++r.commas;
        if (c == 0xD8 && static_cast<unsigned char>(s[i + 1]) == 0x8C) ++r.commas;  // ،
        if (c == 0xD8 && static_cast<unsigned char>(s[i + 1]) == 0x9F) ++r.stops;   // ؟
        if ((c == '.' || c == '!' || c == '?') &&
            (s[i + 1] == 0 || s[i + 1] == ' ' || s[i + 1] == '\n' || s[i + 1] == '"'))
          ++r.stops;
      }
      if (in_link) r.links = r.text;
      r.all_text = r.text;
      r.all_links = r.links;
      return r;
    }
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return r;
    GumboTag tag = n->v.element.tag;
    if (unscored(tag)) return r;
    bool link = tag == GUMBO_TAG_A;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      Info c = measure(k, depth + 1, in_link || link);
      // Boilerplate by its class (a comment section, a share bar, a related list) is not
      // counted in its ancestors, as Readability removes unlikely candidates before scoring.
      r.all_text += c.all_text;
      r.all_links += c.all_links;
      r.all_headline_links += c.all_headline_links;
      if (k->type == GUMBO_NODE_ELEMENT && depth > 0 && !spared(k) && html_pruned(k, c.all_text, c.all_links)) {
        m_info[k].pruned = true;
        continue;
      }
      r.text += c.text;
      r.links += c.links;
      r.commas += c.commas;
      r.stops += c.stops;
      r.headline_links += c.headline_links;
      if (k->type == GUMBO_NODE_ELEMENT && html_block_tag(k->v.element.tag) &&
          k->v.element.tag != GUMBO_TAG_BR && k->v.element.tag != GUMBO_TAG_HR) {
        r.has_block = true;
      } else {
        r.direct_text += c.text;
        r.direct_commas += c.commas;
        r.direct_stops += c.stops;
        r.direct_links += c.links;
      }
    }
    if (link && article_href(html_attr(n, "href")) && r.all_text >= 12 && !headline_of_link(n).empty()) {
      ++r.headline_links;
      ++r.all_headline_links;
    }
    r.depth = depth;
    m_info[n] = r;
    return r;
  }

  // Whether `n` follows a link of its own (its previous element sibling an <a>, or a heading holding one) and ends with
  // an ellipsis ("…", "..."): a card's excerpt of the story the link names.
  static bool teaser_excerpt(const GumboNode* n) {
    const GumboNode* p = n->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT || n->index_within_parent == 0) return false;
    const GumboNode* prev = nullptr;
    for (unsigned i = n->index_within_parent; i-- > 0 && !prev;)
      if (const auto* k = static_cast<const GumboNode*>(p->v.element.children.data[i]); k->type == GUMBO_NODE_ELEMENT)
        prev = k;
    // (A heading's link is its first element: "<h3><a>TITLE</a></h3>"; so is a grid cell's that holds only its
    // link: "<div class=cell><a>TITLE</a></div>", a database's record title beside its excerpt.)
    if (prev && (is_heading_tag(prev->v.element.tag) ||
                 (prev->v.element.children.length == 1 && element_child(prev, 0)->type == GUMBO_NODE_ELEMENT &&
                  element_child(prev, 0)->v.element.tag == GUMBO_TAG_A)))
      for (unsigned i = 0; i < prev->v.element.children.length; ++i)
        if (const auto* k = static_cast<const GumboNode*>(prev->v.element.children.data[i]); k->type == GUMBO_NODE_ELEMENT) {
          prev = k;
          break;
        }
    if (!prev || prev->type != GUMBO_NODE_ELEMENT || prev->v.element.tag != GUMBO_TAG_A) return false;
    std::string t = html_text(n);
    std::string_view v = trim(t);
    return v.ends_with("\xE2\x80\xA6") || v.ends_with("...");  // …
  }

  // Pass 2: paragraph-like blocks pass their score to their ancestors.
  void score(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    GumboTag tag = n->v.element.tag;
    if (unscored(tag)) return;
    const Info* in = find(n);
    if (!in || in->pruned) return;
    bool paragraph_like = false;
    switch (tag) {
      case GUMBO_TAG_P:
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_BLOCKQUOTE:
      case GUMBO_TAG_DD:
        paragraph_like = true;
        break;
      // A table cell is a paragraph when it holds text, not when it lays out the page: a
      // WebForms or portal page puts its menus, sidebars and the article's own blocks in cells.
      case GUMBO_TAG_TD:
      case GUMBO_TAG_DIV:
      case GUMBO_TAG_SECTION:
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_SPAN:
      case GUMBO_TAG_FONT:
      case GUMBO_TAG_CENTER:
        paragraph_like = !in->has_block;
        break;
      default:
        break;
    }
    if (tag == GUMBO_TAG_PRE && in->text >= 50 && in->links * 2 <= in->text) {
      // A print edition's or an OCR's text in one <pre>: its blank lines part its paragraphs, and
      // it holds them as a <div> holds <p>s, so it outscores the frame around it (the page's
      // number, a note on the scan) as the text's own element.
      std::string raw;
      raw_text(n, raw, 0);
      std::vector<double> parts;
      for (std::string_view rest = raw; !rest.empty();) {
        std::size_t cut = blank_line(rest);
        std::string_view part = rest.substr(0, cut);
        rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut);
        std::uint32_t chars = 0, commas = 0, stops = 0;
        for (std::size_t i = 0; i < part.size(); ++i) {
          auto c = static_cast<unsigned char>(part[i]);
          auto c1 = i + 1 < part.size() ? static_cast<unsigned char>(part[i + 1]) : 0;
          if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++chars;
          if (c == ',' || (c == 0xD8 && c1 == 0x8C)) ++commas;
          if ((c == 0xD8 && c1 == 0x9F) ||
              ((c == '.' || c == '!' || c == '?') && (c1 == 0 || c1 == ' ' || c1 == '\n')))
            ++stops;
        }
        if (chars >= 25)
          parts.push_back(1 + commas + std::min(chars / 100.0, 3.0) +
                          0.5 * std::min<std::uint32_t>(stops, 4));
      }
      if (parts.size() >= 2) {
        for (double ps : parts) {
          ++m_paragraphs;
          add(n, ps, 0);
        }
        return;
      }
    }
    // Another story's excerpt under its linked headline, cut with an ellipsis (a feed's card: "<a>TITLE</a><p>…
    // …</p>"), is a teaser, however prose-shaped: it scores nothing.
    if (paragraph_like && in->text >= 25 && teaser_excerpt(n)) return;
    if (paragraph_like && in->text >= 25 && in->links * 2 <= in->text) {
      ++m_paragraphs;
      double s =
          1 + in->commas + std::min(in->text / 100.0, 3.0) + 0.5 * std::min<std::uint32_t>(in->stops, 4);
      double divider = 1;
      int level = 0;
      for (const GumboNode* a = n->parent; a && a->type == GUMBO_NODE_ELEMENT && level < 5;
           a = a->parent, ++level) {
        if (a->v.element.tag == GUMBO_TAG_HTML) break;
        Info& ai = info(a);
        if (!ai.scored) {
          ai.scored = true;
          ai.score = base_score(a);
          m_candidates.push_back(a);
        }
        divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        ai.score += s / divider;
      }
      // A paragraph-like block keeps a score of its own too, for the sibling step.
      Info& self = info(n);
      if (!self.scored) {
        self.scored = true;
        self.score = base_score(n) + s;
        m_candidates.push_back(n);
      }
      return;  // its inside is one paragraph
    }
    if (in->has_block && in->direct_text >= 100 && in->direct_links * 2 <= in->direct_text) {
      // Paragraphs separated by <br> beside block children: the element is itself the text.
      ++m_paragraphs;
      double s = 1 + in->direct_commas + std::min(in->direct_text / 100.0, 3.0) +
                 0.5 * std::min<std::uint32_t>(in->direct_stops, 4);
      add(n, s, 0);
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) score(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  // Adds a paragraph's score `s` to `n` and, less and less, to its ancestors.
  void add(const GumboNode* n, double s, int level) {
    for (const GumboNode* a = n; a && a->type == GUMBO_NODE_ELEMENT && level < 6; a = a->parent, ++level) {
      if (a->v.element.tag == GUMBO_TAG_HTML) break;
      Info& ai = info(a);
      if (!ai.scored) {
        ai.scored = true;
        ai.score = base_score(a);
        m_candidates.push_back(a);
      }
      ai.score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
  }

  double final_score(const GumboNode* n) const {
    const Info* in = find(n);
    if (!in || !in->scored) return 0;
    double ld = in->text ? static_cast<double>(in->links) / in->text : 1.0;
    return in->score * (1 - ld);
  }

  const std::vector<const GumboNode*>& candidates() const { return m_candidates; }
  std::size_t paragraphs() const { return m_paragraphs; }

  // An element whose class hint is not to prune it (measure() again after sparing one).
  void spare(const GumboNode* n) { m_spared.insert(n); }
  bool spared(const GumboNode* n) const { return m_spared.count(n) > 0; }
  // Whether a spared element is `n` or inside it.
  bool holds_spared(const GumboNode* n) const {
    return std::any_of(m_spared.begin(), m_spared.end(), [n](const GumboNode* s) { return is_ancestor(n, s); });
  }

  // The element a comments hint pruned that holds at least html_thread_min_share of the page's
  // text when the best block holds less than html_thread_best_max_share of it: a forum thread's
  // container of posts ("js-replyNewMessageContainer"), whose first post is the article. nullptr
  // when none.
  const GumboNode* thread_in_comments(std::size_t page_text, std::size_t best_text) const {
    if (page_text == 0 || best_text >= page_text * html_thread_best_max_share) return nullptr;
    const GumboNode* out = nullptr;
    std::uint32_t most = 0;
    // A thread whose every post carries the hint (NodeBB's <li itemprop="comment">, the first one
    // the topic's own post): sibling posts count together, and the first is the one set aside when
    // it is the longest of them (a news page's first comment seldom is).
    struct Group {
      std::uint32_t text = 0, longest = 0;
      const GumboNode* first = nullptr;
    };
    std::unordered_map<const GumboNode*, Group> posts;
    for (const auto& [n, in] : m_info) {
      if (!in.pruned || html_hint(n) != Hint::comments) continue;
      if (in.all_text > most) {
        most = in.all_text;
        out = n;
      }
      Group& g = posts[n->parent];
      g.text += in.all_text;
      g.longest = std::max(g.longest, in.all_text);
      if (!g.first || n->index_within_parent < g.first->index_within_parent) g.first = n;
    }
    for (const auto& [parent, g] : posts)
      if (g.text > most && find(g.first)->all_text == g.longest) {
        most = g.text;
        out = g.first;
      }
    return most >= page_text * html_thread_min_share ? out : nullptr;
  }

  // The element inside a spared `thread` that a comments hint pruned too and that holds nearly all of
  // its text (esoTalk's #conversationBody around #conversationPosts: both named "conversation"), to be
  // spared in turn; nullptr when none.
  const GumboNode* thread_inside(const GumboNode* thread) const {
    const Info* outer = find(thread);
    if (!outer) return nullptr;
    const GumboNode* out = nullptr;
    std::uint32_t most = 0;
    for (const auto& [n, in] : m_info)
      if (in.pruned && n != thread && in.all_text > most && html_hint(n) == Hint::comments && is_ancestor(thread, n)) {
        most = in.all_text;
        out = n;
      }
    return most >= outer->all_text * html_thread_nested_share ? out : nullptr;
  }

  // The element's score before its paragraphs: its tag, its semantics and its class hints.
  static double base_score(const GumboNode* n) {
    double s = 0;
    switch (n->v.element.tag) {
      case GUMBO_TAG_DIV:
        s += 5;
        break;
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_MAIN:
        s += 10;
        break;
      case GUMBO_TAG_PRE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE:
        s += 3;
        break;
      case GUMBO_TAG_ADDRESS:
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
      case GUMBO_TAG_DL:
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_LI:
      case GUMBO_TAG_FORM:
        s -= 3;
        break;
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
      case GUMBO_TAG_H3:
      case GUMBO_TAG_H4:
      case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
      case GUMBO_TAG_TH:
        s -= 5;
        break;
      default:
        break;
    }
    if (const char* ip = html_attr(n, "itemprop"); ip && strcasecmp(ip, "articleBody") == 0) s += 30;
    if (const char* role = html_attr(n, "role"); role && strcasecmp(role, "main") == 0) s += 10;
    switch (html_hint(n)) {
      case Hint::content:
        s += 25;
        break;
      case Hint::none:
        break;
      default:
        s -= 25;
        break;
    }
    return s;
  }

 private:
  std::optional<std::string> m_base;
  std::unordered_map<const GumboNode*, Info> m_info;
  std::vector<const GumboNode*> m_candidates;
  std::size_t m_paragraphs = 0;
  std::unordered_set<const GumboNode*> m_spared;
};


// The innermost element whose text starts `n`'s text (the block of its first line).
const GumboNode* first_element_with_text(const GumboNode* n, int depth = 0) {
  if (depth > 32) return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) return n;
    if (k->type == GUMBO_NODE_ELEMENT && !trim(html_text(k)).empty()) return first_element_with_text(k, depth + 1);
  }
  return n;
}

// Whether `n` is or holds an <h1>-<h6>.
bool holds_heading(const GumboNode* n) {
  return holds_element(n, [](GumboTag t) { return is_heading_tag(t); });
}

// Whether `n` is or holds a `tag` element.
bool holds_tag(const GumboNode* n, GumboTag tag) {
  return holds_element(n, [tag](GumboTag t) { return t == tag; });
}

// The text of `n` without its links, when each link is a word or three (a section's or a writer's
// name); nullopt when a link is longer (a headline) or there are more than two.
std::optional<std::string> without_short_links(const GumboNode* n) {
  int links = 0;
  bool headline = false;
  std::string out;
  std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* k, int depth) {
    if (depth > html_max_depth || headline) return;
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) {
      out += k->v.text.text;
      return;
    }
    if (k->type != GUMBO_NODE_ELEMENT || html_skipped_tag(k->v.element.tag)) return;
    if (k->v.element.tag == GUMBO_TAG_A) {
      std::string t(trim(html_text(k)));
      headline = ++links > 2 || std::count(t.begin(), t.end(), ' ') >= 3;
      return;
    }
    for (unsigned i = 0; i < k->v.element.children.length; ++i) walk(element_child(k, i), depth + 1);
  };
  walk(n, 0);
  if (headline) return std::nullopt;
  std::string t(trim(out));
  std::replace(t.begin(), t.end(), '\n', ' ');
  while (!t.empty() && (t.back() == ' ' || t.back() == '|')) t.pop_back();
  if (t.size() >= 2 && t.ends_with("\xC2\xB7")) t.resize(t.size() - 2);  // a dangling "·"
  return std::string(trim(t));
}

// "بتاريخ: 22.09.2019, 07:19" out of a row of fields parted by " | ": the part that opens with a
// publication label ("بتاريخ", "تاريخ النشر", "نشر في") and holds a digit; nullopt when none does.
std::optional<std::string> labelled_date(std::string_view row) {
  for (std::size_t at = 0; at <= row.size();) {
    std::size_t end = std::min(row.find(" | ", at), row.size());
    std::string_view part = trim(row.substr(at, end - at));
    std::string f = fold_heading(part);
    for (std::string_view label : {"بتاريخ", "تاريخ النشر", "نشر في", "نشر بتاريخ", "تاريخ الاضافه", "اضيف في"})
      if (f.rfind(label, 0) == 0 && (f.size() == label.size() || f[label.size()] == ' ') &&
          part.find_first_of("0123456789") != std::string_view::npos)
        return std::string(part);
    at = end + 3;
  }
  return std::nullopt;
}

// A forum's edit notice ("آخر تعديل بواسطة NAME في DATE، عدل مرتين"): a line that opens with a
// last-edit label and holds a year. Its date is the segmenter's to read (rule update_note).
bool edit_notice(std::string_view line) {
  std::string f = fold_heading(line);
  bool labelled = false;
  for (std::string_view label : {"اخر تعديل", "اخر تحرير", "last edited"})
    labelled = labelled || f.rfind(label, 0) == 0;
  int run = 0;
  for (char c : line) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (labelled && run == 4) return true;
  }
  return false;
}

// Whether `n` is or holds an <img>.
bool has_image(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  if (n->v.element.tag == GUMBO_TAG_IMG) return true;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (has_image(element_child(n, i), depth + 1)) return true;
  return false;
}

// Whether `n` shows anything: a letter of text in any element but a script or style (a sidebar's
// too), or a picture.
bool shows_anything(const GumboNode* n, int depth = 0) {
  if (depth > html_max_depth) return true;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) return !trim(n->v.text.text).empty();
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  const GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return false;
  if (t == GUMBO_TAG_IMG || t == GUMBO_TAG_SVG || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_IFRAME) return true;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (shows_anything(element_child(n, i), depth + 1)) return true;
  return false;
}

// Whether `n` is or holds a <pre> or <code> element: program code.
bool holds_code(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  if (n->v.element.tag == GUMBO_TAG_PRE || n->v.element.tag == GUMBO_TAG_CODE) return true;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (holds_code(element_child(n, i), depth + 1)) return true;
  return false;
}

// Whether `n` holds a table whose rows, html_dated_rows_min or more, each pair a cell that is a date alone
// with cells of a title's length (an R Markdown page's "what I collected before it": date, headline): a list
// of other stories set as a table, not the text's data.
// Whether a list item is a dated headline: a date alone before a dash or a colon, after the last dash, or in a
// closing bracket ("15 آب 2024 - أضواء على الجانب الاقتصادي", "20 معلومة لا تعرفها (17 أبريل 2022)"), beside a
// title of three words or more and no longer than a headline.
bool dated_item(std::string_view t) {
  t = trim(t);
  if (t.empty() || visible_chars(std::string(t).c_str()) > html_dated_row_title_max_chars) return false;
  auto split = [&](std::size_t at, std::size_t sep) {
    std::string_view a = trim(t.substr(0, at)), b = trim(t.substr(at + sep));
    auto dated = [](std::string_view d) { return !d.empty() && date_shaped(d) && date_alone(d); };
    auto titled = [](std::string_view h) { return std::count(h.begin(), h.end(), ' ') >= 2; };
    return (dated(a) && titled(b)) || (dated(b) && titled(a));
  };
  for (std::string_view sep : {" - ", " \xE2\x80\x93 ", ": "}) {
    if (std::size_t at = t.find(sep); at != std::string_view::npos && split(at, sep.size())) return true;
    if (std::size_t at = t.rfind(sep); at != std::string_view::npos && split(at, sep.size())) return true;
  }
  if (t.back() == ')')
    if (std::size_t open = t.rfind('('); open != std::string_view::npos && open > 0) {
      std::string_view inner = t.substr(open + 1, t.size() - open - 2);
      std::string_view head = trim(t.substr(0, open));
      return date_shaped(inner) && date_alone(inner) && std::count(head.begin(), head.end(), ' ') >= 2;
    }
  return false;
}

// A row of cells (a table's <tr>, or a list item of spans: a mail client's inbox row "FROM | SUBJECT - EXCERPT
// … | Jun 5"): 1 when one cell is a date alone and another a title of three words or more, -1 when a cell
// holds prose (the text's own table), else 0.
int dated_cells(const GumboNode* row) {
  bool date = false, title = false;
  for (unsigned i = 0; i < row->v.element.children.length; ++i) {
    const GumboNode* c = element_child(row, i);
    if (c->type != GUMBO_NODE_ELEMENT || (row->v.element.tag == GUMBO_TAG_TR && c->v.element.tag != GUMBO_TAG_TD))
      continue;
    std::string t(trim(html_text(c)));
    if (t.empty()) continue;
    if ((date_shaped(t) && date_alone(t)) || day_month(t, true))
      date = true;
    else if (visible_chars(t.c_str()) > html_dated_row_title_max_chars)
      return -1;
    else
      title = title || std::count(t.begin(), t.end(), ' ') >= 2;
  }
  return date && title ? 1 : 0;
}

bool holds_dated_rows(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  if (n->v.element.tag == GUMBO_TAG_TR) return false;
  // A list of dated headlines ("موعدنا في الأسابيع المقبلة": a schedule; an archive by day) as a table of them.
  if (n->v.element.tag == GUMBO_TAG_UL || n->v.element.tag == GUMBO_TAG_OL) {
    int items = 0, dated = 0;
    for (unsigned i = 0; i < n->v.element.children.length; ++i) {
      const GumboNode* li = element_child(n, i);
      if (li->type != GUMBO_NODE_ELEMENT || li->v.element.tag != GUMBO_TAG_LI) continue;
      ++items;
      dated += dated_item(html_text(li)) || dated_cells(li) > 0;
    }
    return dated >= html_dated_rows_min && dated * 2 >= items;
  }
  if (n->v.element.tag == GUMBO_TAG_TABLE) {
    int rows = 0, dated = 0;
    std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* k, int d) {
      if (k->type != GUMBO_NODE_ELEMENT || d > html_max_depth) return;
      if (k->v.element.tag == GUMBO_TAG_TR) {
        int r = dated_cells(k);
        if (r < 0) return;  // a cell of prose: the text's own table
        ++rows;
        dated += r;
        return;
      }
      for (unsigned i = 0; i < k->v.element.children.length; ++i) walk(element_child(k, i), d + 1);
    };
    walk(n, depth);
    return dated >= html_dated_rows_min && dated * 2 >= rows;
  }
  // Rows of cells in any other element (a mail client's message list: <div role=option> rows of spans): the children
  // of one tag and class or role, the most of them (a text's classless paragraphs are no rows: they are not read
  // cell by cell).
  auto kind = [](const GumboNode* c) {
    const char* k = html_attr(c, "class");
    return std::string_view(k ? k : html_attr(c, "role") ? html_attr(c, "role") : "");
  };
  std::map<std::pair<GumboTag, std::string_view>, int> kinds;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (const GumboNode* c = element_child(n, i); c->type == GUMBO_NODE_ELEMENT && !kind(c).empty())
      ++kinds[{c->v.element.tag, kind(c)}];
  auto most = std::max_element(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most != kinds.end() && most->second >= html_dated_rows_min) {
    int dated = 0;
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      if (const GumboNode* c = element_child(n, i);
          c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == most->first.first && kind(c) == most->first.second)
        dated += dated_cells(c) > 0;
    if (dated >= html_dated_rows_min && dated * 2 >= most->second) return true;
  }
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (holds_dated_rows(element_child(n, i), depth + 1)) return true;
  return false;
}

// Whether `n` holds a picture that is not a link's to another page (a picture linked to its own
// file is still the picture).
bool has_unlinked_image(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  if (n->v.element.tag == GUMBO_TAG_IMG) return true;
  if (const char* href = n->v.element.tag == GUMBO_TAG_A ? html_attr(n, "href") : nullptr;
      href && article_href(href) && !file_href(href))
    return false;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (has_unlinked_image(element_child(n, i), depth + 1)) return true;
  return false;
}

// A list of the story's details above its text (Geeklog's "<ul class=story-information>": the poster, the
// date, the topic): every item a few words and no sentence, one of them a date; a list of highlights holds
// sentences and no date alone.
bool details_list(const GumboNode* n) {
  if (n->v.element.tag != GUMBO_TAG_UL && n->v.element.tag != GUMBO_TAG_OL) return false;
  int items = 0;
  bool dated = false;
  for (unsigned i = 0; i < n->v.element.children.length; ++i) {
    const GumboNode* k = element_child(n, i);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    if (k->v.element.tag != GUMBO_TAG_LI) return false;
    std::string t(trim(html_text(k)));
    if (std::count(t.begin(), t.end(), ' ') >= html_details_item_max_words || t.ends_with(".") ||
        t.ends_with("\xD8\x9F"))
      return false;
    dated = dated || date_shaped(t);
    ++items;
  }
  return items >= 2 && dated;
}

// A row of an article's tools: two links or more, no sentence's end and at most html_tools_row_chars
// characters ("اطبع المقالة نسخة PDF أرسلها لصديق التعليقات (3)" with the size and a date).
bool tools_row(const GumboNode* n) {
  std::string t(trim(html_text(n)));
  if (visible_chars(t.c_str()) > html_tools_row_chars || t.find('.') != std::string::npos ||
      t.find("\xD8\x9F") != std::string::npos || holds_heading(n))
    return false;
  int links = 0;
  std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* k, int depth) {
    if (k->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    if (k->v.element.tag == GUMBO_TAG_A) {
      ++links;
      return;
    }
    for (unsigned i = 0; i < k->v.element.children.length; ++i) walk(element_child(k, i), depth + 1);
  };
  walk(n, 0);
  return links >= 2;
}

// Whether `n` holds an <a> (with an href when `need_href`: a bare anchor is no link to follow).
bool has_link(const GumboNode* n, bool need_href, int depth = 0) {
  if (!n || n->type != GUMBO_NODE_ELEMENT || depth > 32) return false;
  if (n->v.element.tag == GUMBO_TAG_A && (!need_href || html_attr(n, "href"))) return true;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (has_link(static_cast<const GumboNode*>(kids.data[i]), need_href, depth + 1)) return true;
  return false;
}

// Whether `n` holds a link that leads off the page: not an in-page anchor ("<h2><a class=anchor
// href="#_related"></a>…</h2>": Antora's and Sphinx's heading permalinks).
bool has_outbound_link(const GumboNode* n, int depth = 0) {
  if (!n || n->type != GUMBO_NODE_ELEMENT || depth > 32) return false;
  if (n->v.element.tag == GUMBO_TAG_A) {
    const char* href = html_attr(n, "href");
    return href && href[0] != '#';
  }
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (has_outbound_link(element_child(n, i), depth + 1)) return true;
  return false;
}

// The text of `n` before its first link ("اقرأ أيضاً بالساحة:" of "<p><strong>اقرأ أيضاً بالساحة:</strong>
// <a>...</a></p>"); `done` is set once a link is met.
void text_before_link(const GumboNode* n, std::string& out, bool& done, int depth = 0) {
  if (done || depth > 32) return;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
    out += n->v.text.text;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  if (n->v.element.tag == GUMBO_TAG_A) {
    done = true;
    return;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length && !done; ++i)
    text_before_link(static_cast<const GumboNode*>(kids.data[i]), out, done, depth + 1);
}

// The <a href> elements in `n`.
std::size_t count_anchors(const GumboNode* n, int depth = 0) {
  if (!n || n->type != GUMBO_NODE_ELEMENT || depth > 32) return 0;
  if (n->v.element.tag == GUMBO_TAG_A) return html_attr(n, "href") ? 1 : 0;
  std::size_t c = 0;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    c += count_anchors(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  return c;
}

// The <a href> elements in `n`, and how many of them show no text (a picture or an icon).
std::pair<std::size_t, std::size_t> anchors_without_text(const GumboNode* n, int depth = 0) {
  if (!n || n->type != GUMBO_NODE_ELEMENT || depth > 32) return {0, 0};
  if (n->v.element.tag == GUMBO_TAG_A) {
    if (!html_attr(n, "href")) return {0, 0};
    return {1, trim(html_text(n)).empty() ? 1 : 0};
  }
  std::pair<std::size_t, std::size_t> c{0, 0};
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto k = anchors_without_text(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    c.first += k.first;
    c.second += k.second;
  }
  return c;
}

// Whether all of a paragraph's text is set in one emphasis element (<em>, <i>, <small>): a note
// set apart from the text (a disclaimer under a column), not a paragraph of it.
bool wholly_emphasized(const GumboNode* p) {
  const GumboNode* only = nullptr;
  const GumboVector& kids = p->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
    if (k->type != GUMBO_NODE_ELEMENT || only) return false;
    only = k;
  }
  if (!only) return false;
  GumboTag t = only->v.element.tag;
  return t == GUMBO_TAG_EM || t == GUMBO_TAG_I || t == GUMBO_TAG_SMALL;
}

// A label before a box's text is a few words ("باختصار:", "الادعاء:"); 60 bytes is about six words.
constexpr std::size_t lead_label_max_bytes = 60;

// How a block opens: with its own text, with a heading element, or with a box's label — a short
// bold label ending in a colon ("<b>باختصار:</b>") or a short element whose class names a label
// ("<div class=claim-label>الادعاء</div>"). A labelled box before the text (a fact-check's claim,
// an aggregator's summary) is a box of the page, not the article's lead.
enum class Opening { text, heading, box_label };
Opening opening_of(const GumboNode* n) {
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
    if (k->type != GUMBO_NODE_ELEMENT) return Opening::text;
    GumboTag t = k->v.element.tag;
    if (is_heading_tag(t)) return Opening::heading;
    std::string label(trim(html_text(k)));
    if (label.empty() || label.size() > lead_label_max_bytes) return Opening::text;
    if ((t == GUMBO_TAG_B || t == GUMBO_TAG_STRONG) && label.back() == ':') return Opening::box_label;
    if (const char* c = html_attr(k, "class"); c && std::string_view(c).find("label") != std::string_view::npos)
      return Opening::box_label;
    return Opening::text;
  }
  return Opening::text;
}

// Reads the chosen elements' text, leaving out what is not the article inside them.

// How many runs of exactly four digits, Western or Arabic-Indic, a text holds (its years).
int years_in(std::string_view t) {
  int run = 0, years = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    unsigned char c = i < t.size() ? static_cast<unsigned char>(t[i]) : 0;
    bool d = c >= '0' && c <= '9';
    if (c == 0xD9 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(t[i + 1]) <= 0xA9) {
      d = true;
      ++i;
    }
    if (!d && run == 4) ++years;
    run = d ? run + 1 : 0;
  }
  return years;
}

// Whether a text holds four digits in a row, Western or Arabic-Indic (a year).
// Whether text holds more Latin letters than Arabic ones.
bool latin_over_arabic(std::string_view t) {
  std::size_t latin = 0;
  for (char c : t) latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return latin > count_arabic_letters(t);
}

bool has_year(std::string_view t) {
  int run = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    bool d = c >= '0' && c <= '9';
    if (c == 0xD9 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(t[i + 1]) <= 0xA9) {
      d = true;
      ++i;
    }
    run = d ? run + 1 : 0;
    if (run >= 4) return true;  // a year
  }
  return false;
}

// The element's only element child (whitespace and comments aside), or nullptr when it has text or several.
const GumboNode* only_element_child(const GumboNode* e) {
  const GumboNode* only = nullptr;
  for (unsigned k = 0; k < e->v.element.children.length; ++k) {
    const GumboNode* c = element_child(e, k);
    if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
    if (c->type != GUMBO_NODE_ELEMENT || only) return nullptr;
    only = c;
  }
  return only;
}

// Whether the element's only content is one <em> or <i> (an italic note or credit).
bool italic_only(const GumboNode* e) {
  const GumboNode* only = only_element_child(e);
  return only && (only->v.element.tag == GUMBO_TAG_EM || only->v.element.tag == GUMBO_TAG_I);
}

// The links (<a href>) under an element, counted up to a few.
int links_in(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return 0;
  int count = n->v.element.tag == GUMBO_TAG_A && html_attr(n, "href") ? 1 : 0;
  for (unsigned i = 0; i < n->v.element.children.length && count < 8; ++i)
    count += links_in(element_child(n, i), depth + 1);
  return count;
}

class Writer {
 public:
  // `site`: where the page has no address of its own, the host most of its links lead to, for
  // telling the site's own stories (never for resolving a link).
  Writer(const Scorer& scorer, const std::optional<std::string>& base, ContentPick& out,
         std::optional<std::string> site = std::nullopt)
      : m_scorer(scorer), m_base(base), m_site(std::move(site)), m_out(out) {}

  // The texts of <header> elements that stand two or more times in the chosen blocks (a slide deck's running
  // head): no part of the text.
  void note_running_heads(const std::vector<const GumboNode*>& roots) {
    std::unordered_map<std::string, int> seen;
    std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* n, int depth) {
      if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
      if (n->v.element.tag == GUMBO_TAG_HEADER) {
        if (std::string t(trim(html_text(n))); !t.empty() && t.size() <= html_running_head_max_bytes) ++seen[t];
        return;
      }
      for (unsigned i = 0; i < n->v.element.children.length; ++i) walk(element_child(n, i), depth + 1);
    };
    for (const GumboNode* r : roots) walk(r, 0);
    for (const auto& [t, count] : seen)
      if (count >= 2) m_running_heads.insert(t);
  }

  // What a chosen element is: the article's text, or a read-also card between two parts of it.
  enum class Root { text, card };
  void write(const GumboNode* root, Root what) {
    if (what == Root::card) {
      // Its links become a box; its text is not the article's.
      drop(root, "read-also card between two parts of the text");
      capture(root, Hint::read_also);
      return;
    }
    m_root = root;
    m_written = 0;
    walk(root, 0);
    m_lines.flush();
  }
  std::string finish() {
    std::string text = drop_share_lines(m_lines.finish());
    // A clock time alone after the text ("01:20 ت م" under a wire story, after its "انتهى"):
    // when the story was filed, not a paragraph of it.
    while (!text.empty()) {
      std::size_t start = text.rfind('\n', text.size() - 2);
      start = start == std::string::npos ? 0 : start + 1;
      std::string_view last(text.data() + start, text.size() - start);
      if (!time_only(last)) break;
      if (m_out.trace.size() < 200)
        m_out.trace.push_back("dropped\tline '" + std::string(trim(last)) + "'\ta clock time after the text");
      text.resize(start);
    }
    // A promo with article text after it is a read-also card, whatever its class calls it
    // (tagDiv's inline "td_block_related_posts"); one after the last paragraph is a list like any
    // other below the article: its heading decides (the segmenter's markers). Under a heading that
    // names a relation, a line or two of the page's own after it (a portal's "was this page
    // useful?", its visitor counter) does not make it a card: that takes a paragraph's worth.
    for (auto [box, at] : m_pending) {
      const std::string& heading = m_out.boxes[box].heading;
      std::size_t after = names_relation(heading) || most_read_heading(heading) ? 200 : 60;
      // The text's sources ("مصادر الخبر", "المراجع") inside it are no read-also card.
      std::string first = fold_heading(heading);
      first = first.substr(0, first.find(' '));
      bool sources = first == "مصادر" || first == "المصادر" || first == "مراجع" || first == "المراجع";
      // Several stories under a heading that names a relation or most-read are the related list wherever
      // they stand (iWeb's positioned sidebar box in the text's layer); with no heading, between the text's
      // parts, they are a card (BBC's).
      const std::size_t links = m_out.boxes[box].links.size();
      // Nor is a headed box of several stories whose heading names no relation a card: its heading decides
      // (the segmenter's markers: "اقرأ أيضاً" reads it as read-also, a site list's as left out); a class that
      // names it related still does.
      if (sources || other_stories_heading(heading) ||
          (after == 60 && !heading.empty() && links > html_card_max_links && m_out.boxes[box].kind != "related"))
        m_out.boxes[box].kind.clear();  // the segmenter's markers decide (site_list: left out)
      else if (after > 60 && links > html_card_max_links)
        m_out.boxes[box].kind = "related";
      // (A card sits between the text's parts: a headed pair above all of it is the client's or the site's
      // pager, "التنقل بين رسائل المجلد", and its heading decides.)
      else if (text.size() >= at + after && !(at == 0 && !heading.empty()))
        m_out.boxes[box].kind = "read_also";
      else if (after > 60)
        m_out.boxes[box].kind = "related";  // under a heading that names a relation or most-read
      else if (m_out.boxes[box].kind == "read_also")
        m_out.boxes[box].kind.clear();
      // A headed list, not a card (one link after the text is a read-also line's) nor a pager's pair.
      if (m_out.boxes[box].kind.empty() && text.size() < at + after && m_out.boxes[box].links.size() >= 2 &&
          !m_out.boxes[box].heading.empty()) {
        m_out.ends_text.resize(m_out.boxes.size());
        m_out.ends_text[box] = true;
      }
    }
    m_out.ends_text.resize(m_out.boxes.size());
    return text;
  }

 private:
  std::unordered_set<std::string> m_running_heads;  // note_running_heads()
  // Lines that only name social networks ("شارك عبر فيسبوك تويتر واتساب", "تابعونا على فيسبوك
  // وتويتر"): a share or follow bar written as plain text, with no class or link to tell it.
  std::string drop_share_lines(std::string text) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + at, end - at);
      if (share_line(line)) {
        if (m_out.trace.size() < 200)
          m_out.trace.push_back("dropped\tline '" + std::string(line) +
                                "'\tshare bar: names of social networks");
      } else {
        out.append(line);
        out += '\n';
      }
      at = end + 1;
    }
    return out;
  }

  void drop(const GumboNode* n, const std::string& why) {
    if (m_out.trace.size() < 200) m_out.trace.push_back("dropped\t" + html_path(n) + "\t" + why);
  }

  // The text of a heading without its links' text: a wiki's "أخبار متصلة[عدل]" is "أخبار متصلة".
  static void unlinked_text(const GumboNode* n, std::string& out, int depth = 0) {
    if (depth > html_max_depth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
      return;
    }
    // A link to another page is not the heading's own words ("[عدل]"); an anchor to the heading itself
    // (Docsify's "<h2><a href="#/notes/x?id=h1">روابط تمسّ الحدث</a></h2>", "#section") is.
    if (n->type != GUMBO_NODE_ELEMENT ||
        (n->v.element.tag == GUMBO_TAG_A &&
         !(html_attr(n, "href") && html_attr(n, "href")[0] == '#' && !article_href(html_attr(n, "href")))))
      return;
    for (unsigned i = 0; i < n->v.element.children.length; ++i) unlinked_text(element_child(n, i), out, depth + 1);
  }

  // The related or read-also lists, by their class, inside a dropped <footer> (Instant Articles'
  // <ul class="op-related-articles" title="..."> closes the article's own footer).
  void capture_lists(const GumboNode* n, int depth) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length && depth < html_max_depth; ++i) {
      const GumboNode* k = element_child(n, i);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      if (Hint h = html_hint(k); h == Hint::related || h == Hint::read_also)
        capture(k, h);
      else
        capture_lists(k, depth + 1);
    }
  }

  // Whether a block dropped for another reason (a tags box, a comments wrapper) opens with a heading that
  // names a relation to the story or a most-read box: its links are that box.
  static bool headed_as_related(const GumboNode* n) {
    const GumboNode* h = first_heading(n);
    if (!h || h == n || has_link(h, false)) return false;
    std::string t(trim(html_text(h)));
    return !t.empty() && t.size() <= 120 && (names_relation(t) || most_read_heading(t));
  }

  // A dropped block's headline links, kept as a box: a read-also card inside the article.
  // Whether `n` holds the site's own header (<header class="site-header">, role=banner): its links (the
  // menu, a "watch live" button) are the site's, no story's.
  static bool holds_site_header(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > 6) return false;
    if (const char* role = html_attr(n, "role"); role && strcasecmp(role, "banner") == 0) return true;
    if (n->v.element.tag == GUMBO_TAG_HEADER && hint_text(n).find("site") != std::string::npos) return true;
    // The site's name as a block of its own ("<div class=sitetitle><a href=/blog>NAME</a></div>": Xanga's,
    // a blog theme's "site-title"): a link to the site, no story.
    if (depth == 0)
      for (std::string_view w : {"sitetitle", "site-title", "site_title", "sitename", "site-name", "site_name", "blogtitle",
                                 "blog-title", "blog_title"})
        if (has_word(hint_text(n), w)) return true;
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      if (holds_site_header(element_child(n, i), depth + 1)) return true;
    return false;
  }

  void capture(const GumboNode* n, Hint hint, int depth = 0) {
    if (holds_site_header(n)) return;
    // A rail of several headed boxes ("<aside><section><h2>الأكثر قراءة</h2><ol>…</ol></section><section>
    // <h2>أحدث ما نشر</h2>…"): each box is a list of its own, its heading says which.
    if (depth < 3) {
      std::vector<const GumboNode*> headed;
      bool other = false;
      for (unsigned i = 0; i < n->v.element.children.length; ++i) {
        const GumboNode* k = element_child(n, i);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        if (const GumboNode* h = first_heading(k); h && h != k && !has_link(h, false)) {
          if (has_link(k, true)) headed.push_back(k);  // a headed box of no links (a schedule) adds none
        } else if (!trim(html_text(k)).empty())
          other = true;
      }
      if (headed.size() >= 2 && !other) {
        for (const GumboNode* k : headed) capture(k, hint, depth + 1);
        return;
      }
      // A page's property table (Notion's "إعداد | القسم | تاريخ النشر | قصص مرتبطة"): the one row
      // whose label names a relation holds the related stories; the other rows' links (the writer,
      // the section) are no stories.
      for (unsigned i = 0; i < n->v.element.children.length; ++i) {
        const GumboNode* k = element_child(n, i);
        if (k->type != GUMBO_NODE_ELEMENT || !has_link(k, true)) continue;
        std::string lead;
        bool met = false;
        text_before_link(k, lead, met);
        std::string_view label = trim(lead);
        if (met && !label.empty() && label.size() <= 80 && (names_relation(label) || most_read_heading(label))) {
          LinkBox box;
          box.kind = "related";
          box.heading = std::string(label);
          collect_links(k, box, 0);
          // One story after such a label is a read-also card ("من منشوراتنا السابقة حول الموضوع: LINK"
          // between two parts of the text): its place decides, below.
          if (box.links.size() >= 2) {  // named by its label: no card, wherever it sits (not pending)
            m_out.boxes.push_back(std::move(box));
            return;
          }
        }
      }
    }
    LinkBox box;
    box.kind = hint == Hint::related ? "related" : "read_also";
    bool named = false;  // by its heading's class: not a card whose place decides
    if (const char* label = html_attr(n, "aria-label")) box.heading = std::string(trim(label));
    if (const char* title = html_attr(n, "title"); box.heading.empty() && title)
      box.heading = std::string(trim(title));
    if (box.heading.empty())
      if (const GumboNode* h = first_heading(n); h && !has_outbound_link(h))
        box.heading = std::string(trim(html_text(h)));
    // An outliner's parent block whose children are the stories (Roam's "<div class=rm-block-main>…<strong>HEADING
    // </strong>…</div><div class=rm-block-children>…<a>…</a>…"): its own line, a heading block, heads them.
    if (box.heading.empty() && n->v.element.children.length > 0)
      for (unsigned k = 0; k < n->v.element.children.length; ++k)
        if (const GumboNode* c = element_child(n, k); c->type == GUMBO_NODE_ELEMENT && !trim(html_text(c)).empty()) {
          if (!has_link(c, false))
            if (const GumboNode* h = block_heading(c)) box.heading = std::string(trim(html_text(h)));
          break;
        }
    // A list alone in its wrapper (a page builder's "<pb-list><ul>…</ul></pb-list>"): the heading stands
    // before the wrapper.
    const GumboNode* at = n;
    while (at->parent && at->parent->type == GUMBO_NODE_ELEMENT &&
           at->parent->v.element.tag != GUMBO_TAG_BODY && only_element_child(at->parent) == at)
      at = at->parent;
    if (box.heading.empty() && at->parent && at->index_within_parent > 0) {
      // The heading just before the list, outside it (a wiki's "<h2>أخبار متصلة [عدل]</h2><ul>", a
      // portal's bold <div> over its table).
      for (unsigned i = at->index_within_parent; i-- > 0;) {
        const GumboNode* s = element_child(at->parent, i);
        if (s->type == GUMBO_NODE_WHITESPACE || s->type == GUMBO_NODE_COMMENT) continue;
        // An <h2>, or an old portal's bold box title (<div style="font-weight:bold">, a paragraph
        // holding only <strong>: "<p><strong>قراءات على صلة بالخبر</strong></p>"), no link in it.
        // (Through a line's own <span>: Etherpad's "<div class=ace-line><span class=author-…><b>…</b></span>".)
        auto bold_only = [](const GumboNode* e) {
          for (int wrap = 0; wrap < 3; ++wrap) {
            const GumboNode* only = nullptr;
            for (unsigned k = 0; k < e->v.element.children.length; ++k) {
              const GumboNode* c = element_child(e, k);
              if (c->type == GUMBO_NODE_WHITESPACE) continue;
              if (c->type != GUMBO_NODE_ELEMENT || only) return false;
              only = c;
            }
            if (!only) return false;
            if (only->v.element.tag == GUMBO_TAG_STRONG || only->v.element.tag == GUMBO_TAG_B) return true;
            if (only->v.element.tag != GUMBO_TAG_SPAN) return false;
            e = only;
          }
          return false;
        };
        // A CMS's title component wraps its heading in a box or two ("<div class=title><div
        // class=cmp-title><h2>تغطيات أخرى للقصة نفسها</h2></div></div>" before AEM's list).
        // A builder's own element around it ("<pb-heading><h2>…</h2></pb-heading>") wraps it as well.
        for (int wrap = 0; wrap < 3 && s->type == GUMBO_NODE_ELEMENT &&
                           (s->v.element.tag == GUMBO_TAG_DIV || s->v.element.tag == GUMBO_TAG_SECTION ||
                            s->v.element.tag == GUMBO_TAG_HEADER || s->v.element.tag == GUMBO_TAG_UNKNOWN);
             ++wrap) {
          const GumboNode* only = nullptr;
          bool one = true;
          for (unsigned k = 0; k < s->v.element.children.length && one; ++k) {
            const GumboNode* c = element_child(s, k);
            if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
            one = c->type == GUMBO_NODE_ELEMENT && !only;
            only = c;
          }
          if (!one || !only) break;
          // A site builder's text box holding one short paragraph (iWeb's "<div class=style_SkipStroke><div
          // class=text-content><div class=graphic_textbox…><p>CAPTION</p>"): the paragraph, read as a caption.
          if (only->v.element.tag == GUMBO_TAG_P) {
            s = only;
            break;
          }
          if (only->v.element.tag != GUMBO_TAG_DIV && !is_heading_tag(only->v.element.tag)) break;
          s = only;
        }
        // A block editor's heading block, deeper than a title component's wraps: AppFlowy's "<div class=block-element
        // data-block-type=heading><div class=text-element><span class=text-content><h2>…", Anytype's block classed
        // "textHeader2", AFFiNE's wrapper classed "h2".
        if (s->type == GUMBO_NODE_ELEMENT && !is_heading_tag(s->v.element.tag))
          if (const GumboNode* h = block_heading(s)) s = h;
        // A short paragraph of its own, no sentence ("<p class=rubric>مواد يتقاطع معها هذا العدد</p>": Sphinx's
        // rubric, a theme's plain caption over its list), is the list's heading too.
        // Not an italic note ("<p><em>بتصرف يسير عن جريدة كود</em></p>", a credit) over a pager's two links.
        // A <div> of one line is such a caption too (PHP-Fusion's "<div class=capmain><span>…</span></div>").
        auto one_line_div = [](const GumboNode* e) {
          if (e->v.element.tag != GUMBO_TAG_DIV) return false;
          for (unsigned k = 0; k < e->v.element.children.length; ++k) {
            const GumboNode* c = element_child(e, k);
            if (c->type == GUMBO_NODE_ELEMENT && html_block_tag(c->v.element.tag)) return false;
          }
          return true;
        };
        auto caption = [&](const GumboNode* e) {
          if ((e->v.element.tag != GUMBO_TAG_P && !one_line_div(e)) || has_link(e, false) || italic_only(e) ||
              links_in(n) < html_caption_list_min_links)
            return false;
          std::string t(trim(html_text(e)));
          if (t.empty() || t.size() > 80 || std::count(t.begin(), t.end(), ' ') >= 5 ||
              t.find('\n') != std::string::npos)
            return false;
          char last = t.back();
          return last != '.' && last != '!' && last != ':' && !t.ends_with("\xD8\x9F");  // nor "؟"
        };
        // A toggle's <summary> over its list (Craft's "<details><summary>رزمة الرصد السابقة</summary><ul>").
        // A bold run standing as the list's own sibling (Discord's pre-wrapped message: "<strong>…</strong>\n<ul>").
        if (s->type == GUMBO_NODE_ELEMENT &&
            (is_heading_tag(s->v.element.tag) || names_heading_level(s) || caption(s) || s->v.element.tag == GUMBO_TAG_SUMMARY ||
             ((html_bold_style(s) || bold_only(s) || s->v.element.tag == GUMBO_TAG_STRONG || s->v.element.tag == GUMBO_TAG_B) &&
              !has_link(s, false) && trim(html_text(s)).size() <= 80))) {
          std::string t;
          unlinked_text(s, t);
          std::replace(t.begin(), t.end(), '\n', ' ');
          std::size_t b = t.find_first_not_of(" []|"), e = t.find_last_not_of(" []|");
          box.heading = b == std::string::npos ? std::string() : without_permalink_mark(t.substr(b, e - b + 1));
          // The heading's own class or id may name the list's kind (Hashnode's <h2
          // id="heading-related">, a theme's "related-posts-title"): named so, it is no card.
          Hint own = html_hint(n), hh = html_hint(s);
          if (own != Hint::related && own != Hint::read_also && (hh == Hint::related || hh == Hint::read_also)) {
            box.kind = hh == Hint::related ? "related" : "read_also";
            named = true;
          }
          // The heading was written into the text just before the list: it goes with its list.
          std::string whole = html_text(s);
          std::string_view line = trim(whole);
          if (!box.heading.empty() && line.find('\n') == std::string_view::npos && m_lines.drop_last(line))
            drop(s, "heading of the link list after it");
        }
        break;
      }
    }
    if (box.heading.empty()) {
      // A portal's bold first line ("<tr><td><b>أخبار ذات صلة</b></td></tr>"): short, no link.
      std::string text = html_text(n);
      std::string first(trim(std::string_view(text).substr(0, text.find('\n'))));
      if (!first.empty() && first.size() <= 80 && std::count(first.begin(), first.end(), ' ') < 5 &&
          !has_link(first_element_with_text(n), false))
        box.heading = first;
    }
    if (box.heading.empty()) {
      // A label before the links on the same line ("<p><strong>اقرأ أيضاً بالساحة:</strong> <a>..."): short.
      std::string lead;
      bool met = false;
      text_before_link(n, lead, met);
      std::string_view t = trim(lead);
      if (met && !t.empty() && t.size() <= 80 && std::count(t.begin(), t.end(), ' ') < 5) box.heading = std::string(t);
    }
    std::replace(box.heading.begin(), box.heading.end(), '\n', ' ');
    collect_links(n, box, 0);
    if (box.links.empty()) return;
    // A list the editor keeps one block per item (Notion's and Potion's "<div class=notion-block><ul><li>…"
    // for each bullet): a block right after the last box's, nothing written between, continues that box
    // under its heading.
    if (box.heading.empty() && m_last_box && m_last_box_lines == m_lines.size() && !m_out.boxes.empty() &&
        m_out.boxes.back().kind == box.kind && previous_element(at) == m_last_box) {
      LinkBox& last = m_out.boxes.back();
      for (auto& l : box.links)
        if (std::none_of(last.links.begin(), last.links.end(), [&](const Anchor& a) { return a.href == l.href; }))
          last.links.push_back(std::move(l));
      m_last_box = at;
      return;
    }
    if (!named) m_pending.push_back({m_out.boxes.size(), m_lines.size()});
    m_out.boxes.push_back(std::move(box));
    m_last_box = at;
    m_last_box_lines = m_lines.size();
  }
  // The element sibling before `n`, skipping whitespace and comments; nullptr when none.
  static const GumboNode* previous_element(const GumboNode* n) {
    if (!n->parent || n->parent->type != GUMBO_NODE_ELEMENT) return nullptr;
    for (unsigned i = n->index_within_parent; i-- > 0;) {
      const GumboNode* s = element_child(n->parent, i);
      if (s->type == GUMBO_NODE_ELEMENT) return s;
      if (s->type != GUMBO_NODE_WHITESPACE && s->type != GUMBO_NODE_COMMENT) return nullptr;
    }
    return nullptr;
  }
  void collect_links(const GumboNode* n, LinkBox& box, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth || box.links.size() >= 50 ||
        html_sponsored(n))
      return;
    if (n->v.element.tag == GUMBO_TAG_A) {
      const char* href = html_attr(n, "href");
      if (!article_href(href) || topic_href(href) || file_href(href)) return;
      std::string t = headline_of_link(n);
      if (t.empty()) return;
      std::string url = resolve_href(std::string(trim(href)), m_base);
      if (page_ancestor_url(url, m_base)) return;
      for (const auto& l : box.links)
        if (l.href == url || l.text == t) return;
      box.links.push_back({std::move(t), std::move(url)});
      return;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) collect_links(element_child(n, i), box, depth + 1);
  }

  // The <img> elements under `n`.
  static int count_images(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return 0;
    if (n->v.element.tag == GUMBO_TAG_IMG) return 1;
    int c = 0;
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      c += count_images(element_child(n, i), depth + 1);
    return c;
  }

  // Whether a child of `n` is the picture itself: an <img>, or an element holding one and no text
  // (a <picture>, a link around it).
  static bool picture_child(const GumboNode* n) {
    for (unsigned i = 0; i < n->v.element.children.length; ++i) {
      const GumboNode* k = element_child(n, i);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag t = k->v.element.tag;
      if (t == GUMBO_TAG_IMG || (count_images(k) == 1 && trim(html_text(k)).empty())) return true;
    }
    return false;
  }

  // A paragraph right under a picture with no text of its own (Carrd's text element after its image
  // element, "<p class=style5>متطوعو الحملة عند ...</p>"), no sentence, classed unlike the text's
  // paragraphs: the picture's caption. A subheading or a short paragraph shares their class or has none.
  static bool caption_by_place(const GumboNode* n) {
    const GumboNode* parent = n->parent;
    const char* own = html_attr(n, "class");
    if (!own || !parent || parent->type != GUMBO_NODE_ELEMENT) return false;
    auto element_sibling = [&](unsigned from, int step) -> const GumboNode* {
      for (int i = static_cast<int>(from) + step; i >= 0 && i < static_cast<int>(parent->v.element.children.length); i += step)
        if (const GumboNode* k = element_child(parent, static_cast<unsigned>(i)); k->type == GUMBO_NODE_ELEMENT) return k;
      return nullptr;
    };
    const GumboNode* prev = element_sibling(n->index_within_parent, -1);
    if (!prev || count_images(prev) == 0 || !trim(html_text(prev)).empty()) return false;
    std::string t(trim(html_text(n)));
    if (t.empty() || t.find('\n') != std::string::npos || ends_sentence_mark(t)) return false;
    // The text's paragraphs: two siblings of the same tag or more with a sentence in them.
    int seen = 0;
    for (unsigned i = 0; i < parent->v.element.children.length; ++i) {
      const GumboNode* k = element_child(parent, i);
      if (k == n || k->type != GUMBO_NODE_ELEMENT || k->v.element.tag != n->v.element.tag) continue;
      std::string kt(trim(html_text(k)));
      if (!ends_sentence_mark(kt)) continue;
      const char* cls = html_attr(k, "class");
      if (!cls || strcmp(cls, own) == 0) return false;
      ++seen;
    }
    return seen >= 2;
  }
  static bool ends_sentence_mark(std::string_view t) {
    return t.ends_with(".") || t.ends_with("!") || t.ends_with("\xD8\x9F") || t.ends_with("\xE2\x80\xA6") ||
           t.ends_with(":") || t.ends_with("\"") || t.ends_with("\xC2\xBB");
  }

  // Why `n`, inside the article's element, is not article text; "" when it is.
  // "<p class="… edited">عدّلتُ الشرح <time datetime=ISO>قبل يوم واحد</time></p>": a short element whose
  // class says edited, updated or modified around a <time datetime>; the page's metadata reading takes
  // the stamp as the update (html.cpp), so its words are no text.
  static bool edit_stamp(const GumboNode* n) {
    if (!class_edited(n)) return false;
    bool stamp = false;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length && !stamp; ++i) {
      const GumboNode* t = element_child(n, i);
      stamp = t->type == GUMBO_NODE_ELEMENT && t->v.element.tag == GUMBO_TAG_TIME && html_attr(t, "datetime");
    }
    std::string text(trim(html_text(n)));
    return stamp && !text.empty() && text.size() <= html_date_row_max_chars && text.find('\n') == std::string::npos;
  }

  std::string drop_reason(const GumboNode* n, Hint& hint) {
    hint = Hint::none;
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_ASIDE) {
      hint = Hint::read_also;  // inside the article, an <aside> holding stories is a read-also card
      return "<aside> element";
    }
    // (A form around the thread of posts set aside from its comments hint is the page's frame, not a
    // control: Bugzilla's #changeform holds the whole bug and its comments.)
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || (tag == GUMBO_TAG_FORM && !m_scorer.holds_spared(n)))
      return std::string("<") + gumbo_normalized_tagname(tag) + "> element";
    // A running head: the same <header> in each of the text's units (a slide deck's every slide).
    if (tag == GUMBO_TAG_HEADER && m_running_heads.count(std::string(trim(html_text(n)))))
      return "a running head (the same <header> in two or more of the text's parts)";
    // A form control's label outside a form ("تحديث تلقائي" beside a live page's checkbox): the
    // page's controls, not its text.
    if (tag == GUMBO_TAG_LABEL) return "a form control's <label>";
    if (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION) {
      // A figure that links to another story with its headline is a link card (Ghost's
      // kg-bookmark-card, an embedded story), not a photo.
      const Info* fi = m_scorer.find(n);
      if (fi && fi->all_headline_links) {
        hint = Hint::read_also;
        return "link card (a <figure> with a story's headline)";
      }
      return "image and its caption";
    }
    if (edit_stamp(n)) return "the post's edit stamp: its <time datetime> is the update (metadata)";
    if (html_attr(n, "hidden")) return "hidden element";
    if (const char* aria = html_attr(n, "aria-hidden"); aria && strcmp(aria, "true") == 0)
      return "hidden element";
    if (const char* style = html_attr(n, "style")) {
      std::string st = style;
      st.erase(std::remove(st.begin(), st.end(), ' '), st.end());
      if (st.find("display:none") != std::string::npos) return "hidden element";
    }
    const Info* ni = m_scorer.find(n);
    if (const char* role = html_attr(n, "role")) {
      for (const char* r : {"region", "complementary", "navigation", "banner", "contentinfo", "dialog",
                            "alertdialog", "search"})
        // (A region or a dialog as html_pruned() reads them: a long text there is the text's.)
        if (strcasecmp(role, r) == 0 &&
            ((strcmp(r, "region") != 0 && strcmp(r, "dialog") != 0 && strcmp(r, "alertdialog") != 0) ||
             html_pruned(n, ni ? ni->all_text : 0, ni ? ni->all_links : 0))) {
          hint = Hint::read_also;
          return std::string("role=") + r + " (a promo beside the text)";
        }
    }
    if (!m_scorer.spared(n) && html_pruned(n, ni ? ni->all_text : 0, ni ? ni->all_links : 0)) {
      hint = html_hint(n);
      return "class hint: " + html_hint_reason(n);
    }
    if (ni && tag != GUMBO_TAG_A && html_block_tag(tag)) {
      // A comment thread below the text, with no class to tell it (an old portal's table headed
      // "تعليقات القراء"): a block headed so, after most of the text, holding little of it.
      const Info* ri = m_scorer.find(m_root);
      std::size_t root_text = ri ? ri->all_text : 0;
      if (ni->all_text * 10 < root_text * 4 && m_written * 2 >= root_text &&
          comments_heading(html_first_line(n)))
        return "comment thread (headed '" + html_first_line(n) + "')";
      // A line of short links and nothing else to read (share, print, send-to-a-friend, tags):
      // no link in it is a headline.
      if (!ni->has_block && !ni->all_headline_links && ni->all_text <= 200 && ni->all_text &&
          ni->all_links * 10 >= ni->all_text * 6 && count_anchors(n) >= 2)
        return "a line of short links (" +
               std::to_string(ni->all_links * 100 / std::max<std::uint32_t>(ni->all_text, 1)) +
               "% link text)";
    }
    if (ni && ni->has_block && html_block_tag(tag) && ni->all_text <= 60 && !ni->all_headline_links &&
        count_images(n) >= 2) {
      // "<h2>صور مرفقة بالمقال</h2>" over thumbnails (SPIP's documents_portfolio, a gallery strip):
      // pictures under their box's heading, with no text of their own.
      std::string t(trim(html_text(n)));
      if (t.find('\n') == std::string::npos) return "a heading over pictures (a gallery box)";
    }
    if (ni && tag == GUMBO_TAG_DIV && !ni->has_block && ni->all_text <= 100 && !ni->all_links &&
        count_images(n) == 1 && picture_child(n)) {
      // <div class="sfimageWrp"><img ...><span>الصورة: المكتب الإعلامي</span></div>: a picture and
      // a short line under it, its caption or credit, not a sentence of the text.
      std::string t(trim(html_text(n)));
      if (!t.empty() && t.back() != '.' && t.find('\n') == std::string::npos) return "image and its caption";
    }
    if (ni && tag == GUMBO_TAG_P && !ni->has_block && !ni->all_links && ni->all_text &&
        ni->all_text <= html_caption_chars && caption_by_place(n))
      return "a picture's caption (a bare line under it, unlike the text's paragraphs)";
    if (ni && tag != GUMBO_TAG_A && html_block_tag(tag) && !ni->has_block) {
      // A short label before links that show only pictures ("شارك هذا الخبر عبر:" and the
      // networks' icons): a share or follow bar, whatever its words.
      auto [anchors, bare] = anchors_without_text(n);
      if (bare >= 2 && bare * 2 >= anchors && ni->all_text <= 40 && !ni->all_headline_links)
        return "a label before links that show only pictures (" + std::to_string(bare) + " of " +
               std::to_string(anchors) + ")";
      // A line of tools (font size, print, send to a friend) in which one link is worded like a
      // headline: a box of stories holds stories, not one among three tools.
      if (ni->all_headline_links == 1 && anchors >= 4 && bare == 0 && ni->all_text <= 120 &&
          ni->all_links * 10 >= ni->all_text * 6)
        return "a line of tools (" + std::to_string(anchors) + " links, one worded like a headline)";
    }
    if (tag == GUMBO_TAG_A && ni && ni->all_headline_links && card_among_blocks(n)) {
      // A link standing alone between the text's blocks (a "طالع أيضا" card of a mobile page),
      // not a link inside a line of text: another story's card.
      hint = Hint::read_also;
      return "a story's card between the blocks of the text";
    }
    // An <h1> linking its words is the page's own headline and its permalink (FlatPress, blog themes), no
    // other story's promo.
    // (A web component that is nothing but its link is a card whatever its tag: AFFiNE's
    // "<affine-embed-linked-doc-block><a>TITLE</a>"; a story page's component of links and lines is not.)
    // The block around that <h1> with a link or two more, or a part of it, is dropped all the same but gives no
    // box of stories (Ameba's "skin-entryHead": the date, the linked headline, the post's theme).
    if (ni && ni->all_headline_links && ni->all_links * 2 > ni->all_text && tag != GUMBO_TAG_A && tag != GUMBO_TAG_H1 &&
        (html_block_tag(tag) || (tag == GUMBO_TAG_UNKNOWN && ni->all_links == ni->all_text))) {
      if (in_article_head(n)) return "the article's head: its <h1> and a link or two (no box of stories)";
      hint = Hint::read_also;
      return "links to other stories (" +
             std::to_string(ni->all_links * 100 / std::max<std::uint32_t>(ni->all_text, 1)) + "% link text)";
    }
    return {};
  }

  // Whether `n` is or is part of (up to two levels down) a block holding the page's <h1>, at most
  // html_head_block_max_links headline links and a line or two besides: the article's head.
  bool in_article_head(const GumboNode* n) const {
    int level = 0;
    for (const GumboNode* a = n; a && a->type == GUMBO_NODE_ELEMENT && level < 3; a = a->parent, ++level) {
      const Info* ai = m_scorer.find(a);
      // (Little text besides its links: the article around its head and a read-also card is no head.)
      if (!ai || ai->all_headline_links > html_head_block_max_links ||
          ai->all_text - std::min(ai->all_text, ai->all_links) > html_tools_row_chars || holds_prose(a, 1))
        return false;
      if (holds_tag(a, GUMBO_TAG_H1)) return true;
    }
    return false;
  }

  // Whether link `a` stands alone among block siblings: no text beside it and a block before
  // or after it in its parent.
  static bool card_among_blocks(const GumboNode* a) {
    const GumboNode* p = a->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT) return false;
    bool block = false;
    const GumboVector& kids = p->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return false;
      if (k->type == GUMBO_NODE_ELEMENT && k != a) {
        GumboTag t = k->v.element.tag;
        if (t == GUMBO_TAG_BR || (!html_block_tag(t) && !trim(html_text(k)).empty())) return false;
        block = block || html_block_tag(t);
      }
    }
    return block;
  }

  // An item of a metadata row: an inline element named for what it holds (the author, a date, the
  // reading time) among siblings that are all such named inline elements, with no text of the row's
  // own between them ("<div class=article-meta><span class=author>بقلم ...</span><span class=date>
  // نُشر: ...</span>...", "<span class=entry-header__read>وقت القراءة: 3 دقائق</span>"). A browser
  // may show them on one line, but each is a line of its own to read: a byline, a date line, an
  // update line.
  static bool meta_item(const GumboNode* n) {
    // ("contributor": Document360's "article-contributors" beside its dates.)
    static const char* const words[] = {"author", "byline", "date", "time", "updated", "modified",
                                        "publish", "read", "views", "contributor"};
    auto named = [](const GumboNode* e) {
      // A <time> element names itself ("<span class=author>…</span> <time datetime=…>…</time>").
      if (e->v.element.tag == GUMBO_TAG_TIME) return true;
      const std::string& h = hint_text(e);
      return std::any_of(std::begin(words), std::end(words),
                         [&](const char* w) { return h.find(w) != std::string::npos; });
    };
    const GumboNode* p = n->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT || html_block_tag(n->v.element.tag)) return false;
    // A row named as one ("<div class=article-info><span>تاريخ النشر: ...</span> <span>المحرر: ...</span>"):
    // its bare items are what it names, when two or more are "LABEL: value" pairs and none is a bare
    // separator ("،") — an issue's name beside the reading time ("عدد مايو 2024") stays on its line.
    const std::string& row = hint_text(p);
    bool named_row = named(p) || row.find("meta") != std::string::npos || row.find("info") != std::string::npos;
    if (named_row) {
      std::size_t pairs = 0;
      const GumboVector& items = p->v.element.children;
      for (unsigned i = 0; i < items.length && named_row; ++i) {
        const auto* k = static_cast<const GumboNode*>(items.data[i]);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        std::string t(trim(html_text(k)));
        if (t.empty()) continue;
        named_row = has_arabic_letter(t) ||
                    std::any_of(t.begin(), t.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
        pairs += t.find(':') != std::string::npos;
      }
      named_row = named_row && pairs >= 2;
    }
    if (!named_row && !named(n)) return false;
    // Every sibling with text is such an item: a label before a date ("<span class=label>التاريخ:</span>
    // <time class=date>") stays on the date's line.
    std::size_t items = 0;
    const GumboVector& kids = p->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
      if (k->type != GUMBO_NODE_ELEMENT || html_block_tag(k->v.element.tag)) return false;
      if (trim(html_text(k)).empty()) continue;
      if (!named_row && !named(k)) return false;
      ++items;
    }
    return items >= 2;
  }

  void walk(const GumboNode* n, int depth) {
    if (m_pre && (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)) {
      // Inside a <pre>, a blank line ends a paragraph; a single line break only wraps its line.
      std::string_view rest = n->v.text.text;
      for (std::size_t cut = blank_line(rest); cut != std::string_view::npos; cut = blank_line(rest)) {
        m_lines.add(std::string(rest.substr(0, cut)).c_str());
        m_lines.flush();
        rest = rest.substr(cut);
      }
      m_lines.add(std::string(rest).c_str());
      m_written += visible_chars(n->v.text.text);
      return;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      m_lines.add(n->v.text.text);
      if (n->type != GUMBO_NODE_WHITESPACE) m_written += visible_chars(n->v.text.text);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    GumboTag tag = n->v.element.tag;
    if (html_skipped_tag(tag) && tag != GUMBO_TAG_NAV && tag != GUMBO_TAG_ASIDE && tag != GUMBO_TAG_FOOTER &&
        tag != GUMBO_TAG_FORM)
      return;
    if (n != m_root) {
      Hint hint;
      std::string why = drop_reason(n, hint);
      if (!why.empty()) {
        // An <aside> is not measured (its Info, if any, counts nothing): its links are looked at here.
        const Info* in = tag == GUMBO_TAG_ASIDE ? nullptr : m_scorer.find(n);
        // The scorer does not look into an <aside>: an element around one counts none of its text
        // (Wagtail's "<section class=block-related_link><aside>طالع في …: <a>…</a></aside>").
        bool unseen = in && !in->all_text && has_link(n, true);
        if (!in || in->all_text || unseen) drop(n, why);
        if ((hint == Hint::read_also || hint == Hint::related) && (!in || in->all_headline_links || unseen)) {
          if (hint == Hint::related || !labelled_line_inside(n, depth)) capture(n, hint);
        }
        else if (headed_as_related(n) && (!in || in->all_headline_links))
          capture(n, Hint::related);  // a tag box whose heading names a relation ("صفحات تحمل الوسم ذاته")
        else if (tag == GUMBO_TAG_FOOTER)
          capture_lists(n, depth);  // the article's own footer may hold its related list
        else
          m_out.dropped.push_back(n);  // its headed lists are read as the page's others are (BoxFinder)
        return;
      }
    }
    // A table or list of dated headlines and no prose inside the text's block, with no paragraph of prose after it there
    // (HedgeDoc's index of the notebook's notes by day under the note): the page's list of its other stories, not
    // the text's data; a heading written just before it goes with it.
    if ((tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && n != m_root && holds_dated_rows(n) &&
        !holds_prose(n, 1) && !prose_after(n)) {
      const GumboNode* before = nullptr;
      for (unsigned i = n->index_within_parent; i-- > 0 && !before;)
        if (const GumboNode* k = element_child(n->parent, i); k->type == GUMBO_NODE_ELEMENT) before = k;
      if (before && is_heading_tag(before->v.element.tag)) {
        std::string whole = html_text(before);
        if (std::string_view line = trim(whole); line.find('\n') == std::string_view::npos && m_lines.drop_last(line))
          drop(before, "heading of the dated headlines after it");
      }
      drop(n, "a table or list of dated headlines after the text");
      return;
    }
    // A category's badge alone between the text's blocks (Jigsaw's "<a href=/blog/categories/x>سياسة</a>"
    // between the byline and the text): the page's filing, not a line of the text.
    if (tag == GUMBO_TAG_A && n != m_root && category_badge(n)) {
      drop(n, "a category's link alone between blocks");
      return;
    }
    bool b = html_block_tag(tag) || meta_item(n);
    if (b) m_lines.flush();
    m_pre += tag == GUMBO_TAG_PRE;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      if (unsigned link = labelled_link(n, i))
        i = link;  // a read-also line, kept as a box
      else
        walk(element_child(n, i), depth + 1);
    m_pre -= tag == GUMBO_TAG_PRE;
    if (b) m_lines.flush();
  }

  // The heading a block editor's block holds, down its one non-empty child at each level (empty siblings, a
  // block's drag handle, passed over): a heading element, or an element whose class or block type names a heading
  // ("h2", "textHeader2", data-block-type="heading"); short and without a link. nullptr when none.
  static const GumboNode* block_heading(const GumboNode* n) {
    for (int depth = 0; depth < html_block_heading_depth && n && n->type == GUMBO_NODE_ELEMENT; ++depth) {
      // (Or a bold run alone in its block: an outliner's parent block, Roam's "<span><strong>…</strong></span>".)
      const GumboTag tag = n->v.element.tag;
      if (is_heading_tag(tag) || names_heading_level(n) || (depth > 0 && (tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_B))) {
        std::string t(trim(html_text(n)));
        return !t.empty() && visible_chars(t.c_str()) <= html_block_heading_max_chars && !has_link(n, false) &&
                       t.find('\n') == std::string::npos
                   ? n
                   : nullptr;
      }
      const GumboNode* only = nullptr;
      for (unsigned k = 0; k < n->v.element.children.length; ++k) {
        const GumboNode* c = element_child(n, k);
        if (c->type == GUMBO_NODE_TEXT && !trim(c->v.text.text).empty()) return nullptr;
        if (c->type != GUMBO_NODE_ELEMENT || trim(html_text(c)).empty()) continue;
        if (only) return nullptr;
        only = c;
      }
      n = only;
    }
    return nullptr;
  }
  // Whether a paragraph of prose follows `n` inside the text's block (its later siblings, and theirs up to the block).
  bool prose_after(const GumboNode* n) const {
    for (; n != m_root && n->parent && n->parent->type == GUMBO_NODE_ELEMENT; n = n->parent)
      for (unsigned i = n->index_within_parent + 1; i < n->parent->v.element.children.length; ++i)
        if (holds_prose(element_child(n->parent, i), 1)) return true;
    return false;
  }

  // A link to a topic or category page, of a word or three, with no text beside it in its parent: only
  // blocks, line breaks or nothing on either side.
  static bool category_badge(const GumboNode* a) {
    const char* href = html_attr(a, "href");
    if (!href || !topic_href(href)) return false;
    std::string t(trim(html_text(a)));
    if (t.empty() || std::count(t.begin(), t.end(), ' ') >= html_badge_max_words) return false;
    const GumboNode* p = a->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT) return false;
    auto apart = [](const GumboNode* k) {
      return k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT ||
             (k->type == GUMBO_NODE_ELEMENT && (html_block_tag(k->v.element.tag) || k->v.element.tag == GUMBO_TAG_BR));
    };
    const GumboVector& kids = p->v.element.children;
    unsigned at = a->index_within_parent;
    for (unsigned i = at; i-- > 0;) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (!apart(k)) return false;
      if (k->type == GUMBO_NODE_ELEMENT) break;
    }
    for (unsigned i = at + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (!apart(k)) return false;
      if (k->type == GUMBO_NODE_ELEMENT) break;
    }
    return true;
  }

  // A block dropped as a story's promo may be a read-also line alone in a box of its own (Hostinger's grid
  // text box "<div class=text-box><p><strong>شوف حتى هادي عندنا:</strong> <a>HEADLINE</a></p></div>"): its
  // label and link are the line, wherever it stands (a bare promo's place decides whether it is a card).
  bool labelled_line_inside(const GumboNode* n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      if (labelled_link(n, i)) return true;
    for (unsigned i = 0; i < kids.length; ++i)
      if (labelled_line_inside(element_child(n, i), depth + 1)) return true;
    return false;
  }

  // Whether a label closing with its colon ends with a word pointing at what follows: "هنا", "التالي",
  // "أدناه" ("…فهو هنا:", "…على الرابط التالي:").
  static bool points_at_link(const std::string& label) {
    std::string h = fold_heading(label);
    std::string_view last = std::string_view(h).substr(h.rfind(' ') == std::string::npos ? 0 : h.rfind(' ') + 1);
    for (std::string_view w : {"هنا", "ههنا", "التالي", "التاليه", "الاتي", "الاتيه", "ادناه"})
      if (last == w) return true;
    return false;
  }

  // "<strong>على الشرفة أيضاً:</strong> <a href=/articles/9348>HEADLINE</a>", alone in its paragraph
  // or between line breaks: a label ending with a colon and one headline link to the site's own
  // story is an inline read-also line, whatever its words (a site's name, a dialect's "اقرا زادة").
  // The index of the link when the child `i` of `parent` opens such a line (it is kept as a
  // read-also box and not written), 0 otherwise.
  unsigned labelled_link(const GumboNode* parent, unsigned i) {
    const GumboVector& kids = parent->v.element.children;
    auto tag_at = [&](unsigned k) {
      const GumboNode* e = element_child(parent, k);
      return e->type == GUMBO_NODE_ELEMENT ? e->v.element.tag : GUMBO_TAG_UNKNOWN;
    };
    auto blank = [&](unsigned k) { return element_child(parent, k)->type == GUMBO_NODE_WHITESPACE; };
    // The label bold, or plain text alone before the link ("تتمة المشهد في منشور آخر لي: <a>", Pixelfed;
    // "من رفوف الأرشيف في المسألة عينها: <a>", a Sphinx note).
    const bool plain = element_child(parent, i)->type == GUMBO_NODE_TEXT;
    if (tag_at(i) != GUMBO_TAG_STRONG && tag_at(i) != GUMBO_TAG_B && !plain) return 0;
    unsigned before = i;
    while (before > 0 && blank(before - 1)) --before;
    unsigned link = i + 1;
    while (link < kids.length && blank(link)) ++link;
    // The link may stand on the label's next line ("…في مقال سابق، تجدونه هنا:<br><a>", Ameba's <br>-parted text).
    // One link only: a label over lines of links is a list's heading ("أخبار لها صلة بما نشرنا:<br><a><br><a>").
    const bool next_line = link + 1 < kids.length && tag_at(link) == GUMBO_TAG_BR;
    if (next_line) {
      ++link;
      while (link < kids.length && blank(link)) ++link;
    }
    unsigned after = link + 1;
    while (after < kids.length && blank(after)) ++after;
    if ((before > 0 && tag_at(before - 1) != GUMBO_TAG_BR) || link >= kids.length || tag_at(link) != GUMBO_TAG_A ||
        (after < kids.length && tag_at(after) != GUMBO_TAG_BR))
      return 0;
    if (next_line) {
      unsigned more = after + 1;
      while (more < kids.length && blank(more)) ++more;
      if (more < kids.length && tag_at(more) == GUMBO_TAG_A) return 0;
    }
    const std::string shown = plain ? element_child(parent, i)->v.text.text : html_text(element_child(parent, i));
    std::string label(trim(shown));
    if (label.size() < 2 || label.back() != ':') return 0;
    // A longer label when it points at the link ("إن أردت العودة إلى ما كتبناه في الموضوع أول مرة، فهو هنا:",
    // "…على الرابط التالي:"): a statement's introduction ends with what was said, not with "here".
    const long spaces = std::count(label.begin(), label.end(), ' ');
    if (spaces >= html_label_max_words && !(spaces < html_pointing_label_max_words && points_at_link(label))) return 0;
    const GumboNode* a = element_child(parent, link);
    const char* href = html_attr(a, "href");
    if (!article_href(href) || topic_href(href) || file_href(href)) return 0;
    std::string title = headline_of_link(a);
    std::string url = resolve_href(std::string(trim(href)), m_base);
    if (title.empty() || std::count(title.begin(), title.end(), ' ') + 1 < html_label_link_min_words || page_ancestor_url(url, m_base) ||
        !(same_site_url(url, m_base) || (!m_base && same_site_url(url, m_site))))
      return 0;
    label.pop_back();
    LinkBox box{std::string(trim(label)), {{std::move(title), std::move(url)}}, "read_also"};
    if (m_out.trace.size() < 200)
      m_out.trace.push_back("kept	" + html_path(a) + "	read-also line: a label '" + box.heading +
                            ":' and one link to the site's own story");
    m_out.boxes.push_back(std::move(box));
    return link;
  }

  const Scorer& m_scorer;
  const std::optional<std::string>& m_base;
  std::optional<std::string> m_site;  // the links' host where the page has no address (links_host)
  ContentPick& m_out;
  const GumboNode* m_root = nullptr;
  TextLines m_lines;
  std::vector<std::pair<std::size_t, std::size_t>> m_pending;  // (box, text length when it was met)
  const GumboNode* m_last_box = nullptr;  // the block the last box came from, and the text's length then
  std::size_t m_last_box_lines = 0;
  std::size_t m_written = 0;  // characters of the current root's text written so far (as Info counts them)
  int m_pre = 0;              // how many <pre> elements the walk is inside
};

// A short line near the headline that states the date: a <time> element or an element whose
// class names a date ("post-meta-date", "article_created", "submitted"), with digits in it.
// Whether a folded line opens as an update's label ("آخر تحديث:", "عُدّل الخبر في", "[حُيّن الخبر يوم").
bool update_labelled(std::string_view folded) {
  std::string_view head = folded.substr(0, std::min<std::size_t>(folded.find_first_of("0123456789"), 40));
  for (std::string_view w : {"تحديث", "تحيين", "تعديل", "تنقيح", "تصويب", "تصحيح", "updated", "last modified"})
    if (head.find(w) != std::string_view::npos) return true;
  // The verb opening the line ("عُدّل الخبر في ...", "عُدّلت في ...", the Maghreb's "حُيّن الخبر");
  // inside a line "عدل" is also justice and a rate ("معدل"), "حين" is "when".
  // The newsroom's "we edited" too ("(عدّلنا المنشور يوم 5/27/2024)", set 23), and "edited" by a team ("حرّر فريق
  // التواصل هذا الإعلان في DATE", set 66's Zendesk).
  while (!head.empty() && (head.front() == '(' || head.front() == '[' || head.front() == ' ')) head.remove_prefix(1);
  return head.starts_with("عدل ") || head.starts_with("عدلت ") || head.starts_with("عدلنا ") ||
         head.starts_with("حين الخبر ") || head.starts_with("حين المقال ") || head.starts_with("حرر ") ||
         head.starts_with("حررت ") || head.starts_with("حررنا ");
}

// Whether `n` holds a link whose text is a headline's (four words or more): a listed story.
bool holds_headline_link(const GumboNode* n, int depth = 0) {
  if (!n || n->type != GUMBO_NODE_ELEMENT || depth > 16) return false;
  if (n->v.element.tag == GUMBO_TAG_A) {
    if (!html_attr(n, "href")) return false;
    std::string t(trim(html_text(n)));
    return std::count(t.begin(), t.end(), ' ') + 1 >= html_headline_link_min_words;
  }
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (holds_headline_link(element_child(n, i), depth + 1)) return true;
  return false;
}

class DateFinder {
 public:
  explicit DateFinder(const GumboNode* content) : m_content(content) {
    // The article's own header: a date line there may come before the headline (K2's
    // "itemDateCreated" above "itemTitle"); outside it, only one after a heading counts.
    // The header is the text's grandparent's, or its parent's when the grandparent is the page
    // itself (an aggregator's <body><div class=reader>: source row, headline, text).
    auto header = [](const GumboNode* n) {
      return n && n->type == GUMBO_NODE_ELEMENT && n->v.element.tag != GUMBO_TAG_BODY &&
             n->v.element.tag != GUMBO_TAG_HTML;
    };
    const GumboNode* parent = content->parent;
    if (header(parent)) m_scope = header(parent->parent) ? parent->parent : parent;
    // An <article> around the text is its header's scope however deep the text sits in it (a Wix
    // post: the date in the post's header, the text four levels down).
    int up = 0;
    for (const GumboNode* a = content->parent; a && a->type == GUMBO_NODE_ELEMENT && up < 8; a = a->parent, ++up)
      if (a->v.element.tag == GUMBO_TAG_ARTICLE) {
        m_scope = a;
        break;
      }
  }
  void walk(const GumboNode* n, int depth = 0) {
    if (m_done || n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    if (n == m_scope && !m_in_scope) {
      m_in_scope = true;
      walk(n, depth);
      m_in_scope = false;
      m_done = m_done || m_after_content;
      return;
    }
    if (n == m_content) {
      // The date may sit in the article's own header or footer ("submitted" in Drupal), or in the
      // footer after the text inside the <article> around it (a Tumblr post's "post-meta"); a
      // scope that is not an <article> may hold a sidebar's dates after the text.
      m_inside = true;
      if (!m_found) walk_children(n, depth);
      m_inside = false;
      m_after_content = true;
      m_done = m_found || !m_in_scope || m_scope->v.element.tag != GUMBO_TAG_ARTICLE;
      return;
    }
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_HEAD)
      return;
    // A list of other stories dates those (Concrete's page list "ccm-block-page-list-date" after the
    // text), not the article; so does a list item holding a headline link (DokuWiki's recent changes
    // in a sidebar before the text: "<li><a>HEADLINE</a> <span class=date>...</span></li>").
    if (Hint h = html_hint(n); h == Hint::related || h == Hint::read_also) return;
    if (tag == GUMBO_TAG_LI && holds_headline_link(n)) {
      // A forum's post is a list item too (NodeBB's <li component=post>): a story's entry is short.
      std::string t(trim(html_text(n)));
      if (std::count(t.begin(), t.end(), ' ') < html_listed_story_max_words) return;
    }
    if (tag == GUMBO_TAG_A) {
      // A permalink named as the date ("<a class=date href=POST>Wednesday, January 30th, 2019</a>"):
      // a whole date with its year, in the article's scope or under the headline.
      if ((m_after_heading || m_in_scope) && dated(n)) {
        std::string t(trim(html_text(n)));
        // NodeBB's "<a class=timeago-link><span class=timeago title="١٣‏/٤‏/٢٠٢٤، ١:٤٣:٠٠ ص">منذ 3 أيام</span></a>":
        // the age shown, the local time in its title.
        if (!date_shaped(t)) t = titled_date(n).value_or(t);
        if (!t.empty() && t.size() <= html_date_only_max_bytes && date_shaped(t)) {
          m_found = std::move(t);
          m_done = m_done || m_after_content;
        }
      }
      return;
    }
    // After the text only the article's own named dates count (its footer), no unnamed ones.
    if (m_after_content && !dated(n)) {
      walk_children(n, depth);
      return;
    }
    if (is_heading_tag(tag)) {
      m_after_heading = true;
      // Only a date line after the last heading before the text (the text's own subheadings, OpenCms's
      // pieces, come after it).
      if (!m_inside) m_shaped.reset();
    }
    // An edit note named by its class alone ("<span class=article-hero__edited>أدخلنا على الخبر تنقيحاً في DATE</span>").
    if (!m_update && class_edited(n) && !dated(n) && !has_link(n, true)) {
      note_update(n);
      if (m_update) return;
    }
    if ((m_after_heading || m_inside || m_in_scope) && dated(n) && !has_link(n, true)) {
      // The update beside the date ("<span class=date>11 مايو</span><span class=last-updated>آخر
      // تحديث: 12 مايو</span>", hAtom's <time class=updated>) is not the published date. In the
      // article's header with its label, it is the update line, read by the segmenter's date rules.
      if (updated_hint(n)) {
        note_update(n);
        return;
      }
      // "<div class=dates><span>أُدرج في DATE</span> <span>جرى تحديثه في DATE</span></div>".
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i)
        if (const GumboNode* k = element_child(n, i); k->type == GUMBO_NODE_ELEMENT && updated_hint(k))
          note_update(k);
      // A dated box may hold its date beside other notes ("<div class=dates"><span class=date>DATE
      // </span> · <span>يحدث باستمرار</span>"): the innermost dated element with a year is the date.
      const bool verb = verb_dated(n);
      // The element's words without a child that holds another date, when its own words hold the date (MyBB's
      // "<span class=post_date>DATE <span class=post_edit>(… غيّر فيها شيئاً بتاريخ DATE …)</span></span>"): the
      // child's note is no part of the publication's line (a byline's child stays).
      std::string own, direct;
      bool dropped = false;
      for (unsigned i = 0; i < n->v.element.children.length; ++i) {
        const GumboNode* k = element_child(n, i);
        if (k->type == GUMBO_NODE_TEXT) {
          own += k->v.text.text;
          direct += k->v.text.text;
        } else if (k->type == GUMBO_NODE_ELEMENT) {
          std::string kt = html_text(k);
          if (has_year(kt)) dropped = true;
          else own += " " + kt;
        } else if (k->type == GUMBO_NODE_WHITESPACE) {
          own += " ";
        }
      }
      if (!dropped || !has_year(direct)) own.clear();
      own = std::string(trim(own));
      if (own.empty()) n = innermost_dated(n, depth);
      std::string t = own.empty() ? std::string(trim(html_text(n))) : own;
      std::replace(t.begin(), t.end(), '\n', ' ');
      t = with_titled_date(n, std::move(t));
      if (!t.empty() && t.size() <= 120 && (has_year(t) || day_month(t))) {
        // "نُشر يوم DATE" with its update in the element after it ("<p>آخر تحيين للخبر: DATE</p>").
        if (verb) note_update_after(n);
        m_found = std::move(t);
        if (m_inside) m_done = true;
      }
      return;
    }
    // An element that holds a date and nothing else, under the headline, with no class or label to
    // name it (a hosted blog's obfuscated "meta-EgzBVA" div: "Sep 10, 2022"): the date when no
    // named one is found.
    if (m_after_heading && !m_inside && !m_shaped && !has_link(n, true)) {
      std::string t(trim(html_text(n)));
      if (!t.empty() && t.size() <= html_date_only_max_bytes && t.find('\n') == std::string::npos &&
          date_shaped(t) && date_alone(t)) {
        m_shaped = std::move(t);
        return;
      }
    }
    walk_children(n, depth);
  }
  std::optional<std::string> found() const { return m_found ? m_found : m_shaped; }
  std::optional<std::string> update() const { return m_update; }
  // Whether the update line was named by its element's class rather than by its words.
  bool update_by_class() const { return m_update_by_class; }

 private:
  // An update line in the article's header, with its label: kept for the segmenter.
  void note_update(const GumboNode* n) {
    if (m_update) return;
    std::string t(trim(html_text(n)));
    std::replace(t.begin(), t.end(), '\n', ' ');
    if (t.size() > html_update_note_max_bytes || !has_year(t)) return;
    if ((m_in_scope || m_inside) && update_label(fold_heading(t))) {
      m_update = std::move(t);  // the segmenter's date rules read it under its label
      return;
    }
    // "<span class="article-hero__edited">أدخلنا على الخبر تنقيحاً في 24 يوليو 2015 17:37</span>": the class names
    // the update in words no label rule knows; the line is the page's update field (html.cpp).
    if ((m_after_heading || m_in_scope || m_inside) && class_edited(n)) {
      m_update = std::move(t);
      m_update_by_class = true;
    }
  }
  // The update line in the element right after `n` (or after its parent, when `n` is all it holds).
  void note_update_after(const GumboNode* n) {
    for (int up = 0; up < 2 && !m_update && n->parent && n->parent->type == GUMBO_NODE_ELEMENT; ++up, n = n->parent) {
      const GumboNode* p = n->parent;
      for (unsigned i = n->index_within_parent + 1; i < p->v.element.children.length; ++i) {
        const GumboNode* k = element_child(p, i);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        std::string t(trim(html_text(k)));
        std::replace(t.begin(), t.end(), '\n', ' ');
        if (t.size() <= 120 && has_year(t) && update_label(fold_heading(t))) m_update = std::move(t);
        return;
      }
    }
  }
  void walk_children(const GumboNode* n, int depth) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length && !(m_inside && m_found); ++i) walk(element_child(n, i), depth + 1);
  }
  // A relative day or time whose element's title gives the date in full stands for it: MyBB's
  // "<span title="07-07-2020">أمس</span>, 10:36 AM", Invision's and XenForo's <time datetime=UTC
  // title="15/07/2021 02:40 ص">أمس في 2:40 ص</time> (the title in the page's own zone).
  // The date-shaped title of `n` or of an element inside it, when one has it.
  static std::optional<std::string> titled_date(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > 4) return std::nullopt;
    if (const char* title = html_attr(n, "title"); title && date_shaped(std::string(trim(title))))
      return std::string(trim(title));
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      if (auto t = titled_date(element_child(n, i), depth + 1)) return t;
    return std::nullopt;
  }
  static std::string with_titled_date(const GumboNode* n, std::string t) {
    if (has_year(t) || day_month(t)) return t;
    std::function<const GumboNode*(const GumboNode*, int)> titled = [&](const GumboNode* e, int depth) -> const GumboNode* {
      if (e->type != GUMBO_NODE_ELEMENT || depth > 4) return nullptr;
      if (const char* title = html_attr(e, "title"); title && has_year(title)) return e;
      for (unsigned i = 0; i < e->v.element.children.length; ++i)
        if (const GumboNode* k = titled(element_child(e, i), depth + 1)) return k;
      return nullptr;
    };
    const GumboNode* k = titled(n, 0);
    if (!k) return t;
    std::string title(trim(html_attr(k, "title")));
    if (k == n) return title;
    std::string kt(trim(html_text(k)));
    std::size_t at = kt.empty() ? std::string::npos : t.find(kt);
    if (at != std::string::npos) t.replace(at, kt.size(), title);
    return t;
  }
  static const GumboNode* innermost_dated(const GumboNode* n, int depth = 0) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length && depth < html_max_depth; ++i) {
      const GumboNode* k = element_child(n, i);
      if (k->type != GUMBO_NODE_ELEMENT || updated_hint(k)) continue;  // the update beside the date
      const GumboNode* in = innermost_dated(k, depth + 1);
      if (in != k || (dated(k) && has_year(html_text(k)))) return in;
    }
    return n;
  }
  // By its class ("last-updated", "upd-date") or by its label ("آخر تحديث:", "آخر تحيين:", the
  // Maghreb's word, "Updated:") before the date.
  static bool updated_hint(const GumboNode* n) {
    const std::string& h = hint_text(n);
    for (const char* w : {"update", "modified", "edited"})
      if (h.find(w) != std::string::npos) return true;
    return has_word(h, "upd") || update_label(fold_heading(html_first_line(n)));
  }
  // A folded first line (fold_heading) naming the update before any date: "آخر تحيين: 14 أفريل",
  // "جرى تحديثه في 9/3/2018"; in "17 مايو تم التحديث: 18 مايو" (a list of both) a date comes first.
  static bool update_label(std::string_view folded) { return update_labelled(folded); }
  static bool dated(const GumboNode* n) {
    if (n->v.element.tag == GUMBO_TAG_TIME) return true;
    const std::string& h = hint_text(n);
    // A reading time ("post-metadata__readTime": "قراءة لمدة 3 دقائق") is no date.
    if (h.find("read") != std::string::npos) return false;
    for (const char* w : {"date", "time", "publish", "created", "submitted", "posted"})
      if (h.find(w) != std::string::npos) return true;
    return date_label(n) || titled_age(n);
  }
  // An age shown over the moment in its title, with no class to name it (Dolphin's "<span
  // class=bx-def-font-grayed title="13.05.2018 00:30">منذ يومين</span>"): "منذ …" or "… ago".
  static bool titled_age(const GumboNode* n) {
    const char* title = html_attr(n, "title");
    if (!title || !date_shaped(std::string(trim(title)))) return false;
    std::string t(trim(html_text(n)));
    return t.size() <= html_date_only_max_bytes && (t.starts_with("\xD9\x85\xD9\x86\xD8\xB0 ") || t.ends_with(" ago"));  // "منذ "
  }
  // An element with no class to tell it whose first line opens with a date's label ("وقت النشر:
  // الجمعة ١٦ شباط ٢٠١٨", "نُشر في ...", "تاريخ النشر:", "تاريخ نشر الخبر:", "أُدرج في"; folded:
  // harakat and hamza aside)
  // or names the update. The first line is bounded: this runs on every element near the headline.
  static bool date_label(const GumboNode* n) {
    std::string head = fold_heading(html_first_line(n));
    for (std::string_view w : {"وقت النشر", "تاريخ النشر", "تاريخ نشر", "نشر في", "نشر بتاريخ", "تاريخ الاضافه", "ادرج في"})
      if (head.starts_with(w)) return true;
    return update_label(head) || verb_dated(n);
  }
  // A publishing verb opening a short line that is then its date ("أُدرجت في القاعدة 9 أبريل 2018",
  // "نُشرت يوم 4 مارس 2018"): the verb first, the date within the next few words, one date only, a line of
  // 60 characters at most.
  static bool verb_dated(const GumboNode* n) {
    const std::string line = html_first_line(n);
    const std::string head = fold_heading(line);
    const std::size_t sp = head.find(' ');
    const std::string_view verb = std::string_view(head).substr(0, sp);
    bool publishing = false;
    for (std::string_view v : {"نشر", "نشرت", "ادرج", "ادرجت", "اضيف", "اضيفت"}) publishing = publishing || verb == v;
    if (!publishing || sp == std::string::npos || !date_shaped(line)) return false;
    // The date's first digit within the first five words.
    std::size_t digit = head.find_first_of("0123456789");
    // One date only: a row of two ("نُشر يوم DATE آخر تحيين للخبر: DATE") is read whole elsewhere.
    return digit != std::string::npos && years_in(head) == 1 &&
           std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(digit), ' ') <= 4 &&
           visible_chars(line.c_str()) <= 60;
  }
  const GumboNode* m_content;
  const GumboNode* m_scope = nullptr;
  bool m_done = false, m_after_heading = false, m_inside = false, m_in_scope = false;
  bool m_after_content = false;  // the text is behind: only the article's footer is left to look at
  std::optional<std::string> m_found, m_update;
  bool m_update_by_class = false;
  std::optional<std::string> m_shaped;  // an unnamed date-only element after the last heading
};

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A card of other stories' links in an element the scorer does not read (an <aside> teaser between
// two parts of the text, in a page builder's wrapper of its own): a headline link, and links most of
// its text.
bool unscored_card(const GumboNode* s) {
  if (s->type != GUMBO_NODE_ELEMENT) return false;
  std::size_t text = 0, links = 0, headlines = 0;
  bool unscored_inside = false;
  std::function<void(const GumboNode*, int, bool)> walk = [&](const GumboNode* n, int depth, bool in_link) {
    if (depth > html_max_depth) return;
    if (n->type == GUMBO_NODE_TEXT) {
      std::size_t c = visible_chars(n->v.text.text);
      text += c;
      if (in_link) links += c;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE) return;
    unscored_inside = unscored_inside || t == GUMBO_TAG_ASIDE;
    bool link = t == GUMBO_TAG_A;
    if (link && article_href(html_attr(n, "href")) && !headline_of_link(n).empty()) ++headlines;
    for (unsigned i = 0; i < n->v.element.children.length; ++i) walk(element_child(n, i), depth + 1, in_link || link);
  };
  walk(s, 0, false);
  return unscored_inside && headlines >= 1 && headlines <= 2 && links * 2 > text;
}

}  // namespace

// The host most of the page's absolute links lead to, as a base ("http://HOST/"), when they are
// html_site_links_min or more and that host holds html_site_links_share of them; nullopt otherwise.
std::optional<std::string> links_host(const GumboNode* body) {
  std::unordered_map<std::string, std::size_t> hosts;
  std::size_t total = 0;
  std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    if (n->v.element.tag == GUMBO_TAG_A)
      if (const char* href = html_attr(n, "href")) {
        std::string_view h = trim(href);
        if (std::size_t scheme = h.find("://"); scheme != std::string_view::npos && scheme < 6) {
          std::string_view host = h.substr(scheme + 3);
          host = host.substr(0, host.find_first_of("/?#"));
          if (host.rfind("www.", 0) == 0) host.remove_prefix(4);
          if (!host.empty()) ++hosts[std::string(host)], ++total;
        }
      }
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      walk(static_cast<const GumboNode*>(n->v.element.children.data[i]), depth + 1);
  };
  walk(body, 0);
  if (total < html_site_links_min) return std::nullopt;
  auto best = std::max_element(hosts.begin(), hosts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (static_cast<double>(best->second) < html_site_links_share * static_cast<double>(total)) return std::nullopt;
  return "http://" + best->first + "/";
}

namespace {
// "<li><i class="fa fa-calendar"></i> <span>22 July 2015</span></li>": a date the page marks with a
// calendar or clock icon (Font Awesome, Bootstrap's glyphs), wherever it stands — ABlog prints the
// post's date in a sidebar card before the text. Not in a list of other stories, which dates those.
std::optional<std::string> icon_date(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return std::nullopt;
  // A sidebar (<aside>) may hold it; scripts and the page's head do not.
  if (GumboTag t = n->v.element.tag; t != GUMBO_TAG_ASIDE && html_skipped_tag(t)) return std::nullopt;
  if (Hint h = html_hint(n); h == Hint::related || h == Hint::read_also) return std::nullopt;
  if (n->v.element.tag == GUMBO_TAG_LI && holds_headline_link(n)) return std::nullopt;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = element_child(n, i);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag t = k->v.element.tag;
    if ((t == GUMBO_TAG_I || t == GUMBO_TAG_SPAN) && trim(html_text(k)).empty()) {
      const char* cls = html_attr(k, "class");
      std::string_view c = cls ? cls : "";
      if (c.find("calendar") != std::string_view::npos || c.find("fa-clock") != std::string_view::npos) {
        std::string text(trim(html_text(n)));
        std::replace(text.begin(), text.end(), '\n', ' ');
        if (!text.empty() && text.size() <= html_date_only_max_bytes && !has_link(n, true) && date_shaped(text) &&
            date_alone(text))
          return text;
      }
    }
  }
  for (unsigned i = 0; i < kids.length; ++i)
    if (auto d = icon_date(element_child(n, i), depth + 1)) return d;
  return std::nullopt;
}

// Whether an element under `n` nests inside one of its own kind, the same tag and class (an outline's
// "ls-block" in "ls-block"; `path` holds the tags and classes of the elements between).
bool nests_own_kind(const GumboNode* n, std::vector<std::pair<GumboTag, std::string_view>>& path, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
  const char* c = html_attr(n, "class");
  const bool named = c && *c;
  if (named) {
    for (const auto& [tag, cls] : path)
      if (tag == n->v.element.tag && cls == c) return true;
    path.emplace_back(n->v.element.tag, c);
  }
  bool found = false;
  for (unsigned i = 0; i < n->v.element.children.length && !found; ++i)
    found = nests_own_kind(element_child(n, i), path, depth + 1);
  if (named) path.pop_back();
  return found;
}
bool nests_own_kind(const GumboNode* n) {
  std::vector<std::pair<GumboTag, std::string_view>> path;
  bool found = false;
  for (unsigned i = 0; i < n->v.element.children.length && !found; ++i)
    found = nests_own_kind(element_child(n, i), path, 0);
  return found;
}
}  // namespace

ContentPick pick_content(const GumboNode* body, const std::optional<std::string>& base) {
  ContentPick out;
  if (!body) return out;
  Scorer scorer(base);
  Info page = scorer.measure(body, 0, false);
  scorer.score(body);

  // The best candidate.
  const GumboNode* top = nullptr;
  double best = 0;
  auto pick_best = [&] {
    top = nullptr;
    best = 0;
    for (const GumboNode* c : scorer.candidates()) {
      double s = scorer.final_score(c);
      if (s > best) {
        best = s;
        top = c;
      }
    }
  };
  pick_best();
  // Readability tries again with fewer unlikely candidates removed when what is left is too short:
  // here, when a comments hint took most of the page (a forum thread whose posts, the first one the
  // article, sit in a "reply" container), that element is looked into after all.
  const Info* top_info = top ? scorer.find(top) : nullptr;
  if (const GumboNode* thread = scorer.thread_in_comments(page.all_text, top_info ? top_info->text : 0)) {
    std::string path = html_path(thread);
    std::vector<const GumboNode*> spared{thread};
    for (;;) {
      scorer = Scorer(base);
      for (const GumboNode* n : spared) scorer.spare(n);
      page = scorer.measure(body, 0, false);
      const GumboNode* inner = scorer.thread_inside(spared.back());
      if (!inner || spared.size() > static_cast<std::size_t>(html_max_depth)) break;
      spared.push_back(inner);
    }
    scorer.score(body);
    pick_best();
    out.trace.push_back("kept	" + path +
                        "	its comments hint is set aside: it (or the thread of posts it opens) holds a third or more of the page's text and the best block "
                        "outside it little (a forum thread's posts)");
  }
  if (!top || best < 5) {
    out.trace.push_back("dropped\tbody\tno block of the page reads as an article's text");
    return out;
  }
  std::string how = "best score " + fmt(best);
  const GumboNode* outscored = nullptr;  // a best block that won on its names, set aside below
  {
    // A layout wrapper named like content can win on its tag and class alone (IPS's <main
    // id="ipsLayout_body"> around the header, the article, the lists and the comments): the best
    // block inside it, which its paragraphs scored, is the text.
    auto from_paragraphs = [&](const GumboNode* c) {
      const Info* in = scorer.find(c);
      return in && in->scored ? in->score - Scorer::base_score(c) : 0.0;
    };
    const GumboNode* inner = nullptr;
    double inner_best = 0;
    for (const GumboNode* c : scorer.candidates())
      if (c != top && is_ancestor(top, c) && scorer.final_score(c) > inner_best) {
        inner_best = scorer.final_score(c);
        inner = c;
      }
    if (inner && from_paragraphs(top) < html_wrapper_paragraph_share * from_paragraphs(inner)) {
      how += "; the best block " + html_path(top) + " (" + fmt(best) +
             ") won on its tag and class, not its paragraphs: narrowed to the best block inside it";
      top = inner;
      best = inner_best;
    } else {
      // Nor does a block elsewhere that wins on its names over a line or two (a site builder's
      // header marked role=main): the block whose paragraphs score most is the text.
      const GumboNode* prose = nullptr;
      for (const GumboNode* c : scorer.candidates())
        if (!is_ancestor(top, c) && !is_ancestor(c, top) && (!prose || from_paragraphs(c) > from_paragraphs(prose)))
          prose = c;
      // Nor a block of a line or two that a content word in its class lifted ("csl-entry": a
      // citation under the text) over a block whose paragraphs score more and hold far more text.
      const Info* top_in = scorer.find(top);
      const Info* prose_in = prose ? scorer.find(prose) : nullptr;
      bool a_line_or_two = top_in && prose_in && top_in->text <= html_names_line_chars &&
                           prose_in->text >= html_names_text_ratio * top_in->text &&
                           from_paragraphs(top) < from_paragraphs(prose);
      if (prose && (from_paragraphs(top) < html_names_paragraph_share * from_paragraphs(prose) || a_line_or_two)) {
        how += "; the best block " + html_path(top) + " (" + fmt(best) +
               ") won on its tag and class over little text: the block whose paragraphs score most instead";
        outscored = top;
        top = prose;
        best = scorer.final_score(prose);
      }
    }
  }

  // When several near-best candidates share an ancestor with the top one, the article spans them.
  // A list's item that is a headline link with a byline or a date under it is no such block.
  auto story_card = [&](const GumboNode* c) {
    const Info* in = scorer.find(c);
    return in && in->headline_links >= 1 && in->text - std::min(in->text, in->links) <= html_caption_chars;
  };
  std::vector<const GumboNode*> alternatives;
  for (const GumboNode* c : scorer.candidates())
    // The block set aside for winning on its names is no near-best block either.
    if (c != top && scorer.final_score(c) >= 0.75 * best && !is_ancestor(c, top) && !is_ancestor(top, c) &&
        !story_card(c) && !(outscored && (is_ancestor(outscored, c) || is_ancestor(c, outscored))))
      alternatives.push_back(c);
  // Posts of a thread, each in an element numbered as one ("<tr id=post-74550>", "<div id=reply-12>"): the near-best
  // blocks in the other posts are replies, not more of the text (ProBoards' first post is the article).
  auto numbered_post = [](const GumboNode* e) {
    const char* id = e->type == GUMBO_NODE_ELEMENT ? html_attr(e, "id") : nullptr;
    if (!id) return false;
    std::string_view v = id;
    std::size_t digits = v.find_first_of("0123456789");
    if (digits == std::string_view::npos || digits == 0 || v.find_first_not_of("0123456789", digits) != std::string_view::npos)
      return false;
    std::string_view word = v.substr(0, digits);
    if (word.back() == '-' || word.back() == '_') word.remove_suffix(1);
    for (std::string_view w : {"post", "reply", "comment", "msg", "message"})
      if (strncasecmp(word.data(), w.data(), w.size()) == 0 && word.size() == w.size()) return true;
    return false;
  };
  auto child_holding = [](const GumboNode* a, const GumboNode* n) {
    while (n && n->parent != a) n = n->parent;
    return n;
  };
  if (alternatives.size() >= 3) {
    int up = 1;
    for (const GumboNode* a = top->parent; a && a->type == GUMBO_NODE_ELEMENT && a != body && up <= html_widen_max_levels;
         a = a->parent, ++up) {
      int holds = 0, in_posts = 0;
      for (const GumboNode* c : alternatives)
        if (is_ancestor(a, c)) {
          ++holds;
          const GumboNode* k = child_holding(a, c);
          in_posts += k && k != child_holding(a, top) && numbered_post(k);
        }
      if (holds >= 3 && in_posts * 2 >= holds && numbered_post(child_holding(a, top))) {
        how += "; not widened over " + std::to_string(in_posts) + " near-best blocks in the thread's other posts";
        break;
      }
      if (holds >= 3) {
        how += "; widened to the ancestor of " + std::to_string(holds) + " near-best blocks";
        top = a;
        break;
      }
    }
  }
  // An outliner nests each paragraph in its parent block's children (Logseq: "ls-block" in "block-children"
  // in "ls-block"), so no element the scores reach holds more than one or two of them: a block holding
  // under a third of the page's sentences inside such nesting climbs to the lowest ancestor that holds two
  // thirds of them, when little of that ancestor's text is links.
  if (const Info* bi = scorer.find(body); bi && bi->stops >= html_outline_min_stops) {
    const Info* ti = scorer.find(top);
    if (ti && ti->stops * 3 < bi->stops)
      for (const GumboNode* a = top->parent; a && a->type == GUMBO_NODE_ELEMENT && a != body; a = a->parent) {
        const Info* ai = scorer.find(a);
        if (!ai || ai->stops * 3 < bi->stops * 2) continue;
        // An outline: inside that ancestor an element nests in one of its own kind (the same tag and class:
        // Logseq's "ls-block" in "ls-block"), which a layout's columns do not.
        if (nests_own_kind(a) && ai->links * 4 < ai->text) {
          int up = 0;
          for (const GumboNode* u = top; u != a; u = u->parent) ++up;
          how += "; climbed " + std::to_string(up) + " levels from a block of " + std::to_string(ti->stops) +
                 " sentences to " + html_path(a) + ", which holds " + std::to_string(ai->stops) + " of the page's " +
                 std::to_string(bi->stops) + " (an outline's nested blocks)";
          top = a;
        }
        break;
      }
  }
  // A block alone in its parent is the parent. An empty element beside it is no other part (a
  // notebook's prompt and collapser <div>s beside each cell's rendered text).
  while (top->parent && top->parent != body && top->parent->type == GUMBO_NODE_ELEMENT) {
    const GumboNode* p = top->parent;
    unsigned elements = 0;
    for (unsigned i = 0; i < p->v.element.children.length; ++i) {
      const GumboNode* k = element_child(p, i);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      elements += k == top || shows_anything(k);
    }
    const Info* pi = scorer.find(p);
    const Info* ti = scorer.find(top);
    if (elements != 1 || !pi || !ti || pi->text > ti->text) break;
    top = p;
  }
  // The page's own word: an itemprop=articleBody inside the chosen block, or around it, holding
  // most of its text.
  std::function<const GumboNode*(const GumboNode*, int)> find_body = [&](const GumboNode* n,
                                                                         int depth) -> const GumboNode* {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return nullptr;
    if (const char* ip = html_attr(n, "itemprop"); ip && strcasecmp(ip, "articleBody") == 0) return n;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      if (const GumboNode* f = find_body(element_child(n, i), depth + 1)) return f;
    return nullptr;
  };
  const Info* ti = scorer.find(top);
  if (const GumboNode* ab = find_body(top, 0); ab && ab != top) {
    const Info* ai = scorer.find(ab);
    if (ai && ti && ai->text * 10 >= ti->text * 6) {
      how += "; narrowed to itemprop=articleBody";
      top = ab;
    }
  } else {
    for (const GumboNode* a = top->parent; a && a->type == GUMBO_NODE_ELEMENT; a = a->parent)
      if (const char* ip = html_attr(a, "itemprop"); ip && strcasecmp(ip, "articleBody") == 0) {
        how += "; widened to its itemprop=articleBody";
        top = a;
        break;
      }
  }

  // A block that is the only child with text of the <div>s around it, up to a <section> among
  // sections, climbs to that section, so that its sibling sections may continue it (Google Sites: each
  // text box a <section> of nested <div>s, the article's paragraphs spread over several).
  // A picture with its caption beside the block (Divi's image module over the next text module), and
  // a box whose text is pruned or links (an opt-in promo, a card), are no other text.
  auto only_text_child = [&](const GumboNode* p, const GumboNode* child) {
    for (unsigned i = 0; i < p->v.element.children.length; ++i) {
      const GumboNode* k = element_child(p, i);
      if (k == child) continue;
      if (k->type == GUMBO_NODE_TEXT) return false;
      if (k->type != GUMBO_NODE_ELEMENT || trim(html_text(k)).empty()) continue;
      const Info* ki = scorer.find(k);
      std::uint32_t own = ki ? ki->text - std::min(ki->text, ki->links) : 0;
      // Not a list of stories (a sidebar's boxes): one card at most.
      bool minor = ki && ki->all_headline_links <= 1 &&
                   (own <= html_caption_chars || (has_image(k) && own <= 2 * html_caption_chars));
      if (!minor) return false;
    }
    return true;
  };
  // A <section>, or a page builder's section in a <div> ("et_pb_section", "elementor-section").
  auto section_like = [](const GumboNode* k) {
    return k->type == GUMBO_NODE_ELEMENT &&
           (k->v.element.tag == GUMBO_TAG_SECTION ||
            (k->v.element.tag == GUMBO_TAG_DIV && has_part(hint_text(k), "section")));
  };
  auto section_among_sections = [&](const GumboNode* s) {
    if (!section_like(s) || !s->parent || s->parent->type != GUMBO_NODE_ELEMENT) return false;
    int sections = 0;
    for (unsigned i = 0; i < s->parent->v.element.children.length; ++i)
      sections += section_like(element_child(s->parent, i));
    return sections >= 2;
  };
  for (const GumboNode *p = top->parent, *from = top; p && p->type == GUMBO_NODE_ELEMENT && p != body;
       from = p, p = p->parent) {
    if (!only_text_child(p, from)) break;
    if (section_among_sections(p)) {
      top = p;
      break;
    }
    if (p->v.element.tag != GUMBO_TAG_DIV) break;
  }
  // A column (its class says so: "am-column", "col-md-6") whose siblings, two to four of its tag and first
  // class name, make up the whole of their parent (a builder's row of columns between the text's blocks:
  // Automad's "am-column" halves in an "am-flex" row) is its row: the block the text's other blocks continue.
  if (const GumboNode* row = top->parent; row && row != body && row->type == GUMBO_NODE_ELEMENT && html_attr(top, "class")) {
    std::string_view cls = html_attr(top, "class");
    cls = cls.substr(0, cls.find(' '));
    unsigned columns = 0;
    bool all = !cls.empty();
    for (unsigned i = 0; all && i < row->v.element.children.length; ++i) {
      const GumboNode* k = element_child(row, i);
      if (k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_COMMENT) continue;
      const char* kc = k->type == GUMBO_NODE_ELEMENT ? html_attr(k, "class") : nullptr;
      // Each column prose with hardly a link: not a layout's main column beside its sidebar.
      const Info* ki = kc ? scorer.find(k) : nullptr;
      all = kc && k->v.element.tag == top->v.element.tag && std::string_view(kc).substr(0, std::string_view(kc).find(' ')) == cls &&
            ki && ki->text && ki->links * 10 < ki->text && holds_prose(k, 1);
      ++columns;
    }
    std::string lower(cls);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (all && columns >= 2 && columns <= 4 && lower.find("col") != std::string::npos) {
      how += "; its row of " + std::to_string(columns) + " columns";
      top = row;
    }
  }
  // A paged document's viewer (Scribd's "outer_page" around each page's "text_layer"): when the chosen block's
  // parent has a class that siblings of its tag share, and one of them holds prose with hardly a link, the
  // page is the text's unit: the sibling step below then reads the other pages.
  if (const GumboNode* page = top->parent; page && page->type == GUMBO_NODE_ELEMENT && page != body && html_attr(page, "class")) {
    const std::string page_class = html_attr(page, "class");
    int pages = 0;
    for (unsigned i = 0; page->parent && i < page->parent->v.element.children.length; ++i) {
      const GumboNode* s = element_child(page->parent, i);
      if (s == page || s->type != GUMBO_NODE_ELEMENT || s->v.element.tag != page->v.element.tag) continue;
      const char* sc = html_attr(s, "class");
      const Info* si = scorer.find(s);
      pages += sc && page_class == sc && si && si->text && si->links * 10 < si->text && holds_prose(s, 1);
    }
    const Info* pi = scorer.find(page);
    const Info* ti = scorer.find(top);
    if (pages >= 1 && pi && ti && pi->text - ti->text <= html_caption_chars) {
      how += "; its page of a paged document (" + std::to_string(pages + 1) + " pages of the class '" + page_class + "')";
      top = page;
    }
  }
  // Siblings that continue the text (Readability's rule: a good score, or a real paragraph).
  double top_score = scorer.final_score(top);
  double threshold = std::max(10.0, top_score * 0.2);
  const GumboNode* parent = top->parent;
  std::string top_class = html_attr(top, "class") ? html_attr(top, "class") : "";
  bool before_top_done = false;
  // The class names inside the chosen block: a page builder names every part of the text the same
  // way ("apos-area-widget" around each rich-text part), and a weak class hint ("widget") that set a
  // short part aside says nothing when the chosen block's own part bears the same class.
  std::unordered_set<std::string> top_classes;
  std::function<void(const GumboNode*, int)> classes_in = [&](const GumboNode* n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    if (const char* c = html_attr(n, "class"); c && *c) top_classes.insert(c);
    for (unsigned i = 0; i < n->v.element.children.length; ++i) classes_in(element_child(n, i), depth + 1);
  };
  // Spares the elements inside `s` that a class hint pruned though a part of the chosen block bears
  // their class; whether it spared any.
  std::function<bool(const GumboNode*, int)> spare_parts = [&](const GumboNode* n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
    const Info* in = scorer.find(n);
    const char* c = html_attr(n, "class");
    bool any = false;
    if (in && in->pruned && html_hint(n) == Hint::boilerplate && c && top_classes.count(c)) {
      scorer.spare(n);
      any = true;
    }
    for (unsigned i = 0; i < n->v.element.children.length; ++i) any = spare_parts(element_child(n, i), depth + 1) || any;
    return any;
  };
  if (parent && parent->type == GUMBO_NODE_ELEMENT && parent != body->parent) {
    for (unsigned i = 0; i < parent->v.element.children.length; ++i) {
      const GumboNode* s = element_child(parent, i);
      if (s->type != GUMBO_NODE_ELEMENT) continue;
      if (s == top) {
        out.nodes.push_back(s);
        before_top_done = true;
        continue;
      }
      const Info* si = scorer.find(s);
      const char* s_class = html_attr(s, "class");
      if (si && !si->text && si->all_text > html_caption_chars && si->all_links * 10 < si->all_text && s_class &&
          !top_class.empty() && top_class == s_class) {
        if (top_classes.empty()) classes_in(top, 0);
        if (spare_parts(s, 0) && holds_prose(s, 1)) {
          out.nodes.push_back(s);
          out.trace.push_back("kept\t" + html_path(s) + "\tsibling of the text's class whose parts bear a class of the text's own parts");
          continue;
        }
      }
      if (!si || !si->text) continue;
      // A sibling of the same class as the chosen block (a paragraphs module's items) shares the
      // best block's score: the chosen block may be a wrapper climbed to from it, scored lower.
      // The same class, or the same first class name on the same tag (a page builder numbers its
      // sections: "et_pb_section et_pb_section_0", "et_pb_section et_pb_section_2").
      auto first_class = [](std::string_view c) { return c.substr(0, c.find(' ')); };
      // A grid's layout class ("container", "row", "wrapper") is shared by every part of the page:
      // it says nothing (Hashnode's author box and newsletter in a "container" after the post's).
      auto layout_class = [](std::string_view c) {
        for (std::string_view w : {"container", "container-fluid", "row", "wrapper", "wrap", "inner", "clearfix"})
          if (c == w) return true;
        return false;
      };
      // (A builder's custom element, "<am-flex class="am-block …">", is of its blocks' kind whatever its tag.)
      const bool tags_agree = s->v.element.tag == top->v.element.tag || s->v.element.tag == GUMBO_TAG_UNKNOWN ||
                              top->v.element.tag == GUMBO_TAG_UNKNOWN;
      bool same = !top_class.empty() && s_class && !layout_class(first_class(top_class)) &&
                  (top_class == s_class || (tags_agree && first_class(top_class) == first_class(s_class) &&
                                            first_class(top_class).size() >= 4));
      // A class hint on a sibling says it is no text, unless the chosen block bears the same class
      // (Apostrophe's "apos-area-widget-wrapper" around each rich-text part: "widget" names the
      // builder's unit, not a sidebar's).
      if (Hint h = html_hint(s); h != Hint::none && h != Hint::content && !(same && top_class == s_class)) continue;
      // A block of program code and its output with no paragraph of prose (a notebook's code cell between
      // two of its text cells) is no part of the text, whatever class it shares with it.
      if (holds_code(s) && !holds_prose(s, 1)) continue;
      // Nor a table or list of dated headlines with no paragraph of prose (a notebook's list of what came before).
      if (holds_dated_rows(s) && !holds_prose(s, 1)) continue;
      // (A line with no sentence in it, a notebook's header or footer cell, gets none.)
      double bonus = same && (si->stops || si->commas) ? std::max(top_score, best) * 0.2 : 0;
      double ld = static_cast<double>(si->links) / si->text;
      // Before the text, a box with a label of its own is the page's (a claim, a summary).
      Opening opens = before_top_done ? Opening::text : opening_of(s);
      bool keep = si->scored && scorer.final_score(s) + bonus >= threshold && opens != Opening::box_label &&
                  !(!before_top_done && details_list(s));
      // A section of the same builder after the text that holds a paragraph's worth of text and
      // hardly a link continues it, however deep its paragraphs sit (Shorthand's scrollmation cards
      // between its text sections; a pull quote or a credits box is shorter).
      if (!keep && same && before_top_done)
        keep = si->text >= html_section_text_chars && ld < 0.1;
      // A grid's rows share their layout class with everything on the page, but a row of the same
      // tag and class after the text holding two paragraphs of prose and hardly a link is the text's
      // next part (Jahia's rich-text rows between a picture row and a read-also card row).
      if (!keep && before_top_done && s_class && top_class == s_class && s->v.element.tag == top->v.element.tag)
        keep = ld < 0.1 && holds_prose(s, html_prose_row_paragraphs);
      // A page builder that gives each paragraph a unit of its own (Microweber's "module-layouts", a
      // paragraph five elements deep) leaves the units unscored and short: a unit of the text's class and
      // shape after it, a paragraph of prose with hardly a link, continues it.
      if (!keep && before_top_done && s_class && top_class == s_class && s->v.element.tag == top->v.element.tag)
        keep = ld < 0.1 && holds_prose(s, 1) && same_unit_shape(top, s);
      // A paragraph after the text set wholly in italics is a note under it (a disclaimer).
      if (!keep && s->v.element.tag == GUMBO_TAG_P && !(before_top_done && wholly_emphasized(s)))
        keep = (si->text > 80 && ld < 0.25) || (si->text <= 80 && ld == 0 && si->stops);
      // The lead before the body in a block of its own (Joomla's intro text, a standfirst):
      // sentence-shaped text with hardly a link. After the body such text is more often a bio
      // or a subscription pitch, so only a block before it.
      // (A block of the text's own builder, whatever its element: Automad's "<am-flex class="am-block …">".)
      if (!keep && !before_top_done &&
          (s->v.element.tag == GUMBO_TAG_DIV || s->v.element.tag == GUMBO_TAG_SECTION || same) && opens == Opening::text)
        keep = si->text > 80 && ld < 0.1 && (si->stops || si->commas);
      // After an Arabic text, a short paragraph mostly in Latin letters is the platform's line, not the text's
      // (Magzter's "This story is from the April 10, 2018 edition of …", a reader app's "Originally published at …").
      if (keep && before_top_done && si->all_text <= html_latin_note_max_chars && latin_over_arabic(html_text(s)) &&
          !latin_over_arabic(html_text(top))) {
        out.trace.push_back("dropped\t" + html_path(s) + "\ta line in Latin letters after an Arabic text (the platform's)");
        continue;
      }
      if (keep) {
        out.nodes.push_back(s);
        out.trace.push_back("kept\t" + html_path(s) + "\tsibling that continues the text (score " +
                            fmt(scorer.final_score(s)) + ")");
      }
    }
  }
  if (out.nodes.empty()) out.nodes.push_back(top);
  // A read-also card between two parts of the text belongs to the article: the writer keeps its
  // links as a box (and drops its text).
  std::unordered_set<const GumboNode*> cards;
  if (out.nodes.size() > 1) {
    std::vector<const GumboNode*> with_cards;
    const GumboNode* last = out.nodes.back();
    bool inside = false;
    for (unsigned i = 0; parent && i < parent->v.element.children.length; ++i) {
      const GumboNode* s = element_child(parent, i);
      bool kept = std::find(out.nodes.begin(), out.nodes.end(), s) != out.nodes.end();
      if (kept) {
        with_cards.push_back(s);
        inside = s != last;
        continue;
      }
      const Info* si = s->type == GUMBO_NODE_ELEMENT ? scorer.find(s) : nullptr;
      if (inside && ((si && si->all_headline_links && si->all_links * 2 > si->all_text) || unscored_card(s))) {
        with_cards.push_back(s);
        cards.insert(s);
      }
    }
    out.nodes = std::move(with_cards);
  }
  // The lead above the text's container, inside the same <article> (django CMS's "blog-lead" over
  // the picture and the "blog-content"): the nearest block with text before each level up to the
  // article, when it is a paragraph's worth of sentences with hardly a link, holds no heading and
  // no picture (a caption), and is no header.
  // A <main> bounds it as well (Jahia's news block: the headline and its lead in one block, the text
  // in rows after a "back to the list" link).
  const GumboNode* article = nullptr;
  for (const GumboNode* a = top->parent; a && a->type == GUMBO_NODE_ELEMENT && a != body; a = a->parent)
    if (a->v.element.tag == GUMBO_TAG_ARTICLE || a->v.element.tag == GUMBO_TAG_MAIN) {
      article = a;
      break;
    }
  for (const GumboNode* at = out.nodes.front(); article && at != article && at->parent; at = at->parent) {
    const GumboNode* p = at->parent;
    const GumboNode* lead = nullptr;
    bool tools_seen = false;
    for (unsigned i = at->index_within_parent; i-- > 0;) {
      const GumboNode* s = element_child(p, i);
      if (s->type != GUMBO_NODE_ELEMENT || trim(html_text(s)).empty()) continue;
      if (has_unlinked_image(s) && visible_chars(std::string(trim(html_text(s))).c_str()) <= html_caption_chars) continue;
      // One row of the article's tools between the lead and the text (Tiki's "(2187 بايت) اطبع المقالة
      // نسخة PDF أرسلها لصديق التعليقات (3) DATE"): links and a date, no sentence.
      const Info* si = scorer.find(s);
      if (!tools_seen && (tools_row(s) || (si && si->text && si->links >= si->text))) {
        tools_seen = true;
        continue;
      }
      lead = s;
      break;
    }
    if (!lead) continue;
    // The headline's block may end with the lead: its last block with text after the heading.
    if (holds_heading(lead)) {
      const GumboNode* last = nullptr;
      bool after = false;
      for (unsigned i = 0; i < lead->v.element.children.length; ++i) {
        const GumboNode* k = element_child(lead, i);
        if (k->type != GUMBO_NODE_ELEMENT) continue;
        if (holds_heading(k)) {
          after = true;
          last = nullptr;
        } else if (after && !trim(html_text(k)).empty()) {
          last = k;
        }
      }
      if (last) lead = last;
    }
    const Info* li = scorer.find(lead);
    // A picture is a caption's unless it is a link's to a page (Tiki's topic icon beside its lead).
    bool shaped = li && li->text > html_lead_min_chars && li->links * 10 < li->text && (li->stops || li->commas) &&
                  !has_unlinked_image(lead) && lead->v.element.tag != GUMBO_TAG_HEADER &&
                  opening_of(lead) == Opening::text && html_hint(lead) != Hint::boilerplate;
    // A sentence's end closes it (a meta block of byline, dates and reviewer ends on a name).
    if (shaped) {
      std::string t(trim(html_text(lead)));
      shaped = t.ends_with(".") || t.ends_with("!") || t.ends_with("\xD8\x9F") || t.ends_with("\xE2\x80\xA6") ||
               t.ends_with("\"") || t.ends_with("\xC2\xBB");
    }
    if (shaped && !holds_heading(lead)) {
      out.nodes.insert(out.nodes.begin(), lead);
      out.trace.push_back("kept\t" + html_path(lead) + "\tthe lead above the text's block, inside the article");
    }
    break;  // only the nearest level with a block before it
  }
  const Info* fi = scorer.find(top);
  out.trace.insert(
      out.trace.begin(),
      "kept\t" + html_path(top) + "\t" + how + " of " + std::to_string(scorer.candidates().size()) +
          " blocks scored from " + std::to_string(scorer.paragraphs()) + " paragraphs; " +
          std::to_string(fi ? fi->text : 0) + " of the page's " + std::to_string(page.text) +
          " characters, " + std::to_string(fi && fi->text ? fi->links * 100 / fi->text : 0) + "% in links");

  if (!base) out.site = links_host(body);
  Writer w(scorer, base, out, out.site);
  w.note_running_heads(out.nodes);
  for (const GumboNode* n : out.nodes) w.write(n, cards.count(n) ? Writer::Root::card : Writer::Root::text);
  out.text = w.finish();

  // The last heading before the text, in the page's order: the headline when the page's <title>
  // names only the site and the page ("وزارة ... - تفاصيل الخبر") and its <h1> names the section.
  const GumboNode* heading = nullptr;
  bool reached = false;
  std::function<void(const GumboNode*, int)> before = [&](const GumboNode* n, int depth) {
    if (reached || n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    if (n == out.nodes.front()) {
      reached = true;
      return;
    }
    GumboTag t = n->v.element.tag;
    if (unscored(t)) return;
    if (is_heading_tag(t)) {
      if (!has_link(n, true)) heading = n;
      return;
    }
    if (t == GUMBO_TAG_A) {
      // A heading followed by stories' headlines heads their list (a sidebar's "أخبار ذات صلة"
      // before the text in the page's order), not the text.
      if (heading && article_href(html_attr(n, "href")) && !headline_of_link(n).empty()) heading = nullptr;
      return;
    }
    for (unsigned i = 0; i < n->v.element.children.length; ++i) before(element_child(n, i), depth + 1);
  };
  before(body, 0);
  if (heading && reached) {
    std::string t(trim(html_text(heading)));
    std::replace(t.begin(), t.end(), '\n', ' ');
    if (headline_shaped(t)) out.heading_before = std::move(t);
  }

  DateFinder dates(out.nodes.front());
  dates.walk(body);
  out.date_line = dates.found();
  out.update_line = dates.update();
  out.update_by_class = dates.update_by_class();
  if (!out.date_line) {
    // No element names its date: a short date-shaped line in a block just before the text (an
    // old portal's "نشر في: 11-05-2024 | 10:30 ص" row between the headline's row and the text's).
    // The text's block may be a child of <body> itself (Mobirise's sections): its siblings there are
    // looked at (the headline's block only), nothing above.
    const GumboNode* at = out.nodes.front();
    for (int up = 0; up < 2 && !out.date_line && at != body && at->parent && at->parent->type == GUMBO_NODE_ELEMENT;
         ++up, at = at->parent) {
      int looked = 0;
      const GumboNode* p = at->parent;
      unsigned i = at->index_within_parent;
      while (i-- > 0 && looked < 3) {
        const GumboNode* s = element_child(p, i);
        if (s->type != GUMBO_NODE_ELEMENT) continue;
        std::string t(trim(html_text(s)));
        if (t.empty()) continue;
        // Among <body>'s own children only the headline's block, its date line under the headline, is
        // the text's (Mobirise's header section); a page header's date or issue line is the page's.
        if (p == body && !holds_heading(s)) continue;
        ++looked;
        // A link or two of a word or three beside the date (e107's "نشره admin يوم DATE · <a>القسم</a>")
        // leave it a date row; a teaser's headline link does not.
        if (has_link(s, true)) t = without_short_links(s).value_or("");
        // The headline's block with its byline row under it (PHP-Nuke's "<td><h1>…</h1><font>أرسله
        // NAME في DATE</font></td>"): the row is the block's last line.
        if (std::size_t nl = t.rfind('\n'); nl != std::string::npos && holds_heading(s))
          t = std::string(trim(std::string_view(t).substr(nl + 1)));
        // A date's block of two or three short lines, no heading (Mintlify's changelog label "October 13,
        // 2018" over "أُدرجت الساعة 00:20 بتوقيت دبي"): one row.
        if (!holds_heading(s) && std::count(t.begin(), t.end(), '\n') < html_date_block_max_lines)
          std::replace(t.begin(), t.end(), '\n', ' ');
        // Counted in characters: an Arabic row with its label, name and date ("كاتب المقالة: NAME - تاريخ
        // النشر: الأربعاء 5 أوت 2020 21:38 - (6914 قراءة)") runs past 120 bytes.
        if (t.empty() || visible_chars(t.c_str()) > html_date_row_max_chars || t.find('\n') != std::string::npos) break;
        if (date_shaped(t)) {
          // A row of parts ("نشره NAME يوم DATE · [حُيّن الخبر يوم DATE]"): an update's part under its
          // label is the update line, the rest the date line.
          std::string date;
          bool update_part = false;
          for (std::string_view sep : {" \xC2\xB7 ", " | "}) {
            if (t.find(sep) == std::string::npos) continue;
            for (std::size_t from = 0; from <= t.size();) {
              std::size_t end = std::min(t.find(sep, from), t.size());
              std::string part(trim(std::string_view(t).substr(from, end - from)));
              if (update_labelled(fold_heading(part)) && part.find_first_of("0123456789") != std::string::npos) {
                if (!out.update_line) out.update_line = part;
                update_part = true;
              } else if (!part.empty()) {
                date += (date.empty() ? "" : std::string(sep)) + part;
              }
              from = end + sep.size();
            }
            break;
          }
          if (!update_part) date = t;
          if (!date.empty() && date_shaped(date)) {
            out.date_line = date;
            out.trace.push_back("published\t" + html_path(s) + "\ta date line just before the text");
          }
        }
        if (out.date_line) break;
      }
      if (looked) break;  // the text's own block had blocks before it: look no further up
    }
  }
  // The element right after the text's last block with any text (one line), as far as the text's
  // parent goes: a details row or an edit notice under it. A row with no digit between is passed over
  // (Help Scout's "Did this answer your question?" over its "Last updated on May 22, 2018"), once, to a row
  // of one date (Wiki.js's edit history, "سجل التعديلات 9 أبريل 2018 28 فبراير 2018", is no notice).
  const GumboNode* next_row = nullptr;
  std::string row;
  if (const GumboNode* at = out.nodes.back(); at->parent && at->parent->type == GUMBO_NODE_ELEMENT && at->parent != body)
    for (unsigned i = at->index_within_parent + 1, rows = 0; i < at->parent->v.element.children.length && !next_row; ++i) {
      const GumboNode* s = element_child(at->parent, i);
      if (s->type != GUMBO_NODE_ELEMENT) continue;
      row = std::string(trim(html_text(s)));
      std::replace(row.begin(), row.end(), '\n', ' ');
      if (row.empty()) continue;
      if (row.find_first_of("0123456789") == std::string::npos && ++rows < html_details_rows) continue;
      if (rows > 0 && years_in(row) != 1) break;
      next_row = s;
    }
  if (next_row && row.size() <= html_details_row_max_bytes) {
    // Nor before it: a details row just after the text that dates it under its label (uCoz's "القسم: … |
    // عدد القراءات: 318 | نشره: admin | بتاريخ: 22.09.2019, 07:19"): the label and the date, for the
    // segmenter's date rules. Only the label's part of the row, only the row right after the text.
    if (!out.date_line)
      if (std::optional<std::string> d = labelled_date(row)) {
        out.date_line = d;
        out.trace.push_back("published\t" + html_path(next_row) + "\ta details row just after the text, '" + *d + "'");
      }
    // A forum post's edit notice right after its text (phpBB's "آخر تعديل بواسطة NAME في DATE، عدل
    // مرة واحدة", vBulletin's "آخر تعديل بواسطة NAME؛ DATE"): the update, for the segmenter's
    // update rules. Only under an edit label.
    // Mambo's "<td class=modifydate>عُدّلت المادة ( الاثنين, 15 أبريل 2024 02:25 )</td>" row too: an
    // update's label, then its date.
    if (!out.update_line && (edit_notice(row) || (update_labelled(fold_heading(row)) && date_shaped(row)))) {
      out.update_line = row;
      out.trace.push_back("updated\t" + html_path(next_row) + "\tan edit notice just after the text");
    }
  }
  if (!out.date_line) {
    // A print edition's page dates itself by its issue ("العدد 18230 - الأحد 26 مايو 2024" in
    // its header), far from the text: the caller takes it when the metadata has no date either.
    std::function<void(const GumboNode*, int)> find = [&](const GumboNode* n, int depth) {
      if (out.issue_line || n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth ||
          html_skipped_tag(n->v.element.tag) || n->v.element.tag == GUMBO_TAG_A)
        return;
      const Info* in = scorer.find(n);
      if (in && in->all_text <= 60 && in->all_text >= 10 && !has_link(n, true)) {
        std::string t(trim(html_text(n)));
        if (t.find('\n') == std::string::npos && issue_line(t)) {
          out.issue_line = t;
          return;
        }
      }
      if (in && in->all_text < 10) return;
      for (unsigned i = 0; i < n->v.element.children.length; ++i) find(element_child(n, i), depth + 1);
    };
    find(body, 0);
  }
  if (!out.date_line && !out.issue_line) out.icon_date = icon_date(body);
  return out;
}

}  // namespace akhbar::detail
