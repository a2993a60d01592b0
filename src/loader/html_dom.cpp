// What an element of an HTML page is: its tag, path, text, and what its class, id and role names
// say (content, boilerplate, comments, related links) in English and in transliterated Arabic;
// which addresses lead to stories, topics or files.


#include <cstring>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"

namespace akhbar::detail {


const char* html_attr(const GumboNode* n, const char* name) {
  // gumbo_get_attribute(), with the first letters compared before strcasecmp() is called: this
  // runs several times on every element, and most names differ in their first letter.
  const GumboVector& attrs = n->v.element.attributes;
  // (ASCII case folded by one bit: a filter before the real comparison, not a comparison.)
  const unsigned char first = static_cast<unsigned char>(*name) | 0x20;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    if ((static_cast<unsigned char>(*a->name) | 0x20) == first && strcasecmp(a->name, name) == 0) return a->value;
  }
  return nullptr;
}

bool html_skipped_tag(GumboTag tag) {
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

// An element whose own class says it was edited, updated or modified ("post_date edited",
// "article-hero__edited", "wp-block-post-date__modified-date").
bool class_edited(const GumboNode* n) {
  const char* c = html_attr(n, "class");
  return c && (strcasestr(c, "edited") || strcasestr(c, "updated") || strcasestr(c, "modified"));
}

bool html_block_tag(GumboTag tag) {
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

std::string html_step(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return "#text";
  std::string s = gumbo_normalized_tagname(n->v.element.tag);
  if (s.empty()) s = "element";
  if (const char* id = html_attr(n, "id"); id && *id) s += "#" + std::string(id).substr(0, 40);
  if (const char* c = html_attr(n, "class")) {
    std::string_view cls = trim(c);
    cls = cls.substr(0, cls.find_first_of(" \t\n"));
    if (!cls.empty()) s += "." + std::string(cls.substr(0, 40));
  }
  return s;
}

std::string html_path(const GumboNode* n) {
  std::vector<std::string> steps;
  for (const GumboNode* p = n; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent) {
    if (p->v.element.tag == GUMBO_TAG_BODY || p->v.element.tag == GUMBO_TAG_HTML) break;
    steps.push_back(html_step(p));
  }
  std::string out = steps.size() > 5 ? "… > " : "body > ";
  for (std::size_t i = std::min<std::size_t>(steps.size(), 5); i-- > 0;) {
    out += steps[i];
    if (i) out += " > ";
  }
  return out;
}

namespace {

void plain_walk(const GumboNode* node, TextLines& out, int depth) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
      node->type == GUMBO_NODE_WHITESPACE) {
    out.add(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
  GumboTag tag = node->v.element.tag;
  if (html_skipped_tag(tag)) return;
  bool b = html_block_tag(tag);
  if (b) out.flush();
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    plain_walk(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
  if (b) out.flush();
}

// Lower-cased class, id, role, itemprop, ARIA and data names of an element, space-separated.
std::string compute_hint_text(const GumboNode* n) {
  // data-testid: React apps' names for their parts ("article-date", "related-list"); data-framer-name:
  // the layer names of a Framer site ("Related Item", "Cookie Banner", "Date"), its only names; data-tag:
  // Patreon's ("post-content", "comments-section"), whose classes are generated.
  static constexpr const char* names[] = {"class",          "id",          "role",
                                          "itemprop",       "aria-labelledby", "data-e2e",
                                          "data-component", "data-testid", "data-framer-name",
                                          "data-tag"};
  constexpr std::size_t count = std::size(names), id = 1;  // id: names[1]
  // One pass over the element's attributes (most have none or one), not one lookup per name:
  // this runs several times on every element of the page.
  const char* values[count] = {};
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    for (std::size_t k = 0; k < count; ++k)
      if (!values[k] && strcasecmp(a->name, names[k]) == 0) {
        values[k] = a->value;
        break;
      }
  }
  std::string s;
  for (std::size_t k = 0; k < count; ++k)
    if (const char* v = values[k]) {
      // Next.js renders every page into <div id="__next">: the framework's root, not a "next" link.
      if (k == id && strcasecmp(v, "__next") == 0) continue;
      s += ' ';
      s += v;
    }
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));  // ASCII only, as std::tolower in "C"
  s += ' ';
  return s;
}

struct HintWord {
  std::string_view word;  // a view: its length is known, not measured on every element
  Hint hint;
  const char* what;
};

// Substrings of class/id names. Order matters: the first match names the reason.
const HintWord hint_words[] = {
    {"comment", Hint::comments, "comments"},
    {"taalik", Hint::comments, "comments"},
    {"ta3li", Hint::comments, "comments"},
    {"tta3", Hint::comments, "comments"},
    {"disqus", Hint::comments, "comments"},
    // Dolphin's (BoonEx) "cmts" thread of "cmt" items, abbreviated.
    {"cmts", Hint::comments, "comments"},
    {"respond", Hint::comments, "comment form"},
    {"responses", Hint::comments, "comments"},
    {"reply", Hint::comments, "comments"},
    // A document's conversation pane (Quip's "conversation-pane" of messages beside the document).
    {"conversation", Hint::comments, "comments"},
    {"related", Hint::related, "related list"},
    {"mawdoo", Hint::related, "related topics"},
    {"mawadi", Hint::related, "related topics"},
    {"mutaalika", Hint::related, "related list"},
    {"motaalika", Hint::related, "related list"},
    {"zat-sela", Hint::related, "related list"},
    {"dhat-sila", Hint::related, "related list"},
    {"akhbar-", Hint::related, "news list"},
    {"more-news", Hint::related, "news list"},
    {"morenews", Hint::related, "news list"},
    {"most-read", Hint::related, "most-read list"},
    {"mostread", Hint::related, "most-read list"},
    {"most_read", Hint::related, "most-read list"},
    {"al-akthar", Hint::related, "most-read list"},
    {"popular", Hint::related, "most-read list"},
    {"read-also", Hint::read_also, "read-also"},
    {"readalso", Hint::read_also, "read-also"},
    {"read_also", Hint::read_also, "read-also"},
    {"iqra", Hint::read_also, "read-also"},
    {"ekraa", Hint::read_also, "read-also"},
    {"see-also", Hint::read_also, "read-also"},
    {"recommend", Hint::read_also, "recommendations"},
    {"inject", Hint::read_also, "injected promo"},
    {"twitter-tweet", Hint::boilerplate, "embedded post"},
    {"twitter-timeline", Hint::boilerplate, "embedded post"},
    {"instagram-media", Hint::boilerplate, "embedded post"},
    {"tiktok-embed", Hint::boilerplate, "embedded post"},
    {"fb-post", Hint::boilerplate, "embedded post"},
    {"feedback", Hint::boilerplate, "page feedback"},
    {"noprint", Hint::boilerplate, "left out of print (chrome)"},
    {"no-print", Hint::boilerplate, "left out of print (chrome)"},
    {"jump-link", Hint::boilerplate, "skip link"},
    {"catlinks", Hint::boilerplate, "categories"},
    {"sitenotice", Hint::boilerplate, "site notice"},
    {"share", Hint::boilerplate, "share bar"},
    {"sharing", Hint::boilerplate, "share bar"},
    {"social", Hint::boilerplate, "social links"},
    {"sociable", Hint::boilerplate, "social links"},
    {"follow", Hint::boilerplate, "follow-us box"},
    {"cookie", Hint::boilerplate, "cookie banner"},
    {"consent", Hint::boilerplate, "consent banner"},
    {"gdpr", Hint::boilerplate, "consent banner"},
    {"privacy", Hint::boilerplate, "privacy banner"},
    {"newsletter", Hint::boilerplate, "newsletter box"},
    {"subscri", Hint::boilerplate, "subscription box"},
    {"donat", Hint::boilerplate, "donation appeal"},
    {"membership", Hint::boilerplate, "membership appeal"},
    {"paywall", Hint::boilerplate, "paywall prompt"},
    {"breadcrumb", Hint::boilerplate, "breadcrumbs"},
    {"ticker", Hint::boilerplate, "news ticker"},
    {"breaking", Hint::boilerplate, "news ticker"},
    {"marquee", Hint::boilerplate, "news ticker"},
    {"trending", Hint::boilerplate, "trending box"},
    {"menu", Hint::boilerplate, "menu"},
    {"navbar", Hint::boilerplate, "menu"},
    {"sidebar", Hint::boilerplate, "sidebar"},
    {"widget", Hint::boilerplate, "widget"},
    {"footer", Hint::boilerplate, "footer"},
    {"masthead", Hint::boilerplate, "masthead"},
    {"taboola", Hint::boilerplate, "sponsored links"},
    {"outbrain", Hint::boilerplate, "sponsored links"},
    {"trc_", Hint::boilerplate, "sponsored links"},
    {"sponsor", Hint::boilerplate, "sponsored links"},
    {"advert", Hint::boilerplate, "advertisement"},
    {" ad ", Hint::boilerplate, "advertisement"},
    {"-ad-", Hint::boilerplate, "advertisement"},
    {" ads", Hint::boilerplate, "advertisement"},
    {"banner", Hint::boilerplate, "banner"},
    {"promo", Hint::boilerplate, "promo"},
    {"modal", Hint::boilerplate, "modal dialog"},
    {"popup", Hint::boilerplate, "popup"},
    {"login", Hint::boilerplate, "login box"},
    {"signin", Hint::boilerplate, "login box"},
    {"poll", Hint::boilerplate, "poll"},
    {"tags", Hint::boilerplate, "tags"},
    {"tag-", Hint::boilerplate, "tags"},
    {"keyword", Hint::boilerplate, "tags"},
    {"pagination", Hint::boilerplate, "pagination"},
    {"pager", Hint::boilerplate, "pagination"},
    {"prev-", Hint::boilerplate, "previous/next links"},
    {"prev_", Hint::boilerplate, "previous/next links"},
    {"previous", Hint::boilerplate, "previous/next links"},
    {"_prev", Hint::boilerplate, "previous/next links"},
    {"-prev", Hint::boilerplate, "previous/next links"},
    {"_next", Hint::boilerplate, "previous/next links"},
    {"next-", Hint::boilerplate, "previous/next links"},
    {"caption", Hint::boilerplate, "caption"},
    {"credit", Hint::boilerplate, "photo credit"},
    {"photo", Hint::boilerplate, "photo credit"},
    {"copyright", Hint::boilerplate, "copyright"},
    {"print", Hint::boilerplate, "print link"},
    {"rating", Hint::boilerplate, "rating"},
    {"weather", Hint::boilerplate, "weather"},
    {"prayer", Hint::boilerplate, "prayer times"},
    {"skip", Hint::boilerplate, "skip link"},
    {"author-box", Hint::boilerplate, "author box"},
    {"bio", Hint::boilerplate, "writer's bio"},
    {"actions", Hint::boilerplate, "action buttons"},  // "post-actions", Publii's "content__actions": share, tags, bio
    {"footnote", Hint::boilerplate, "notes after the text"},
    {"endnote", Hint::boilerplate, "notes after the text"},
    {"notes", Hint::boilerplate, "notes after the text"},
    {"reflist", Hint::boilerplate, "references"},
    {"references", Hint::boilerplate, "references"},
    {"readspeaker", Hint::boilerplate, "listen button"},
    {"rs_skip", Hint::boilerplate, "listen button"},
};

// Names of containers that hold an article's text: whole parts of a class or id name
// ("entry-content", "article_body"; not "textwidget").
constexpr std::string_view content_words[] = {
    "article",  "articlebody", "articlecontent", "content",     "entry", "story",  "storybody",
    "postbody", "postcontent", "main",           "maincontent", "body",  "text",   "matn",
    "nass",     "khabar",      "details",        "detail",      "desc",  "column", "longdesc"};

}  // namespace

