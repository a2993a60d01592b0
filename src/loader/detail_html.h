#pragma once
// HTML pages, shared by html.cpp (the page as a Document), html_dom.cpp (what an element is and what its
// class says), html_lines.cpp (the shapes of short lines), html_content.cpp (which element holds the article,
// by structure) and html_meta.cpp (JSON-LD, OpenGraph and <meta> metadata).

#include <akhbar/record.h>
#include <gumbo.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::detail {

// Elements nested deeper than this are ignored (no real page comes near it; it bounds recursion).
constexpr int html_max_depth = 512;
// A page's one <h1> takes the title from a <title> that does not name it when it has at least
// this many words (a section's name, "أخبار محلية", is shorter than a headline).
constexpr int html_h1_min_words = 4;
// Words a title cut short with an ellipsis must share with an <h1>'s opening to name it: a run
// of four is a quotation, not a site's two-word name.
constexpr std::size_t html_title_cut_min_words = 4;
// An unnamed element under the headline is its date line when it holds a date and at most this many
// other words (a weekday, "الساعة", "م"), in at most this many bytes: more is a sentence with a date.
constexpr int html_date_alone_max_other_words = 2;
constexpr std::size_t html_date_only_max_bytes = 80;
// A comments hint is set aside for an element holding at least this share of the page's text (a third:
// menus and sidebars hold the rest) when the best block outside it holds less than the other share:
// then it is the page (a forum thread's posts).
constexpr double html_thread_min_share = 0.33;
constexpr double html_thread_best_max_share = 0.2;
// A comments-hinted element inside a spared thread is spared too when it holds at least this share of the
// thread's text: the same thread under a second name (esoTalk's #conversationBody > #conversationPosts).
constexpr double html_thread_nested_share = 0.8;
// Inside itemprop=articleBody, a weak class hint ("subscriber-preview": a paywall's free preview) yields
// to at least this many child paragraphs of prose, each at least this many characters ending a sentence.
constexpr int html_prose_min_paragraphs = 2;
constexpr std::uint32_t html_prose_min_chars = 80;
// Anywhere on the page, a weak class hint ("widget": GoDaddy's and Ektron's every block is one)
// yields to at least this many paragraphs of prose inside the element, each of at least this many
// characters ending a sentence, none a teaser's excerpt (no closing ellipsis, not in a link): a
// sidebar's box holds a pitch or teasers. A news site's paragraphs may be one short sentence each.
constexpr int html_prose_widget_paragraphs = 3;
constexpr std::uint32_t html_prose_widget_min_chars = 40;
// A row of an article's tools (print, PDF, send, comments count, its size and date) is at most this
// many characters; a longer block between a lead and its text is something else.
constexpr std::size_t html_tools_row_chars = 200;
// A lead above the text's block, inside its <article>, is a sentence of at least this many letters
// (Tiki's one-sentence "articleheading" runs 60); a shorter line is a kicker's.
constexpr std::uint32_t html_lead_min_chars = 50;
// A date row just before the text is one line of at most this many characters (letters, digits and
// marks; spaces not counted).
constexpr std::size_t html_date_row_max_chars = 100;
// After the text, a sibling of the text's tag and class (a layout row) continues it when it holds at
// least this many paragraphs of prose (an author's box or a newsletter's pitch holds one).
constexpr int html_prose_row_paragraphs = 2;
// A UTC time and a zoned one at most this many minutes apart are the same moment (the zoned one gives
// the page's local date); farther apart, the zoned one dates something else (a listed thread).
constexpr long long html_same_moment_minutes = 60;
// Near-best blocks widen the text to their common ancestor at most this many levels above the best
// one (a live blog's entries, a web story's pages: 2 or 3); farther up they are the page's other
// parts, each a short block like the text's (a Tilda page's records: 9 levels).
constexpr int html_widen_max_levels = 4;
// A page needs this many sentences before a block holding a third of them climbs to the ancestor of two
// thirds (an outline's nested blocks): a short page's text may be a third of it.
constexpr std::uint32_t html_outline_min_stops = 9;
// A role=region element with at least this many characters of text outside links is a section of the
// page's text (a thread of posts), not a promo box beside it.
constexpr std::size_t html_region_prose_chars = 500;
// A best block whose paragraphs gave it under this share of what they gave the best block inside it
// won on its tag and class alone (a <main> or "ipsLayout_body" around the whole layout, the text five
// levels down): the block inside is the text. A wrapper two levels above the paragraphs' own
// element still gets a sixth of their score.
constexpr double html_wrapper_paragraph_share = 0.05;
// A best block whose paragraphs score less than this share of another block's (outside it and not
// around it) won on its tag and class over a line or two: the other block is the text.
constexpr double html_names_paragraph_share = 0.2;
// Nor does a best block of at most this many characters (two lines) against a block outside it whose
// paragraphs score more and that holds this many times its text: a class's content word ("entry" in
// Quarto's "csl-entry" citation) lifted it.
constexpr std::uint32_t html_names_line_chars = 160;
constexpr std::uint32_t html_names_text_ratio = 3;
// A page with no address of its own (no canonical, og:url or JSON-LD url) is on the host most of its
// absolute links lead to, when there are this many links and that host holds this share of them: its
// read-also lines are then the site's own stories (a saved e107 page links its menus absolutely).
constexpr std::size_t html_site_links_min = 5;
constexpr double html_site_links_share = 0.6;
// Beside a text block, a box of at most this many characters not in links (a promo's pitch, a card's
// line, a picture's caption: about 15 words; twice as many under a picture) is no text of its own.
constexpr std::uint32_t html_caption_chars = 80;
// A builder's section after the text continues it with at least this many characters outside links
// (a paragraph of 40 words or so); a pull quote, a credits box or a scroll prompt holds less.
constexpr std::uint32_t html_section_text_chars = 200;
// Longest sibling after an Arabic text dropped for being in Latin letters: a platform's one-line note, not an English
// part of the text (a quoted statement, a translation runs longer).
constexpr std::uint32_t html_latin_note_max_chars = 200;
// A page builder's text unit wraps each paragraph in at least this many elements (Microweber's module >
// section > container > layout container > element > p): a shallower match is any two <div><p>.
constexpr int html_unit_min_levels = 3;
// A block of at most this many short lines just before the text may be its date row (a date over its
// clock: "October 13, 2018" / "أُدرجت الساعة 00:20 بتوقيت دبي").
constexpr std::ptrdiff_t html_date_block_max_lines = 3;
// A category's badge between the text's blocks is a word or two ("سياسة", "شؤون عربية"): a link of more
// words alone on its line may be a read-also headline.
constexpr long html_badge_max_words = 3;
// A read-also card between the text's parts carries a link or two; a box of more is a list.
constexpr std::size_t html_card_max_links = 2;
// A path segment of this many digits or more is a story's own id (a topic page's name or a page number is shorter).
constexpr std::size_t html_story_id_min_digits = 5;
// A table of at least this many rows pairing a date with a headline is a list of stories ...
constexpr int html_dated_rows_min = 3;
// ... whose title cells hold at most this many characters (a cell of prose makes it the text's own table).
constexpr std::size_t html_dated_row_title_max_chars = 160;
// A running head (a slide's <header>) is a line: at most this many bytes.
constexpr std::size_t html_running_head_max_bytes = 200;
// An item of a list of the story's details above its text (poster, date, topic) has fewer spaces than this
// ("Sunday, June 05 2022 @ 10:44 AM +03": seven); a highlight's sentence has more.
constexpr long html_details_item_max_words = 8;
// A details row after the text (section, views, poster, date) is at most this many bytes: more is text.
constexpr std::size_t html_details_row_max_bytes = 300;
// A block editor's heading sits at most this many elements down its block (Anytype: six) ...
constexpr int html_block_heading_depth = 8;
// ... and is a line of at most this many characters.
constexpr std::size_t html_block_heading_max_chars = 80;
// The rows after the text looked at for it: a row with no digit (a "was this helpful?" widget) and the next.
constexpr unsigned html_details_rows = 2;
// The zoned <time datetime> stamps kept to localize a UTC time (a forum thread's posts and replies).
constexpr std::size_t html_zoned_times_max = 64;
// An inline read-also line's label has fewer spaces than this (a few words: "على الشرفة أيضاً:", "زيارة
// سريعة لتدوينة قديمة في نفس المعنى:", "للاطلاع على خلفية الخبر، عودوا إلى ما نشرناه بعنوان:"; a
// statement's introduction, "وقال المتحدث باسم الوزارة في بيان صحفي نشره أمس على موقعها:", runs longer),
// its link at least this many words (a headline, not a source's or a writer's name).
constexpr long html_label_max_words = 9;
// ... and fewer than this when its last word points at the link ("…فهو هنا:", "…على الرابط التالي:").
constexpr long html_pointing_label_max_words = 14;
// A plain short paragraph heads the list after it only when the list has this many links: a pager's
// previous and next are two.
constexpr int html_caption_list_min_links = 3;
// An update note named by its class is a line of at most this many bytes ("أدخلنا على الخبر تنقيحاً في 24
// يوليو 2015 17:37": 80); more is text.
constexpr std::size_t html_update_note_max_bytes = 120;
constexpr long html_label_link_min_words = 3;
// A block holding the page's <h1> with at most this many headline links (the headline's permalink and a
// theme or series link) is the article's head, not a box of other stories.
constexpr std::uint32_t html_head_block_max_links = 2;
// A list item dates a listed story when it holds a link of at least this many words (a headline; a byline's
// "بقلم <a>محمد علي الحسن</a> - DATE" names a writer of three words at most).
constexpr long html_headline_link_min_words = 4;
// ... and is shorter than this many words (its headline, its date, a name: a forum's post is longer).
constexpr long html_listed_story_max_words = 30;
// The inline scripts read for a state blob that names the page (all of them, at most this many bytes:
// a page's own state, not a bundled library).
constexpr std::size_t html_state_scripts_max_bytes = 2 << 20;
// A page address's last part names the page in a state blob when it has at least this many characters (a
// slug or an id: "cbe83b586a22e3"; not "view", "news").
constexpr std::size_t html_state_slug_min_chars = 8;

