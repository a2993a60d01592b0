// HTML pages through gumbo (an HTML5 parser that takes real-world markup): the article's text
// with block elements as lines, navigation and scripts left out, and metadata from <meta>.
#include <gumbo.h>
#include <strings.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <unordered_set>
#include <vector>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

// The words of a line (runs between spaces).
int count_words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

struct Found {
  const GumboNode* body = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* main_content = nullptr;  // itemprop=articleBody
  std::optional<std::string> title_tag;
  std::optional<std::string> h1;  // the first <h1>: the headline as the page shows it
  std::vector<std::string> h1s;   // every <h1>, for the one the title names
  bool h1_linked = false;         // some <h1> holds a link (a logo's "<h1><a href=/>SITE</a></h1>")
  JsonLdArticle ld;               // the article object of the page's JSON-LD
  std::optional<std::string>
      time_published;  // <time itemprop=datePublished> or the first <time datetime> with a date
  std::optional<std::string> time_modified;  // <time itemprop=dateModified>
  // Every <time datetime> stamp with a zone other than UTC (up to html_zoned_times_max): the page's
  // own zone for a UTC time of the same moment in its metadata.
  std::vector<std::string> zoned_times;
  std::map<std::string, std::string> meta;  // lower-cased property/name/itemprop → content
  std::optional<std::string> canonical;
  // The text of the page's inline scripts that are not JSON-LD (state blobs: "window.zqPost = {...}"),
  // up to html_state_scripts_max_bytes in all.
  std::string scripts;
  std::vector<Anchor> anchors;  // <a href> with text, in page order
};

std::string text_of(const GumboNode* n) { return html_text(n); }

// The clock a short text shows, in minutes of the day ("15 مايو 2018 في 1:39 ص" -> 99, "٢١:٠٥"
// -> 1265): hours 0 and 13 to 23, and hours written with a leading zero, as they are; others only
// with their half of the day (ص / م, صباحاً / مساءً, AM / PM); nullopt without a clock or with a
// 12-hour one of unknown half.
std::optional<int> shown_clock(std::string_view text) {
  std::string ascii;  // Arabic-Indic digits as ASCII ones
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xD9 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(text[i + 1]) <= 0xA9)
      ascii += static_cast<char>('0' + static_cast<unsigned char>(text[++i]) - 0xA0);
    else
      ascii += text[i];
  }
  auto digit = [&](std::size_t i) { return i < ascii.size() && ascii[i] >= '0' && ascii[i] <= '9'; };
  for (std::size_t colon = ascii.find(':'); colon != std::string::npos; colon = ascii.find(':', colon + 1)) {
    if (colon == 0 || !digit(colon - 1) || !digit(colon + 1) || !digit(colon + 2) || digit(colon + 3)) continue;
    std::size_t h0 = digit(colon - 2) ? colon - 2 : colon - 1;
    if (h0 > 0 && digit(h0 - 1)) continue;
    int hour = std::atoi(ascii.substr(h0, colon - h0).c_str());
    int minute = std::atoi(ascii.substr(colon + 1, 2).c_str());
    if (hour > 23 || minute > 59) return std::nullopt;
    // The half of the day: the next word after the minutes (and seconds).
    std::size_t at = colon + 3;
    if (at < ascii.size() && ascii[at] == ':' && digit(at + 1) && digit(at + 2)) at += 3;
    std::string_view rest = trim(std::string_view(ascii).substr(at));
    std::string_view word = rest.substr(0, rest.find(' '));
    bool am = word == "ص" || word.starts_with("صباح") || word == "AM" || word == "am";
    bool pm = word == "م" || word.starts_with("مساء") || word == "PM" || word == "pm";
    if (am || pm) {
      if (hour < 1 || hour > 12) return std::nullopt;
      return (hour % 12 + (pm ? 12 : 0)) * 60 + minute;
    }
    // "01:39": a leading zero writes a 24-hour clock; "1:39" or "11:39" may be either half.
    if (hour >= 1 && hour <= 12 && !(colon - h0 == 2 && ascii[h0] == '0')) return std::nullopt;
    return hour * 60 + minute;
  }
  return std::nullopt;
}

bool visible_date_agrees(std::string_view line, std::string_view iso);  // below, with the date lines

// Whether the only digits of `text` are one clock's ("12:25", "2:18:05"): no day, month or year written.
bool clock_only_digits(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  std::size_t b = colon, e = colon;
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  while (b > 0 && digit(b - 1)) --b;
  while (e + 1 < text.size() && (digit(e + 1) || (text[e + 1] == ':' && e + 2 < text.size() && digit(e + 2)))) ++e;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((i < b || i > e) && digit(i)) return false;
  return b < colon;
}

// A UTC stamp whose element shows its clock in the page's zone (Remix, Next.js: <time
// dateTime="2018-05-14T21:39:41.000Z">15 مايو 2018 في 1:39 ص</time>): the stamp written at the
// offset the two clocks differ by, when one offset from -12:00 to +14:00 in quarter hours joins
// them and the text's day is that offset's; nullopt otherwise (no clock, or UTC's own).
std::optional<std::string> shown_in_zone(std::string_view utc, const std::string& text) {
  if (text.size() > 120) return std::nullopt;  // a date's words, not a paragraph
  auto clock = shown_clock(text);
  auto at = iso_instant_minutes(utc);
  if (!clock || !at) return std::nullopt;
  int utc_clock = static_cast<int>(((*at % 1440) + 1440) % 1440);
  std::optional<int> offset;
  for (int d : {*clock - utc_clock - 1440, *clock - utc_clock, *clock - utc_clock + 1440}) {
    if (d < -12 * 60 || d > 14 * 60 || d % 15 != 0) continue;
    if (offset) return std::nullopt;  // two zones fit: neither is known
    offset = d;
  }
  if (!offset || *offset == 0) return std::nullopt;
  std::string local = iso_at_offset(utc, *offset);
  // A clock under a relative day only ("Last Wednesday at 12:25 PM", "أمس الساعة 00:25": Revolt's messages) shows no
  // day to disagree with.
  if (!visible_date_agrees(text, local) && !clock_only_digits(text)) return std::nullopt;
  return local;
}

// The page's own zone: the offset every zoned stamp of the page is written at (comments, a
// "time ago" element's title), when they all agree; nullopt with none or with several.
std::optional<int> page_zone(const std::vector<std::string>& zoned) {
  std::optional<int> zone;
  for (const auto& z : zoned) {
    auto o = iso_offset_minutes(z);
    if (!o || (zone && *zone != *o)) return std::nullopt;
    zone = o;
  }
  return zone;
}
const char* attr(const GumboNode* n, const char* name) { return html_attr(n, name); }

// Links kept per page: a related list has tens; a portal's front page a few hundred.
constexpr std::size_t max_anchors = 2000;
constexpr int max_depth = html_max_depth;
// Whether a title holds a fediverse account's handle, "@user@host.tld" (an account's name, no headline).
bool account_handle(std::string_view t) {
  for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
    std::size_t second = t.find('@', at + 1);
    if (second == std::string_view::npos || second == at + 1) return false;
    std::string_view user = t.substr(at + 1, second - at - 1);
    std::size_t end = second + 1;
    while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])) || t[end] == '.' || t[end] == '-')) ++end;
    std::string_view host = t.substr(second + 1, end - second - 1);
    if (user.find(' ') == std::string_view::npos && host.find('.') != std::string_view::npos && host.back() != '.')
      return true;
  }
  return false;
}

// Whether `n` holds an <a href>.
bool holds_link(const GumboNode* n, int depth = 0) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > max_depth) return false;
  if (n->v.element.tag == GUMBO_TAG_A && attr(n, "href")) return true;
  for (unsigned i = 0; i < n->v.element.children.length; ++i)
    if (holds_link(static_cast<const GumboNode*>(n->v.element.children.data[i]), depth + 1)) return true;
  return false;
}