// `word` in `h` at the start of a name's part ("jeg_share_top", "social-share" but not
// "selectionShareable", whose sharing is of a selected sentence).
bool has_word(const std::string& h, std::string_view word) {
  for (std::size_t at = h.find(word); at != std::string::npos; at = h.find(word, at + 1))
    if (at == 0 || !std::isalnum(static_cast<unsigned char>(h[at - 1])) ||
        !std::isalnum(static_cast<unsigned char>(word[0])))
      return true;
  return false;
}


// `word` as a whole part of a name.
bool has_part(const std::string& h, std::string_view word) {
  std::size_t n = word.size();
  for (std::size_t at = h.find(word); at != std::string::npos; at = h.find(word, at + 1)) {
    bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(h[at - 1]));
    bool end = at + n >= h.size() || !std::isalnum(static_cast<unsigned char>(h[at + n]));
    if (start && end) return true;
  }
  return false;
}

namespace {

// Words looked for in hint texts, indexed by their first byte so that one pass over a text finds
// the first of them (in list order) that has_word() would find: most positions of the text cost
// one table look-up instead of one search of the text per word (this runs on every element,
// several times).
class WordIndex {
 public:
  explicit WordIndex(std::vector<std::string_view> words) : m_words(std::move(words)) {
    for (std::size_t i = 0; i < m_words.size(); ++i) {
      auto first = static_cast<unsigned char>(m_words[i][0]);
      (ascii_alnum(first) ? m_at_part : m_anywhere)[first].push_back(i);
    }
  }
  // The index of the first word found in `h`, or size() if none.
  std::size_t first(std::string_view h) const {
    std::size_t best = m_words.size();
    auto look = [&](const std::vector<std::size_t>& bucket, std::string_view rest) {
      for (std::size_t i : bucket) {
        if (i >= best) return;
        std::string_view w = m_words[i];
        if (rest.size() >= w.size() && (w.size() < 2 || rest[1] == w[1]) && rest.starts_with(w)) {
          best = i;
          return;
        }
      }
    };
    for (std::size_t at = 0; at < h.size(); ++at) {
      auto c = static_cast<unsigned char>(h[at]);
      // A word that starts with a letter or digit counts only at the start of a name's part.
      if (!m_at_part[c].empty() && (at == 0 || !ascii_alnum(static_cast<unsigned char>(h[at - 1]))))
        look(m_at_part[c], h.substr(at));
      if (!m_anywhere[c].empty()) look(m_anywhere[c], h.substr(at));
    }
    return best;
  }
  // How many words it holds.
  std::size_t size() const { return m_words.size(); }