// Collects text, one line per block, whitespace inside a line collapsed (html_text's and the content
// writer's buffer).
class TextLines {
 public:
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
  std::string finish() {
    flush();
    return std::move(m_out);
  }
  std::size_t size() const { return m_out.size() + m_line.size(); }
  // Takes back the last line written when it is `line` (a heading that turned out to head a
  // dropped list); true when it did.
  bool drop_last(std::string_view line) {
    flush();
    if (line.empty() || m_out.size() < line.size() + 1) return false;
    std::size_t start = m_out.size() - line.size() - 1;
    if ((start > 0 && m_out[start - 1] != '\n') || std::string_view(m_out).substr(start, line.size()) != line)
      return false;
    m_out.resize(start);
    return true;
  }

 private:
  std::string m_out, m_line;
  bool m_space = false;
};

// Characters as the scorer counts them: code points, spaces not counted.
std::uint32_t visible_chars(const char* s);
// An element whose own class says it was edited, updated or modified ("post_date edited",
// "article-hero__edited", "wp-block-post-date__modified-date").
bool class_edited(const GumboNode* n);
// Whether `n` holds at least `wanted` paragraphs of prose at any depth: html_prose_widget_min_chars
// or more, ending a sentence with a period or a quote (a teaser's excerpt ends in an ellipsis), and
// not inside a link.
bool holds_prose(const GumboNode* n, int wanted);
// Whether an element's class or block type names a heading level, as a block editor marks its heading blocks: a
// class "h1" … "h6" or one ending "header1" … "heading6" (Anytype's "textHeader2"), data-block-type="heading…".
bool names_heading_level(const GumboNode* n);
// Whether `a` and `b` wrap their text the same way: the chains of first elements down to a paragraph bear
// the same tags and classes, at least html_unit_min_levels deep (a page builder's text unit, repeated).
bool same_unit_shape(const GumboNode* a, const GumboNode* b);
// An element's lower-cased class, id, role, itemprop, ARIA and data names, space-separated (worked out
// once per element while a HintMemoScope lives).
const std::string& hint_text(const GumboNode* n);
// `word` in a hint text at the start of a name's part ("jeg_share_top", "social-share" but not
// "selectionShareable", whose sharing is of a selected sentence).
bool has_word(const std::string& h, std::string_view word);
// `word` as a whole part of a name in a hint text.
bool has_part(const std::string& h, std::string_view word);
// The first <h1>–<h6> at or under `n`, at most eight levels down; nullptr when none.
const GumboNode* first_heading(const GumboNode* n, int depth = 0);
// Whether a line may be a headline: Arabic, three words or more, at most 300 bytes, not list numbering,
// a date alone or a "read more" prompt.
bool headline_shaped(const std::string& t);
// A date and what dates carry (a weekday, a time, "م"): at most html_date_alone_max_other_words words
// that are neither numbers nor months ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "Sep 10, 2022"; not
// "افتتاح المعرض في 12 مايو 2022 بالرياض").
bool date_alone(std::string_view t);

