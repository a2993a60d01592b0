// HTML pages through gumbo (an HTML5 parser that takes real-world markup): the article's text
// with block elements as lines, navigation and scripts left out, and metadata from <meta>.
#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

// Text nested deeper than this is ignored (no real page comes near it; it bounds recursion).
constexpr int max_depth = 512;

bool skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// Collects text, one line per block, whitespace inside a line collapsed.
class TextCollector {
 public:
  void walk(const GumboNode* node, int depth = 0) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      add(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    GumboTag tag = node->v.element.tag;
    if (skipped(tag) || depth > max_depth) return;
    bool b = block(tag);
    if (b) flush();
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    if (b) flush();
  }
  std::string finish() {
    flush();
    return std::move(m_out);
  }

 private:
  void add(const char* s) {
    for (; *s; ++s) {
      char c = *s;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        m_space = !m_line.empty();
      } else {
        if (m_space) m_line += ' ';
        m_space = false;
        m_line += c;
      }
    }
  }
  void flush() {
    if (!m_line.empty()) {
      m_out += m_line;
      m_out += '\n';
    }
    m_line.clear();
    m_space = false;
  }
  std::string m_out, m_line;
  bool m_space = false;
};

const char* attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

struct Found {
  const GumboNode* body = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* main_content = nullptr;  // itemprop=articleBody
  std::optional<std::string> title_tag;
  std::optional<std::string> h1;  // the first <h1>: the headline as the page shows it
  std::map<std::string, std::string> meta;  // lower-cased property/name/itemprop → content
  std::optional<std::string> canonical;
  std::vector<Anchor> anchors;  // <a href> with text, in page order
  const GumboNode* paragraphs_parent = nullptr;  // the element whose <p> children hold most Arabic
  std::size_t paragraphs_best = 0, paragraphs_total = 0;
};

std::string text_of(const GumboNode* n);

// Links kept per page: a related list has tens; a portal's front page a few hundred.
constexpr std::size_t max_anchors = 2000;

// An address that may lead to an article: not a fragment, a script or a mail link.
bool article_href(const char* href) {
  return href && *href && *href != '#' && strncasecmp(href, "javascript:", 11) != 0 &&
         strncasecmp(href, "mailto:", 7) != 0;
}

void find(const GumboNode* node, Found& f, int depth = 0) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > max_depth) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY && !f.body) f.body = node;
  if (tag == GUMBO_TAG_ARTICLE && !f.article) f.article = node;
  if (const char* ip = attr(node, "itemprop"); ip && strcasecmp(ip, "articleBody") == 0 && !f.main_content)
    f.main_content = node;
  if (tag == GUMBO_TAG_TITLE && !f.title_tag) {
    TextCollector t;
    t.walk(node->v.element.children.length ? static_cast<const GumboNode*>(node->v.element.children.data[0])
                                           : node);
    f.title_tag = std::string(trim(t.finish()));
  }
  if (tag == GUMBO_TAG_H1 && !f.h1) {
    std::string t(trim(text_of(node)));
    if (!t.empty()) f.h1 = t;
  }
  if (tag == GUMBO_TAG_META) {
    const char* key = attr(node, "property");
    if (!key) key = attr(node, "name");
    if (!key) key = attr(node, "itemprop");
    const char* content = attr(node, "content");
    if (key && content) {
      std::string k = key;
      for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      f.meta.emplace(k, content);
    }
  }
  if (tag == GUMBO_TAG_A && f.anchors.size() < max_anchors) {
    const char* href = attr(node, "href");
    if (article_href(href)) {
      std::string t(trim(text_of(node)));
      if (!t.empty() && t.size() <= 1000) f.anchors.push_back({std::move(t), std::string(trim(href))});
    }
  }
  if (tag == GUMBO_TAG_LINK) {
    const char* rel = attr(node, "rel");
    const char* href = attr(node, "href");
    if (rel && href && strcasecmp(rel, "canonical") == 0 && !f.canonical) f.canonical = href;
  }
  const GumboVector& kids = node->v.element.children;
  if (!skipped(tag)) {
    // Readability's idea in small: score an element by the Arabic in its direct paragraphs.
    std::size_t score = 0;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_P)
        score += count_arabic_letters(text_of(k));
    }
    f.paragraphs_total += score;
    if (score > f.paragraphs_best) {
      f.paragraphs_best = score;
      f.paragraphs_parent = node;
    }
  }
  for (unsigned i = 0; i < kids.length; ++i) find(static_cast<const GumboNode*>(kids.data[i]), f, depth + 1);
}