 private:
  // std::isalnum() of the "C" locale, without its call: bytes of UTF-8 sequences are not letters.
  static bool ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  std::vector<std::string_view> m_words;
  // Word indices (in list order) by first byte: words that start with a letter or digit, and others.
  std::array<std::vector<std::size_t>, 256> m_at_part, m_anywhere;
};

// The hint words whose `what` is one of `whats` (all of them when empty), in list order.
std::vector<std::string_view> hint_words_of(std::initializer_list<std::string_view> whats) {
  std::vector<std::string_view> v;
  for (const auto& w : hint_words)
    if (whats.size() == 0 || std::find(whats.begin(), whats.end(), w.what) != whats.end()) v.push_back(w.word);
  return v;
}

const HintWord* match_hint(const std::string& h) {
  static const WordIndex index(hint_words_of({}));
  std::size_t i = index.first(h);
  return i < index.size() ? &hint_words[i] : nullptr;
}

// After "text": "-right", "-align-right", "-muted", "-lg"... (Bootstrap's and Tailwind's typography
// utilities); not "-section" or "-abstract" (a CMS's parts of the text).
bool typography_utility(std::string_view rest) {
  if (rest.empty() || rest[0] != '-') return false;
  rest.remove_prefix(1);
  std::size_t end = 0;
  while (end < rest.size() && std::isalnum(static_cast<unsigned char>(rest[end]))) ++end;
  static constexpr std::string_view utilities[] = {
      "left",  "right", "center", "justify", "start",   "end",     "align",   "muted",   "nowrap",
      "truncate", "wrap", "break", "lowercase", "uppercase", "capitalize", "xs", "sm", "md", "lg", "xl",
      "base", "white", "black", "dark", "light", "primary", "secondary", "success", "danger", "warning",
      "info", "gray", "grey", "reset", "decoration", "bold", "italic", "2xl", "3xl"};
  for (std::string_view u : utilities)
    if (rest.substr(0, end) == u) return true;
  return false;
}

bool names_content(const std::string& h) {
  for (std::string_view w : content_words) {
    if (w == "text") {
      // Bootstrap's and Tailwind's typography utilities open with "text-" ("text-right", "text-center",
      // "text-align-right", "text-muted" on every <p> of a page): no container of the text. Names of
      // one end with it ("article-text", "post_text").
      for (std::size_t at = h.find(w); at != std::string::npos; at = h.find(w, at + 1)) {
        bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(h[at - 1]));
        bool end = at + w.size() >= h.size() || !std::isalnum(static_cast<unsigned char>(h[at + w.size()]));
        if (start && end && !typography_utility(std::string_view(h).substr(at + w.size()))) return true;
      }
      continue;
    }
    if (has_part(h, w)) return true;
  }
  return false;
}