// The value of an element's attribute, or nullptr.
const char* html_attr(const GumboNode* n, const char* name);
// Elements whose text is never article text (scripts, styles, navigation, forms, embeds).
bool html_skipped_tag(GumboTag tag);
// Elements that start a new line of text.
bool html_block_tag(GumboTag tag);
// An element as --explain names it: "div#main.article-body" (tag, id, first class).
std::string html_step(const GumboNode* n);
// An element's place in the page: its last steps from <body> ("… > article > div.entry-content").
std::string html_path(const GumboNode* n);
// The text of an element, one line per block, whitespace inside a line collapsed.
std::string html_text(const GumboNode* n);
// An address that may lead to an article: not a fragment, a script or a mail link.
bool article_href(const char* href);
// Whether an address leads to a topic or tag page ("/arabic/topics/c2dwq28209rt", "/tag/gaza/") or to
// the site's front page ("https://site.example/", "/"), not to a story: their names are no headline.
bool topic_href(std::string_view href);
// Whether an address leads to a file, not a page ("/pdf/18230/p3.pdf", a picture, a sound): a
// download link's words ("تنزيل الصفحة كاملة بصيغة PDF") are no story's headline.
bool file_href(std::string_view href);
// `href` made absolute against the page's address; unchanged when it already is or no address is known.
// A mail system's link-protection redirect (Outlook's Safe Links, Proofpoint, Cisco, Barracuda, Google's
// "/url?q=") gives the address it wraps: the story's own.
std::string resolve_href(const std::string& href, const std::optional<std::string>& base);
// Whether a link's address (as resolve_href gives it) is on the site of the page at `base` (a bare
// path is; "www." aside, the hosts are the same).
bool same_site_url(std::string_view url, const std::optional<std::string>& base);
// Whether a link (made absolute by resolve_href) leads to a page above the page at `base` on its own site
// ("https://host/blog" over "https://host/blog/2018/03/entry"): the blog's or the section's home, no story.
bool page_ancestor_url(std::string_view url, const std::optional<std::string>& base);
// A link's text as a headline: its own heading child's text when it holds one (a card's title
// beside its section name and date), else its whole text on one line; "" when it is no headline
// (under three words, no Arabic letter, list numbering, over 300 bytes).
std::string headline_of_link(const GumboNode* a);