// A <time> in a list item beside a link dates another story (a story thread's "2 مايو" before
// its headline), not the page's article.
bool dates_a_listed_story(const GumboNode* n) {
  for (int up = 0; up < 3 && n->parent && n->parent->type == GUMBO_NODE_ELEMENT; ++up) {
    n = n->parent;
    if (n->v.element.tag == GUMBO_TAG_LI) return holds_link(n);
  }
  return false;
}

void find(const GumboNode* node, Found& f, int depth = 0) {
  if (node->type != GUMBO_NODE_ELEMENT || depth > max_depth) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY && !f.body) f.body = node;
  if (tag == GUMBO_TAG_TITLE && !f.title_tag && node->v.element.children.length) {
    const auto* t = static_cast<const GumboNode*>(node->v.element.children.data[0]);
    if (t->type == GUMBO_NODE_TEXT) {
      std::string title = t->v.text.text;
      std::replace(title.begin(), title.end(), '\n', ' ');
      f.title_tag = std::string(trim(title));
    }
  }
  if (tag == GUMBO_TAG_H1 && f.h1s.size() < 20) {
    std::string t(trim(text_of(node)));
    std::replace(t.begin(), t.end(), '\n', ' ');
    if (!t.empty()) {
      if (!f.h1) f.h1 = t;
      f.h1s.push_back(std::move(t));
    }
    f.h1_linked = f.h1_linked || holds_link(node);
  }
  if (tag == GUMBO_TAG_SCRIPT) {
    const char* type = attr(node, "type");
    if (type && strcasecmp(type, "application/ld+json") == 0 && node->v.element.children.length) {
      const auto* t = static_cast<const GumboNode*>(node->v.element.children.data[0]);
      if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA || t->type == GUMBO_NODE_WHITESPACE)
        read_json_ld(t->v.text.text, f.ld);
    } else if (!attr(node, "src") && node->v.element.children.length) {
      const auto* t = static_cast<const GumboNode*>(node->v.element.children.data[0]);
      if ((t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) &&
          f.scripts.size() + std::strlen(t->v.text.text) <= html_state_scripts_max_bytes)
        f.scripts.append(t->v.text.text).append("\n");
    }
    return;
  }
  // hAtom's <time class="updated"> (WordPress themes of the HTML5 era) is the modification time too;
  // its older form is an <abbr class="published|updated" title="ISO time"> (SPIP, microformats'
  // abbr pattern), read only under those class names (an <abbr title> is otherwise a long form).
  // The class may sit on the element around it (WordPress's block theme: <div
  // class="wp-block-post-date__modified-date">عُدّل في <time datetime=...></div>).
  bool updated_class = false, published_class = false;
  // microformats2's <data class="dt-published|dt-updated" value="ISO time"> (a Mastodon status page).
  // Plume writes the stamp in a datetime attribute of a <span class="dt-published"> instead.
  bool data_stamp = false;
  const char* dt_attr = tag == GUMBO_TAG_DATA ? "value" : tag != GUMBO_TAG_TIME ? "datetime" : nullptr;
  if (const char* c = dt_attr && attr(node, dt_attr) ? attr(node, "class") : nullptr)
    data_stamp = std::strstr(c, "dt-published") || std::strstr(c, "dt-updated");
  bool stamp_tag = tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_ABBR || data_stamp;
  const GumboNode* around = node->parent && node->parent->type == GUMBO_NODE_ELEMENT ? node->parent : nullptr;
  for (const GumboNode* e : {node, around}) {
    const char* c = stamp_tag && e ? attr(e, "class") : nullptr;
    if (!c) continue;
    std::string k = c;
    for (auto& ch : k) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // Pixelfed's "<p class="… edited">عدّلتُ الشرح <time datetime=…>قبل يوم</time></p>": edited too.
    updated_class = updated_class || k.find("updated") != std::string::npos ||
                    k.find("modified") != std::string::npos || k.find("edited") != std::string::npos;
    published_class = published_class || (e == node && k.find("published") != std::string::npos);
  }
  const char* stamp = tag == GUMBO_TAG_TIME                                         ? attr(node, "datetime")
                      : tag == GUMBO_TAG_ABBR && (updated_class || published_class) ? attr(node, "title")
                      : data_stamp                                                  ? attr(node, dt_attr)
                                                                                    : nullptr;
  // Nikola's "<time class="updated dt-updated" itemprop="dateUpdated">": a property schema.org lacks,
  // beside the class that says it; an updated class under itemprop=datePublished is styling (below).
  auto modified_stamp = [&](const char* ip) {
    if (!ip) return updated_class;
    return strcasecmp(ip, "dateModified") == 0 || strcasecmp(ip, "dateUpdated") == 0 ||
           (updated_class && strcasecmp(ip, "datePublished") != 0);
  };
  if (stamp_tag && !f.time_modified)
    if (const char* ip = attr(node, "itemprop"); modified_stamp(ip))
      if (const char* dt = stamp;
          dt && std::strlen(dt) >= 10 && std::isdigit(static_cast<unsigned char>(dt[0])))
        f.time_modified = std::string(trim(dt));
  // A web component's stamp after the words that say the page was edited ("huda.m edited this page
  // <relative-time datetime=ISO>a day ago</relative-time>": Gitea's and GitHub's wiki header).
  if (!f.time_modified && tag == GUMBO_TAG_UNKNOWN && around)
    if (const char* dt = attr(node, "datetime"); dt && iso_instant_minutes(dt)) {
      std::string before;
      for (unsigned i = 0; i < node->index_within_parent; ++i)
        if (const auto* k = static_cast<const GumboNode*>(around->v.element.children.data[i]); k->type == GUMBO_NODE_TEXT)
          before += k->v.text.text;
      for (auto& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      std::string last(trim(before));
      last = last.substr(last.size() > 40 ? last.size() - 40 : 0);
      if (last.find("edited") != std::string::npos || last.find("updated") != std::string::npos ||
          last.find("modified") != std::string::npos)
        f.time_modified = std::string(trim(dt));
    }
  // A badge that only says the post was updated, its time in its title ("<span class=label
  // title="Dec 21, 2022 - 10:33 PM">Updated</span>": HumHub's wall entry; Discourse's "edited").
  if (!f.time_modified && !stamp_tag && (tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_SMALL || tag == GUMBO_TAG_EM))
    if (const char* title = attr(node, "title");
        title && std::strlen(title) >= 8 && std::strlen(title) <= 60 && std::any_of(title, title + std::strlen(title), [](char c) {
          return c >= '0' && c <= '9';
        })) {
      std::string t(trim(text_of(node)));
      std::string folded = fold_heading(t);
      for (auto& ch : folded) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (folded == "updated" || folded == "edited" || folded == "محدث" || folded == "معدل" || folded == "حدث" ||
          folded == "عدل")
        f.time_modified = std::string(trim(title));
    }
  // A mail header's date shown whole ("<td>Tue, 3 Jul 2018 00:25:00 +0400</td>") is a zoned stamp too.
  if (node->v.element.children.length == 1 && f.zoned_times.size() < html_zoned_times_max)
    if (const auto* t = static_cast<const GumboNode*>(node->v.element.children.data[0]); t->type == GUMBO_NODE_TEXT)
      if (auto z = rfc2822_iso(t->v.text.text)) f.zoned_times.push_back(*z);
  if ((tag == GUMBO_TAG_TIME || data_stamp) && stamp && f.zoned_times.size() < html_zoned_times_max &&
      iso_instant_minutes(stamp)) {
    if (!iso_is_utc(stamp))
      f.zoned_times.emplace_back(trim(stamp));
    else if (auto z = shown_in_zone(stamp, text_of(node)))
      f.zoned_times.push_back(*z);
  }
  // An updated class beside itemprop="datePublished" (Zox News: <time class="post-date updated"
  // itemprop="datePublished">) is the theme's styling: the itemprop says what the stamp is.
  if (const char* ip = attr(node, "itemprop");
      stamp_tag && !f.time_published && (!updated_class || (ip && strcasecmp(ip, "datePublished") == 0))) {
    const char* dt = stamp;
    if (dt && std::strlen(dt) >= 10 && std::isdigit(static_cast<unsigned char>(dt[0])) &&
        (ip ? strcasecmp(ip, "datePublished") == 0 : !dates_a_listed_story(node)))
      f.time_published = std::string(trim(dt));
  }
  if (tag != GUMBO_TAG_META && attr(node, "content") && (attr(node, "property") || attr(node, "itemprop"))) {
    // RDFa and microdata on visible elements: <span property="dc:date" content="2019-02-08T…">.
    const char* key = attr(node, "property");
    if (!key) key = attr(node, "itemprop");
    std::string k = key;
    for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    f.meta.emplace(k, attr(node, "content"));
  }
  if (tag == GUMBO_TAG_META) {
    const char* key = attr(node, "property");
    if (!key) key = attr(node, "name");
    if (!key) key = attr(node, "itemprop");
    const char* content = attr(node, "content");
    if (!content) content = attr(node, "datetime");
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
  for (unsigned i = 0; i < kids.length; ++i) find(static_cast<const GumboNode*>(kids.data[i]), f, depth + 1);
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

}  // namespace


namespace {

// Words of a headline, for comparing a title with the page's <h1>s.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if (c == ' ' || c == '|' || c == '-' || c == ':' || c == '"' || c == '\'' || c == ',' || c == '.') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += static_cast<char>(c);
    }
  }
  return out;
}