// What an element's names say, worked out once per element: the hints are asked several times of
// every element of a page (by the scorer, the box finder, the date finder, the writer).
struct NodeHint {
  std::string text;                  // compute_hint_text()
  const HintWord* match = nullptr;   // match_hint(text)
  bool content = false;              // names_content(text)
  bool sponsored = false;            // a word of a sponsored-links or advertisement hint in it
};

// A hint word that is a whole later part of a camelCase name ("templateFooter", "mcnTextBlock"):
// Mailchimp's and Java frameworks' names join their words that way. Only a whole part: a word
// opening a longer part ("selectionShareable": "share") names something else. Nor "Widget": a page
// builder's every block is one ("ipWidget ipPreviewWidget", the text's too); nor a comments word: what a
// thing's "Comment" is depends on the thing (Piwigo's "imageComment" is the picture's description), and a
// thread of comments names itself first ("commentsList").
const HintWord* camel_hint(const GumboNode* n) {
  const HintWord* best = nullptr;
  bool foot = false;
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned a = 0; a < attrs.length; ++a) {
    const auto* attr = static_cast<const GumboAttribute*>(attrs.data[a]);
    if (strcasecmp(attr->name, "class") != 0 && strcasecmp(attr->name, "id") != 0) continue;
    std::string_view v = attr->value;
    for (std::size_t i = 1; i < v.size(); ++i) {
      if (!(v[i] >= 'A' && v[i] <= 'Z' && v[i - 1] >= 'a' && v[i - 1] <= 'z')) continue;
      std::size_t end = i + 1;
      while (end < v.size() && v[end] >= 'a' && v[end] <= 'z') ++end;
      std::string part(v.substr(i, end - i));
      part[0] = static_cast<char>(part[0] + ('a' - 'A'));
      if (part == "widget") continue;
      // A name opening with what its element holds ("withRelated": without_held()); not "contentWithMenu",
      // Piwigo's region of the picture and its menu.
      std::size_t name = v.find_last_of(' ', i) + 1;  // 0 when no space: npos + 1
      if (std::string_view before = v.substr(name, i - name); before == "with" || before == "has") continue;
      for (const auto& w : hint_words)
        if (w.word == part && w.hint != Hint::comments && (!best || &w < best)) best = &w;
      foot = foot || part == "foot";
    }
  }
  // "Foot" as a whole part is a footer ("skin-entryFoot", "postFoot": Ameba's likes and reblog row); as a
  // substring of a name it is too often "football" to be a hint word.
  static const HintWord footer{"foot", Hint::boilerplate, "footer"};
  return best ? best : foot ? &footer : nullptr;
}