// Whether a line states a date by its shape: day, month and year in digits ("11-05-2024",
// "2024/5/11", Arabic-Indic digits too) or a month's name beside a year ("12 أيار 2024", "Sep 10,
// 2022", "10 août 2018").
bool date_shaped(std::string_view line);
// Whether a short line is a day and a month's name alone ("17 مايو", "مايو 17"): a blog's date of the
// current year; with `latin`, an English month's too ("Jun 5": a mail client's inbox row).
bool day_month(std::string_view line, bool latin = false);

// The text of an element up to its first block boundary (its heading or first line), on one line.
std::string html_first_line(const GumboNode* n);
// Whether a line only names social networks to share on or follow ("شارك عبر فيسبوك تويتر واتساب"):
// two names or more and no word that is not a network's or a share bar's.
bool share_line(std::string_view line);
// Whether a line is only a clock time ("01:20 ت م", "9:12 ص", "13:05 GMT"), no date or words.
bool time_only(std::string_view line);
// Whether a short line heads a comment thread ("تعليقات القراء (2)", "أضف تعليقك", "3 تعليقات");
// a sentence that mentions comments does not.
bool comments_heading(std::string_view line);

// What an element's class, id, role and ARIA/data names say it is (in English and in the
// transliterated Arabic of Arabic CMSs: "taalikat", "mawdoo3at", "akhbar-mutaalika").
enum class Hint { none, content, boilerplate, comments, related, read_also };
Hint html_hint(const GumboNode* n);
// While one lives on a thread, the hints of each element are worked out once and kept (the tree
// that owns the nodes holds one: the memo is emptied when a tree is built or freed).
class HintMemoScope {
 public:
  HintMemoScope();
  ~HintMemoScope();
  HintMemoScope(const HintMemoScope&) = delete;
  HintMemoScope& operator=(const HintMemoScope&) = delete;
};
// Whether an element is left out before scoring, given its text and link text (characters): a
// landmark role beside the text (region, complementary, ...), a comment section or a list of
// other stories by its class, or boilerplate by its class ("share", "print", "widget") unless a
// content word stands beside it ("main-sidebar") or it holds a long text that is not links.
bool html_pruned(const GumboNode* n, std::size_t text, std::size_t links);
// Whether an element's class names sponsored links or an advertisement (Taboola, Outbrain).
bool html_sponsored(const GumboNode* n);
// Whether an element's inline style makes it bold (an old portal's box title: <div style="...;
// font-weight:bold">أخبار متعلقة بهذا الخبر</div>).
bool html_bold_style(const GumboNode* n);
// The hint's name for --explain ("share bar", "comments", ...) with the word that gave it.
std::string html_hint_reason(const GumboNode* n);