std::string text_of(const GumboNode* n) {
  TextCollector t;
  t.walk(n);
  return t.finish();
}

// The deepest element nesting the markup asks for, roughly (void elements and self-closing
// tags not counted). gumbo's tree building is quadratic in it.
int nesting_depth(std::string_view html) {
  static const char* voids[] = {"br",  "img",   "meta",  "link",   "input", "hr",  "area", "base",
                                "col", "embed", "param", "source", "track", "wbr", "!",    "?"};
  int depth = 0, deepest = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size();
       i = html.find('<', i + 1)) {
    if (html[i + 1] == '/') {
      depth = std::max(0, depth - 1);
      continue;
    }
    std::size_t end = i + 1;
    while (end < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!' || html[end] == '?'))
      ++end;
    std::string name(html.substr(i + 1, end - i - 1));
    if (name.empty()) continue;
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool is_void = false;
    for (const char* v : voids)
      is_void = is_void || name == v || (name[0] == v[0] && (v[0] == '!' || v[0] == '?'));
    std::size_t gt = html.find('>', end);
    if (is_void || (gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/')) continue;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

// Text of markup too deeply nested for gumbo: tags dropped, block tags as line breaks.
std::string strip_tags(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] != '<') {
      out += html[i];
      continue;
    }
    std::size_t gt = html.find('>', i);
    if (gt == std::string_view::npos) break;
    std::string_view tag = html.substr(i + 1, std::min<std::size_t>(gt - i - 1, 12));
    if (!tag.empty() && tag[0] == '/') tag.remove_prefix(1);
    for (const char* b : {"p", "div", "br", "li", "h1", "h2", "h3", "tr"})
      if (tag.substr(0, std::strlen(b)) == b &&
          (tag.size() == std::strlen(b) || !std::isalnum(static_cast<unsigned char>(tag[std::strlen(b)]))))
        out += '\n';
    i = gt;
  }
  std::string text = decode_entities(out);
  std::string lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line = trim(std::string_view(text).substr(pos, nl - pos));
    if (!line.empty()) {
      lines += line;
      lines += '\n';
    }
    pos = nl + 1;
  }
  return lines;
}

// The headline in a <title> or og:title, which usually carry the site's name too ("… | صحيفة
// الأخبار", "… - CNNArabic.com", "الجزيرة نت | …"): the page's <h1> when the title contains it,
// else the title without a part, cut off at a separator, that names the site (og:site_name, a
// name with no Arabic letters, or a few words opening with صحيفة/جريدة/موقع/...). An Arabic
// part that could be a headline's own ("ليبيا - مقتل 5 ...") is kept.
std::string page_title(std::string title, const std::optional<std::string>& h1,
                       const std::optional<std::string>& site) {
  if (h1 && h1->size() >= 8 && h1->size() < title.size() && title.find(*h1) != std::string::npos) return *h1;
  static const char* const outlets[] = {"صحيفة", "جريدة", "موقع", "بوابة", "شبكة", "قناة", "وكالة", "مجلة", "راديو"};
  auto names_site = [&](std::string_view part) {
    part = trim(part);
    if (part.empty()) return false;
    if (site && part == trim(*site)) return true;
    bool latin = std::any_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    if (latin && !has_arabic_letter(part)) return true;  // "CNNArabic.com", "Sky News Arabia"
    if (std::count(part.begin(), part.end(), ' ') >= 4) return false;  // five words or more
    for (const char* o : outlets)
      if (part.substr(0, std::strlen(o)) == o) return true;
    return false;
  };
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " : "}) {
    std::string_view t = title;
    if (std::size_t at = t.rfind(sep); at != std::string_view::npos && names_site(t.substr(at + sep.size())) &&
                                        has_arabic_letter(t.substr(0, at)))
      return std::string(trim(t.substr(0, at)));
    if (std::size_t at = t.find(sep); at != std::string_view::npos && names_site(t.substr(0, at)) &&
                                      has_arabic_letter(t.substr(at + sep.size())))
      return std::string(trim(t.substr(at + sep.size())));
  }
  return title;
}