// The page's visible headline: the <h1> most of whose words the title (og:title, JSON-LD
// headline or <title>) holds, when one does ("آرون بوشنيل: أصدقاء الطيار..." in the title, "أصدقاء
// الطيار الأمريكي آرون بوشنيل..." on the page). A site's logo in an <h1> shares no words with it.
std::optional<std::string> visible_headline(const std::string& title, const std::vector<std::string>& h1s) {
  auto tw = words_of(title);
  std::unordered_set<std::string> in_title(tw.begin(), tw.end());
  std::optional<std::string> best;
  double best_share = 0;
  for (const auto& h : h1s) {
    auto hw = words_of(h);
    if (hw.size() < 3 || !has_arabic_letter(h)) continue;
    std::size_t shared = 0;
    for (const auto& w : hw) shared += in_title.count(w);
    double share = static_cast<double>(shared) / hw.size();
    double cover = static_cast<double>(shared) / std::max<std::size_t>(tw.size(), 1);
    // A title cut short with an ellipsis ("منصة بيّنة: "# هذا المقطع يظهر انهيار مبنى في فلوريدا عام
    // 2021…" - ساحات") names the <h1> it quotes the opening of: its words run up to the cut.
    if (std::size_t cut = title.find("\xE2\x80\xA6"); cut != std::string::npos && share < 0.7) {
      auto before = words_of(std::string_view(title).substr(0, cut));
      std::size_t run = 0;
      for (std::size_t k = std::min(before.size(), hw.size()); k >= html_title_cut_min_words && !run; --k) {
        bool same = true;
        for (std::size_t i = 0; i < k && same; ++i) {
          const std::string& t = before[before.size() - k + i];
          // The last word before the cut may be cut itself ("ا…" of "المغرب").
          same = i + 1 < k ? t == hw[i] : hw[i].starts_with(t);
        }
        if (same) run = k;
      }
      if (run) share = 1.0, cover = 1.0;
    }
    if (share >= 0.7 && cover >= 0.5 && share > best_share) {
      best_share = share;
      best = h;
    }
  }
  return best;
}

// Whether a visible date line ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠")
// states the year and the day of an ISO date, or the day when it states no year ("17 مايو"): a cheap
// cross-check (the segmenter reads the line).
bool visible_date_agrees(std::string_view line, std::string_view iso) {
  if (iso.size() < 10 || iso[4] != '-') return true;  // not ISO: nothing to compare
  // The numbers of the line, but not a clock's ("1:20 ص": its minutes are no day).
  std::vector<int> numbers;
  int cur = -1;
  bool clock = false;  // the number being read follows a ':'
  for (std::size_t i = 0; i <= line.size(); ++i) {
    int d = -1;
    const std::size_t start = i;  // where this character begins (an Arabic-Indic digit is two bytes)
    unsigned char c = i < line.size() ? static_cast<unsigned char>(line[i]) : 0;
    if (i < line.size()) {
      if (c >= '0' && c <= '9') d = c - '0';
      if (c == 0xD9 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0xA0 &&
          static_cast<unsigned char>(line[i + 1]) <= 0xA9)
        d = static_cast<unsigned char>(line[++i]) - 0xA0;
    }
    if (d >= 0) {
      if (cur < 0) clock = start > 0 && line[start - 1] == ':';
      cur = (cur < 0 ? 0 : cur * 10) + d;
    } else if (cur >= 0) {
      if (!clock && c != ':') numbers.push_back(cur);
      cur = -1;
    }
  }
  int year = std::atoi(std::string(iso.substr(0, 4)).c_str());
  int day = std::atoi(std::string(iso.substr(8, 2)).c_str());
  bool has_year = std::find(numbers.begin(), numbers.end(), year) != numbers.end();
  bool has_day = std::find(numbers.begin(), numbers.end(), day) != numbers.end();
  // A line without a year ("17 مايو", a blog's date of this year) is read by its day.
  bool yearless = std::none_of(numbers.begin(), numbers.end(), [](int n) { return n >= 1000; });
  return has_day && (has_year || yearless);
}

// A numeric date "A/B/YYYY" (ASCII digits) and where it is in its text.
struct SlashDate {
  std::size_t begin = 0, end = 0;
  int a = 0, b = 0, year = 0;
};

// The numeric dates "A/B/YYYY" in `s`, in order.
std::vector<SlashDate> slash_dates(std::string_view s) {
  std::vector<SlashDate> out;
  auto digits = [&](std::size_t i) {
    std::size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    return j - i;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    std::size_t n1 = digits(i);
    if (n1 > 2 || i + n1 >= s.size() || s[i + n1] != '/') continue;
    std::size_t j = i + n1 + 1, n2 = digits(j);
    if (n2 == 0 || n2 > 2 || j + n2 >= s.size() || s[j + n2] != '/') continue;
    std::size_t k = j + n2 + 1, n3 = digits(k);
    if (n3 != 4) continue;
    out.push_back({i, k + 4, std::atoi(std::string(s.substr(i, n1)).c_str()),
                   std::atoi(std::string(s.substr(j, n2)).c_str()), std::atoi(std::string(s.substr(k, 4)).c_str())});
  }
  return out;
}

// Whether a page writes its dates month first (a site on a US platform: "May 7, 2018" beside
// "05/11/2018"): an English date with the month before the day, and no numeric date whose first
// number cannot be a month ("13/05/2018").
bool month_first_page(std::string_view text) {
  static constexpr std::string_view months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  for (const auto& d : slash_dates(text))
    if (d.a > 12 && d.b <= 12) return false;
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    if (i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]))) continue;
    std::string word;
    std::size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])))
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++])));
    if (word.size() < 3 || std::find(std::begin(months), std::end(months), word.substr(0, 3)) == std::end(months))
      continue;
    if (j < text.size() && text[j] == '.') ++j;
    if (j >= text.size() || text[j] != ' ') continue;
    std::size_t d = ++j;
    while (j < text.size() && j - d < 3 && text[j] >= '0' && text[j] <= '9') ++j;
    if (j == d || j - d > 2 || j + 2 >= text.size() || text[j] != ',' || text[j + 1] != ' ') continue;
    std::size_t y = j + 2;
    if (y + 4 <= text.size() && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(y),
                                            text.begin() + static_cast<std::ptrdiff_t>(y + 4),
                                            [](char c) { return c >= '0' && c <= '9'; }))
      return true;
  }
  return false;
}

// `line` with its numeric dates whose two numbers could each be the month written as ISO days,
// month first ("05/11/2018" -> "2018-05-11"), for a page that writes its dates so.
std::string month_first_dates(std::string_view line) {
  std::string out;
  std::size_t at = 0;
  for (const auto& d : slash_dates(line)) {
    if (d.a < 1 || d.a > 12 || d.b < 1 || d.b > 31) continue;
    char iso[11];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.year, d.a, d.b);
    out.append(line.substr(at, d.begin - at)).append(iso);
    at = d.end;
  }
  return out.append(line.substr(at));
}