// The article's text as the page's structure gives it.
struct ContentPick {
  std::vector<const GumboNode*> nodes;   // the chosen element and the siblings that continue it, in order
  std::string text;                      // their text, boilerplate inside them left out
  std::vector<LinkBox> boxes;            // link promos found inside them (read-also cards, suggestions)
  std::vector<bool> ends_text;           // per box: nothing of the text after it (a list below the text)
  std::vector<std::string> trace;        // "kept|dropped\tPATH\twhy", for --explain
  // Elements inside `nodes` left out of the text and kept as no box (a sidebar inside the chosen
  // container, Quartz's backlinks beside its note), in order: their headed lists stand beside the text.
  std::vector<const GumboNode*> dropped;
  std::optional<std::string> site;       // links_host() when the page has no address of its own
  std::optional<std::string> date_line;  // a visible date line near the headline, outside `text`
  std::optional<std::string> update_line;     // a labelled update line beside it ("آخر تحديث: ...")
  bool update_by_class = false;               // ... named by its element's class, not by a label
  std::optional<std::string> heading_before;  // the last headline-shaped <h1>–<h6> before the text
  std::optional<std::string> issue_line;      // a print edition's "العدد N - <date>" line, anywhere
  std::optional<std::string> icon_date;       // a date beside a calendar icon, anywhere (ABlog's sidebar card)
};

// Scores the page's blocks (text length, commas and full stops, link density, paragraph count,
// depth, semantic containers, class hints) and takes the best element with its siblings.
// `nodes` is empty when no element holds a real text (a page of links).
ContentPick pick_content(const GumboNode* body, const std::optional<std::string>& base);

// The headed link lists outside the article's text (ContentPick::nodes) and inside what it dropped.
struct FoundBoxes {
  std::vector<LinkBox> boxes;
  std::vector<bool> below;  // per box: a headed list of stories below the text, outside the page's chrome
};
// Finds the page's headed link lists ("الأكثر تصفحاً", "مواضيع ذات علاقة", "اقرأ أيضاً" boxes) in
// `body`, around the text `pick` chose; links made absolute against `base`.
FoundBoxes find_link_boxes(const GumboNode* body, const ContentPick& pick, const std::optional<std::string>& base);
// The host most of the page's absolute links lead to, as a base ("http://HOST/"), when they are
// html_site_links_min or more and that host holds html_site_links_share of them; nullopt otherwise
// (a saved page with no address of its own is on that site).
std::optional<std::string> links_host(const GumboNode* body);