// `t` with the hint word of each name that says what its element holds masked: a layout that has a sidebar beside
// it ("has-sidebar", "with-sidebar": Gollum's wiki page around its text) is no sidebar, a wrapper of the text and
// its related list ("withRelated": Help Scout's) no related list. Only a word that ends the name
// ("has-sidebar-toggle" is a button) and is a hint word whole, or its plural ("hashtags" is no "has" + "htags").
std::string without_held(std::string t) {
  for (std::string_view held : {"has", "with"})
    for (std::size_t at = t.find(held); at != std::string::npos; at = t.find(held, at + 1)) {
      if (at > 0 && t[at - 1] != ' ' && t[at - 1] != '-' && t[at - 1] != '_') continue;  // "hashtags" holds no tags
      std::size_t from = at + held.size();
      if (from < t.size() && (t[from] == '-' || t[from] == '_')) ++from;
      std::size_t end = t.find(' ', from);
      if (end == std::string::npos) end = t.size();
      std::string_view word(t.data() + from, end - from);
      if (!word.empty() && word.back() == 's') word.remove_suffix(1);
      bool hint = std::any_of(std::begin(hint_words), std::end(hint_words),
                              [&](const HintWord& w) { return w.word == word; });
      if (hint) std::fill(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(end), '-');
    }
  return t;
}

NodeHint compute_node_hint(const GumboNode* n) {
  // The hint words that name sponsored links or ads, picked once.
  static const WordIndex sponsored(hint_words_of({"sponsored links", "advertisement"}));
  NodeHint h;
  h.text = compute_hint_text(n);
  if (h.text.size() <= 1) return h;  // no class or id
  // A name saying what an element holds does not say what it is (without_held()).
  if (h.text.find("has") != std::string::npos || h.text.find("with") != std::string::npos)
    h.match = match_hint(without_held(h.text));
  else
    h.match = match_hint(h.text);
  if (!h.match) h.match = camel_hint(n);
  h.content = names_content(h.text);
  // Any of its names, not only the first hint's: "trc_related_container" is Taboola's.
  h.sponsored = sponsored.first(h.text) < sponsored.size();
  return h;
}