// `href` made absolute against the page's address ("/a1" on http://x.com/y → http://x.com/a1);
// unchanged when it already is, or when the page's address is unknown.
std::string resolve_href(const std::string& href, const std::optional<std::string>& base) {
  if (href.find("://") != std::string::npos || !base) return href;
  std::size_t scheme = base->find("://");
  if (scheme == std::string::npos) return href;
  if (href.rfind("//", 0) == 0) return base->substr(0, scheme + 1) + href;
  std::size_t host_end = base->find('/', scheme + 3);
  std::string origin = base->substr(0, host_end);
  if (href[0] == '/') return origin + href;
  if (href[0] == '?') return base->substr(0, base->find('?')) + href;
  std::string dir = host_end == std::string::npos ? origin + "/" : base->substr(0, base->rfind('/') + 1);
  return dir + href;
}

// Headed link lists outside the article's text ("الأكثر تصفحاً", "اقرأ أيضاً" boxes beside or below
// the article, in elements the text extraction leaves out). A heading (<h1>–<h6> that is not
// itself a link) opens a box; its items are the links after it in the nearest enclosing element
// that holds two links or more, up to the next heading, that read like headlines (three words
// or more, Arabic): a page's menus and footer links are shorter, and outside that element.
class BoxFinder {
 public:
  BoxFinder(const GumboNode* content, std::optional<std::string> base)
      : m_content(content), m_base(std::move(base)) {}

  void walk(const GumboNode* node, int depth = 0) {
    if (node->type != GUMBO_NODE_ELEMENT || node == m_content || depth > max_depth || m_boxes.size() >= 50) return;
    GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE ||
        tag == GUMBO_TAG_HEAD)
      return;
    if (heading(node)) {
      open_box(node);
      return;
    }
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  std::vector<LinkBox> finish() { return std::move(m_boxes); }

 private:
  static bool heading(const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6 && count_links(n) == 0;
  }
  static std::size_t count_links(const GumboNode* n, int depth = 0) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > max_depth) return 0;
    if (n->v.element.tag == GUMBO_TAG_A) return 1;
    std::size_t c = 0;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) c += count_links(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    return c;
  }

  void open_box(const GumboNode* h) {
    std::string title(trim(text_of(h)));
    if (title.empty() || title.size() > 200) return;
    const GumboNode* scope = h->parent;
    for (int up = 0; scope && scope->type == GUMBO_NODE_ELEMENT && up < 4; ++up, scope = scope->parent)
      if (scope == m_content || count_links(scope) >= 2) break;
    if (!scope || scope->type != GUMBO_NODE_ELEMENT || scope == m_content) return;
    LinkBox box{std::move(title), {}};
    bool after = false, done = false;
    collect(scope, h, after, done, box);
    if (!box.links.empty()) m_boxes.push_back(std::move(box));
  }

  // The headline links after `h` inside `n`, in page order, up to the next heading.
  void collect(const GumboNode* n, const GumboNode* h, bool& after, bool& done, LinkBox& box, int depth = 0) {
    if (done || n->type != GUMBO_NODE_ELEMENT || n == m_content || depth > max_depth) return;
    if (n == h) {
      after = true;
      return;
    }
    if (after && heading(n)) {
      done = true;
      return;
    }
    if (n->v.element.tag == GUMBO_TAG_A) {
      const char* href = attr(n, "href");
      std::string t(trim(text_of(n)));
      std::replace(t.begin(), t.end(), '\n', ' ');
      if (after && article_href(href) && has_arabic_letter(t) && std::count(t.begin(), t.end(), ' ') >= 2 &&
          t.size() <= 1000 && box.links.size() < 100)
        box.links.push_back({std::move(t), resolve_href(std::string(trim(href)), m_base)});
      return;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      collect(static_cast<const GumboNode*>(kids.data[i]), h, after, done, box, depth + 1);
  }

  const GumboNode* m_content;
  std::optional<std::string> m_base;
  std::vector<LinkBox> m_boxes;
};

}  // namespace