// A heading's words without the permalink mark a generator puts after them ("…ذاته¶": nbconvert's,
// Sphinx's and MkDocs' anchors; "§", "#", "🔗"), trimmed.
std::string without_permalink_mark(std::string_view heading);
// A heading folded for comparison: hamza forms of alif, taa marbuta, alif maqsura and lam-alef
// ligatures to their plain letters, harakat and tatweel dropped, punctuation to single spaces.
std::string fold_heading(std::string_view heading);
// Whether a link list's heading says its stories relate to this one ("تغطيات ذات صلة", "قصص ذات
// علاقة", "الأخبار المتعلقة", "مواد ذات علاقة بهذا الموضوع"), whatever noun it starts with, or
// names the same file or the event's coverage ("من الملف نفسه", "مزيد من تغطية المباراة").
bool names_relation(std::string_view heading);
// Whether a line names a printed issue and its date ("العدد 18230 - الأحد 26 مايو 2024"): the
// date of the edition the page reproduces.
bool issue_line(std::string_view line);
// Whether a link list's heading names a most-read box in any wording around the phrase ("الأكثر
// قراءة هذا الأسبوع", "الأخبار الأكثر قراءة", "الأكثر مشاهدة اليوم"): the project counts those related.
bool most_read_heading(std::string_view heading);
// Whether a heading names this story among what a site recommends ("أوراق توصي بها الشبكة إلى جانب هذه"): a demonstrative of
// the story, and no read-also imperative opening it.
bool recommended_beside_story(std::string_view heading);
// Whether a heading says the site recommends or links its stories for this one ("مشاريع يرشحها الموقع لمتابعي هذا
// المشروع", "دبابيس يربطها الموقع بهذا الدبوس"): a related box, whatever its class.
bool recommends_for_story(std::string_view heading);
// Whether a link list's heading names the site's latest news, its editors' picks or what is
// trending ("آخر الأخبار", "اخترنا لك", "الأكثر تداولاً", "مختارات ..."): other stories, not
// related ones.
bool other_stories_heading(std::string_view heading);
// Whether a link list's heading names where its stories are kept rather than what they are about
// ("في عدد اليوم أيضاً", "المزيد من هذا المصدر", "المصادر"): never related by its place alone.
bool container_heading(std::string_view heading);
// Whether a heading names the writer's other pieces ("مقالات الكاتب", "المزيد من الكاتب", or the
// page's `author` by name: "المزيد من مقالات سامر الخطيب").
bool writers_list_heading(std::string_view heading, std::string_view author = {});
// "مراجع إضافية ألحقها المعلم بالواجب", "مقالات ينصح المحاضر بقراءتها بعد الدرس": further reading — reading
// material first, then more of it or someone recommending it: the page's related list when it names none.
bool further_reading_heading(std::string_view heading);

// What a page's JSON-LD says about its article (NewsArticle, Article, ReportageNewsArticle,
// BlogPosting, … at the top, in an array or inside @graph; the first article object wins).
struct JsonLdArticle {
  std::string type;
  std::optional<std::string> headline, published, modified, author, publisher, section, description, url;
};

// Reads one <script type="application/ld+json"> text into `out` when it holds an article object
// and `out` has none yet; malformed JSON (CDATA wrappers and stray commas are common) is skipped.
void read_json_ld(std::string_view json, JsonLdArticle& out);

// Whether an ISO 8601 date-time is given in UTC ("…Z", "…+00:00"): its date may be the day before
// or after the one the page shows in its own zone.
bool iso_is_utc(std::string_view iso);

// Minutes since 1970-01-01 UTC of an ISO time with its zone ("2021-10-22T17:31:00+0300",
// "2021-10-22T14:31:00Z"); nullopt without a time or a zone.
std::optional<long long> iso_instant_minutes(std::string_view iso);
// The zone offset in minutes an ISO time is written in ("+03:00" -> 180, "Z" -> 0); nullopt
// without a time or a zone.
std::optional<int> iso_offset_minutes(std::string_view iso);
// A mail header's date ("Tue, 3 Jul 2018 00:25:00 +0400", RFC 2822: a mail client's or a list archive's
// page shows it) as an ISO time at its own offset ("2018-07-03T00:25:00+04:00"); nullopt otherwise.
std::optional<std::string> rfc2822_iso(std::string_view text);
// The same moment as `iso` (a time with its zone) written at `offset` minutes from UTC
// ("2024-04-04T21:35:00Z", 240 -> "2024-04-05T01:35:00+04:00"); `iso` itself without a zone.
std::string iso_at_offset(std::string_view iso, int offset);

}  // namespace akhbar::detail