// Per thread, the hints of the elements of the trees being read (keyed by node: a tree's nodes
// live as long as the tree, and the memo is emptied whenever a tree is built or freed, so that no
// node of a freed tree is ever looked up by an address reused later).
struct HintMemo {
  int trees = 0;  // GumboTrees alive on this thread; without one (a bare gumbo_parse) nothing is kept
  std::unordered_map<const GumboNode*, NodeHint> of;
  NodeHint scratch;
};
thread_local HintMemo hint_memo;

// `n`'s hints; the reference holds until the next call.
const NodeHint& node_hint(const GumboNode* n) {
  if (hint_memo.trees == 0) return hint_memo.scratch = compute_node_hint(n);
  auto [it, added] = hint_memo.of.try_emplace(n);
  if (added) it->second = compute_node_hint(n);
  return it->second;
}

}  // namespace

const std::string& hint_text(const GumboNode* n) { return node_hint(n).text; }


HintMemoScope::HintMemoScope() {
  ++hint_memo.trees;
  hint_memo.of.clear();
}

HintMemoScope::~HintMemoScope() {
  --hint_memo.trees;
  hint_memo.of.clear();
}

Hint html_hint(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return Hint::none;
  const NodeHint& h = node_hint(n);
  if (h.match) return h.match->hint;
  return h.content ? Hint::content : Hint::none;
}

// Whether `n` holds the page's main landmark: a <main> or role=main element, or an <article>
// (Drupal's Olivero wraps both its main region and its sidebar in a "sidebar-grid").
bool holds_main(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 12) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag t = k->v.element.tag;
    const char* role = html_attr(k, "role");
    if (t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE || (role && strcasecmp(role, "main") == 0) ||
        holds_main(k, depth + 1))
      return true;
  }
  return false;
}

// Characters as the scorer counts them: code points, spaces not counted.
std::uint32_t visible_chars(const char* s) {
  std::uint32_t n = 0;
  for (; *s; ++s) {
    unsigned char c = static_cast<unsigned char>(*s);
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++n;
  }
  return n;
}

// Whether `n` sits inside the article's marked body (itemprop=articleBody).
bool in_article_body(const GumboNode* n) {
  for (const GumboNode* p = n->parent; p && p->type == GUMBO_NODE_ELEMENT; p = p->parent)
    if (const char* ip = html_attr(p, "itemprop"); ip && strcasecmp(ip, "articleBody") == 0) return true;
  return false;
}

// The paragraphs among `n`'s children that are prose: html_prose_min_chars or more, ending a
// sentence (a box's pitch is one short line, a newsletter's promise another).
int prose_children(const GumboNode* n) {
  int prose = 0;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT || k->v.element.tag != GUMBO_TAG_P) continue;
    std::string t(trim(html_text(k)));
    if (visible_chars(t.c_str()) >= html_prose_min_chars && !t.empty() &&
        (t.back() == '.' || t.ends_with("\xE2\x80\xA6") || t.back() == '"' || t.ends_with("\xC2\xBB")))
      ++prose;
  }
  return prose;
}