// The dates of the object in the page's inline scripts that names the page as one of its values: its
// address ("window.zqPost = {"post_url": "URL", ..., "timestamp": 1548870840, "date": "2019-01-30
// 17:54:00 GMT"}"), the address's last part (Zenn's "slug") or the page's headline (Dendron's note
// "title"): its first member named as a publication date (velog's Apollo state: "released_at"), and its first named as a modification
// ("bodyUpdatedAt", "updated"), as written (the segmenter reads Unix times and dates alike). A light
// scanner of JSON-like text: strings, braces and brackets.
struct StateDates {
  std::optional<std::string> published, modified;
};
StateDates state_dates(std::string_view js, std::string_view url, std::string_view headline) {
  static constexpr std::string_view published_keys[] = {
      "datePublished", "date_published", "published_at", "publishedAt", "post_date", "publish_date",
      "pubDate",       "published",      "date",         "timestamp",   "created_at", "createdAt", "created",
      "dc:issued",     "dc:created",     "publish_time", "published_time", "created_time", "released_at",
      "releasedAt",
      // a mail client's message: when it was sent (Fastmail's "sentAt"; its "receivedAt" is the mailbox's)
      "sentAt",        "sent_at",        "sentDate",
      // a short-video post's item (TikTok's "createTime", Unix seconds)
      "createTime"};
  // (Observable's "update_time", Joplin's "updated_time": a note's or notebook's fields.)
  static constexpr std::string_view modified_keys[] = {"dateModified", "date_modified", "bodyUpdatedAt", "updated_at",
                                                       "updatedAt",    "lastModified",  "modified",      "updated",
                                                       "dc:modified",  "update_time",   "updated_time",  "modified_time",
                                                       // Steemit's post ("created", "last_update")
                                                       "last_update",  "last_updated",  "lastUpdated",
                                                       // a short-video post's edit (TikTok's "editTime")
                                                       "editTime",     "updateTime"};
  StateDates none;
  // The address's last part names the page when it is long enough to be its own ("cbe83b586a22e3"; not
  // "index.html", "view").
  std::string_view slug = url.substr(0, url.find_first_of("?#"));
  while (slug.ends_with('/')) slug.remove_suffix(1);
  slug = slug.substr(slug.rfind('/') == std::string_view::npos ? 0 : slug.rfind('/') + 1);
  if (slug.size() < html_state_slug_min_chars || slug.find('.') != std::string_view::npos) slug = {};
  // The address as written, or with its slashes escaped ("https:\u002F\u002F…" of Lemmy's isoData,
  // "https:\/\/…" of PHP's json_encode).
  auto escaped = [&](std::string_view slash) {
    std::string e;
    for (char c : url)
      if (c == '/')
        e.append(slash);
      else
        e.push_back(c);
    return e;
  };
  // The headline as JSON writes it, its quotes escaped ("لـCNN: إيران \"أخطبوط الإرهاب\"").
  std::string quoted_headline;
  for (char c : headline) {
    if (c == '"') quoted_headline += '\\';
    quoted_headline += c;
  }
  if ((url.empty() || (js.find(url) == std::string_view::npos && js.find(escaped("\\u002F")) == std::string_view::npos &&
                        js.find(escaped("\\/")) == std::string_view::npos)) &&
      (slug.empty() || js.find(slug) == std::string_view::npos) &&
      (headline.empty() || (js.find(headline) == std::string_view::npos && js.find(quoted_headline) == std::string_view::npos)))
    return none;
  auto names_page = [&](const std::string& v) {
    return (!url.empty() && (v == url || v == std::string(url) + "/")) || (!slug.empty() && v == slug) ||
           (!headline.empty() && v == headline);
  };
  // Per open object or array: the best member of each kind so far (its key's rank, its value).
  struct Best {
    std::size_t rank = SIZE_MAX;
    std::string value;
  };
  struct Open {
    char kind;
    Best published, modified;
  };
  std::vector<Open> stack;
  std::size_t target = 0;  // depth of the object naming the URL; 0 while none has
  std::size_t inner_target = 0;  // depth of an object inside it that names the page too
  StateDates inner;              // ... and its dates
  std::string key;         // the last member name read, while its value is expected
  auto offer = [&](std::string_view value) {
    if (stack.empty() || stack.back().kind != '{' || key.empty()) return;
    auto rank = [&](const auto& keys, Best& best) {
      for (std::size_t r = 0; r < std::size(keys) && r < best.rank; ++r)
        if (key == keys[r]) {
          best = {r, std::string(value)};
          break;
        }
    };
    rank(published_keys, stack.back().published);
    rank(modified_keys, stack.back().modified);
    // Past the lists, any member whose name says publication or modification and whose value opens with a digit (a
    // date or a Unix time), ranked after every listed name: MSN's "publishedDateTime", "firstPublishedOn",
    // "lastModifiedUtc"; a note's "creationDate" and "modificationDate" (Simplenote).
    if (value.empty() || value[0] < '0' || value[0] > '9') return;
    std::string lower;
    for (char c : key) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto named = [&](std::initializer_list<std::string_view> stems, std::size_t listed, Best& best) {
      if (best.rank <= listed) return;
      for (std::string_view stem : stems)
        if (lower.find(stem) != std::string::npos) {
          best = {listed, std::string(value)};
          return;
        }
    };
    named({"publish", "release", "creat"}, std::size(published_keys), stack.back().published);
    named({"modif", "updat"}, std::size(modified_keys), stack.back().modified);
  };
  for (std::size_t i = 0; i < js.size(); ++i) {
    char c = js[i];
    if (c == '"') {
      std::string s;
      std::size_t j = i + 1;
      for (; j < js.size() && js[j] != '"'; ++j) {
        if (js[j] == '\\' && j + 1 < js.size()) {
          ++j;
          // "\u002F": an escaped ASCII character (the addresses and dates compared here are ASCII).
          if (js[j] == 'u' && j + 4 < js.size() && js.substr(j + 1, 2) == "00" &&
              std::isxdigit(static_cast<unsigned char>(js[j + 3])) && std::isxdigit(static_cast<unsigned char>(js[j + 4]))) {
            s += static_cast<char>(std::stoi(std::string(js.substr(j + 3, 2)), nullptr, 16));
            j += 4;
            continue;
          }
        }
        s += js[j];
      }
      std::size_t k = j + 1;
      while (k < js.size() && (js[k] == ' ' || js[k] == '\n' || js[k] == '\t')) ++k;
      if (k < js.size() && js[k] == ':') {
        key = s;
      } else {
        if (!stack.empty() && stack.back().kind == '{' && names_page(s)) {
          if (target == 0)
            target = stack.size();
          else if (stack.size() > target && inner_target == 0)
            inner_target = stack.size();
        }
        offer(s);
        key.clear();
      }
      i = j;
    } else if (c >= '0' && c <= '9' && !key.empty()) {
      // A number value ("timestamp": 1548870840): a Unix time has 9 digits or more.
      std::size_t e = i;
      while (e < js.size() && js[e] >= '0' && js[e] <= '9') ++e;
      if (e - i >= 9) offer(js.substr(i, e - i));
      key.clear();
      i = e - 1;
    } else if (c == '{' || c == '[') {
      stack.push_back({c, {}, {}});
      key.clear();
    } else if ((c == '}' || c == ']') && !stack.empty()) {
      // An object inside the page's that names the page too (a mail client's forward attaching the forwarded
      // message, "subject" in both) keeps its dates for the page's object to fall back on.
      if (stack.size() == inner_target) {
        inner_target = 0;
        if (stack.back().published.rank != SIZE_MAX) inner.published = stack.back().published.value;
        if (stack.back().modified.rank != SIZE_MAX) inner.modified = stack.back().modified.value;
      }
      if (stack.size() == target && stack.back().published.rank == SIZE_MAX && stack.back().modified.rank == SIZE_MAX &&
          (inner.published || inner.modified))
        return inner;
      if (stack.size() == target) {
        StateDates out;
        if (stack.back().published.rank != SIZE_MAX) out.published = stack.back().published.value;
        if (stack.back().modified.rank != SIZE_MAX) out.modified = stack.back().modified.value;
        return out;
      }
      // An object that is a member of the page's object holds its fields too (Nuxeo's document entity
      // keeps "dc:created" in its "properties"), when the page's object names none of the kind; an
      // array's objects (its comments, its versions) do not.
      Open inner = stack.back();
      stack.pop_back();
      if (target && stack.size() == target && inner.kind == '{' && stack.back().kind == '{') {
        if (stack.back().published.rank == SIZE_MAX) stack.back().published = inner.published;
        if (stack.back().modified.rank == SIZE_MAX) stack.back().modified = inner.modified;
      }
      key.clear();
    } else if (c == ',') {
      key.clear();
    }
  }
  return none;
}

