// Headed link lists outside the article's text: related, most-read and read-also boxes beside or below
// the article, and the lists that only look like them (menus, the site's latest, a writer's archive).


#include <cstring>
#include <unordered_set>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"
#include "loader/detail_text.h"


namespace akhbar::detail {


namespace {

// Class names of the site's own lists of stories (its latest, most popular, ticker, newsletter):
// a headed list so named is no list chosen for the article, whatever its heading says.
constexpr const char* site_list_class_words[] = {"latest", "recent", "newest", "trending", "popular",
                                                 "ticker", "breaking", "newsletter", "archive"};

// Headed link lists outside the article's text ("الأكثر تصفحاً", "مواضيع ذات علاقة", "اقرأ أيضاً"
// boxes beside or below the article). A heading opens a box: an <h1>–<h6>, or a short line
// without links whose class names a title ("boxTitle", "block-title") or whose parent names a
// related or most-read list, or a tab of a tab bar (its panel is the box). Its items are the
// headline links (three words or more, Arabic, not list numbering; a card's own heading when it
// holds one) after it in the nearest enclosing element that holds two links or more, up to the
// next heading: a page's menus and footer links are shorter, and outside that element.
class BoxFinder {
 public:
  BoxFinder(const std::vector<const GumboNode*>& content, const std::vector<const GumboNode*>& dropped,
            std::optional<std::string> base, std::optional<std::string> site)
      : m_content(content.begin(), content.end()), m_dropped(dropped), m_base(std::move(base)), m_site(std::move(site)) {}