// Whether `n` holds at least `wanted` paragraphs of prose at any depth: html_prose_widget_min_chars
// or more, ending a sentence with a period or a quote (a teaser's excerpt ends in an ellipsis), and
// not inside a link.
bool holds_prose(const GumboNode* n, int wanted) {
  int found = 0;
  std::function<void(const GumboNode*, int)> walk = [&](const GumboNode* k, int depth) {
    if (found >= wanted || k->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return;
    GumboTag tag = k->v.element.tag;
    if (tag == GUMBO_TAG_A) return;
    if (tag == GUMBO_TAG_P) {
      std::string t(trim(html_text(k)));
      if (visible_chars(t.c_str()) >= html_prose_widget_min_chars &&
          (t.back() == '.' || t.back() == '"' || t.ends_with("\xC2\xBB")) && !t.ends_with("..."))
        ++found;
      return;
    }
    const GumboVector& kids = k->v.element.children;
    for (unsigned i = 0; i < kids.length && found < wanted; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  };
  walk(n, 0);
  return found >= wanted;
}

// The tags and classes from `n` down its first elements to the first paragraph; empty when the chain
// reaches no paragraph.
static std::vector<std::pair<GumboTag, std::string_view>> unit_shape(const GumboNode* n) {
  std::vector<std::pair<GumboTag, std::string_view>> shape;
  for (int depth = 0; n && n->type == GUMBO_NODE_ELEMENT && depth <= html_max_depth; ++depth) {
    const char* c = html_attr(n, "class");
    shape.emplace_back(n->v.element.tag, c ? c : "");
    if (n->v.element.tag == GUMBO_TAG_P) return shape;
    const GumboNode* first = nullptr;
    for (unsigned i = 0; i < n->v.element.children.length && !first; ++i)
      if (const auto* k = static_cast<const GumboNode*>(n->v.element.children.data[i]); k->type == GUMBO_NODE_ELEMENT)
        first = k;
    n = first;
  }
  return {};
}

bool names_heading_level(const GumboNode* n) {
  if (const char* type = html_attr(n, "data-block-type"); type && std::string_view(type).starts_with("heading"))
    return true;
  std::string_view hint = hint_text(n);
  for (std::size_t at = 0; at < hint.size();) {
    std::size_t end = hint.find(' ', at);
    if (end == std::string_view::npos) end = hint.size();
    std::string_view name = hint.substr(at, end - at);
    at = end + 1;
    if (name.size() < 2 || name.back() < '1' || name.back() > '6') continue;
    name.remove_suffix(1);
    if (name == "h" || name.ends_with("header") || name.ends_with("heading")) return true;
  }
  return false;
}

bool same_unit_shape(const GumboNode* a, const GumboNode* b) {
  auto sa = unit_shape(a);
  return sa.size() > static_cast<std::size_t>(html_unit_min_levels) && sa == unit_shape(b);
}

bool html_pruned(const GumboNode* n, std::size_t text, std::size_t links) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  bool long_text = text >= 500 && links * 10 < text * 3;
  if (const char* role = html_attr(n, "role")) {
    for (const char* r : {"complementary", "navigation", "banner", "contentinfo", "search"})
      if (strcasecmp(role, r) == 0) return true;
    // A dialog is a popup (a consent box, a newsletter's), unless it holds a long text: Trello's card opens as the
    // board's dialog, the card's description the page's text.
    if ((strcasecmp(role, "dialog") == 0 || strcasecmp(role, "alertdialog") == 0) && !long_text) return true;
    // role=region names any significant section: a promo box beside the text, or a forum's post
    // (Moodle's "forumpost" regions, the first one the article) holding a long text; or a thread
    // of posts around one (GoToSocial's section of statuses, the expanded one the article: its
    // replies' links make the section's text half links, its own prose is long all the same).
    if (strcasecmp(role, "region") == 0 && !long_text && text - std::min(text, links) < html_region_prose_chars)
      return true;
  }
  const NodeHint& h = node_hint(n);
  const HintWord* w = h.match;
  if (!w) return false;
  // Comment sections and lists of other stories are never the article; a weaker hint ("print",
  // "widget", "banner") yields to a content word beside it or to a long text that is not links.
  if (w->hint == Hint::comments || w->hint == Hint::related || w->hint == Hint::read_also) return true;
  // Links to the previous and next stories name the article they sit in
  // ("article_details_prev_next"): the content word names where they are, not what they are.
  if (std::strcmp(w->what, "previous/next links") == 0) return !long_text;
  // Nor an <article> or <main> itself ("<article class="notion-root has-footer">": the page has a footer).
  GumboTag tag = n->v.element.tag;
  if (h.content || long_text || holds_main(n) || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return false;
  // Inside the marked article body, paragraphs of prose under a weak hint are the text's: a
  // paywall's free preview ("<div class=subscriber-preview"> with the first two paragraphs).
  if (in_article_body(n) && prose_children(n) >= html_prose_min_paragraphs) return false;
  // A builder's unit named only "widget", a child of the <article> itself, holding prose, is a part of the text (a
  // smallweb app's "<article><section class=widget><p>…</p></section>…": every part of the text one widget).
  if (std::strcmp(w->what, "widget") == 0 && n->parent && n->parent->type == GUMBO_NODE_ELEMENT &&
      n->parent->v.element.tag == GUMBO_TAG_ARTICLE && prose_children(n) >= 1)
    return false;
  return !holds_prose(n, html_prose_widget_paragraphs);
}

bool html_bold_style(const GumboNode* n) {
  const char* style = html_attr(n, "style");
  if (!style) return false;
  std::string st;
  for (const char* c = style; *c; ++c)
    if (*c != ' ') st += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
  std::size_t at = st.find("font-weight:");
  if (at == std::string::npos) return false;
  std::string_view v = std::string_view(st).substr(at + 12);
  return v.starts_with("bold") || v.starts_with("700") || v.starts_with("800") || v.starts_with("900");
}

bool html_sponsored(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT || n->v.element.attributes.length == 0) return false;
  // Instant Articles' and many feeds' marking of a paid item: <li data-sponsored="true">.
  if (const char* s = html_attr(n, "data-sponsored"); s && strcasecmp(s, "false") != 0) return true;
  return node_hint(n).sponsored;
}

std::string html_hint_reason(const GumboNode* n) {
  if (const HintWord* w = node_hint(n).match)
    return std::string(w->what) + " ('" + std::string(trim(w->word)) + "')";
  return {};
}

std::string html_text(const GumboNode* n) {
  TextLines l;
  plain_walk(n, l, 0);
  return l.finish();
}

bool article_href(const char* href) {
  if (href && (strncmp(href, "#/", 2) == 0 || strncmp(href, "#!/", 3) == 0))
    // A single-page site's hash route is a page of its own ("#/notes/ca8c146bb2": Docsify, AngularJS),
    // except Docsify's anchor of a heading on the page ("#/notes/x?id=h1").
    return std::string_view(href).find("?id=") == std::string_view::npos;
  return href && *href && *href != '#' && strncasecmp(href, "javascript:", 11) != 0 &&
         strncasecmp(href, "mailto:", 7) != 0 && strncasecmp(href, "tel:", 4) != 0;
}

bool topic_href(std::string_view href) {
  href = trim(href);
  // A single-page app's hash route is the page's path ("https://roamresearch.com/#/app/g/page/6e8a0ea60"): the front
  // page before it is only the app's.
  for (std::string_view route : {"#/", "#!/"})
    if (std::size_t at = href.find(route); at != std::string_view::npos) {
      href = href.substr(at + route.size() - 1);
      break;
    }
  const bool query = href.find('?') != std::string_view::npos;
  href = href.substr(0, href.find_first_of("?#"));
  if (std::size_t scheme = href.find("://"); scheme != std::string_view::npos) {
    std::size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view() : href.substr(path);
    if (!query && (href.empty() || href == "/")) return true;  // the front page ("نشرة الكورنيش", Pico)
  } else if (!query && href == "/") {
    return true;
  }
  // A segment of the path that names a topic or tag page, followed by the topic's name or id.
  // A forum's or a blog's index of a section ("/forums/أخبار-العرب.12/", "/category/sport/") too.
  // A forum's thread is a story, not a topic page: NodeBB's "/topic/17263/slug" (an id after "/topic/";
  // a category's "/category/5/name" is a section's index all the same).
  for (std::string_view seg : {"/topics/", "/topic/", "/tag/", "/tags/", "/keyword/", "/keywords/", "/forums/",
                               "/category/", "/categories/"})
    for (std::size_t at = 0; at + seg.size() <= href.size(); ++at)
      if (strncasecmp(href.data() + at, seg.data(), seg.size()) == 0 && at + seg.size() < href.size()) {
        std::size_t id = at + seg.size(), end = id;
        while (end < href.size() && href[end] >= '0' && href[end] <= '9') ++end;
        bool thread = seg.starts_with("/topic") && end > id && (end == href.size() || href[end] == '/');
        // A story filed under the topic, its own id past the topic's name (Scoop.it's "/topic/NAME/p/5011362741/slug").
        std::size_t name_end = href.find('/', id);
        bool filed = false;
        for (std::size_t s = name_end; s != std::string_view::npos && !filed; s = href.find('/', s + 1)) {
          std::size_t e = s + 1;
          while (e < href.size() && href[e] >= '0' && href[e] <= '9') ++e;
          filed = e - s - 1 >= html_story_id_min_digits && (e == href.size() || href[e] == '/');
        }
        return !thread && !filed;
      }
  return false;
}

bool file_href(std::string_view href) {
  href = href.substr(0, href.find_first_of("?#"));
  std::size_t dot = href.rfind('.');
  if (dot == std::string_view::npos || href.find('/', dot) != std::string_view::npos) return false;
  std::string_view ext = href.substr(dot + 1);
  // A document, a picture, a sound or a film to download or open: a page's PDF, an attachment.
  for (std::string_view f : {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "jpg", "jpeg",
                             "png", "gif", "webp", "mp3", "mp4", "m4a", "wav", "epub"})
    if (ext.size() == f.size() && strncasecmp(ext.data(), f.data(), f.size()) == 0) return true;
  return false;
}


}  // namespace akhbar::detail