// A state blob's date as ISO 8601 when it is one of the shapes such blobs write: an ISO date or time
// ("2024-03-30T18:24:00Z"), the same with a space and "GMT"/"UTC" ("2019-01-30 17:54:00 GMT"), or Unix
// seconds or milliseconds (1548870840); nullopt for any other (TiddlyWiki's "20230129055800000").
std::optional<std::string> state_iso(std::string_view v) {
  v = trim(v);
  auto digits = [&](std::size_t from, std::size_t n) {
    return v.size() >= from + n &&
           std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(from + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if ((v.size() == 10 || v.size() == 13) && digits(0, v.size())) {
    std::time_t t = static_cast<std::time_t>(std::stoll(std::string(v.substr(0, 10))));
    std::tm tm{};
    if (!gmtime_r(&t, &tm)) return std::nullopt;
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return std::string(buf);
  }
  if (!(digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2))) return std::nullopt;
  if (v.size() == 10) return std::string(v);
  if (!((v[10] == 'T' || v[10] == ' ') && digits(11, 2) && v.size() >= 16 && v[13] == ':' && digits(14, 2)))
    return std::nullopt;
  std::string out(v);
  out[10] = 'T';
  for (std::string_view zone : {" GMT", " UTC", "GMT", "UTC"})
    if (out.ends_with(zone)) {
      out.resize(out.size() - zone.size());
      out += 'Z';
      break;
    }
  return iso_instant_minutes(out) || out.find_first_of("Z+-", 16) == std::string::npos ? std::optional<std::string>(out)
                                                                                      : std::nullopt;
}

// A UTC time written again in the page's own zone by one of its <time datetime> stamps (a forum's
// post at "2023-11-23T00:40:00+0300" for JSON-LD's "2023-11-22T21:40:00+00:00"): that stamp, whose
// date is the page's; nullopt when `iso` is not UTC or no stamp is the same moment.
std::optional<std::string> zoned_same_moment(const std::vector<std::string>& zoned, const std::string& iso) {
  if (!iso_is_utc(iso)) return std::nullopt;
  auto at = iso_instant_minutes(iso);
  if (!at) return std::nullopt;
  for (const auto& z : zoned)
    if (auto m = iso_instant_minutes(z); m && *m == *at) return z;
  return std::nullopt;
}

// The next day's date ("2024-05-08") when `iso` is a UTC time late enough in the day (20:00 or
// after) that in the zones Arabic news sites keep (UTC+0 to UTC+4) it is already the next day;
// "" otherwise.
std::string utc_next_local_day(std::string_view iso) {
  iso = trim(iso);
  if (!iso_is_utc(iso) || iso[4] != '-' || iso[7] != '-') return {};
  int y = std::atoi(std::string(iso.substr(0, 4)).c_str());
  int m = std::atoi(std::string(iso.substr(5, 2)).c_str());
  int d = std::atoi(std::string(iso.substr(8, 2)).c_str());
  int hour = std::atoi(std::string(iso.substr(11, 2)).c_str());
  if (hour < 20 || m < 1 || m > 12 || d < 1) return {};
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int last = days[m - 1] + (m == 2 && leap);
  if (++d > last) {
    d = 1;
    if (++m > 12) m = 1, ++y;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y % 10000, m, d);
  return buf;
}

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

namespace {

// A parse of one page by gumbo, its memory taken from an arena released at once with the tree:
// gumbo makes a heap allocation for every node, attribute and string (and grows its buffers by
// copying), and malloc and free were a tenth of an HTML page's parse (docs/benchmarks.md,
// "Session 14"). Freed pieces are not reused; the arena holds about 1.1x what the heap did at
// its peak on a 17 MB page of 400,000 elements.
class GumboTree {
  // Whether an <svg> under `n` holds a <foreignObject>; each such <svg> and its <foreignObject> become <div>s.
  static bool unwrap_foreign(GumboNode* n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > html_max_depth) return false;
    bool foreign = n->v.element.tag == GUMBO_TAG_FOREIGNOBJECT;
    for (unsigned i = 0; i < n->v.element.children.length; ++i)
      foreign = unwrap_foreign(static_cast<GumboNode*>(n->v.element.children.data[i]), depth + 1) || foreign;
    if (foreign && (n->v.element.tag == GUMBO_TAG_SVG || n->v.element.tag == GUMBO_TAG_FOREIGNOBJECT))
      n->v.element.tag = GUMBO_TAG_DIV;
    return foreign;
  }

 public:
  explicit GumboTree(const std::string& html)
      : m_next_block(std::clamp<std::size_t>(html.size() * 4, 64 << 10, 16 << 20)) {
    GumboOptions options = kGumboDefaultOptions;
    // gumbo keeps a copy of the open-element stack with every parse error, which makes deeply
    // nested broken markup quadratic in memory: errors are not needed, so none are kept.
    options.max_errors = 0;
    options.userdata = this;
    options.allocator = [](void* self, std::size_t size) { return static_cast<GumboTree*>(self)->allocate(size); };
    options.deallocator = [](void*, void*) {};  // all of it goes with the arena
    m_output = gumbo_parse_with_options(&options, html.data(), html.size());
    // HTML inside an SVG's <foreignObject> is the page's own (Marp's slides: "<svg><foreignObject><section>…"):
    // read as blocks, not skipped with the drawing. Only pages that hold one are walked.
    // (The two spellings pages use: a plain search, far cheaper than a case-blind one over every page.)
    if (html.find("<foreignObject") != std::string::npos || html.find("<foreignobject") != std::string::npos)
      unwrap_foreign(m_output->root, 0);
  }
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;
  // The parsed document (never null: gumbo always builds one).
  GumboOutput* output() const { return m_output; }

 private:
  void* allocate(std::size_t size) {
    size = (size + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
    if (size > m_left) {
      std::size_t block = std::max(size, m_next_block);
      m_blocks.emplace_back(new char[block]);
      m_free = m_blocks.back().get();
      m_left = block;
      m_next_block = std::min<std::size_t>(m_next_block * 2, 64 << 20);
    }
    void* p = m_free;
    m_free += size;
    m_left -= size;
    return p;
  }

  HintMemoScope m_hints;  // built before the nodes and freed after them: no memo outlives its nodes
  std::vector<std::unique_ptr<char[]>> m_blocks;
  char* m_free = nullptr;
  std::size_t m_left = 0;
  std::size_t m_next_block;
  GumboOutput* m_output = nullptr;
};

}  // namespace

void html_to_document(const std::string& html, Document& doc) {
  // Markup with fewer tags than the limit cannot nest deeper than it: counting them is cheaper
  // than measuring the nesting of every page.
  constexpr int deepest_parsed = 2000;
  if (std::count(html.begin(), html.end(), '<') > deepest_parsed && nesting_depth(html) > deepest_parsed) {
    doc.text = std::string(trim(strip_tags(html)));
    doc.warnings.push_back(
        {kind::html_too_deep, "HTML nested too deeply for the HTML parser, read with a tag stripper"});
    return;
  }
  GumboTree tree(html);
  GumboOutput* out = tree.output();
  Found f;
  find(out->root, f);
  auto meta = [&](std::initializer_list<const char*> keys) -> std::optional<std::string> {
    for (const char* k : keys)
      if (auto it = f.meta.find(k); it != f.meta.end() && !trim(it->second).empty())
        return std::string(trim(it->second));
    return std::nullopt;
  };
  auto not_url = [](std::optional<std::string> v) {
    if (v && (v->find("://") != std::string::npos || v->rfind("www.", 0) == 0)) v.reset();
    return v;
  };
  auto& trace = doc.extraction;

  if (!doc.input.url) {
    if (auto u = meta({"og:url"}))
      doc.input.url = u;
    else if (f.canonical)
      doc.input.url = f.canonical;
    else if (f.ld.url)
      doc.input.url = f.ld.url;
  }
  doc.source = not_url(meta({"og:site_name"}));
  if (!doc.source) doc.source = not_url(f.ld.publisher);

  // Title: the page's visible <h1> when the metadata's title names it, else the metadata's
  // title without the site's name.
  std::optional<std::string> title = meta({"og:title", "twitter:title"});
  const char* title_from = "og:title";
  if (!title && f.ld.headline) title = f.ld.headline, title_from = "JSON-LD headline";
  if (!title && f.title_tag && !f.title_tag->empty()) title = f.title_tag, title_from = "<title>";
  // The <h1> that one of the titles names: the others when the first does not (a Mastodon post's
  // og:title is its account's name; its <title> quotes the post's first line).
  std::optional<std::string> named_h1;
  const char* named_by = title_from;
  if (title) {
    std::pair<std::optional<std::string>, const char*> titles[] = {
        {title, title_from}, {f.ld.headline, "JSON-LD headline"}, {f.title_tag, "<title>"}};
    for (const auto& [t, from] : titles)
      if (t && !t->empty() && !named_h1) named_h1 = visible_headline(*t, f.h1s), named_by = from;
  }
  if (title) {
    if (named_h1) {
      doc.title = *named_h1;
      trace.push_back("title\t<h1>\tthe page's headline, named by its " + std::string(named_by));
    } else if ((title_from == std::string_view("<title>") || account_handle(*title) || !has_arabic_letter(*title)) &&
               f.h1s.size() == 1 && !f.h1_linked &&
               has_arabic_letter(f.h1s.front()) && count_words(f.h1s.front()) >= html_h1_min_words &&
               f.h1s.front().find(*title) == std::string::npos) {
      // A page whose only title is its <title>, which does not name its one <h1>: a file's or an
      // editor's name ("Microsoft Word - nachria_21-03-2017.docx") or the letterhead's line
      // ("النشرية الإخبارية الجهوية") is no headline; the <h1>, with no link (no logo), is. So is a
      // fediverse account's name and handle in og:title ("نشرة مطرح, @matrah_news@batinah.social", GoToSocial),
      // and a title with no Arabic letter over an Arabic <h1> (Gitea's og:title "raseef/arshif-al-akhbar", the
      // repository's name over its wiki page).
      doc.title = f.h1s.front();
      trace.push_back("title\t<h1>\tthe page's one headline: its <title> '" + *title + "' does not name it");
    } else {
      doc.title = page_title(*title, f.h1, doc.source);
      trace.push_back("title\t" + std::string(title_from) + "\t" +
                      (*doc.title == *title ? "as given" : "without the site's name"));
    }
  }

  // Published: JSON-LD's article, then the meta tags and <time>; a UTC time yields to the same
  // moment in the page's own zone, whose date is the one the page shows.
  std::vector<std::pair<std::string, std::string>> dates;  // (where, value)
  if (f.ld.published)
    dates.emplace_back("JSON-LD " + f.ld.type +
                           (f.ld.type.find("VideoObject") != std::string::npos ? " uploadDate" : " datePublished"),
                       *f.ld.published);
  // DokuWiki's <meta name="date"> is the page's last change, not its creation (its template writes the
  // page's modification time there): the update, never the published date.
  const bool dokuwiki = meta({"generator"}).value_or("").starts_with("DokuWiki");
  for (const char* k :
       {"article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
        "publish-date", "parsely-pub-date", "dc.date", "dc:date", "dc.date.issued", "dcterms:created",
        "dcterms.created", "dcterms.date", "dcterms.issued", "citation_publication_date", "citation_date",
        "date", "sailthru.date", "article.published", "created"})
    if (auto v = meta({k}); v && !(dokuwiki && std::string_view(k) == "date")) dates.emplace_back(k, *v);
  if (f.time_published) dates.emplace_back("<time datetime>", *f.time_published);
  if (!dates.empty()) {
    auto timed = [&](std::size_t i) { return dates[i].second.size() >= 17 && dates[i].second[10] == 'T'; };
    std::size_t pick = 0;
    std::string why;
    if (dates[0].second.size() == 10)
      // A day alone yields to the same day with its time from another source (a ClaimReview's
      // "2022-08-24" beside article:published_time "2022-08-24T09:53:18+00:00").
      for (std::size_t i = 1; i < dates.size(); ++i)
        if (timed(i) && dates[i].second.compare(0, 10, dates[0].second) == 0) {
          why = " (" + dates[0].first + " gives the day only)";
          pick = i;
          break;
        }
    // The same moment: within html_same_moment_minutes (a listed story's time beside it is not).
    auto same_moment = [&](std::size_t i) {
      auto a = iso_instant_minutes(dates[i].second), b = iso_instant_minutes(dates[pick].second);
      return a && b && std::llabs(*a - *b) <= html_same_moment_minutes;
    };
    if (iso_is_utc(dates[pick].second))
      for (std::size_t i = pick + 1; i < dates.size(); ++i)
        if (timed(i) && !iso_is_utc(dates[i].second) && same_moment(i)) {
          why = " (in the page's zone; " + dates[pick].first + " gives UTC)";
          pick = i;
          break;
        }
    doc.date = dates[pick].second;
    if (why.empty() || why.find("day only") != std::string::npos) {
      if (auto local = zoned_same_moment(f.zoned_times, *doc.date)) {
        why += " (in the page's zone, as a <time datetime> shows the same moment: " + *local + ")";
        doc.date = *local;
      } else if (auto zone = page_zone(f.zoned_times); zone && iso_is_utc(*doc.date)) {
        doc.date = iso_at_offset(*doc.date, *zone);
        why += " (in the page's zone, the offset of its " + std::to_string(f.zoned_times.size()) +
               " zoned <time> stamps: " + *doc.date + ")";
      }
    }
    trace.push_back("published\t" + dates[pick].first + "\t" + dates[pick].second + why);
  }
  // Updated: the article's own modification time (JSON-LD, the meta tags, <time itemprop>); the
  // segmenter keeps it only when it is later than the published date (many pages repeat it).
  // The first that is later than the publication: a JSON-LD dateModified that repeats datePublished (Mautic's,
  // CoreMedia's) leaves the word to a <time> classed modified, or to a visible update line.
  {
    std::optional<std::string> candidates[] = {
        f.ld.modified && (f.ld.published || !f.ld.type.empty()) ? f.ld.modified : std::nullopt,
        meta({"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
              "last-modified", "lastmodified", "lastmod"}),
        f.time_modified, dokuwiki ? meta({"date"}) : std::nullopt};
    auto at = [](const std::optional<std::string>& v) { return v ? iso_instant_minutes(*v) : std::nullopt; };
    for (const auto& c : candidates) {
      if (!c) continue;
      if (auto m = at(c), p = at(doc.date); m && p && *m <= *p) {
        trace.push_back("updated\tmetadata\t" + *c + " is the publication's moment or earlier: no update");
        continue;
      }
      doc.updated = c;
      break;
    }
  }
  if (doc.updated) {
    trace.push_back("updated\tmetadata\t" + *doc.updated);
    if (auto local = zoned_same_moment(f.zoned_times, *doc.updated)) {
      trace.push_back("updated\tin the page's zone\t" + *local + " (a <time datetime> shows the same moment)");
      doc.updated = *local;
    } else if (auto zone = page_zone(f.zoned_times); zone && iso_is_utc(*doc.updated)) {
      doc.updated = iso_at_offset(*doc.updated, *zone);
      trace.push_back("updated\tin the page's zone\t" + *doc.updated + " (the offset of its " +
                      std::to_string(f.zoned_times.size()) + " zoned <time> stamps)");
    }
  }
  doc.author = not_url(meta({"author", "article:author", "dc.creator", "parsely-author"}));
  if (!doc.author) doc.author = f.ld.author;
  doc.category = meta({"article:section", "section"});
  if (!doc.category) doc.category = f.ld.section;
  doc.abstract = meta({"og:description", "description"});
  if (!doc.abstract) doc.abstract = f.ld.description;

  doc.anchors = std::move(f.anchors);
  for (auto& a : doc.anchors) a.href = resolve_href(a.href, doc.input.url);

  ContentPick pick = pick_content(f.body, doc.input.url);
  trace.insert(trace.end(), pick.trace.begin(), pick.trace.end());
  if (pick.nodes.empty()) {
    if (f.body) doc.text = std::string(trim(text_of(f.body)));
    return;
  }
  doc.text = std::string(trim(pick.text));
  if (doc.text.empty() && f.body) {
    // The chosen blocks wrote nothing (every part of them dropped): the page's whole text, not no record.
    doc.text = std::string(trim(text_of(f.body)));
    trace.push_back("kept	body	the chosen blocks held no text once their parts were dropped: the whole page");
  }
  // (Not when the <title> named the page's <h1>: a heading between it and the text is the site's
  // tagline or a section's, as on Textpattern's default theme.)
  if (title && title_from == std::string_view("<title>") && !named_h1 && pick.heading_before && doc.title &&
      doc.title->find(*pick.heading_before) == std::string::npos &&
      !visible_headline(*title, {*pick.heading_before})) {
    // The page's <title> (its only title) does not name the heading just before the text: it
    // names the site and the page's kind ("وزارة ... - تفاصيل الخبر"), the heading the story.
    doc.title = *pick.heading_before;
    trace.push_back("title\theading before the text\tthe <title> '" + *title + "' does not name it");
  }
  // A page that writes its dates month first: its visible numeric date lines are read so.
  auto ambiguous = [](const std::optional<std::string>& line) {
    if (!line) return false;
    auto d = slash_dates(*line);
    return std::any_of(d.begin(), d.end(), [](const SlashDate& s) { return s.a <= 12 && s.b <= 12 && s.a != s.b; });
  };
  if ((ambiguous(pick.date_line) || ambiguous(pick.update_line)) && f.body && month_first_page(text_of(f.body))) {
    auto reread = [&](const std::string& line) {
      std::string iso = month_first_dates(line);
      trace.push_back("date order\tmonth first\t'" + line + "' read as '" + iso +
                      "' (the page writes English dates month first and no day-first numeric date)");
      return iso;
    };
    bool same = pick.update_line == pick.date_line;
    if (pick.date_line) pick.date_line = reread(*pick.date_line);
    if (pick.update_line) pick.update_line = same ? pick.date_line : reread(*pick.update_line);
  }
  // The object of an inline state blob that names the page (by its address, slug or headline) is the
  // page's own record: with no date in the metadata, its publication date is the metadata's, and a
  // visible line only cross-checks it (Nuxeo's document entity under an activity feed whose dates stand
  // nearer the text than the summary's).
  StateDates state = state_dates(f.scripts, doc.input.url.value_or(""), doc.title.value_or(""));
  const std::optional<std::string> state_published = state.published ? state_iso(*state.published) : std::nullopt;
  if (!doc.date && state_published) {
    doc.date = state_published;
    trace.push_back("published\tinline state\t" + *doc.date + " (the script object naming the page)");
  }
  bool stale_update_line = false;  // the visible update line shows the publication's moment
  if (pick.update_line && pick.update_by_class && !doc.updated && pick.update_line != pick.date_line) {
    // Named by its class ("post_date edited"), in words no date rule knows: the line is the update field,
    // whose date the segmenter reads as it reads the metadata's.
    doc.updated = *pick.update_line;
    trace.push_back("updated\tan element classed as edited\t" + *pick.update_line + " (no update in the metadata)");
  } else if (pick.update_line && !doc.updated && pick.update_line != pick.date_line) {
    if (doc.date && iso_is_utc(*doc.date) && shown_in_zone(*doc.date, *pick.update_line)) {
      stale_update_line = true;
      // A record's "Last Modified" at the moment it was created (Nuxeo's summary) is no update.
      trace.push_back("updated\tcross-check\tvisible '" + *pick.update_line + "' is the publication's moment " +
                      *doc.date + " in the page's zone: no update");
    } else if (std::string next = doc.date ? utc_next_local_day(*doc.date) : std::string();
               doc.date && !pick.date_line && !shown_clock(*pick.update_line) &&
               (visible_date_agrees(*pick.update_line, *doc.date) ||
                (!next.empty() && visible_date_agrees(*pick.update_line, next)))) {
      // The page's only visible date, labelled an update, giving only the publication's day (Help Scout's "Last
      // updated on May 22, 2018" under an article never edited since): no update. The day after a UTC time late
      // in its day is the publication's day in the page's zone.
      stale_update_line = true;
      bool after = !visible_date_agrees(*pick.update_line, *doc.date);
      trace.push_back("updated\tcross-check\tvisible '" + *pick.update_line + "' shows only the publication's day" +
                      (after ? " in the page's zone, the day after the metadata's " + *doc.date + " (UTC)" : std::string()) +
                      ": no update");
      if (after) doc.date = next;
    } else {
      // No update in the metadata: the visible, labelled one, for the segmenter's date rules.
      doc.text = *pick.update_line + "\n" + doc.text;
      trace.push_back("updated\tvisible update line\t" + *pick.update_line + " (no update in the metadata)");
    }
  }
  // An update stamp that is the visible publication's moment in the page's zone (a wiki's "edited this
  // page" on a page never edited since: Gitea's 15:09Z beside its "18:09") is no update.
  if (doc.updated && !doc.date && pick.date_line && iso_is_utc(*doc.updated) && shown_in_zone(*doc.updated, *pick.date_line)) {
    trace.push_back("updated\tcross-check\t" + *doc.updated + " is the moment the visible '" + *pick.date_line +
                    "' shows in the page's zone: no update");
    doc.updated.reset();
  }
  if (pick.date_line) {
    if (!doc.date) {
      // No metadata date: the visible line is the date, read by the segmenter's date rules.
      doc.text = *pick.date_line + "\n" + doc.text;
      trace.push_back("published\tvisible date line\t" + *pick.date_line + " (no date in the metadata)");
    } else {
      bool agree = visible_date_agrees(*pick.date_line, *doc.date);
      std::string next = agree ? std::string() : utc_next_local_day(*doc.date);
      if (!next.empty() && visible_date_agrees(*pick.date_line, next)) {
        trace.push_back("published\tcross-check\tvisible '" + *pick.date_line +
                        "' is the day after the metadata's " + *doc.date +
                        " (UTC, past midnight in the page's zone); the visible date wins");
        // The page's zone is then at least that far ahead of UTC: an update in UTC at that clock time
        // of day or later is past midnight too (unless the page shows its update: the segmenter reads that).
        if (!pick.update_line && doc.updated && iso_is_utc(*doc.updated) && doc.updated->size() >= 16 && doc.date->size() >= 16 &&
            doc.updated->substr(11, 5) >= doc.date->substr(11, 5))
          if (std::string up = utc_next_local_day(*doc.updated); !up.empty()) {
            trace.push_back("updated	cross-check	" + *doc.updated + " is as late in its UTC day; the day after, " + up);
            doc.updated = up;
          }
        doc.date = next;
      } else if (auto local = agree ? std::nullopt : shown_in_zone(*doc.date, *pick.date_line)) {
        // The metadata written in another zone (Tistory's Korean clock behind an Iraqi blog), the page
        // showing the same moment in its own: the day the page shows is the text's.
        trace.push_back("published\tcross-check\tvisible '" + *pick.date_line + "' shows the metadata's " + *doc.date +
                        " in the page's zone; the visible date wins (" + *local + ")");
        // The update the metadata gives in the same foreign zone is shown in the page's too.
        auto from = iso_offset_minutes(*doc.date), to = iso_offset_minutes(*local);
        if (doc.updated && from && to && iso_offset_minutes(*doc.updated) == from) {
          doc.updated = iso_at_offset(*doc.updated, *to);
          trace.push_back("updated\tin the page's zone\t" + *doc.updated + " (as the published date)");
        }
        doc.date = local;
      } else {
        trace.push_back(
            "published\tcross-check\tvisible '" + *pick.date_line + "' " +
            (agree ? "agrees with the metadata" : "differs from the metadata; the metadata wins"));
      }
    }
  }
  // The page's zone, when the publication names it (the metadata's offset, MantisBT's "+03:00"; or the visible
  // line's clock, ProBoards' "22:57:00 GMT 3" beside "19:57Z"): an update the metadata gives in UTC is that
  // moment in the page's zone, whose day may be the next (unless the page shows its update: the segmenter reads it).
  if (doc.date && doc.updated && !pick.update_line && iso_is_utc(*doc.updated) && doc.updated->size() >= 16) {
    std::optional<int> zone;
    if (!iso_is_utc(*doc.date))
      zone = iso_offset_minutes(*doc.date);
    else if (pick.date_line)
      if (auto local = shown_in_zone(*doc.date, *pick.date_line)) zone = iso_offset_minutes(*local);
    if (zone && *zone != 0) {
      std::string local = iso_at_offset(*doc.updated, *zone);
      if (local.substr(0, 10) != doc.updated->substr(0, 10)) {
        trace.push_back("updated	in the page's zone	" + *doc.updated + " is " + local + " where the page is published");
        doc.updated = local;
      }
    }
  }
  if (!pick.date_line && !doc.date && pick.issue_line) {
    // No date in the metadata nor near the text: the printed issue's date is the page's.
    doc.text = *pick.issue_line + "\n" + doc.text;
    trace.push_back("published\tprinted issue's line\t" + *pick.issue_line + " (no other date on the page)");
  }
  if (!pick.date_line && !doc.date && !pick.issue_line && pick.icon_date) {
    // No other date near the text or in the metadata: the one the page marks with a calendar icon.
    doc.text = *pick.icon_date + "\n" + doc.text;
    trace.push_back("published\ta date beside a calendar icon\t" + *pick.icon_date + " (no other date on the page)");
  }
  if (!pick.date_line && !doc.date && !pick.issue_line && !pick.icon_date && state.published) {
    // Nothing else dates the page: the state object's date as written, for the segmenter's date rules.
    doc.date = state.published;
    trace.push_back("published\tinline state\t" + *doc.date + " (the script object naming the page)");
  }
  if (!doc.updated && (!pick.update_line || stale_update_line)) {
    // Nor an update anywhere else: the same object's modification time, on a later day than the
    // publication (a record saved again the same day, Strikingly's or ButterCMS's "updatedAt", is no
    // edition of the text).
    auto day = [](const std::optional<std::string>& v) -> std::optional<long long> {
      if (!v) return std::nullopt;
      std::string_view t = trim(*v);
      if (!t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (t.size() != 10 && t.size() != 13) return std::nullopt;  // Unix seconds or milliseconds
        return std::stoll(std::string(t)) / (t.size() == 13 ? 1000 : 1) / 86400;
      }
      // A bare day ("2024-10-23": a UTC stamp moved to the page's local day) counts from its midnight; so does a
      // time with no zone (Steemit's "created": "2023-06-13T11:45:00"), on its own day.
      auto m = iso_instant_minutes(t.size() == 10 ? std::string(t) + "T00:00:00Z" : std::string(t));
      if (!m && t.size() > 10 && t[10] == 'T') m = iso_instant_minutes(std::string(t.substr(0, 10)) + "T00:00:00Z");
      return m ? std::optional<long long>(*m / 1440) : std::nullopt;
    };
    auto modified_day = day(state.modified), published_day = day(doc.date);
    if (!doc.updated && modified_day && published_day && *modified_day > *published_day) {
      doc.updated = state.modified;
      trace.push_back("updated\tinline state\t" + *doc.updated + " (the script object naming the page)");
      // A UTC time in the page's zone: its <time> stamps' offset, or its published date's.
      std::optional<int> zone = page_zone(f.zoned_times);
      if (!zone && doc.date && !iso_is_utc(*doc.date)) zone = iso_offset_minutes(*doc.date);
      if (zone && iso_is_utc(*doc.updated)) {
        doc.updated = iso_at_offset(*doc.updated, *zone);
        trace.push_back("updated\tin the page's zone\t" + *doc.updated);
      }
    }
  }
  doc.link_boxes = std::move(pick.boxes);
  FoundBoxes boxes = find_link_boxes(f.body, pick, doc.input.url);
  // A list the text's own container ends with, its heading no marker's, stands below the text as
  // much as one after the container does (Sphinx's "<p class=rubric>" and its list closing the section).
  std::vector<bool> below = pick.ends_text;
  below.resize(doc.link_boxes.size(), false);
  below.insert(below.end(), boxes.below.begin(), boxes.below.end());
  for (auto& b : boxes.boxes) doc.link_boxes.push_back(std::move(b));
  std::vector<LinkBox> kept;
  std::vector<bool> kept_below;
  for (std::size_t i = 0; i < doc.link_boxes.size(); ++i) {
    LinkBox& b = doc.link_boxes[i];
    bool other = other_stories_heading(b.heading);
    trace.push_back("links\t" + (b.heading.empty() ? std::string("(no heading)") : b.heading) + "\t" +
                    std::to_string(b.links.size()) + " headline links" +
                    (other ? ", left out: the site's latest, picks or trending, not related stories"
                     : b.kind.empty() ? ""
                                      : ", " + b.kind));
    if (!other) {
      kept.push_back(std::move(b));
      kept_below.push_back(below[i]);
    }
  }
  // A list of the writer's other pieces is chosen by author, not by the story, and stays out
  // beside a related list of the page's own; on a page with none (an opinion column) it is the
  // page's list of related reading.
  bool related = false;
  for (const auto& b : kept) related = related || b.kind == "related";
  if (!related)
    for (auto& b : kept)
      if (writers_list_heading(b.heading, doc.author.value_or(""))) {
        b.kind = "related";
        trace.push_back("links\t" + b.heading + "\tthe writer's other pieces, the page's only related list");
        related = true;
      }
  // Further reading recommended beside the text (a lesson's "موارد إضافية اقترحها الفريق") is the page's related
  // list when it names none; beside a named one it is the site's suggestions for something else ("نصوص مقترحة
  // للجلسة" on a reading club's board).
  if (!related)
    for (auto& b : kept)
      if (further_reading_heading(b.heading)) {
        b.kind = "related";
        trace.push_back("links\t" + b.heading + "\tfurther reading recommended beside the text, the page's only related list");
        related = true;
      }
  // A page that names no related list may still show one under a heading of its own words
  // ("للتعمق أكثر", "على صلة بالموضوع", "تحققات سابقة"): the first headed list of stories below the
  // text, outside the page's chrome, is it — unless its heading names where the stories are kept
  // ("في عدد اليوم أيضاً", "المزيد من هذا المصدر", "المصادر"), which lists other stories, or the
  // segmenter's markers name it (a read-also or removal heading, or one of the site's own lists:
  // site_list). Every such list is handed over as a "list"; the segmenter takes the first its
  // markers leave.
  if (!related)
    for (std::size_t i = 0; i < kept.size(); ++i) {
      LinkBox& b = kept[i];
      if (!kept_below[i] || container_heading(b.heading) || writers_list_heading(b.heading, doc.author.value_or("")))
        continue;
      b.kind = "list";
      trace.push_back("links\t" + b.heading +
                      "\ta list by its place: a headed list of stories below the text, on a page that names none");
    }
  doc.link_boxes = std::move(kept);
}

}  // namespace akhbar::detail