std::optional<std::string> html_meta_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, 16 * 1024));
  for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::size_t end = head.find("</head"); end != std::string::npos) head.resize(end);
  for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    std::size_t gt = head.find('>', at);
    std::string_view tag =
        std::string_view(head).substr(at, gt == std::string::npos ? std::string::npos : gt - at);
    // charset=X as an attribute or inside content="text/html; charset=X"; quotes optional.
    for (std::size_t c = tag.find("charset"); c != std::string_view::npos; c = tag.find("charset", c + 7)) {
      std::size_t i = c + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
      if (i >= tag.size() || tag[i] != '=') continue;
      ++i;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '"' || tag[i] == '\'')) ++i;
      std::size_t start = i;
      while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '-' ||
                                tag[i] == '_' || tag[i] == '.' || tag[i] == ':'))
        ++i;
      if (i > start) return std::string(bytes.substr(at + start, i - start));
    }
  }
  return std::nullopt;
}

void html_to_document(const std::string& html, Document& doc) {
  if (nesting_depth(html) > 2000) {
    doc.text = std::string(trim(strip_tags(html)));
    doc.warnings.push_back(
        {kind::html_too_deep, "HTML nested too deeply for the HTML parser, read with a tag stripper"});
    return;
  }
  // gumbo keeps a copy of the open-element stack with every parse error, which makes deeply
  // nested broken markup quadratic in memory: errors are not needed, so none are kept.
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    return o;
  }();
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&options, o); });
  Found f;
  find(out->root, f);
  // Prefer the marked-up article when it holds a real text; else the whole body.
  std::string text;
  const GumboNode* content = nullptr;  // the element the text came from, when not the whole body
  // The paragraphs' parent counts when it holds most of the page's paragraph text.
  const GumboNode* by_paragraphs =
      f.paragraphs_best >= 100 && f.paragraphs_best * 2 >= f.paragraphs_total ? f.paragraphs_parent : nullptr;
  for (const GumboNode* n : {f.main_content, f.article, by_paragraphs}) {
    if (!n) continue;
    text = text_of(n);
    content = n;
    if (count_arabic_letters(text) >= 100 || text.size() >= 1000) break;
    text.clear();
    content = nullptr;
  }
  if (text.empty() && f.body) text = text_of(f.body);
  doc.text = std::string(trim(text));
  auto meta = [&](std::initializer_list<const char*> keys) -> std::optional<std::string> {
    for (const char* k : keys)
      if (auto it = f.meta.find(k); it != f.meta.end() && !trim(it->second).empty())
        return std::string(trim(it->second));
    return std::nullopt;
  };
  doc.source = meta({"og:site_name"});
  doc.title = meta({"og:title", "twitter:title"});
  if (!doc.title && f.title_tag && !f.title_tag->empty()) doc.title = f.title_tag;
  if (doc.title) doc.title = page_title(*doc.title, f.h1, doc.source);
  doc.date = meta({"article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
                   "og:published_time", "sailthru.date"});
  doc.author = meta({"author", "article:author", "dc.creator"});
  doc.category = meta({"article:section", "section"});
  doc.abstract = meta({"og:description", "description"});
  if (!doc.input.url) {
    if (auto u = meta({"og:url"}))
      doc.input.url = u;
    else if (f.canonical)
      doc.input.url = f.canonical;
  }
  doc.anchors = std::move(f.anchors);
  for (auto& a : doc.anchors) a.href = resolve_href(a.href, doc.input.url);
  if (content && f.body) {
    BoxFinder boxes(content, doc.input.url);
    boxes.walk(f.body);
    doc.link_boxes = boxes.finish();
  }
}

}  // namespace akhbar::detail