  void walk(const GumboNode* node, int depth = 0) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > html_max_depth || m_boxes.size() >= 50) return;
    if (m_content.count(node)) {
      ++m_content_seen;
      // What the text left out inside its own container (a sidebar there) stands beside the text,
      // as the page's chrome does: its lists are never related by their place alone.
      ++m_chrome;
      for (const GumboNode* d : m_dropped)
        if (inside(d, node)) walk_inside(d, depth);
      --m_chrome;
      return;
    }
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
        tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD || html_sponsored(node))
      return;
    // The page's chrome (menus, header, footer) and asides: a list there under a heading that says
    // nothing is not taken as related by its place (below).
    bool chrome = tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE;
    if (chrome) ++m_chrome;
    walk_inside(node, depth);
    if (chrome) --m_chrome;
  }

  std::vector<LinkBox> finish() { return std::move(m_boxes); }
  // Whether each box of finish() is a headed list of stories below the text, outside the page's
  // chrome, with no kind of its own, in the same order.
  const std::vector<bool>& below() const { return m_below; }

 private:
  void walk_inside(const GumboNode* node, int depth) {
    if (const GumboNode* panel = tab_panel(node)) {
      open_tab(node, panel);
      return;
    }
    if (heading(node)) {
      open_box(node);
      return;
    }
    if (titled_list(node)) {
      open_titled(node);
      return;
    }
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  static bool inside(const GumboNode* n, const GumboNode* ancestor) {
    for (const GumboNode* p = n->parent; p; p = p->parent)
      if (p == ancestor) return true;
    return false;
  }

  // A list that names itself in an attribute rather than under a heading, its class saying it is
  // related or read-also (Instant Articles' <ul class="op-related-articles" title="قراءات مرتبطة">).
  static bool titled_list(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL) return false;
    if (!html_attr(n, "title") && !html_attr(n, "aria-label")) return false;
    Hint h = html_hint(n);
    return (h == Hint::related || h == Hint::read_also) && count_links(n) >= 2;
  }
  void open_titled(const GumboNode* list) {
    const char* name = html_attr(list, "aria-label") ? html_attr(list, "aria-label") : html_attr(list, "title");
    std::string title(trim(name));
    if (title.empty() || title.size() > 200) return;
    LinkBox box{std::move(title), {}, kind_of(list)};
    collect(list, box);
    push(std::move(box), false);
  }

  static std::size_t count_links(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return 0;
    if (n->v.element.tag == GUMBO_TAG_A) {
      // A tab's own link ("<a data-toggle="tab" href=".most-read">") leads to no article.
      const char* href = html_attr(n, "href");
      return article_href(href) && *href != '.' && !html_attr(n, "data-toggle") && !html_attr(n, "data-bs-toggle") ? 1
                                                                                                         : 0;
    }
    std::size_t c = 0;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) c += count_links(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    return c;
  }
  static bool has_block_child(const GumboNode* n) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT && html_block_tag(k->v.element.tag) &&
          k->v.element.tag != GUMBO_TAG_BR)
        return true;
    }
    return false;
  }
  // A class or id naming a title, or a web component's named slot for one (<span slot="heading">).
  static bool hinted_title(const GumboNode* n) {
    for (const char* a : {"class", "id", "slot"})
      if (const char* v = html_attr(n, a)) {
        std::string h = v;
        for (auto& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (h.find("title") != std::string::npos || h.find("head") != std::string::npos) return true;
        // Material Design's "overline" type style: the small label over a card's content (Vuetify's
        // <div class="overline">, Wiki.js's cards).
        if (h.find("overline") != std::string::npos) return true;
        // A table cell's caption (e107's "captiontext") heads a portal's box as XOOPS's "blockTitle"
        // does; elsewhere a caption is a picture's or a date's style ("caption-with-letter-spacing").
        GumboTag t = n->v.element.tag;
        if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && h.find("caption") != std::string::npos) return true;
      }
    return false;
  }
  // A panel's caption: the first of its container's two elements, the other holding the panel's list
  // of links (PHP-Fusion's "<div class=panel><div class=scapmain>CAPTION</div><div class=side-body>
  // LINKS</div></div>": a portal's side box, its caption named by no word of a title).
  // So is the line right before a body whose class names a related or read-also list (PHP-Fusion's
  // "<div class=capmain>CAPTION</div><div class="main-body related-news">" among the page's parts).
  static bool panel_caption(const GumboNode* n) {
    const GumboNode* p = n->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT) return false;
    std::vector<const GumboNode*> elements;
    const GumboVector& kids = p->v.element.children;
    for (unsigned i = 0; i < kids.length && elements.size() < 3; ++i)
      if (static_cast<const GumboNode*>(kids.data[i])->type == GUMBO_NODE_ELEMENT)
        elements.push_back(static_cast<const GumboNode*>(kids.data[i]));
    if (elements.size() == 2 && elements[0] == n &&
        count_links(elements[1]) >= static_cast<std::size_t>(html_caption_list_min_links))
      return true;
    for (unsigned i = n->index_within_parent + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      Hint hint = html_hint(k);
      return (hint == Hint::related || hint == Hint::read_also) &&
             count_links(k) >= static_cast<std::size_t>(html_caption_list_min_links);
    }
    return false;
  }
  // A line ending with a colon that names a relation, right before a list ("ردّ الحساب على نفسه بملاحظات سابقة
  // تمس الخبر:" over a Firefish self-reply's list): the list's heading, however long.
  static bool announces_related_list(const GumboNode* n) {
    if (n->v.element.tag != GUMBO_TAG_P && n->v.element.tag != GUMBO_TAG_DIV) return false;
    std::string all = html_text(n);
    std::string_view t = trim(all);
    if (t.size() < 2 || t.size() > 200 || t.back() != ':' || t.find('\n') != std::string_view::npos) return false;
    const GumboNode* p = n->parent;
    for (unsigned i = n->index_within_parent + 1; p && i < p->v.element.children.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(p->v.element.children.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      if (k->v.element.tag != GUMBO_TAG_UL && k->v.element.tag != GUMBO_TAG_OL) return false;
      return announced_relation(t);
    }
    return false;
  }
  // Whether a line announcing a list (its colon aside) names a relation or a most-read list, or closes
  // with one in its last four words ("… بملاحظات سابقة تمس الخبر").
  static bool announced_relation(std::string_view t) {
    t = trim(t);
    if (t.ends_with(':')) t.remove_suffix(1);
    std::string_view tail = t;
    for (int words = 0, at = static_cast<int>(t.size()) - 1; at >= 0; --at)
      if (t[static_cast<std::size_t>(at)] == ' ' && ++words == 4) {
        tail = t.substr(static_cast<std::size_t>(at) + 1);
        break;
      }
    return names_relation(t) || most_read_heading(t) || names_relation(tail);
  }
  // A label that announces what follows it: a class naming a label and a colon closing its text
  // (Apostrophe's teaser card "<span class="teaser-label">في الرصيف من قبل:</span> <a ...>"); a
  // category badge ("<span class="label">رياضة</span>") has no colon.
  static bool announcing_label(const GumboNode* n) {
    const char* c = html_attr(n, "class");
    if (!c || std::string_view(c).find("label") == std::string_view::npos) return false;
    std::string all = html_text(n);
    std::string_view text = trim(all);
    return text.size() > 1 && (text.back() == ':' || text.ends_with("\xD8\x9B"));
  }
  // A box's heading: short, no link to an article, not a sentence. Old portals make it bold:
  // <b>/<strong>/<th> (or a cell or block holding only that) of five words or fewer, no digits.
  static bool bold_label(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    const GumboNode* b = n;
    if (t == GUMBO_TAG_TD || t == GUMBO_TAG_DIV || t == GUMBO_TAG_P || t == GUMBO_TAG_SPAN) {
      const GumboNode* only = nullptr;
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k->type == GUMBO_NODE_WHITESPACE) continue;
        if (k->type != GUMBO_NODE_ELEMENT || only) return false;
        only = k;
      }
      if (!only) return false;
      b = only;
      t = b->v.element.tag;
    }
    if (t != GUMBO_TAG_B && t != GUMBO_TAG_STRONG && t != GUMBO_TAG_TH) return false;
    std::string text(trim(html_text(b)));
    // Five words or fewer; a longer one when it names a relation or a most-read list (Mambo's module
    // title "مواد يجمعها بهذه المادة ملف واحد").
    long spaces = std::count(text.begin(), text.end(), ' ');
    if (text.empty() || text.size() > 120 || !has_arabic_letter(text) ||
        (spaces >= 5 && !(spaces < 8 && (names_relation(text) || most_read_heading(text)))))
      return false;
    return std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // A table's title row: a cell spanning its columns ("<td class="tcat" colspan="4">مواضيع
  // مشابهة</td>" above a forum's table of threads), short, Arabic, no digits.
  static bool spanning_cell(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) return false;
    const char* span = html_attr(n, "colspan");
    if (!span || std::atoi(span) < 2 || has_block_child(n)) return false;
    std::string text(trim(html_text(n)));
    return !text.empty() && text.size() <= 80 && std::count(text.begin(), text.end(), ' ') < 6 &&
           has_arabic_letter(text) && std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // Whether a sibling before `n` holds an article link.
  static bool link_before(const GumboNode* n) {
    for (unsigned i = 0; i < n->index_within_parent && n->parent; ++i)
      if (count_links(static_cast<const GumboNode*>(n->parent->v.element.children.data[i])) != 0) return true;
    return false;
  }
  // A cell alone in its row (a box's caption), not one of a table's column headers.
  static bool alone_in_row(const GumboNode* cell) {
    const GumboNode* row = cell->parent;
    if (!row || row->type != GUMBO_NODE_ELEMENT) return false;
    unsigned cells = 0;
    for (unsigned i = 0; i < row->v.element.children.length; ++i)
      cells += static_cast<const GumboNode*>(row->v.element.children.data[i])->type == GUMBO_NODE_ELEMENT;
    return cells == 1;
  }
  static bool term_over_links(const GumboNode* dt) {
    if (trim(html_text(dt)).empty() || !dt->parent || dt->parent->type != GUMBO_NODE_ELEMENT) return false;
    const GumboVector& kids = dt->parent->v.element.children;
    for (unsigned i = dt->index_within_parent + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT) return k->v.element.tag == GUMBO_TAG_DD && count_links(k) > 0;
    }
    return false;
  }
  static bool heading(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    // A definition list's term heads its description: Nucleus's sidebar "<dl><dt>تدويناتي الأكثر
    // قراءة</dt><dd><ol>...</ol></dd></dl>".
    // An empty term (Sputnik's "<dt></dt>" before each further item) heads nothing, nor a term whose
    // description holds no link (XenForo's "<dt>الردود</dt><dd>7</dd>": a label and its value).
    bool h = (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) || (t == GUMBO_TAG_DT && term_over_links(n)) ||
             bold_label(n) || spanning_cell(n);
    // Plone's <header class="section-heading"> over its related items is such a line too, and an
    // old portal's caption cell (<td class="captiontext">) over its box's cell of links.
    if (!h && (t == GUMBO_TAG_DIV || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_P || t == GUMBO_TAG_STRONG ||
               t == GUMBO_TAG_HEADER || ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && alone_in_row(n))) &&
        !has_block_child(n)) {
      Hint parent = n->parent && n->parent->type == GUMBO_NODE_ELEMENT ? html_hint(n->parent) : Hint::none;
      // A related list's title comes before its links: a short line after a link in a
      // "related-item" card is the card's date or section ("منذ 2 أيام"), not a heading.
      h = hinted_title(n) || html_bold_style(n) || ((parent == Hint::related || parent == Hint::read_also) && !link_before(n)) ||
          announcing_label(n) || (t != GUMBO_TAG_SPAN && panel_caption(n));
      if (announces_related_list(n)) return count_links(n) == 0;
      if (h) {
        // Five words or fewer, up to seven when they name a relation or a most-read list (a newsletter's
        // bold cell "أكثر ما فتحه المشتركون في الأعداد الماضية"), as a bold label's.
        std::string text(trim(html_text(n)));
        const long spaces = std::count(text.begin(), text.end(), ' ');
        h = !text.empty() && text.size() <= 80 && has_arabic_letter(text) &&
            (spaces < 6 || (spaces < 8 && (names_relation(text) || most_read_heading(text))));
      }
    }
    // A block editor's heading block, whatever its depth (Anytype's "<div class="block blockText textHeader2">"):
    // a line of five words or fewer, up to seven naming a relation or a most-read list.
    if (!h && names_heading_level(n)) {
      std::string text(trim(html_text(n)));
      const long spaces = std::count(text.begin(), text.end(), ' ');
      // (Not a date: Shopify's card styles its date line "h5".)
      h = !text.empty() && text.size() <= 80 && text.find('\n') == std::string::npos && has_arabic_letter(text) &&
          !date_shaped(text) && (spaces < 6 || (spaces < 8 && (names_relation(text) || most_read_heading(text))));
    }
    return h && count_links(n) == 0;
  }
  // The panel of a tab ("<li><a href="#tab-2">الأكثر قراءة</a></li>" in a tab bar, its panels
  // in the element after the bar, in the same order); nullptr when `n` is no tab.
  // ARIA tabs count too: role=tab elements (often <button>s) of a role=tablist.
  static bool aria_role(const GumboNode* n, const char* role) {
    const char* r = n->type == GUMBO_NODE_ELEMENT ? html_attr(n, "role") : nullptr;
    return r && strcasecmp(r, role) == 0;
  }
  static const GumboNode* panel_by_id(const GumboNode* tab, const GumboNode* bar) {
    std::function<const GumboNode*(const GumboNode*)> link = [&](const GumboNode* e) -> const GumboNode* {
      if (e->type != GUMBO_NODE_ELEMENT) return nullptr;
      if (e->v.element.tag == GUMBO_TAG_A) return e;
      for (unsigned i = 0; i < e->v.element.children.length; ++i)
        if (const GumboNode* a = link(static_cast<const GumboNode*>(e->v.element.children.data[i]))) return a;
      return nullptr;
    };
    const GumboNode* a = link(tab);
    const char* href = a ? html_attr(a, "href") : nullptr;
    if (!href || href[0] != '#' || !href[1]) return nullptr;
    const GumboNode* scope = bar;
    for (int up = 0; up < 3 && scope->parent && scope->parent->type == GUMBO_NODE_ELEMENT; ++up) scope = scope->parent;
    std::function<const GumboNode*(const GumboNode*, int)> find = [&](const GumboNode* e, int depth) -> const GumboNode* {
      if (e->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return nullptr;
      if (const char* id = html_attr(e, "id"); id && std::strcmp(id, href + 1) == 0) return e;
      for (unsigned i = 0; i < e->v.element.children.length; ++i)
        if (const GumboNode* f = find(static_cast<const GumboNode*>(e->v.element.children.data[i]), depth + 1)) return f;
      return nullptr;
    };
    const GumboNode* panel = find(scope, 0);
    for (const GumboNode* e = bar; panel && e; e = e->parent)
      if (e == panel) return nullptr;  // the bar's own container, not a panel
    return panel && count_links(panel) >= 2 ? panel : nullptr;
  }
  static const GumboNode* tab_panel(const GumboNode* n) {
    if (!n->parent || n->parent->type != GUMBO_NODE_ELEMENT) return nullptr;
    // Bootstrap's tabs: bare links that show a pane by its id ("<a href="#relatedposts_1"
    // data-toggle="tab">أخبار تتقاطع مع الموضوع</a>", BetterStudio's Publisher theme).
    if (n->v.element.tag == GUMBO_TAG_A)
      for (const char* a : {"data-toggle", "data-bs-toggle"})
        if (const char* v = html_attr(n, a); v && (strcasecmp(v, "tab") == 0 || strcasecmp(v, "pill") == 0))
          return panel_by_id(n, n->parent);
    if (count_links(n) != 0) return nullptr;
    const GumboNode* bar = n->parent;
    bool aria = aria_role(n, "tab") && aria_role(bar, "tablist");
    if (!aria && (n->v.element.tag != GUMBO_TAG_LI ||
                  (bar->v.element.tag != GUMBO_TAG_UL && bar->v.element.tag != GUMBO_TAG_OL)))
      return nullptr;
    std::vector<const GumboNode*> tabs;
    for (unsigned i = 0; i < bar->v.element.children.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(bar->v.element.children.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      if ((aria ? !aria_role(k, "tab") : k->v.element.tag != GUMBO_TAG_LI) || count_links(k) != 0)
        return nullptr;
      tabs.push_back(k);
    }
    if (tabs.empty() || tabs.size() > 6) return nullptr;
    // The panel the tab's own link names by its id ("<a href="#tab1">" for "<div id="tab1">"),
    // near the bar (inside its grandparent's parent), wherever it sits among other panels.
    if (const GumboNode* named = panel_by_id(n, bar)) return named;
    std::size_t index = std::find(tabs.begin(), tabs.end(), n) - tabs.begin();
    // Panels: the elements after the bar (or after its parent) that name a tab or a pane.
    auto panel_like = [](const GumboNode* p) {
      for (const char* a : {"class", "id", "role"})
        if (const char* v = html_attr(p, a)) {
          std::string h = v;
          for (auto& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (h.find("tab") != std::string::npos || h.find("pane") != std::string::npos) return true;
        }
      return false;
    };
    for (const GumboNode* from = bar; from && from->type == GUMBO_NODE_ELEMENT; from = from->parent) {
      const GumboNode* p = from->parent;
      if (!p || p->type != GUMBO_NODE_ELEMENT) return nullptr;
      std::vector<const GumboNode*> panels;
      bool after = false;
      for (unsigned i = 0; i < p->v.element.children.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(p->v.element.children.data[i]);
        if (k == from) {
          after = true;
          continue;
        }
        if (!after || k->type != GUMBO_NODE_ELEMENT) continue;
        if (panel_like(k) && count_links(k) >= 2) panels.push_back(k);
      }
      if (panels.size() == 1) {  // one container of panels
        std::vector<const GumboNode*> inner;
        for (unsigned i = 0; i < panels[0]->v.element.children.length; ++i) {
          const auto* k = static_cast<const GumboNode*>(panels[0]->v.element.children.data[i]);
          if (k->type == GUMBO_NODE_ELEMENT && count_links(k) >= 2) inner.push_back(k);
        }
        if (inner.size() == tabs.size()) return inner[index];
        if (tabs.size() == 1 || inner.size() < 2) return index == 0 ? panels[0] : nullptr;
      }
      if (panels.size() == tabs.size()) return panels[index];
      if (from != bar) return nullptr;  // two levels up at most
    }
    return nullptr;
  }

  void open_tab(const GumboNode* tab, const GumboNode* panel) {
    // A <button> tab is skipped as a whole by html_text(): its name is in its children.
    std::string title;
    for (unsigned i = 0; i < tab->v.element.children.length; ++i)
      title += html_text(static_cast<const GumboNode*>(tab->v.element.children.data[i])) + " ";
    title = std::string(trim(title));
    std::replace(title.begin(), title.end(), '\n', ' ');
    if (title.empty() || title.size() > 200) return;
    std::string kind = names_relation(title) || most_read_heading(title) ? "related" : kind_of(panel);
    LinkBox box{std::move(title), {}, std::move(kind)};
    collect(panel, box);
    push(std::move(box), false);
  }

  static std::string kind_of(const GumboNode* scope) {
    for (int up = 0; scope && scope->type == GUMBO_NODE_ELEMENT && up < 3; ++up, scope = scope->parent) {
      Hint h = html_hint(scope);
      if (h == Hint::related) return "related";
      if (h == Hint::read_also) return "read_also";
      if (names_related_run_on(scope)) return "related";
    }
    return {};
  }
  // A box's own id or class naming its kind inside a name run together (PrestaShop SmartBlog's
  // "smartblogpopularposts", and its "sdsreletedpost" so spelt): class hints count only at a name part's
  // start, since they prune elements everywhere; a headed box's kind may be read further in.
  static bool names_related_run_on(const GumboNode* n) {
    for (const char* a : {"id", "class"})
      if (const char* v = html_attr(n, a)) {
        std::string h = v;
        for (auto& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (std::string_view w : {"related", "releted", "popular", "mostread"})
          if (h.find(w) != std::string::npos) return true;
      }
    return false;
  }

  // The list a heading heads may name its kind in its own class (Joomla's "<h3>…</h3><ul
  // class="relateditems">"): the heading's next element sibling, when it is a list or a panel's body
  // that opens with one (PHP-Fusion's "<div class=side-body><ul class=most-read>").
  static std::string kind_of_list_after(const GumboNode* h) {
    const GumboNode* p = h->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT) return {};
    const GumboVector& kids = p->v.element.children;
    for (unsigned i = h->index_within_parent + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      // The body's own class or its list's, whichever names a kind first.
      Hint hint = Hint::none;
      for (int down = 0; down < 2 && k->v.element.tag == GUMBO_TAG_DIV; ++down) {
        if (hint == Hint::none) hint = html_hint(k);
        const GumboNode* first = nullptr;
        for (unsigned j = 0; j < k->v.element.children.length && !first; ++j)
          if (static_cast<const GumboNode*>(k->v.element.children.data[j])->type == GUMBO_NODE_ELEMENT)
            first = static_cast<const GumboNode*>(k->v.element.children.data[j]);
        if (!first) return {};
        k = first;
      }
      GumboTag t = k->v.element.tag;
      if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL) return {};
      if (hint != Hint::related && hint != Hint::read_also) hint = html_hint(k);
      return hint == Hint::related ? "related" : hint == Hint::read_also ? "read_also" : "";
    }
    return {};
  }

  void open_box(const GumboNode* h) {
    std::string title = without_permalink_mark(html_text(h));
    std::replace(title.begin(), title.end(), '\n', ' ');
    if (title.empty() || title.size() > 200) return;
    const GumboNode* scope = h->parent;
    for (int up = 0; scope && scope->type == GUMBO_NODE_ELEMENT && up < 6; ++up, scope = scope->parent)
      if (m_content.count(scope) || count_links(scope) >= 2) break;
    if (!scope || scope->type != GUMBO_NODE_ELEMENT || m_content.count(scope)) return;
    std::string kind = names_relation(title) || most_read_heading(title) || recommends_for_story(title) ||
                               (title.ends_with(':') && announced_relation(title))
                           ? "related"
                           : kind_of(h->parent);
    if (kind.empty()) kind = kind_of_list_after(h);
    // A box its class calls recommendations whose heading names this story ("أوراق توصي بها الشبكة إلى جانب هذه",
    // "قراءات يقترحها المحررون بعد هذه القطعة") is chosen for the story: related.
    if (kind == "read_also" && recommended_beside_story(title)) kind = "related";
    LinkBox box{std::move(title), {}, std::move(kind)};
    bool after = false, done = false;
    m_in_item.clear();
    m_ranked = 0;
    m_foreign = 0;
    collect_after(scope, h, after, done, box);
    // A list's items are its <li>s: a link beside the list ("كل مقالات ...", a "more" link to
    // the section or the writer's page) is none of them.
    std::size_t items = std::count(m_in_item.begin(), m_in_item.end(), true);
    if (items >= 3 && items < box.links.size()) {
      std::vector<Anchor> listed;
      for (std::size_t i = 0; i < box.links.size(); ++i)
        if (m_in_item[i]) listed.push_back(std::move(box.links[i]));
      box.links = std::move(listed);
    }
    // A headed list of stories below the text, in the page's body rather than its chrome, under a
    // heading that names no kind, its items neither ranked or counted nor on another site, its class
    // naming none of the site's own lists: the page's related list by its place when the page names
    // none (html_to_document decides).
    bool below = box.kind.empty() && m_content_seen == m_content.size() && !m_content.empty() && m_chrome == 0 &&
                 box.links.size() >= placed_min_links && m_ranked == 0 && m_foreign == 0 &&
                 !site_list_class(h, scope);
    push(std::move(box), below);
  }

  void push(LinkBox box, bool below) {
    if (box.links.empty()) return;
    m_boxes.push_back(std::move(box));
    m_below.push_back(below);
  }

  void add(const GumboNode* a, LinkBox& box) {
    const char* href = html_attr(a, "href");
    if (!article_href(href) || topic_href(href) || file_href(href) || box.links.size() >= 100) return;
    std::string t = headline_of_link(a);
    if (t.empty()) return;
    std::string url = resolve_href(std::string(trim(href)), m_base);
    if (page_ancestor_url(url, m_base)) return;
    for (const auto& l : box.links)
      if (l.text == t) return;  // a card's image and its title link to the same story
    box.links.push_back({std::move(t), std::move(url)});
    bool item = false;
    const GumboNode* p = a->parent;
    for (int up = 0; p && p->type == GUMBO_NODE_ELEMENT && !item && up < 3; ++up, p = p->parent) {
      item = p->v.element.tag == GUMBO_TAG_LI;
      if (item && p->parent && p->parent->type == GUMBO_NODE_ELEMENT && p->parent->v.element.tag == GUMBO_TAG_OL)
        ++m_ranked;  // an ordered list ranks its items
    }
    m_in_item.push_back(item);
    if (!same_site(box.links.back().href)) ++m_foreign;
    if (numbered_beside(a)) ++m_ranked;
  }

  // Whether the box's element (from its heading's parent up to its scope) or the list right after
  // its heading names one of the site's own lists in its class ("latestnews", "popular-posts").
  static bool site_list_class(const GumboNode* h, const GumboNode* scope) {
    auto named = [](const GumboNode* n) {
      for (const char* a : {"class", "id"})
        if (const char* v = html_attr(n, a)) {
          std::string c = v;
          for (auto& ch : c) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          for (const char* w : site_list_class_words)
            if (c.find(w) != std::string::npos) return true;
        }
      return false;
    };
    for (const GumboNode* n = h->parent; n && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
      if (named(n)) return true;
      if (n == scope) break;
    }
    const GumboVector& kids = h->parent->v.element.children;
    for (unsigned i = h->index_within_parent + 1; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT) return named(k);
    }
    return false;
  }

  // Whether `url` is on the page's own site: relative, or on the page's host.
  // (A page with no address of its own is on the host most of its links lead to: links_host.)
  bool same_site(std::string_view url) const { return same_site_url(url, m_base) || (!m_base && same_site_url(url, m_site)); }

  // Whether the item holding link `a` shows a number beside it (a rank "1", views "1.2K", a
  // time "منذ 3 ساعات"): digits in the item's text outside its links.
  static bool numbered_beside(const GumboNode* a) {
    const GumboNode* item = a->parent;
    for (int up = 0; item && item->type == GUMBO_NODE_ELEMENT && up < 2; ++up) {
      if (count_links(item) > 1) break;
      if (item->parent && item->parent->type == GUMBO_NODE_ELEMENT && count_links(item->parent) > 1) break;
      item = item->parent;
    }
    if (!item || item->type != GUMBO_NODE_ELEMENT) return false;
    std::string outside;
    text_outside_links(item, outside, 0);
    for (std::size_t i = 0; i < outside.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(outside[i]);
      if ((c >= '0' && c <= '9') || (c == 0xD9 && i + 1 < outside.size() &&
                                     static_cast<unsigned char>(outside[i + 1]) >= 0xA0 &&
                                     static_cast<unsigned char>(outside[i + 1]) <= 0xA9))
        return true;
    }
    return false;
  }
  static void text_outside_links(const GumboNode* n, std::string& out, int depth) {
    if (depth > html_max_depth) return;
    if (n->type == GUMBO_NODE_TEXT) {
      out += n->v.text.text;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT || n->v.element.tag == GUMBO_TAG_A || html_skipped_tag(n->v.element.tag))
      return;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      text_outside_links(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  }

  void collect(const GumboNode* n, LinkBox& box, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth || m_content.count(n) || html_sponsored(n)) return;
    if (n->v.element.tag == GUMBO_TAG_A) return add(n, box);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      collect(static_cast<const GumboNode*>(kids.data[i]), box, depth + 1);
  }

  // The headline links after `h` inside `n`, in page order, up to the next heading.
  void collect_after(const GumboNode* n, const GumboNode* h, bool& after, bool& done, LinkBox& box,
                     int depth = 0) {
    // Sponsored cards under a heading of the page's own ("اقرأ على" above a Taboola feed) are no
    // stories of the site's.
    if (done || n->type != GUMBO_NODE_ELEMENT || m_content.count(n) || depth > html_max_depth || html_sponsored(n))
      return;
    if (n == h) {
      after = true;
      return;
    }
    if (after && (heading(n) || tab_panel(n))) {
      done = true;
      return;
    }
    if (n->v.element.tag == GUMBO_TAG_A) {
      // The previous and next posts (rel=prev/next: WordPress's post navigation) are the site's order,
      // no story listed for this one.
      const char* rel = html_attr(n, "rel");
      bool pager = rel && (std::strstr(rel, "prev") || std::strstr(rel, "next"));
      if (after && !pager) add(n, box);
      return;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      collect_after(static_cast<const GumboNode*>(kids.data[i]), h, after, done, box, depth + 1);
  }

  // Fewest stories a list below the text needs to be related by its place alone: a pair of links
  // under a heading is as often a "previous / next story" pager.
  static constexpr std::size_t placed_min_links = 3;

  std::unordered_set<const GumboNode*> m_content;
  const std::vector<const GumboNode*>& m_dropped;  // dropped from inside the text (ContentPick::dropped)
  std::size_t m_content_seen = 0;  // how many of the text's elements the walk has passed
  int m_chrome = 0;                // how many nav/header/footer/aside elements the walk is inside
  std::optional<std::string> m_base;
  std::optional<std::string> m_site;  // links_host() when the page has no address
  std::vector<LinkBox> m_boxes;
  std::vector<bool> m_below;
  std::vector<bool> m_in_item;  // whether each link of the box being read is inside a list item
  std::size_t m_ranked = 0;      // links of the box being read that are ranked or counted
  std::size_t m_foreign = 0;     // links of the box being read to another site
};

}  // namespace

FoundBoxes find_link_boxes(const GumboNode* body, const ContentPick& pick, const std::optional<std::string>& base) {
  BoxFinder finder(pick.nodes, pick.dropped, base, pick.site);
  finder.walk(body);
  FoundBoxes out;
  out.below = finder.below();
  out.boxes = finder.finish();
  return out;
}

}  // namespace akhbar::detail
