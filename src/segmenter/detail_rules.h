#pragma once
// The segmentation rules: a chain of named passes over one Page (chain.cpp holds their order),
// one of which, the walk, runs a table of named line rules over each line in turn. Each rule
// has one job and lives in its own file (rule_*.cpp); see docs/segmenter.md for the order.

#include <akhbar/record.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "segmenter/detail_page.h"

namespace akhbar::detail {

// Runs the chain over `ctx.lines` (see docs/segmenter.md for its order). `passes`, when given,
// receives the passes that changed the page; `evidence`, the rule that filled each field.
void segment_lines(SegmentContext& ctx, std::vector<PassReport>* passes = nullptr,
                   std::array<Evidence, field_count>* evidence = nullptr);

// ----- passes (each runs once over the whole page) -----------------------------------------
// A run of five or more very short lines is a navigation menu: marks its lines `menu`.
void rule_menus(Page& p);
// "الزيارات: 269 | التقييم: 0 | الدولة: مصر": a listing's record row of labelled fields (rule_menus).
bool field_row(std::string_view text);
// A forum thread's member boxes and the replies after its first post are no article text.
void rule_forum_thread(Page& p);
// A story forwarded by e-mail: the message headers, the divider and the forwarder's part above them.
void rule_mail_thread(Page& p);
// The title: the input's title field, or the first line when it reads like a headline.
void rule_title(Page& p);
// A title's site part ("headline | site") naming the host or the source is cut (and is the source).
void rule_title_site(Page& p);
// A photo credit at the end of a title ("... (ارشيف)", a caption taken for the headline) is cut.
void rule_title_credit(Page& p);
// Every line, top to bottom, through the line rules (chain.cpp).
void rule_walk(Page& p);
// A listing page's run of headline + cut-off teaser pairs: the headlines move to `related`.
void rule_teaser_list(Page& p);
// A run of bare headlines between paragraphs, in a page whose marked read-also box printed its
// items so: the same box with its marker missing.
void rule_unmarked_read_also(Page& p);
// A short heading holding a superlative ("المشاريع الأكثر ربحا") over four or more headlines is a
// box of the site's other stories: read-also inside the text, related at its end.
void rule_superlative_box(Page& p);
// A short line between two lines a box's marker removed (a paywall's pitch between its heading and
// its button) is part of that box.
void rule_boxed_lines(Page& p);
// A trailing run of stand-alone leads echoing the story (CNN's box) moves to `related`.
void rule_echo_teasers(Page& p);
// A person's name as the last body line is the author's signature.
void rule_closing_signature(Page& p);

// ----- line rules of the walk --------------------------------------------------------------
// Each reads line `i`; it returns the index of the next line to read when it took the line
// (and maybe more after it), or `not_taken` to let the next rule try.
inline constexpr std::size_t not_taken = 0;
std::size_t rule_forum_lines(Page& p, std::size_t i);  // a member box or reply (pass forum_thread)
std::size_t rule_mail_lines(Page& p, std::size_t i);  // a mail header or the forwarder's part (pass mail_thread)
std::size_t rule_separators(Page& p, std::size_t i);  // "-----", "×××"
std::size_t rule_follow_tail(Page& p, std::size_t i);  // "... تابع الجزيرة نت على:" cut off the end
std::size_t rule_related_tail(Page& p, std::size_t i);  // "... نصّ. مقال ذات صله:- TITLE" cut off the end
std::size_t rule_read_also(Page& p, std::size_t i);        // "اقرأ أيضا" and its items
std::size_t rule_related(Page& p, std::size_t i);          // "مواضيع ذات صلة" and its items
std::size_t rule_credit_labels(Page& p, std::size_t i);    // "المصدر: X", "بقلم: X"
std::size_t rule_issue_credit(Page& p, std::size_t i);     // "صحيفة الوطن - العدد 2403"
// The outlet a print paper's credit line names ("صحيفة الوطن - العدد 2403" -> "الوطن"), or empty.
std::string issue_outlet(const Page& p, const Line& l);
std::size_t rule_removal_markers(Page& p, std::size_t i);  // share, copyright, tags, ...
std::size_t rule_date_lines(Page& p, std::size_t i);       // published / updated
std::size_t rule_update_note(Page& p, std::size_t i);      // an editor's note of an update: updated
// A line that is only an e-mail address or a handle ("sherif.kandil@al-madina.com", "osama4855@"):
// the writer's contact, under or above the article.
bool lone_address(const Line& l);
std::size_t rule_breadcrumbs(Page& p, std::size_t i);      // "الرئيسية > أخبار > ..."
std::size_t rule_menu_items(Page& p, std::size_t i);       // a line of a menu run
std::size_t rule_agency_line(Page& p, std::size_t i);      // a bare agency line ("سبأ")
std::size_t rule_agencies_line(Page& p, std::size_t i);    // "فرانس 24/ أ ف ب" after the lead
std::size_t rule_initials(Page& p, std::size_t i);         // "م.ل/و.أ" after the lead
std::size_t rule_bylines(Page& p, std::size_t i);      // "القاهرة: وليد عقيلة" above the lead
std::size_t rule_name_lines(Page& p, std::size_t i);   // "فوزية الحربي" above the lead
std::size_t rule_contact(Page& p, std::size_t i);      // a lone e-mail address or handle
std::size_t rule_price(Page& p, std::size_t i);        // "₺619.00السعر": a shop's price line
std::size_t rule_timecode(Page& p, std::size_t i);     // "00:18", "3 min": a player's mark alone
std::size_t rule_site_address(Page& p, std::size_t i);  // the site's welcome or sign-off to its reader
std::size_t rule_repost_note(Page& p, std::size_t i);   // "منقول من موقع X": a reposter's note
std::size_t rule_syndication(Page& p, std::size_t i);  // "Xنشر في OUTLET يوم DATE"
std::size_t rule_body(Page& p, std::size_t i);         // a paragraph or sub-heading (takes every line)

// ----- readers the rules share --------------------------------------------------------------
// The registered name of a URL's host ("zaiocity" of "https://www.zaiocity.net/..."), lowercase;
// empty when too short or not a URL.
std::string host_name(std::string_view url);
// True when `part` names the site: it holds `host` (host_name), or its name and `source`'s, spaces
// dropped, hold one another ("زايو سيتي" and "zaiocity.net | زايوسيتي.نت"). With `only`, the part
// is nothing but the site's name: the host ("cnn.com") or a piece of the source's name, so that
// "مصدر لCNN: ..." (told CNN) is no site part.
bool names_site(const Normalizer& n, std::string_view part, std::string_view host, std::string_view source,
                bool only);
// True when the Arabic word `word` is the site's name written in Arabic letters: its consonants
// are those of `host` or of a Latin `source` ("المدينة" and "almadina", "عكاظ" and "okaz.com.sa").
bool spells_site(std::string_view word, std::string_view host, std::string_view source);
// Bylines sit above the lead, under the title and at most two deck lines (sub-headlines
// without a final period: "عقب دعوة الأمين العام ..." then "لندن: «الشرق الأوسط»").
bool in_top_matter(const Page& p);
// "دمشق-سانا", "غزة-فاطمة أبو حية": a known place glued by a hyphen to a known agency or a person's
// name, as a credit; none otherwise.
std::optional<Credit> glued_byline(const Page& p, std::string_view text);

// "- جميل الجعدبي -", "- تعز- احمد النويهي -": a reporter's credit framed by dashes on a line of its own
// (a name of two to four words, or a place and a name); nullopt when the line is not one.
std::optional<Credit> framed_byline(const Page& p, const Line& l);
// "منزل>المنتجات>المحامل": three or more short parts joined by '>', '›' or '»'.
bool breadcrumb(const Line& l);
// WAFA's "رام الله 20-5-2012 وفا- ...": place, date and agency cut off `text` (fields filled,
// the fragment removed and noted in `rule`). With `whole_line`, nothing need follow.
bool dated_dateline(Page& p, std::string& text, std::string& rule, bool whole_line = false);
// Items of a read-also or related block from line `j` on: headline-like lines (bullets allowed)
// into `out`, labelled `kind`. With `heading_ends`, a line without a bullet over a bulleted one
// ends the items (the article's next section: its heading, then its list). Returns the first line
// that is not one.
std::size_t collect_items(Page& p, std::size_t j, std::vector<Link>& out, const std::string& kind,
                          int max_words, bool heading_ends = false);

}  // namespace akhbar::detail
