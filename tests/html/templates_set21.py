#!/usr/bin/env python3
"""Sealed HTML template set 21 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/), never ran
akhbar on these pages (nor any other binary of that name) and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. None of these kinds is in
make_templates.py or templates_set5..20.py (a Shorthand story, a MyBB thread, an Invision Community article, a Concrete
CMS ministry, a Hashnode blog post, a Zola blog, a WordPress site on TieLabs' Sahifa; an e-mail newsletter's web view,
planned first, is set 8's "newsletter" and was left out; set 10's Jannah is Sahifa's younger sibling, and Sahifa's
chrome here shares none of its pieces: no sliding "check also" box, no related grid of cards with categories, a tabbed
widget, a breaking strip of its own; the forums of the earlier sets were vBulletin, XenForo, Discourse, Moodle, phpBB
and Flarum, their static sites Hugo, Jekyll, Hexo and MkDocs, their ministries ASP.NET, SharePoint and Sitecore), and
every chrome sentence is new wording (no chrome constant of the earlier sets is imported; the wording was checked
automatically, and --wording checks it again: no run of three Arabic words of a string of this file, docstrings aside,
appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py or
templates_set5..20.py, docstrings included). The chrome is Arabic (Iraqi, Egyptian and Tunisian where the site speaks
them), with the English that such platforms leave in place (MyBB's, Invision's, Concrete's, Zola's, Sahifa's and
Shorthand's credit lines, Hashnode's interface). The articles are Al-Hudood's satire (CORPUS/satirical-hudood, no
earlier HTML set's source; below), whose files carry no date: every page gets a day and a time of day drawn from a
generator seeded by its number, made local in the kind's own zone (Beirut's +02:00/+03:00; Baghdad's and Doha's +03:00;
Muscat's +04:00; Amman's +02:00/+03:00, +03:00 all year from 25 February 2022; Tunis' +01:00; Cairo's +02:00, +03:00 in
the summers of 2023 and 2024; the summer spans are set 19's tables, checked against zoneinfo). The kinds vary where the
title and the dates come from (Open Graph article:* times in UTC or in local time, JSON-LD in UTC with "Z", "+00:00" or
"+0000" or in local time, schema.org microdata, <time datetime> in UTC with the local time in its title, microformats'
dt-published with a bare date, a JSON payload's publishedAt and updatedAt, visible date lines: Levantine (and Iraqi)
month names, Tunisian month names, CLDR's ar_JO forms in Arabic-Indic digits, dd-mm-yyyy and dd/mm/yyyy, English "Feb 8,
2018", and relative dates: MyBB's "أمس", Invision's "أمس في"/"الخميس في"/"منذ N ساعات" and Sahifa's "منذ N أيام"; four
pages published just after local midnight, so that their UTC day is the day before) and which dates are not the
article's (readers' comments and replies, members' join months, a site's "today" or "الوقت الآن", a portal's last
content update, later posts, footers' years); each kind carries a related list or a most-read box and lists that look
related but are not (a forum's latest threads above the thread, a community's latest articles, a ministry's latest news,
a platform's stories of the week, "More articles", a blog's newest posts, a breaking strip, recent posts, previous and
next titles), and half the pages an inline read-also line ("حكاية سبقتها في الملف:", "وهذا موضوع ثاني نزلته قبل فترة عن
نفس الهم:", "مقال من الملتقى يكمل الفكرة:", "خبر سابق يتصل بهذا الموضوع:", "من أرشيف المدونة، نص قد يعجبك:", "زيد اقرا
عندنا:", "شوف كمان:"). Six kinds are built to be hard: the Shorthand story splits its text over sibling sections (a text
section, scrollytelling cards over a sticky background, another text section) with a captioned image and a pull quote
that repeats the text between them; the MyBB post is <br>-separated inside the postbit, after the member's intro line,
with a latest-threads table before the <h1> and a reply quoting the text; Invision's JSON-LD holds the whole text twice
(text and articleBody) and its visible dates are relative; the Concrete page puts its <h1> in a banner outside <main>
and its text in three blocks with a callout between them; the Hashnode post holds its text twice more in __NEXT_DATA__
(Markdown and HTML) and its related list inside the text's own container; Sahifa's JSON-LD carries the text as
articleBody.

  shorthand  a Beirut platform's long-form story made with Shorthand (Asia/Beirut): og:type article,
             article:published_time and article:modified_time in UTC with "Z" (modified = published unless the story was
             updated), the story's config in window.Shorthand; the header: logo, the story's title again (a <span>),
             navigation, the progress bar; the full-screen title section: background image, the kicker "ملف: ضحك
             كالبكاء", <h1 class="Theme-Title">, the deck, "نص: NAME" and "صور: NAME", and the date line the editor
             typed: "بيروت، 10 كانون الثاني 2019" (page 0), "الخميس 31 تشرين الأول 2019" (page 1, published at 00:50
             local: the day before in UTC), "29/10/2019" (page 2), none (page 3: the date only in the Open Graph times);
             the file's credit line (page 2), the scroll hint; then the text over sibling sections: a text section (the
             first two paragraphs), a media section (image and caption), a background scrollmation section (the next two
             paragraphs as cards), a quote section (a pull quote of the second paragraph's first 12 words: not
             labelled), a text section with the rest and, on even pages, "حكاية سبقتها في الملف:" and a link (read-also)
             after its first paragraph (alone when the text has four paragraphs or fewer); the credits section "من صنع
             هذه الصفحة" (roles and names) with, on page 0, "راجعنا نص الحكاية وصحّحنا فيه خطأً مطبعياً يوم 11 كانون
             الثاني 2019" (1 day 5 h 30 later: the updated date); page 2's update (2 days 4 h 10 later) is declared only
             in article:modified_time (the updated date); a cards section "حكايات يضمّها الملف ذاته" (related); the
             footer: "نشرنا هذا الأسبوع على المرفأ" with five later stories and their Levantine dates (not related), the
             newsletter form, the platform's line, the copyright year and "Made with Shorthand"
  mybb       an Iraqi board's thread on MyBB 1.8 (Asia/Baghdad, +03:00): XHTML 1.0 Transitional, the headerinclude's
             script variables, no meta date, no JSON-LD and no machine-readable time at all; the header (logo, top
             links, search, the guests' welcome with log-in and register links); a plugin's table "أحدث ما كُتب في
             المنتدى" before the thread (five threads with "بواسطة NAME" and times between the post and the moment the
             page was saved: not related); the breadcrumb ending with the subject, the reply and new-thread buttons; the
             thead with the display modes and the theme's <h1 class="thread-subject"> (MyBB's default shows a <strong>);
             the classic postbit: avatar, name, user title, stars, posts, the join month with its Iraqi (Levantine)
             name, reputation; the post's number and post_date in the board's own forms: "05-12-2020, 09:26 AM" (page 0,
             d-m-Y h:i A), "3 كانون الثاني 2019، 08:59 ص" (page 1), MyBB's relative "أمس, 10:36 AM" (page 2, saved the
             next evening: the date only in the span's title), "27/03/2021 - 19:11" (page 3); on pages 1 and 3 the edit
             note "(صاحب المشاركة غيّر فيها شيئاً بتاريخ DATE، والمعدِّل NAME.)" in the same line (1 day 2 h 20 and 2
             days 7 h 5 later: the updated dates); the post_body: the member's bold intro line in Iraqi Arabic, the
             file's credit line in italics where it has one, the paragraphs separated by <br />s, on odd pages a bold
             "وهذا موضوع ثاني نزلته قبل فترة عن نفس الهم:" and a link (read-also) after the second paragraph, and a link
             "منقول كما هو من موقع الحدود"; the signature, quote and report buttons; two replies (2 h 35 min and 26 h
             later, 20 h on page 2), the first on even pages quoting the text's first 15 words with the post's date in
             its cite (the text repeated inside a reply: not labelled); the thread's foot "« الموضوع الأقدم | الموضوع
             الأحدث »" (no titles), the "مواضيع مشابهة" table (five threads with author, replies, views and a last post
             weeks before: related), the forum jump, who is viewing, the footer's links, "الوقت الآن:" with the moment
             the page was saved (3 days, 10 days, the next evening or 6 days later: not the article's), "Powered By
             MyBB, © 2002-YEAR MyBB Group." and the translators' line
  ips        an Omani community's article on Invision Community 4.7's Pages app (Asia/Muscat, +04:00): ipsSettings, an
             Article JSON-LD whose text and articleBody both hold the whole text, with dateCreated, datePublished and
             dateModified in UTC with "+0000", a BreadcrumbList JSON-LD, og:type website and no article:* metas; the
             skip link, the site's title, the guests' user bar, the nav bar with search; the breadcrumb ending with the
             title; the page header: <h1 class="ipsType_pageTitle">, the follow button, the author's photo panel
             ("بواسطة NAME"), the <time datetime="...Z" title="dd/mm/yyyy hh:mm  ص"> in IPS' relative form at the moment
             the page was saved: "4 يوليو 2021" (page 0, saved 390 days later), "الخميس في 10:38 م" (page 1, 2 days
             later), "أمس في 2:40 ص" (page 2, published at 02:40 local: the day before in UTC, saved the next morning),
             "منذ 3 ساعات" (page 3, saved the same evening), the views and the comments' count; page 1 shows "حرّر
             المشرف هذا المقال آخر مرة" with a <time> (1 day 3 h 45 later: the updated date); page 0's update (2 days 6
             h 50 later) is declared only in the JSON-LD's dateModified (the updated date); the record: the richText
             <p>s, the file's credit line in italics where it has one, on even pages "مقال من الملتقى يكمل الفكرة:" and
             a link after the second paragraph (read-also); a field line "أُعيد نشر المقال عن موقع الحدود", the rating,
             tags and share links; ipsPager's previous and next records "المقال الأقدم"/"المقال الأحدث" with their
             titles (not related); "محتوى مشابه من أرشيف الملتقى" (four earlier records with "بواسطة NAME" and their
             times: related); "ردود أعضاء الملتقى على المقال" (two or three members' comments within 20 hours, "نُشر"
             and a relative time), the guests' teaser; the sidebar: "آخر المقالات المضافة إلى الملتقى" (five records
             dated between the article and the saving: not related), the week's leaders, who is online; the footer's
             links, the copyright line and "Powered by Invision Community"
  concrete   a Jordanian ministry's news entry on Concrete CMS 9 (Asia/Amman): Concrete's title "SITE :: TITLE", the
             generator meta, the CCM_* variables (CCM_ACTIVE_LOCALE "ar_JO"), og:type website; on pages 1 and 3 an SEO
             add-on's NewsArticle JSON-LD with datePublished and dateModified in UTC with "+00:00" (page 1, published at
             00:35 local, is the day before there); on page 2 schema.org microdata on the main column (itemscope
             NewsArticle, <meta itemprop="datePublished"> in local time with the offset); the top bar with the day 4
             days 1 h later in CLDR's full ar_JO form ("الأربعاء، ٢٠ آذار ٢٠٢٤": not the article's) and accessibility
             links; logo, motto, search, the Auto-Nav; the page header banner, outside <main>: <h1 class="page-title">
             and the breadcrumb ending with the title; the main column's blocks (no <article>): the Page Attribute
             Display block "تاريخ نشر الخبر:" in CLDR's ar_JO forms (Levantine months, Arabic-Indic digits): "١٦ آذار
             ٢٠٢٤" (page 0, long), "الاثنين، ٢٠ آب ٢٠١٨" (page 1, full), "٤‏/٣‏/٢٠١٨" (page 2, short, with right-to-left
             marks), none (page 3: the date only in the JSON-LD); page 0 a second one, "عُدّل الخبر بتاريخ:" (1 day 9 h
             5 later: the updated date); page 3's update (2 days 2 h 35 later) is declared only in dateModified (the
             updated date); the image block and its caption; the text over three blocks: the lead in a custom design
             container, a content block with the next paragraphs (on odd pages "خبر سابق يتصل بهذا الموضوع:" and a link
             after its first paragraph: read-also), a callout in another container ("مركز الاتصال الوطني" and the
             hotline), the last paragraphs; the tags, the share block, the next and previous block ("« TITLE", "رجوع
             لصفحة أخبار الوزارة", "TITLE »": not related), the Page List "أخبار ترتبط بهذا الخبر" (four earlier news
             with long dates: related); the sidebar: the Page List "المستجد في أخبار الوزارة" (five news dated between
             the article and the top bar's day, short dates: not related), the Date Navigation by month, e-services; the
             footer: the address, "آخر تحديث لمحتوى البوابة:" with a day 3 days 20 h later (the portal's, not the
             article's), the copyright year, "Built with Concrete CMS." and the editors' log-in
  hashnode   a Qatari writer's blog on Hashnode (Next.js pages router, +03:00), every time in UTC only (these pages fall
             between 07:00 and 20:59 local, so the UTC day is the local one, as set 19's Mastodon): Open Graph without
             times (og:type article), a BlogPosting JSON-LD with datePublished and dateModified in UTC with milliseconds
             and "Z"; the header: logo and name, the Arabic navbar items, English "Follow" and "Subscribe"; the cover,
             <h1>, the subtitle in an <h2>, the author's row with the date in Hashnode's English form ("Feb 8, 2018",
             the UTC time in the link's data-title) and "N min read"; page 1 "Updated on Dec 19, 2020" (2 days 1 h 40
             later: the updated date); page 3's update (2 days 6 h 15 later) is declared only in the payload's updatedAt
             and the JSON-LD's dateModified (the updated date); #post-content-wrapper: the file's credit line in italics
             where it has one, the paragraphs, on odd pages a blockquote "من أرشيف المدونة، نص قد يعجبك:" and a link
             (read-also) after the second paragraph, then, inside the same container, an <hr>, an <h2> "نصوص تلتقي بهذا
             النص" over a list of four links (related: the writer's own list, inside the text's container) and the
             italic note "نُشر هذا النص أول مرة على موقع الحدود، وننقله هنا بحروفه" (not body); tags, Like and Share,
             "Written by" with the writer's bio, the English newsletter box, "Comments (2)" with two comments hours and
             a day later, "More articles" (three later posts with English dates: not related), the footer (copyright
             year, archive, privacy, terms, "Powered by Hashnode - ..."); __NEXT_DATA__ (Next.js' escaping of <, > and
             &): props.pageProps.post with the text twice (content.markdown and content.html, the related list and the
             notes with them), brief (the meta description), publishedAt and updatedAt (null unless updated)
  zola       a Tunisian satire blog built with Zola and a tabi-like theme (Africa/Tunis, +01:00; chrome in Tunisian
             Arabic): the Atom feed link, og:type article, article:published_time in local time with the offset on pages
             0 and 2 and article:modified_time on page 2 only; the skip link, the navbar; article.h-entry: <h1
             class="p-name article-title">, the meta list: the author's h-card, <time class="dt-published"> with the
             front matter's date: "8 جوان 2024" (page 0, Tunisian month names, datetime with the offset), "2021-02-20"
             (page 1, a bare date in the front matter, datetime the same), "الجمعة 25 نوفمبر 2022" (page 2), "26 أوت"
             (page 3, without the year: the year only in the datetime), the reading time and the tags; page 1 "آخر
             تبديل:" with <time class="dt-updated"> (3 days 4 h later: the updated date); page 2's update (1 day 8 h 30
             later) is declared only in article:modified_time (the updated date); the e-content: the file's credit line
             in bold (page 1: "عاجل وخاص وحصري مراسل لشؤون الدوار الرابع"), the paragraphs, on even pages a blockquote
             "زيد اقرا عندنا:" and a link (read-also) after the second, the source note in <small>; "تدوينات عندها علاقة
             بالموضوع" (four earlier posts with their dates: related); the article navigation with the next and previous
             titles in <p>s beside arrow links (not related); the comments' notice and giscus' script; the footer: "جديد
             الدفتر" (four later posts with their dates: not related), socials, the copyright year and the licence,
             "Powered by Zola & tabi"
  sahifa     an Egyptian satire portal on WordPress 6.2 with TieLabs' Sahifa 5.7 and Yoast (Africa/Cairo): Yoast's
             article:published_time and article:modified_time in UTC with "+00:00" (page 1, published at 01:15 local, is
             the day before there); TieLabs' NewsArticle JSON-LD in wp_json_encode()'s form (Unicode and slashes
             escaped) with dateCreated, datePublished and dateModified in local time and the whole text as articleBody;
             the top nav with the day the page was saved ("الجمعة , 6 مايو 2022": not the article's), menu, search and
             social icons; the logo's <h2> with the slogan; an ad; the main nav; the breaking strip "الآن على الكنبة"
             (three later headlines, no dates: not related); the crumbs ending with the title; article.post-listing: the
             thumbnail and its caption, <h1 class="name post-title entry-title">, the post-meta (author, tie-date,
             category, comments, views) with tie-date "29 مايو، 2018" (page 0, 'j F، Y'), Sahifa's "time ago" at the
             saving: "منذ 9 ساعات" (page 1), "منذ 4 أيام" (page 2), and the weekday's form "الثلاثاء 25 يونيو 2019"
             (page 3); the entry: the file's credit line in bold (page 0: "مراسلتنا امتياز الشرهوني موضة وأزياء"), the
             first paragraph, an ad, the others with, on odd pages, "شوف كمان:" and a link (read-also) after the second,
             and on page 0 an italic "حدّثنا الخبر يوم 31 مايو 2018 الساعة 10:36 ص" (1 day 13 h 5 later: the updated
             date); page 2's update (2 days 3 h 20 later) is declared only in dateModified and Yoast's modified time
             (the updated date); the hAtom <span class="updated"> hidden by its style with the modified day; the share
             bar, tags, the author box with the bio, the post navigation "السابق"/"التالي" with titles (not related),
             "أخبار على علاقة بما قرأت" (four earlier posts with dates: related), "آراء قراء الكنبة (N)" with two or
             three readers' comments within 20 hours ("DATE في TIME") and the comment form; the sidebar: the tabbed
             widget with the "الأكثر قراءة" pane shown (five earlier posts with dates: related, a most-read box) and its
             comments and tags panes hidden by their style (not labelled), "جديد الكنبة أولاً بأول" (five posts dated
             between the article and the saving: not related), social icons; the footer's widgets, "Powered by WordPress
             | Designed by TieLabs" and "© Copyright YEAR, All Rights Reserved"

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update of the article: 14 of the 28 pages, two of each kind; every other
page carries updated null, and declares no modified time later than its publication: its modified times equal its
published ones or are absent, so that null is what the page says; sets 16 to 20 left the key out instead), body_with =
the opening of each paragraph (templates_set5.opening()), body_without = visible chrome texts, members' and readers'
lines, date lines and other stories' headlines, read_also, related (headed related lists, the writer's own list inside a
Hashnode post, a forum's similar threads and the most-read pane only). A forum member's intro line, a file's credit
line, an editor's update note, a source line, a pull quote and a reply quoting the text are not body (the last two
repeat the text and are not labelled).

Articles: CORPUS/satirical-hudood/N.hudood.txt (Al-Hudood's satire, as sadanyh/Arabic-Satirical-Fake-News-Dataset keeps
it: punctuation and digits stripped, some letters lost, the headline glued to the text on one line, no date, no writer;
ah9.txt, the folder's one file of another shape, is not read). Every file that a label of tests/ (segmenter or HTML) or
../shared/eval/dev named, or that a segmenter blind draw (tests/segmenter/blind*-draw.txt) listed, when the set was
written is left out (LABEL_NAMED, frozen: 45 files). The set reads the first 58 other files in number order (131 to
5667): for each, the number of words of its headline and of the credit line that follows it (a correspondent's or a
desk's line, 6 files) were read by hand (TITLE_WORDS: the corpus marks neither); the title is the headline as the file
spells it ("الس لطات تعهد ..." included) and the credit line is shown as such, not as text. The text's paragraphs are
cut where its sentences most likely begin, the stops being lost (paragraphs(): one of 22 words or more ends before a
word of STARTERS, "وقال", "وأضاف", "وفي", ...; one of 45 or more before a word of four letters or more that opens with
"و" after a gap of two spaces, where the corpus dropped a mark; one of 60 or more at the next gap; one of 90 or more
before the next such word; a last one under 12 words joined to the one before), their words verbatim, one space between
them. A file is an article when it is not one of NOT_ARTICLES (six lists: predictions and a horoscope by star sign, ways
to leave, a taxi drivers' statement, a recipe, a list of awards), its headline has 3 to 20 words, its text holds no
"اقرأ", "إقرأ", "للمزيد" or "قد يهمك" and it has at least 3 paragraphs (the page takes the first 8). Page n (counted
over the whole set, kinds in the order above) takes the next article in number order (131 to 2719; 766, 2279 and 2520
are passed over). Its local time is drawn by random.Random("templates_set21 page N"): a day of 2018-01-01 to 2024-12-31,
then a time from 07:00 to 22:59 (20:59 for hashnode), except shorthand-1 (00:50), ips-2 (02:40), concrete-1 (00:35) and
sahifa-1 (01:15), moved after midnight for their UTC traps. Other stories' headlines (related, latest and the like) are
the headlines of the files that follow the article's, wrapping around the 58 (templates_set19.following()): the first 11
shuffled by random.Random(20261221), one shuffle a page, then the rest in order (the read-also is the 12th, Sahifa's
next post the 13th, previous and next titles and breaking headlines from the 14th on).

Usage: templates_set21.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the page's visible
text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed in order
(templates_set10.renderer() runs those two); with --wording it also runs wording_problems() (above); fails if any check
does. The output is the same byte for byte from run to run."""
import ast
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc, fold  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import TN_MONTHS, hm, indic, set_arguments, write_page  # noqa: E402
from templates_set15 import iso_local, upd_of  # noqa: E402
from templates_set16 import en_date, lv_date  # noqa: E402
from templates_set17 import ar_date  # noqa: E402
from templates_set19 import (MARKERS, AMMAN_SUMMER, BEIRUT_SUMMER, CAIRO_SUMMER, at, dmy, following, h12, iso_z,  # noqa: E402
                             lead_words, links, usable_title, zone_helpers)
from templates_set20 import ampm, hash_int, iso_ms_z, iso_utc  # noqa: E402

KINDS = ('shorthand', 'mybb', 'ips', 'concrete', 'hashnode', 'zola', 'sahifa')
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead (set 19's tables).
ZONES = {'shorthand': (2, BEIRUT_SUMMER), 'mybb': (3, []), 'ips': (4, []), 'concrete': (2, AMMAN_SUMMER),
         'hashnode': (3, []), 'zola': (1, []), 'sahifa': (2, CAIRO_SUMMER)}
# Pages whose local time is moved to just after midnight, so that their UTC date is the day before (kind, page).
AFTER_MIDNIGHT = {('shorthand', 1): (0, 50), ('ips', 2): (2, 40), ('concrete', 1): (0, 35), ('sahifa', 1): (1, 15)}
# Kinds whose every date is UTC: their pages are published between 07:00 and 20:59 local, so that the UTC day is the
# local one.
UTC_ONLY = ('hashnode',)
UTC = datetime.timezone.utc
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)


def iso_plus0000(t):
    """UTC with '+0000' (PHP's DateTime::ISO8601, as Invision Community writes its JSON-LD)."""
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+0000')


def clock12(t, am='AM', pm='PM'):
    """'09:14 PM': a zero-padded 12-hour clock (PHP's 'h:i A')."""
    return f'{t.hour % 12 or 12:02d}:{t.minute:02d} {am if t.hour < 12 else pm}'


def between(kind, start, end, i, n):
    """The i-th (from 0) of n moments spread evenly between `start` and `end`, both left out."""
    return in_zone(kind, start + (end - start) * (i + 1) / (n + 1))


def credit_line(extra):
    """The words the corpus file puts between its headline and its text (a correspondent's or a desk's credit), or ''."""
    return extra.get('credit', '')


def after_second(paras, block, where=1):
    """The paragraphs as <p>s with `block` (an HTML string, or '') after paragraph `where` (or after the last one when
    the text is shorter)."""
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p>{esc(p)}</p>')
        if block and i == min(where, len(paras) - 1):
            out.append(block)
    return ''.join(out)


# --- shorthand: a Beirut platform's long-form story made with Shorthand --------------------------------------------
SH_SITE = 'المرفأ'
SH_HOST = 'https://qisas.almarfaa.example'
SH_MAIN = 'https://www.almarfaa.example'
SH_NAV = ['واجهة المرفأ', 'ملفات مفتوحة', 'حكايات مصوّرة', 'من نحن']
SH_SERIES = 'ملف: ضحك كالبكاء'
SH_DECK = 'حكاية من زمن العبث كما رواها موقع الحدود الساخر، نعيد نشرها بصفحة مصوّرة ضمن ملف هذا الشهر'
SH_BY = 'نص:'
SH_PHOTOS = 'صور:'
SH_WRITERS = ['ريما الحاج', 'وسام نصر الله', 'كارلا معوض', 'جاد أبو شقرا']
SH_PHOTOGRAPHERS = ['هادي بو عاصي', 'لين سركيس', 'مروان حداد', 'نور فرحات']
SH_PLACE = 'بيروت'
SH_SCROLL = 'انزل بهدوء لتكمل الحكاية'
SH_CAPTION = 'لقطة من أرشيف المرفأ المصوّر، تُنشر للتوضيح'
SH_ALSO = 'حكاية سبقتها في الملف:'
SH_TEAM = 'من صنع هذه الصفحة'
SH_ROLES = ['كتابة', 'تصوير', 'تصميم الصفحة', 'إشراف تحريري']
SH_DESIGNERS = ['سارة عيتاني', 'طوني خوري', 'ديما زين الدين', 'إيلي نخلة']
SH_EDITOR = 'منى الأسعد'
SH_UPDATED = 'راجعنا نص الحكاية وصحّحنا فيه خطأً مطبعياً يوم {date}'
SH_RELATED = 'حكايات يضمّها الملف ذاته'
SH_LATEST = 'نشرنا هذا الأسبوع على المرفأ'
SH_LETTER = 'رسالة المرفأ البريدية يوم السبت: حكاية طويلة وثلاث قصيرات'
SH_LETTER_BUTTON = 'أرسلوها لي'
SH_ABOUT = 'المرفأ منصة صحافة مستقلة من بيروت، تموّلها اشتراكات قرّائها'
SH_MADE = 'Made with Shorthand'


def render_shorthand(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:9]
    kind = 'shorthand'
    pub = at(extra)
    sid = 38120 + 517 * k
    writer, photographer = SH_WRITERS[k], SH_PHOTOGRAPHERS[k]
    # The date line the editor typed under the byline: a Levantine long date with the place (page 0), with the day's
    # name (page 1, published at 00:50: the day before in UTC), dd/mm/yyyy (page 2), none (page 3: metadata only).
    dateline = (f'{SH_PLACE}، {lv_date(pub)}', f'{DAYS[pub.weekday()]} {lv_date(pub)}', dmy(pub), '')[k]
    mod, upd_day, upd_line = pub, None, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=5, minutes=30)
        upd_day = mod.date()
        upd_line = SH_UPDATED.format(date=lv_date(mod))
    elif k == 2:
        mod = later(kind, pub, days=2, hours=4, minutes=10)
        upd_day = mod.date()
    credit = credit_line(extra)
    credit_html = f'<p class="Theme-Credit">{esc(credit)}</p>' if credit else ''
    dateline_html = f'<p class="Theme-Dateline">{dateline}</p>' if dateline else ''
    also = ''
    if k % 2 == 0:
        also = f'<p class="Theme-InlineLink"><strong>{SH_ALSO}</strong> <a href="{SH_HOST}/story-{sid - 77}/">{esc(extra["also"])}</a></p>'
    first, cards, rest = paras[:2], paras[2:4], paras[4:]
    quote = ' '.join(paras[1 if len(paras) > 1 else 0].split()[:12])
    card_html = ''.join(f'<div class="Theme-Layer-TextBlock Theme-Layer-TextBlock--card"><div class="Theme-Layer-TextBlock-Inner"><p>{esc(p)}</p></div></div>' for p in cards)
    rest_html = after_second(rest, also, 0) if rest else also
    if rest_html:
        rest_html = (f'<section class="Theme-Section Theme-TextSection" id="section-text-2">\n<div class="Theme-Layer-BodyText Theme-TextSection-Content">\n'
                     f'{rest_html}\n</div>\n</section>\n')
    team = ''.join(f'<li class="Theme-Credits-Item"><span class="Theme-Credits-Role">{r}</span> <span class="Theme-Credits-Name">{n}</span></li>'
                   for r, n in zip(SH_ROLES, (writer, photographer, SH_DESIGNERS[k], SH_EDITOR)))
    upd_html = f'<p class="Theme-Credits-Note">{upd_line}</p>' if upd_line else ''
    rel_html = ''.join(f'<li class="Theme-Card"><a class="Theme-Card-Link" href="{SH_HOST}/{slug}-r{i}/">{esc(t)}</a></li>' for i, t in enumerate(rel))
    latest_days = [later(kind, pub, days=1 + i, hours=3 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="{SH_MAIN}/news/{sid + 40 + i}">{esc(t)}</a> <span class="Theme-Footer-Date">{lv_date(d)}</span></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    nav = ''.join(f'<li class="Theme-Navigation-Item"><a href="{SH_MAIN}/{["", "files", "photo-stories", "about"][i]}">{t}</a></li>' for i, t in enumerate(SH_NAV))
    url = f'{SH_HOST}/{slug}/'
    story = {'storyId': f'sh{sid}', 'theme': 'almarfaa-2021', 'sections': 7, 'analytics': {'provider': 'plausible', 'domain': 'qisas.almarfaa.example'},
             'lang': 'ar', 'dir': 'rtl'}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="Theme-Story--rtl no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SH_SITE}</title>
<meta name="description" content="{esc(SH_DECK)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SH_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(SH_DECK)}">
<meta property="og:image" content="{SH_HOST}/{slug}/assets/title-bg-1200x630.jpg">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso_z(pub)}">
<meta property="article:modified_time" content="{iso_z(mod)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="{SH_HOST}/{slug}/static/css/theme.4e1b2f.css">
<link rel="stylesheet" href="{SH_HOST}/{slug}/static/css/story.rtl.9a07c3.css">
<script>window.Shorthand = {json.dumps(story)};</script>
</head>
<body class="Theme-Story Theme-Story--almarfaa">
<header class="Theme-Header Theme-Header--transparent">
<a class="Theme-Logo" href="{SH_MAIN}/" aria-label="{SH_SITE}"><img src="{SH_HOST}/{slug}/assets/logo.svg" alt="{SH_SITE}" width="120" height="36"></a>
<span class="Theme-Header-StoryTitle">{esc(title)}</span>
<nav class="Theme-Navigation"><ul class="Theme-Navigation-List">{nav}</ul></nav>
<div class="Theme-ProgressBar" role="progressbar" aria-valuemin="0" aria-valuemax="100"></div>
</header>
<main class="Theme-Story-Body" id="story">
<section class="Theme-Section Theme-TitleSection Layout--fullscreen" id="section-title">
<div class="Theme-Layer-Background"><img class="Theme-BackgroundImage" src="{SH_HOST}/{slug}/assets/title-bg-1920x1080.jpg" alt=""></div>
<div class="Theme-Layer-BodyText">
<p class="Theme-Kicker">{SH_SERIES}</p>
<h1 class="Theme-Title">{esc(title)}</h1>
<p class="Theme-Subheading">{esc(SH_DECK)}</p>
<p class="Theme-Byline"><span class="Theme-Byline-Item">{SH_BY} {writer}</span> <span class="Theme-Byline-Item">{SH_PHOTOS} {photographer}</span></p>
{dateline_html}{credit_html}
<p class="Theme-ScrollHint">{SH_SCROLL}</p>
</div>
</section>
<section class="Theme-Section Theme-TextSection" id="section-text-1">
<div class="Theme-Layer-BodyText Theme-TextSection-Content">
{after_second(first, "", 9)}
</div>
</section>
<section class="Theme-Section Theme-MediaSection Layout--inset" id="section-media-1">
<figure class="Theme-Media"><img src="{SH_HOST}/{slug}/assets/media-1-1600x900.jpg" alt="" loading="lazy" width="1600" height="900"><figcaption class="Theme-Caption">{SH_CAPTION}</figcaption></figure>
</section>
<section class="Theme-Section Theme-BackgroundScrollmationSection" id="section-scrollmation-1">
<div class="Theme-Layer-Background Theme-Layer-Background--sticky"><img src="{SH_HOST}/{slug}/assets/scroll-bg.jpg" alt=""></div>
<div class="Theme-Layer-Cards">{card_html}</div>
</section>
<section class="Theme-Section Theme-QuoteSection" id="section-quote-1">
<blockquote class="Theme-PullQuote"><p>«{esc(quote)}…»</p></blockquote>
</section>
{rest_html}<section class="Theme-Section Theme-TextSection Theme-Credits" id="section-credits">
<div class="Theme-Layer-BodyText">
<h2 class="Theme-Credits-Heading">{SH_TEAM}</h2>
<ul class="Theme-Credits-List">{team}</ul>
{upd_html}
</div>
</section>
<section class="Theme-Section Theme-CardsSection" id="section-related">
<div class="Theme-Layer-BodyText">
<h2 class="Theme-CardsSection-Heading">{SH_RELATED}</h2>
<ul class="Theme-CardGrid">{rel_html}</ul>
</div>
</section>
</main>
<footer class="Theme-Footer">
<div class="Theme-Footer-Latest"><h3>{SH_LATEST}</h3><ul>{latest_html}</ul></div>
<form class="Theme-Footer-Newsletter" action="{SH_MAIN}/newsletter" method="post"><p>{SH_LETTER}</p><input type="email" name="email" aria-label="email"> <button type="submit">{SH_LETTER_BUTTON}</button></form>
<p class="Theme-Footer-About">{SH_ABOUT}</p>
<p class="Theme-Footer-Copyright">© {later(kind, pub, days=60).year} {SH_SITE}</p>
<p class="Theme-Footer-Made"><a href="https://shorthand.com/made-with-shorthand" rel="noopener">{SH_MADE}</a></p>
</footer>
<script src="{SH_HOST}/{slug}/static/js/story.b61f0e.js" defer></script>
</body>
</html>
'''
    without = [SH_SERIES, SH_DECK, f'{SH_BY} {writer}', f'{SH_PHOTOS} {photographer}', SH_SCROLL, SH_CAPTION, SH_TEAM,
               SH_ROLES[2], SH_RELATED, SH_LATEST, SH_LETTER, SH_ABOUT, SH_MADE] + latest + rel[:2] + \
        [x for x in (dateline, credit, upd_line) if x]
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- mybb: an Iraqi board's thread on MyBB 1.8 --------------------------------------------------------------------
MB_SITE = 'منتديات شط العرب'
MB_HOST = 'https://www.shatt-alarab.example/vb'
MB_WELCOME = 'أهلاً بك يا ضيفنا، لن ترى كل الأقسام قبل أن تدخل بحسابك'
MB_LOGIN = 'الدخول'
MB_REGISTER = 'افتح حساباً'
MB_TOP = ['البوابة', 'ابحث', 'الأعضاء', 'التقويم', 'مساعدة']
MB_LATEST = 'أحدث ما كُتب في المنتدى'
MB_BY = 'بواسطة'
MB_PARENT = 'الساحة العامة'
MB_FORUM = 'السخرية السياسية'
MB_MODES = ['عرض خطي', 'عرض شجري']
MB_NEW = 'افتح موضوعاً جديداً'
MB_REPLY = 'شارك بردك'
MB_POSTS = 'المشاركات'
MB_JOINED = 'تاريخ الانضمام'
MB_REP = 'التقييم'
MB_MEMBERS = [('أبو حيدر البصري', 'عضو ذهبي'), ('زهراء الكاظمي', 'مشرفة قسم السخرية'), ('ابن دجلة', 'عضو مميز'),
              ('مصطفى العبيدي', 'عضو نشيط')]
MB_INTROS = ['هلا بيكم شباب، هذا مقال من موقع الحدود يستاهل القراية للآخر:',
             'نقلتلكم هالمقال لأن يشبه حالنا بالضبط، اقروه وگولولي رأيكم:',
             'ضحكني هالمقال وبچاني بنفس الوقت، خليته هنا للي ما شافه:',
             'من أرشيف الحدود الساخر، مقال قديم بس كأنه انكتب البارحة:']
MB_ALSO = 'وهذا موضوع ثاني نزلته قبل فترة عن نفس الهم:'
MB_SOURCE = 'منقول كما هو من موقع الحدود'
MB_EDITED = '(صاحب المشاركة غيّر فيها شيئاً بتاريخ {date}، والمعدِّل {name}.)'
MB_SIGNATURES = ['الكلمة الحلوة صدقة، والرد على الموضوع أحلى', 'البصرة أم الخير وتبقى أم الخير',
                 'لا تحكم على العضو من توقيعه ولا على الموضوع من عنوانه', 'يا رب احفظ العراق وأهله من كل شر']
MB_QUOTE = 'اقتباس'
MB_REPORT = 'تبليغ'
MB_WROTE = 'كتب:'
MB_REPLIERS = [('علي الموصلي', 'عضو جديد'), ('سرى', 'عضوة فعالة'), ('حسن أبو الجود', 'عضو')]
MB_REPLY_TEXTS = ['والله الحدود ما يقصرون، كل مقال أحلى من اللي قبله، تسلم على النقل',
                  'هاي السالفة صارت عدنا حرفياً قبل سنتين، الواقع صار أغرب من السخرية نفسها',
                  'تسلم إيدك، بس ياريت تنزل رابط المقال الأصلي حتى نقرا التعليقات هناك']
MB_SIMILAR = 'مواضيع مشابهة'
MB_COLUMNS = ['الموضوع', 'الكاتب', 'الردود', 'المشاهدات', 'آخر رد']
MB_THREAD_NAV = ['« الموضوع الأقدم', 'الموضوع الأحدث »']
MB_VIEWING = 'يتصفح الموضوع حالياً {n} من الضيوف ولا أحد من الأعضاء'
MB_JUMP = 'انتقل إلى قسم:'
MB_FOOTER = ['راسل الإدارة', 'للأعلى', 'نسخة خفيفة', 'تغذية RSS']
MB_NOW = 'الوقت الآن:'
MB_TRANSLATION = 'عرّب الواجهة وصمّم القالب فريق شط العرب'


def mb_date(t, style, now):
    """The board's date and time in the form of page `style`: 'd-m-Y, h:i A' (0), a Levantine long date (1), MyBB's
    relative "اليوم"/"أمس" with the date in the span's title (2), 'd/m/Y - H:i' (3)."""
    if style == 0:
        return f'{dmy(t, "-")}, {clock12(t)}'
    if style == 1:
        return f'{lv_date(t)}، {clock12(t, "ص", "م")}'
    if style == 2:
        rel = {0: 'اليوم', 1: 'أمس'}.get((now.date() - t.date()).days)
        if rel:
            return f'<span title="{dmy(t, "-")}">{rel}</span>, {clock12(t)}'
        return f'{dmy(t, "-")}, {clock12(t)}'
    return f'{dmy(t)} - {hm(t)}'


def mb_post(pid, number, member, rank, posts, joined, when, style, now, body, edit, signature, bg):
    uid = hash_int(member) % 4000 + 20
    edit_html = f' <span class="post_edit" id="edited_by_{pid}"><span class="edited_post">{esc(edit)}</span></span>' if edit else ''
    sig = f'<div class="signature scaleimages">{esc(signature)}</div>' if signature else ''
    return f'''<a name="pid{pid}" id="pid{pid}"></a>
<div class="post classic {bg}" style="" id="post_{pid}">
<div class="post_author scaleimages">
<div class="author_avatar"><a href="{MB_HOST}/member.php?action=profile&amp;uid={uid}"><img src="{MB_HOST}/uploads/avatars/avatar_{uid}.png" alt="" width="70" height="70" /></a></div>
<div class="author_information"><strong><span class="largetext"><a href="{MB_HOST}/member.php?action=profile&amp;uid={uid}">{esc(member)}</a></span></strong> <img src="{MB_HOST}/images/buddy_offline.png" title="غير متصل" alt="غير متصل" class="buddy_status" /><br />
<span class="smalltext">{esc(rank)}<br /><img src="{MB_HOST}/images/star.png" border="0" alt="*" /><img src="{MB_HOST}/images/star.png" border="0" alt="*" /><br /></span></div>
<div class="author_statistics"><div class="author_row"><div class="author_label">{MB_POSTS}:</div> <div class="author_value">{posts:,}</div></div><div class="author_row"><div class="author_label">{MB_JOINED}:</div> <div class="author_value">{LEVANT_MONTHS[joined.month - 1]} {joined.year}</div></div><div class="author_row"><div class="author_label">{MB_REP}:</div> <div class="author_value"><a href="{MB_HOST}/reputation.php?uid={uid}"><strong class="reputation_positive">{uid % 90 + 3}</strong></a></div></div></div>
</div>
<div class="post_content">
<div class="post_head">
<div class="float_right" style="vertical-align: top"><strong><a href="{MB_HOST}/showthread.php?pid={pid}#pid{pid}">#{number}</a></strong></div>
<span class="post_date">{mb_date(when, style, now)}{edit_html}</span>
</div>
<div class="post_body scaleimages" id="pid_{pid}">
{body}
</div>
<div class="post_meta" id="post_meta_{pid}"></div>
</div>
{sig}
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"></div><div class="postbit_buttons post_management_buttons float_right"><a href="{MB_HOST}/newreply.php?tid=1&amp;replyto={pid}" class="postbit_quote"><span>{MB_QUOTE}</span></a><a href="javascript:Report.reportPost({pid});" class="postbit_report"><span>{MB_REPORT}</span></a></div></div>
</div>
'''


def render_mybb(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:5], others[5:10]
    kind = 'mybb'
    pub = at(extra)
    tid = 21840 + 311 * k
    pid = 318460 + 2741 * k
    member, rank = MB_MEMBERS[k]
    style = k
    # The moment the page was saved: days later, or the next evening on page 2 (its post dated "أمس").
    if k == 2:
        now = in_zone(kind, datetime.datetime.combine(pub.date() + datetime.timedelta(days=1), datetime.time(23, 50), tzinfo=pub.tzinfo))
    else:
        now = later(kind, pub, days=(3, 10, 1, 6)[k], hours=2)
    upd_day, edit = None, ''
    if k in (1, 3):
        edited = later(kind, pub, days=1 if k == 1 else 2, hours=2 if k == 1 else 7, minutes=20 if k == 1 else 5)
        upd_day = edited.date()
        edited_text = mb_date(edited, style, now)
        edit = MB_EDITED.format(date=edited_text, name=member)
    intro = MB_INTROS[k]
    parts = [f'<span style="font-weight: bold;" class="mycode_b">{esc(intro)}</span>']
    credit = credit_line(extra)
    if credit:
        parts.append(f'<span style="font-style: italic;" class="mycode_i">{esc(credit)}</span>')
    for i, p in enumerate(paras):
        parts.append(esc(p))
        if i == 1 and k % 2 == 1:
            parts.append(f'<span style="font-weight: bold;" class="mycode_b">{MB_ALSO}</span> <a href="{MB_HOST}/showthread.php?tid={tid - 388}" class="mycode_url">{esc(extra["also"])}</a>')
    parts.append(f'<a href="https://alhudood.example/{extra["file"].split(".")[0]}" class="mycode_url">{MB_SOURCE}</a>')
    body = '<br />\n<br />\n'.join(parts)
    joined = earlier(kind, pub, days=900 + 211 * k)
    posts = [mb_post(pid, 1, member, rank, 2400 + 613 * k, joined, pub, style, now, body, edit, MB_SIGNATURES[k], 'trow1')]
    reply_times = [later(kind, pub, hours=2, minutes=35 + k), later(kind, pub, hours=20 if k == 2 else 26, minutes=12)]
    replies = MB_REPLIERS[k % 2:k % 2 + 2]
    reply_texts = [MB_REPLY_TEXTS[(k + j) % 3] for j in range(2)]
    quote = ' '.join(paras[0].split()[:15])
    for j, ((who, who_rank), t, text) in enumerate(zip(replies, reply_times, reply_texts)):
        rbody = esc(text)
        if j == 0 and k % 2 == 0:
            rbody = (f'<blockquote class="mycode_quote"><cite><span> ({mb_date(pub, style, now)})</span>{esc(member)} {MB_WROTE} '
                     f'<a href="{MB_HOST}/showthread.php?pid={pid}#pid{pid}" class="quick_jump"></a></cite>{esc(quote)}…</blockquote><br />\n{rbody}')
        posts.append(mb_post(pid + 19 + 7 * j, j + 2, who, who_rank, 40 + 77 * j, earlier(kind, pub, days=120 + 45 * j), t, style, now, rbody, '',
                             '', 'trow2' if j == 0 else 'trow1'))
    latest_times = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_rows = ''.join(f'<tr><td class="trow{1 + i % 2}"><a href="{MB_HOST}/showthread.php?tid={tid + 30 + i}">{esc(t)}</a></td>'
                          f'<td class="trow{1 + i % 2}" align="center"><span class="smalltext">{MB_BY} <a href="{MB_HOST}/member.php?uid={70 + i}">{esc(MB_REPLIERS[i % 3][0])}</a></span></td>'
                          f'<td class="trow{1 + i % 2}" align="center"><span class="smalltext">{dmy(d, "-")}, {clock12(d)}</span></td></tr>'
                          for i, (t, d) in enumerate(zip(latest, latest_times)))
    rel_first = [earlier(kind, pub, days=20 + 17 * i, hours=i) for i in range(len(rel))]
    cols = ''.join(f'<td class="tcat" align="center"{" colspan=" + chr(34) + "2" + chr(34) if i == 0 else ""}><span class="smalltext"><strong>{c}</strong></span></td>' for i, c in enumerate(MB_COLUMNS))
    rel_rows = ''.join(f'<tr><td align="center" class="trow{1 + i % 2}" width="2%">&nbsp;</td><td class="trow{1 + i % 2}"><a href="{MB_HOST}/showthread.php?tid={tid - 500 - 37 * i}">{esc(t)}</a></td>'
                       f'<td align="center" class="trow{1 + i % 2}"><a href="{MB_HOST}/member.php?uid={90 + i}">{esc(MB_MEMBERS[(k + i + 1) % 4][0])}</a></td>'
                       f'<td align="center" class="trow{1 + i % 2}">{3 + 2 * i}</td><td align="center" class="trow{1 + i % 2}">{240 + 61 * i}</td>'
                       f'<td class="trow{1 + i % 2}" style="white-space: nowrap"><span class="smalltext">{dmy(d, "-")}, {clock12(d)}<br /><a href="{MB_HOST}/showthread.php?tid={tid - 500 - 37 * i}&amp;action=lastpost">{MB_COLUMNS[4]}</a>: {esc(MB_REPLIERS[i % 3][0])}</span></td></tr>'
                       for i, (t, d) in enumerate(zip(rel, [later(kind, f, days=2) for f in rel_first])))
    top = ''.join(f'<li><a href="{MB_HOST}/{["portal.php", "search.php", "memberlist.php", "calendar.php", "misc.php?action=help"][i]}">{t}</a></li>' for i, t in enumerate(MB_TOP))
    jump = ''.join(f'<option value="{3 + i}"{" selected=" + chr(34) + "selected" + chr(34) if f == MB_FORUM else ""}>{f}</option>' for i, f in enumerate([MB_PARENT, MB_FORUM, 'الرياضة العراقية', 'الأدب والشعر']))
    foot = ''.join(f'<li><a href="{MB_HOST}/{["contact.php", "#top", "archive/index.php", "syndication.php"][i]}">{t}</a></li>' for i, t in enumerate(MB_FOOTER))
    guests = 6 + 3 * k
    url = f'{MB_HOST}/showthread.php?tid={tid}'
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: showthread -->
<html xml:lang="ar" lang="ar" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<!-- start: headerinclude -->
<link rel="alternate" type="application/rss+xml" title="آخر المواضيع (RSS 2.0)" href="{MB_HOST}/syndication.php" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<script type="text/javascript" src="{MB_HOST}/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="{MB_HOST}/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="{MB_HOST}/cache/themes/theme3/global.css?t=1687012345" />
<link type="text/css" rel="stylesheet" href="{MB_HOST}/cache/themes/theme3/rtl.css?t=1687012345" />
<script type="text/javascript">
<!--
	lang.unknown_error = "حدث خطأ غير معروف.";
	var cookieDomain = ".shatt-alarab.example";
	var cookiePath = "/vb/";
	var cookiePrefix = "";
	var deleteevent_confirm = "هل تريد حذف هذا الحدث؟";
	var removeattach_confirm = "هل تريد حذف المرفقات المحددة؟";
	var loading_text = 'جاري التحميل...';
	var saving_changes = 'جاري حفظ التغييرات...';
	var use_xmlhttprequest = "1";
	var my_post_key = "6f2c0b1e8d4a{tid}";
	var rootpath = "";
	var imagepath = "images";
// -->
</script>
<!-- end: headerinclude -->
<script type="text/javascript">
<!--
	var quickdelete_confirm = "هل تريد حذف هذه المشاركة؟";
	var allowEditReason = "1";
// -->
</script>
<link rel="canonical" href="{url}" />
</head>
<body dir="rtl">
<div id="container">
<a name="top" id="top"></a>
<div id="header">
<div id="logo"><div class="wrapper"><a href="{MB_HOST}/index.php"><img src="{MB_HOST}/images/shatt_logo.png" alt="{MB_SITE}" title="{MB_SITE}" /></a>
<ul class="menu top_links">{top}</ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper">
<form action="{MB_HOST}/search.php"><fieldset id="search"><input name="keywords" type="text" class="textbox" /><input value="ابحث" type="submit" class="button" /><input type="hidden" name="action" value="do_search" /></fieldset></form>
<span class="welcome">{MB_WELCOME}</span> <a href="{MB_HOST}/member.php?action=login" class="login">{MB_LOGIN}</a> — <a href="{MB_HOST}/member.php?action=register" class="register">{MB_REGISTER}</a>
</div></div></div>
</div>
<div id="content">
<div class="wrapper">
<table border="0" cellspacing="0" cellpadding="5" class="tborder latest-threads">
<tr><td class="thead" colspan="3"><strong>{MB_LATEST}</strong></td></tr>
{latest_rows}
</table>
<br />
<div class="navigation">
<a href="{MB_HOST}/index.php">{MB_SITE}</a> › <a href="{MB_HOST}/forumdisplay.php?fid=3">{MB_PARENT}</a> › <a href="{MB_HOST}/forumdisplay.php?fid=4">{MB_FORUM}</a> ›<br /><img src="{MB_HOST}/images/nav_bit.png" alt="" /><span class="active">{esc(title)}</span>
</div>
<br />
<div class="float_left"><a href="{MB_HOST}/newreply.php?tid={tid}" class="button new_reply_button"><span>{MB_REPLY}</span></a></div>
<div class="float_right"><a href="{MB_HOST}/newthread.php?fid=4" class="button new_thread_button"><span>{MB_NEW}</span></a></div>
<br class="clear" />
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
<tr>
<td class="thead">
<div class="float_left"><span class="smalltext"><strong><a href="{url}&amp;mode=linear">{MB_MODES[0]}</a> | <a href="{url}&amp;mode=threaded">{MB_MODES[1]}</a></strong></span></div>
<div><h1 class="thread-subject">{esc(title)}</h1></div>
</td>
</tr>
<tr><td id="posts_container"><div id="posts">
{"".join(posts)}
</div></td></tr>
<tr><td class="tfoot"><div class="float_left"><strong><a href="{MB_HOST}/showthread.php?tid={tid}&amp;action=nextoldest">{MB_THREAD_NAV[0]}</a> | <a href="{MB_HOST}/showthread.php?tid={tid}&amp;action=nextnewest">{MB_THREAD_NAV[1]}</a></strong></div></td></tr>
</table>
<br />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr><td class="thead" align="center" colspan="6"><strong>{MB_SIMILAR}</strong></td></tr>
<tr>{cols}</tr>
{rel_rows}
</table>
<br />
<div class="float_left"><form action="{MB_HOST}/forumdisplay.php" method="get"><span class="smalltext"><strong>{MB_JUMP}</strong></span> <select name="fid" class="forumjump">{jump}</select> <input type="submit" class="button" value="اذهب" /></form></div>
<br class="clear" />
<span class="smalltext">{MB_VIEWING.format(n=guests)}</span>
</div>
</div>
<div id="footer">
<div class="upper"><div class="wrapper"><ul class="menu bottom_links">{foot}</ul></div></div>
<div class="lower"><div class="wrapper">
<span id="current_time"><strong>{MB_NOW}</strong> {mb_date(now, 0, now)}</span>
<span id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-{now.year} <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.<br />{MB_TRANSLATION}</span>
</div></div>
</div>
</div>
<script type="text/javascript">
<!--
	var thread_deleted = "0";
	if(thread_deleted == "1") {{ $("#quick_reply_form, .new_reply_button, .thread_tools, .inline_rating").show(); }}
// -->
</script>
</body>
</html><!-- end: showthread -->
'''
    without = [MB_WELCOME, MB_LATEST, intro, MB_SOURCE, MB_SIGNATURES[k], MB_SIMILAR, MB_VIEWING.format(n=guests), MB_TRANSLATION,
               mb_date(now, 0, now)] + reply_texts + latest + rel[:2] + [x for x in (credit, edit) if x]
    if k != 2:
        without.append(mb_date(pub, style, now))
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- ips: an Omani community's article on Invision Community 4.7 (Pages) -------------------------------------------
IP_SITE = 'ملتقى الساحل العماني'
IP_HOST = 'https://www.sahil-oman.example'
IP_SKIP = 'تخطَّ التنقل واذهب للمقال'
IP_SIGNIN = 'عندك حساب في الملتقى؟ ادخل به'
IP_SIGNUP = 'سجّل عضويتك الآن'
IP_NAV = ['الرئيسية', 'المقالات', 'المنتديات', 'الأندية', 'التقويم', 'المتصدرون', 'النشاط']
IP_CATEGORY = 'سخرية سياسية'
IP_BY = 'بواسطة'
IP_VIEWS = '{n} مشاهدة'
IP_COMMENTS_LINK = '{n} تعليقات'
IP_UPDATED = 'حرّر المشرف هذا المقال آخر مرة'
IP_ALSO = 'مقال من الملتقى يكمل الفكرة:'
IP_SOURCE = 'أُعيد نشر المقال عن موقع الحدود'
IP_RATE = 'ما تقييمك للمقال؟'
IP_TAGS = ['سخرية', 'الحدود', 'مقالات مختارة']
IP_FOLLOW = 'تابِع'
IP_FOLLOWERS = '{n} متابعين'
IP_SHARE = 'انشره بين أصدقائك'
IP_PREV = 'المقال الأقدم'
IP_NEXT = 'المقال الأحدث'
IP_SIMILAR = 'محتوى مشابه من أرشيف الملتقى'
IP_COMMENTS = 'ردود أعضاء الملتقى على المقال'
IP_POSTED = 'نُشر'
IP_COMMENTERS = [('ولد صحار', 'المقال يضحك ويبكي في نفس الوقت، الله يعين الكاتب على الرقابة'),
                 ('بنت الجبل الأخضر', 'الحدود عندهم قدرة عجيبة على وصف الواقع بجملة وحدة'),
                 ('أبو سالم الشحي', 'نقل طيب، لكن ليت المشرفين يضيفون رابط المصدر الأصلي أسفل المقال')]
IP_GUEST = 'أنشئ حساباً أو ادخل بحسابك لتضيف ردك على المقال'
IP_GUEST_BUTTONS = ['حساب جديد', 'دخول']
IP_LATEST = 'آخر المقالات المضافة إلى الملتقى'
IP_LEADERS = 'نجوم الملتقى هذا الأسبوع'
IP_LEADER_NAMES = ['مسقطي وأفتخر', 'سلطان البلوشي', 'أم عزان']
IP_ONLINE = 'في الملتقى الآن {n} عضواً و{g} زائراً'
IP_FOOTER = ['سياسة الخصوصية', 'قواعد الملتقى', 'راسل الإدارة']
IP_COPY = 'ملتقى الساحل العماني، منذ 2009'
IP_POWERED = 'Powered by Invision Community'
IP_AUTHORS = ['ناصر الهنائي', 'محرر الملتقى', 'شيخة البوسعيدي', 'خالد المعمري']


def ip_title_attr(t):
    """The <time>'s title: the guest's local date and time ('dd/mm/yyyy hh:mm  ص', two spaces before the mark)."""
    return f'{dmy(t)} {t.hour % 12 or 12:02d}:{t.minute:02d}  {ampm(t)}'


def ip_human(t, now):
    """IPS' relative date at `now`: minutes or hours ago today, "أمس في", the weekday within a week, else the date."""
    diff = now - t
    if diff < datetime.timedelta(hours=1):
        return f'منذ {max(1, diff.seconds // 60)} دقيقة'
    if now.date() == t.date():
        n = diff.seconds // 3600
        return {1: 'منذ ساعة', 2: 'منذ ساعتين'}.get(n, f'منذ {n} ساعات')
    if (now.date() - t.date()).days == 1:
        return f'أمس في {h12(t)} {ampm(t)}'
    if (now.date() - t.date()).days < 7:
        return f'{DAYS[t.weekday()]} في {h12(t)} {ampm(t)}'
    return ar_date(t)


def ip_time(t, now):
    return f'<time datetime="{iso_z(t)}" title="{ip_title_attr(t)}" data-short="{max(1, (now - t).days)} يوم">{ip_human(t, now)}</time>'


def render_ips(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:9]
    kind = 'ips'
    pub = at(extra)
    rid = 612 + 47 * k
    author = IP_AUTHORS[k]
    # The moment the page was saved: a year later (page 0: the date), 2 days later (page 1: the weekday), the next
    # morning (page 2, published at 02:40: "أمس", the day before in UTC), hours later the same evening (page 3: "منذ
    # N ساعات").
    now = later(kind, pub, **({'days': 390, 'hours': 4} if k == 0 else {'days': 2, 'hours': 3} if k == 1 else
                              {'hours': 24 + 7} if k == 2 else {'hours': 5, 'minutes': 12}))
    if k == 3 and now.date() != pub.date():
        now = now.replace(year=pub.year, month=pub.month, day=pub.day, hour=23, minute=58)
    mod, upd_day, upd_html, upd_text = pub, None, '', ''
    if k == 0:
        mod = later(kind, pub, days=2, hours=6, minutes=50)
        upd_day = mod.date()
    elif k == 1:
        mod = later(kind, pub, days=1, hours=3, minutes=45)
        upd_day = mod.date()
        upd_html = f'<p class="ipsType_reset ipsType_light ipsType_medium cRecordUpdated"><span>{IP_UPDATED}</span> {ip_time(mod, now)}</p>'
        upd_text = ip_human(mod, now)
    credit = credit_line(extra)
    body = (f'<p><em>{esc(credit)}</em></p>' if credit else '') + after_second(
        paras, f'<p><strong>{IP_ALSO}</strong> <a href="{IP_HOST}/articles/satire/{rid - 23}-also/" rel="">{esc(extra["also"])}</a></p>' if k % 2 == 0 else '')
    text = '\n'.join(paras)
    views = 1840 + 433 * k
    comments = (IP_COMMENTERS[k % 3:] + IP_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_times = [between(kind, pub, min(now, later(kind, pub, hours=20)), i, len(comments)) for i in range(len(comments))]
    comments_html = ''.join(f'''<a id="comment-{rid * 10 + i}"></a><article id="elComment_{rid * 10 + i}" class="ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone">
<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium"><h3 class="ipsComment_author ipsType_break"><strong class="ipsType_normal"><a href="{IP_HOST}/profile/{300 + i}-m/" class="ipsType_break">{esc(n)}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li><a href="{IP_HOST}/profile/{300 + i}-m/" class="ipsUserPhoto ipsUserPhoto_large"><img src="{IP_HOST}/uploads/monthly/av{i}.png" alt="" loading="lazy"></a></li></ul></aside>
<div class="ipsColumn ipsColumn_fluid"><div id="comment-{rid * 10 + i}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsType_blendLinks"><a href="{IP_HOST}/articles/satire/{rid}-{slug}/?do=findComment&amp;comment={rid * 10 + i}" class="ipsType_blendLinks">{IP_POSTED} {ip_time(d, now)}</a></div>
<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_vertical ipsContained" data-controller="core.front.core.lightboxedImages"><p>{esc(c)}</p></div></div></div></div>
</article>'''
                            for i, ((n, c), d) in enumerate(zip(comments, comment_times)))
    rel_days = [earlier(kind, pub, days=5 + 11 * i, hours=2 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="ipsDataItem"><div class="ipsDataItem_main"><h4 class="ipsDataItem_title ipsContained_container"><span class="ipsType_break ipsContained"><a href="{IP_HOST}/articles/satire/{rid - 60 - 7 * i}-r/">{esc(t)}</a></span></h4><p class="ipsType_reset ipsType_light ipsType_medium"><span>{IP_BY} {esc(IP_AUTHORS[(k + i + 1) % 4])}</span> {ip_time(d, now)}</p></div></li>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(f'<li class="ipsDataItem"><div class="ipsDataItem_main"><a href="{IP_HOST}/articles/satire/{rid + 5 + i}-n/" class="ipsDataItem_title ipsType_break">{esc(t)}</a><br><span class="ipsType_light ipsType_small">{ip_time(d, now)}</span></div></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    leaders = ''.join(f'<li class="ipsDataItem"><a href="{IP_HOST}/profile/{500 + i}-l/">{n}</a> <span class="ipsType_light">{40 - 9 * i}</span></li>' for i, n in enumerate(IP_LEADER_NAMES))
    prev_t, next_t = extra['more'][0], extra['more'][1]
    nav = ''.join(f'<li{" class=" + chr(34) + "ipsNavBar_active" + chr(34) if i == 1 else ""}><a href="{IP_HOST}/{["", "articles/", "forums/", "clubs/", "events/", "leaderboard/", "discover/"][i]}">{t}</a></li>' for i, t in enumerate(IP_NAV))
    tags = ''.join(f'<li><a href="{IP_HOST}/tags/t{i}/" class="ipsTag" rel="tag"><span>{t}</span></a></li>' for i, t in enumerate(IP_TAGS))
    foot = ''.join(f'<li><a href="{IP_HOST}/{["privacy/", "guidelines/", "contact/"][i]}">{t}</a></li>' for i, t in enumerate(IP_FOOTER))
    url = f'{IP_HOST}/articles/satire/{rid}-{slug}/'
    ld_article = {'@context': 'http://schema.org', '@type': 'Article', 'url': url, 'discussionUrl': url + '#comments', 'mainEntityOfPage': url,
                  'name': title, 'headline': title, 'text': text, 'articleBody': text, 'dateCreated': iso_plus0000(pub),
                  'datePublished': iso_plus0000(pub), 'dateModified': iso_plus0000(mod), 'pageStart': 1, 'pageEnd': 1,
                  'author': {'@type': 'Person', 'name': author, 'url': f'{IP_HOST}/profile/{40 + k}-a/'},
                  'publisher': {'@id': IP_HOST + '/#organization'}, 'interactionStatistic': [
                      {'@type': 'InteractionCounter', 'interactionType': 'http://schema.org/ViewAction', 'userInteractionCount': views},
                      {'@type': 'InteractionCounter', 'interactionType': 'http://schema.org/CommentAction', 'userInteractionCount': len(comments)}],
                  'commentCount': len(comments)}
    ld_crumbs = {'@context': 'http://schema.org', '@type': 'BreadcrumbList', 'itemListElement': [
        {'@type': 'ListItem', 'position': 1, 'item': {'name': IP_NAV[1], '@id': IP_HOST + '/articles/'}},
        {'@type': 'ListItem', 'position': 2, 'item': {'name': IP_CATEGORY, '@id': IP_HOST + '/articles/satire/'}},
        {'@type': 'ListItem', 'position': 3, 'item': {'name': title}}]}
    settings = {'jsAntiCache': '1687' + str(rid), 'disableNotificationSounds': True, 'useCompiledFiles': True, 'links_external': True,
                'memberID': 0, 'lazyLoadEnabled': True, 'baseURL': IP_HOST + '/', 'date_format': 'dd/mm/yy'}
    page = f'''<!DOCTYPE html>
<html lang="ar-OM" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {IP_CATEGORY} - {IP_SITE}</title>
<script>
var ipsDebug = false;
var CKEDITOR_BASEPATH = '{IP_HOST}/applications/core/interface/ckeditor/ckeditor/';
var ipsSettings = {json.dumps(settings)};
</script>
<script type="text/javascript" src="{IP_HOST}/uploads/javascript_global/root_library.js?v=1687{rid}" data-ips></script>
<script type='application/ld+json'>{json.dumps(ld_article)}</script>
<script type='application/ld+json'>{json.dumps(ld_crumbs)}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{url}">
<meta name="description" content="{esc(lead_words(paras, 28))}">
<meta property="og:description" content="{esc(lead_words(paras, 28))}">
<meta property="og:site_name" content="{IP_SITE}">
<meta property="og:locale" content="ar_OM">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="{IP_HOST}/uploads/css_built_4/341e4a57816af3ba440d891ca87450ff_framework.css?v=1687{rid}" media="all">
<link rel="stylesheet" href="{IP_HOST}/uploads/css_built_4/cms_front_records.css?v=1687{rid}" media="all">
</head>
<body class="ipsApp ipsApp_front ipsJS_none ipsClearfix" data-controller="core.front.core.app" data-message="" data-pageapp="cms" data-pagelocation="front" data-pagemodule="pages" data-pagecontroller="page" data-pageid="{rid}">
<a href="#ipsLayout_mainArea" class="ipsHide" title="{IP_SKIP}" accesskey="m">{IP_SKIP}</a>
<div id="ipsLayout_header" class="ipsClearfix">
<header><div class="ipsLayout_container"><a href="{IP_HOST}/" id="elSiteTitle" accesskey="1">{IP_SITE}</a>
<ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="{IP_HOST}/login/" id="elUserSignIn">{IP_SIGNIN}</a></li><li><a href="{IP_HOST}/register/" class="ipsButton ipsButton_normal ipsButton_primary" id="elRegisterButton">{IP_SIGNUP}</a></li></ul>
</div></header>
<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars"><div class="ipsNavBar_primary ipsLayout_container"><ul data-role="primaryNavBar" class="ipsClearfix">{nav}</ul><div id="elSearchWrapper"><div id="elSearch" data-controller="core.front.core.quickSearch"><form accept-charset="utf-8" action="{IP_HOST}/search/?do=quicksearch" method="post"><input type="search" id="elSearchField" placeholder="ابحث..." name="q" autocomplete="off" aria-label="ابحث"></form></div></div></div></nav>
</div>
<main id="ipsLayout_body" class="ipsLayout_container">
<div id="ipsLayout_contentArea">
<div id="ipsLayout_contentWrapper">
<nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="{IP_HOST}/"><i class="fa fa-home"></i> {IP_NAV[0]}</a></li><li><a href="{IP_HOST}/articles/">{IP_NAV[1]}</a></li><li><a href="{IP_HOST}/articles/satire/">{IP_CATEGORY}</a></li><li>{esc(title)}</li></ul></nav>
<div id="ipsLayout_mainArea">
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding">
<div class="ipsFlex ipsFlex-ai:center ipsFlex-jc:between"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained">{esc(title)}</span></h1></div>
<div class="ipsFlex-flex:00"><div class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall"><span>{IP_FOLLOW}</span> <span class="ipsCommentCount">{IP_FOLLOWERS.format(n=4 + k)}</span></div></div></div>
<hr class="ipsHr">
<div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsPhotoPanel ipsPhotoPanel_tiny"><a href="{IP_HOST}/profile/{40 + k}-a/" class="ipsUserPhoto ipsUserPhoto_tiny"><img src="{IP_HOST}/uploads/monthly/author{k}.png" alt="{esc(author)}" loading="lazy"></a>
<div><p class="ipsType_reset ipsType_normal ipsType_blendLinks"><span>{IP_BY}</span> <a href="{IP_HOST}/profile/{40 + k}-a/">{esc(author)}</a></p>
<ul class="ipsList_inline ipsType_light"><li>{ip_time(pub, now)}</li><li>{IP_VIEWS.format(n=f"{views:,}")}</li><li><a href="#comments">{IP_COMMENTS_LINK.format(n=len(comments))}</a></li></ul>
{upd_html}</div></div></div>
</div>
<article class="ipsBox ipsResponsive_pull ipsPadding ipsSpacer_top cCmsRecord">
<section class="ipsType_normal ipsSpacer_both"><div class="ipsType_richText ipsContained ipsType_break" data-controller="core.front.core.lightboxedImages">{body}</div></section>
<div class="ipsType_light ipsType_medium cCmsRecord_source">{IP_SOURCE}</div>
<hr class="ipsHr">
<div class="ipsClearfix"><div class="ipsRating ipsRating_veryLarge"><span class="ipsType_light">{IP_RATE}</span> <ul class="ipsRating_collective"><li class="ipsRating_on"><i class="fa fa-star"></i></li><li class="ipsRating_on"><i class="fa fa-star"></i></li><li class="ipsRating_off"><i class="fa fa-star"></i></li></ul></div>
<ul class="ipsTags ipsList_inline">{tags}</ul></div>
<div class="ipsResponsive_noFloat ipsResponsive_block"><ul class="ipsList_inline ipsList_noSpacing ipsClearfix" data-controller="core.front.core.sharelink"><li><span>{IP_SHARE}</span></li><li><a href="https://www.facebook.example/sharer/sharer.php?u={url}" class="cShareLink cShareLink_facebook" rel="nofollow noopener">Facebook</a></li><li><a href="https://x.example/share?url={url}" class="cShareLink cShareLink_x" rel="nofollow noopener">X</a></li><li><a href="https://wa.example/send?text={url}" class="cShareLink cShareLink_whatsapp" rel="nofollow noopener">WhatsApp</a></li></ul></div>
</article>
<div class="ipsPager ipsSpacer_top"><div class="ipsPager_prev"><a href="{IP_HOST}/articles/satire/{rid - 1}-p/" rel="prev"><span class="ipsPager_type">{IP_PREV}</span><span class="ipsPager_title ipsType_light ipsTruncate ipsTruncate_line">{esc(prev_t)}</span></a></div><div class="ipsPager_next"><a href="{IP_HOST}/articles/satire/{rid + 1}-n/" rel="next"><span class="ipsPager_type">{IP_NEXT}</span><span class="ipsPager_title ipsType_light ipsTruncate ipsTruncate_line">{esc(next_t)}</span></a></div></div>
<div class="ipsBox ipsSpacer_top"><h2 class="ipsType_sectionTitle ipsType_reset">{IP_SIMILAR}</h2><ul class="ipsDataList ipsDataList_reducedSpacing">{rel_html}</ul></div>
<a id="comments"></a>
<div class="ipsBox ipsPadding ipsResponsive_pull ipsSpacer_top" data-controller="core.front.core.commentFeed" data-feedid="cms-records1-{rid}">
<h2 class="ipsType_sectionTitle ipsType_reset">{IP_COMMENTS}</h2>
<div data-role="commentFeed">{comments_html}</div>
<div class="ipsAreaBackground ipsPadding cGuestTeaser"><p class="ipsType_reset ipsType_normal">{IP_GUEST}</p><ul class="ipsList_inline"><li><a href="{IP_HOST}/register/" class="ipsButton ipsButton_primary ipsButton_small">{IP_GUEST_BUTTONS[0]}</a></li><li><a href="{IP_HOST}/login/" class="ipsButton ipsButton_light ipsButton_small">{IP_GUEST_BUTTONS[1]}</a></li></ul></div>
</div>
</div>
<div id="ipsLayout_sidebar" class="ipsLayout_sidebarright" data-controller="core.front.widgets.sidebar">
<div class="ipsWidget ipsWidget_vertical ipsBox"><h3 class="ipsType_reset ipsWidget_title">{IP_LATEST}</h3><div class="ipsWidget_inner ipsPad"><ul class="ipsDataList ipsDataList_reducedSpacing">{latest_html}</ul></div></div>
<div class="ipsWidget ipsWidget_vertical ipsBox"><h3 class="ipsType_reset ipsWidget_title">{IP_LEADERS}</h3><div class="ipsWidget_inner"><ul class="ipsDataList">{leaders}</ul></div></div>
<div class="ipsWidget ipsWidget_vertical ipsBox"><div class="ipsWidget_inner ipsPad"><p class="ipsType_reset">{IP_ONLINE.format(n=11 + k, g=48 + 9 * k)}</p></div></div>
</div>
</div>
</div>
</main>
<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks">{foot}</ul>
<p id="elCopyright"><span id="elCopyright_userLine">{IP_COPY}</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">{IP_POWERED}</a></p></div></footer>
<script type="text/javascript">ips.setSetting('date_format', jQuery.parseJSON('"dd\\/mm\\/yy"'));</script>
</body>
</html>
'''
    without = [IP_SIGNIN, IP_SIGNUP, IP_VIEWS.format(n=f'{views:,}'), IP_SOURCE, IP_RATE, IP_SHARE, IP_SIMILAR, IP_COMMENTS, IP_GUEST,
               IP_LATEST, IP_LEADERS, IP_ONLINE.format(n=11 + k, g=48 + 9 * k), IP_COPY, IP_POWERED, prev_t, next_t, ip_human(pub, now)] + \
        [c for _, c in comments] + latest + rel[:2] + [x for x in (credit, upd_text) if x] + ([IP_UPDATED] if upd_html else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- concrete: a Jordanian ministry's news on Concrete CMS 9 --------------------------------------------------------
CC_SITE = 'وزارة الإبداع والتراث'
CC_HOST = 'https://www.ibdaa.gov.jo.example'
CC_MOTTO = 'نصون ذاكرة المكان ونفتح أبوابها لأجيال قادمة'
CC_ACCESS = ['حجم الخط', 'ألوان عالية التباين', 'English']
CC_NAV = ['الرئيسية', 'عن الوزارة', 'خدماتنا الإلكترونية', 'المركز الإعلامي', 'الأنظمة والتعليمات', 'تواصل معنا']
CC_CRUMBS = ['الرئيسية', 'المركز الإعلامي', 'أخبار الوزارة']
CC_PUBLISHED = 'تاريخ نشر الخبر:'
CC_UPDATED = 'عُدّل الخبر بتاريخ:'
CC_CAPTION = 'من فعاليات سابقة للوزارة (أرشيف)'
CC_ALSO = 'خبر سابق يتصل بهذا الموضوع:'
CC_HOTLINE_HEAD = 'مركز الاتصال الوطني'
CC_HOTLINE = 'لأي استفسار عن برامج الوزارة اتصل بالرقم المجاني 080022444 طيلة أيام الدوام الرسمي'
CC_TAGS = 'الكلمات الدالة'
CC_TAG_WORDS = ['نشاطات الوزارة', 'الثقافة الشعبية', 'بيانات صحفية']
CC_SHARE = 'انشره على منصات التواصل'
CC_BACK = 'رجوع لصفحة أخبار الوزارة'
CC_RELATED = 'أخبار ترتبط بهذا الخبر'
CC_LATEST = 'المستجد في أخبار الوزارة'
CC_ARCHIVE = 'أرشيف الأخبار حسب الشهر'
CC_ESERVICES = 'خدمات إلكترونية'
CC_ESERVICE_ITEMS = ['طلب ترخيص فعالية ثقافية', 'تسجيل الفرق الشعبية', 'حجز قاعات المراكز الثقافية']
CC_ADDRESS = 'عمّان – جبل اللويبدة، شارع الرابطة الثقافية، صندوق بريد 6140'
CC_SITE_UPDATED = 'آخر تحديث لمحتوى البوابة:'
CC_COPY = 'الحقوق كافة لوزارة الإبداع والتراث'
CC_LOGIN = 'دخول المحررين'
CC_BUILT = 'Built with'


def cc_long(t):
    """Concrete's 'long' date for ar_JO (CLDR: Levantine months, Arabic-Indic digits): "١٢ أيار ٢٠٢١"."""
    return indic(f'{t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}')


def cc_full(t):
    return indic(f'{DAYS[t.weekday()]}، {t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}')


def cc_short(t):
    """CLDR's short ar date ("d‏/M‏/y", right-to-left marks after the day and the month)."""
    return indic(f'{t.day}\u200f/{t.month}\u200f/{t.year}')


def cc_attribute(title_text, value, bid):
    return (f'<div class="ccm-block-page-attribute-display-wrapper bID-{bid}"><span class="ccm-block-page-attribute-display-title">{title_text}</span> '
            f'<div class="ccm-block-page-attribute-display-content">{value}</div></div>')


def cc_style(bid, inner, cls=''):
    """A block wrapped by Concrete's custom design container."""
    return f'<div class="ccm-custom-style-container ccm-custom-style-main-{bid}{" " + cls if cls else ""}">{inner}</div>'


def render_concrete(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:9]
    kind = 'concrete'
    pub = at(extra)
    cid = 1486 + 73 * k
    bid = 5120 + 61 * k
    mod, upd_day = pub, None
    dates = ''
    shown = (cc_long(pub), cc_full(pub), cc_short(pub), '')[k]
    if shown:
        dates = cc_attribute(CC_PUBLISHED, shown, bid)
    upd_shown = ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=9, minutes=5)
        upd_day = mod.date()
        upd_shown = cc_long(mod)
        dates += cc_attribute(CC_UPDATED, upd_shown, bid + 1)
    elif k == 3:
        mod = later(kind, pub, days=2, hours=2, minutes=35)
        upd_day = mod.date()
    credit = credit_line(extra)
    cut = max(2, (len(paras) + 2) // 2)
    lead = (f'<p class="credit">{esc(credit)}</p>' if credit else '') + f'<p>{esc(paras[0])}</p>'
    also = f'<p><strong>{CC_ALSO}</strong> <a href="{CC_HOST}/media-center/news/{slug}-{cid - 40}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    second = after_second(paras[1:cut], also, 0)
    third = ''.join(f'<p>{esc(p)}</p>' for p in paras[cut:])
    image = (f'<div class="ccm-image-block-wrapper"><picture><img src="{CC_HOST}/application/files/thumbnails/news_main/{cid}/{slug}.jpg" alt="" width="800" height="450" class="ccm-image-block img-fluid bID-{bid + 3}"></picture>'
             f'<div class="ccm-image-block-caption">{CC_CAPTION}</div></div>')
    hotline = f'<div class="ccm-block-feature-item"><h4><i class="fas fa-phone-alt"></i> {CC_HOTLINE_HEAD}</h4><p>{CC_HOTLINE}</p></div>'
    main_blocks = (dates + image + cc_style(bid + 4, lead, 'lead-paragraph') + second + cc_style(bid + 5, hotline, 'callout-box') + third)
    tags = ''.join(f'<a href="{CC_HOST}/media-center/news?akID[14][atSelectOptionValue]={i + 1}" class="badge bg-secondary">{t}</a> ' for i, t in enumerate(CC_TAG_WORDS))
    share = ''.join(f'<li><a href="https://{s.lower()}.example/share?u={CC_HOST}/media-center/news/{slug}" aria-label="{s}"><i class="fab fa-{s.lower()}"></i> {s}</a></li>' for s in ('Facebook', 'X', 'WhatsApp'))
    prev_t, next_t = extra['more'][0], extra['more'][1]
    rel_days = [earlier(kind, pub, days=4 + 8 * i, hours=3 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{CC_HOST}/media-center/news/r{cid}{i}">{esc(t)}</a></div><div class="ccm-block-page-list-date">{cc_long(d)}</div></div></div>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    today = later(kind, pub, days=4, hours=1)
    latest_days = [between(kind, pub, today, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="{CC_HOST}/media-center/news/n{cid}{i}">{esc(t)}</a></div><div class="ccm-block-page-list-date">{cc_short(d)}</div></div></div>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    months, y, m = [], today.year, today.month
    for _ in range(5):
        months.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    archive = ''.join(f'<li class="ccm-block-date-navigation-month"><a href="{CC_HOST}/media-center/news/{yy}/{mm:02d}">{indic(LEVANT_MONTHS[mm - 1] + " " + str(yy))}</a></li>' for yy, mm in months)
    site_updated = later(kind, pub, days=3, hours=20)
    nav = ''.join(f'<li class="nav-item{" nav-path-selected" if i == 3 else ""}"><a class="nav-link" href="{CC_HOST}/{["", "about", "e-services", "media-center", "legislation", "contact"][i]}" target="_self">{t}</a></li>' for i, t in enumerate(CC_NAV))
    crumbs = ''.join(f'<li class="breadcrumb-item"><a href="{CC_HOST}/{["", "media-center", "media-center/news"][i]}" target="_self">{t}</a></li>' for i, t in enumerate(CC_CRUMBS))
    eservices = links(CC_ESERVICE_ITEMS, CC_HOST + '/e-services/s')
    url = f'{CC_HOST}/media-center/news/{slug}'
    ld, microdata = '', ('', '')
    if k == 2:
        # The news entry's custom template: schema.org microdata on the main column, in local time with the offset.
        microdata = (' itemscope itemtype="https://schema.org/NewsArticle"',
                     f'<meta itemprop="headline" content="{esc(title)}"><meta itemprop="datePublished" content="{iso_local(pub)}">')
    if k in (1, 3):
        graph = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url, 'inLanguage': 'ar',
                 'datePublished': iso_utc(pub), 'dateModified': iso_utc(mod),
                 'publisher': {'@type': 'GovernmentOrganization', 'name': CC_SITE, 'url': CC_HOST},
                 'image': f'{CC_HOST}/application/files/thumbnails/news_main/{cid}/{slug}.jpg'}
        ld = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>\n'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<title>{CC_SITE} :: {esc(title)}</title>
<meta name="description" content="{esc(lead_words(paras, 30))}"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="{url}">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{CC_SITE}">
<meta property="og:url" content="{url}">
{ld}<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{CC_HOST}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "ar_JO";
    var CCM_USER_REGISTERED = false;
</script>
<link href="/concrete/css/fontawesome/all.css?ccm_nocache=9.2.1" rel="stylesheet" type="text/css" media="all">
<link href="/application/files/cache/css/ministry/main.css?ts=1694001{cid}" rel="stylesheet" type="text/css" media="all">
</head>
<body>
<div class="ccm-page ccm-page-id-{cid} page-type-news-entry page-template-right-sidebar">
<div class="top-bar"><div class="container"><span class="top-bar-date">{cc_full(today)}</span><ul class="top-bar-links">{"".join(f'<li><a href="#">{t}</a></li>' for t in CC_ACCESS)}</ul></div></div>
<header class="site-header"><div class="container"><div class="row">
<div class="col-md-7"><a href="{CC_HOST}/" class="site-logo"><img src="/application/files/logo-ministry.png" alt="{CC_SITE}" width="90" height="90"><span class="site-name">{CC_SITE}</span></a><p class="site-motto">{CC_MOTTO}</p></div>
<div class="col-md-5"><form action="{CC_HOST}/search" method="get" class="ccm-search-block-form"><input name="query" type="text" value="" class="ccm-search-block-text" aria-label="ابحث"> <input name="submit" type="submit" value="بحث" class="btn btn-secondary ccm-search-block-submit"></form></div>
</div></div>
<nav class="ccm-responsive-navigation original"><div class="container"><ul class="nav">{nav}</ul></div></nav>
</header>
<div class="page-header-banner" style="background-image: url(/application/files/banners/news.jpg)"><div class="container">
<h1 class="page-title">{esc(title)}</h1>
<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}<li class="breadcrumb-item active">{esc(title)}</li></ol></nav>
</div></div>
<main>
<div class="container"><div class="row">
<div class="col-md-8 main-content"{microdata[0]}>{microdata[1]}
{main_blocks}
<div class="ccm-block-tags-wrapper"><div class="ccm-block-tags-header"><h5>{CC_TAGS}</h5></div>{tags}</div>
<div class="ccm-block-share-this-page"><p>{CC_SHARE}</p><ul class="list-inline">{share}</ul></div>
<div class="ccm-block-next-previous-wrapper">
<div class="ccm-block-next-previous-previous-link"><p><a href="{CC_HOST}/media-center/news/p{cid}">« {esc(prev_t)}</a></p></div>
<div class="ccm-block-next-previous-parent-link"><p><a href="{CC_HOST}/media-center/news">{CC_BACK}</a></p></div>
<div class="ccm-block-next-previous-next-link"><p><a href="{CC_HOST}/media-center/news/x{cid}">{esc(next_t)} »</a></p></div>
</div>
<div class="ccm-block-page-list-wrapper related-news"><div class="ccm-block-page-list-header"><h5>{CC_RELATED}</h5></div><div class="ccm-block-page-list-pages">{rel_html}</div></div>
</div>
<div class="col-md-4 sidebar">
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>{CC_LATEST}</h5></div><div class="ccm-block-page-list-pages">{latest_html}</div></div>
<div class="ccm-block-date-navigation-wrapper"><h5>{CC_ARCHIVE}</h5><ul class="ccm-block-date-navigation-list">{archive}</ul></div>
<div class="ccm-block-content-wrapper e-services"><h5>{CC_ESERVICES}</h5><ul>{eservices}</ul></div>
</div>
</div></div>
</main>
<footer id="footer-theme"><section><div class="container"><div class="row">
<div class="col-sm-6"><p class="footer-address">{CC_ADDRESS}</p><p class="footer-updated"><span>{CC_SITE_UPDATED}</span> <span>{cc_long(site_updated)}</span></p></div>
<div class="col-sm-6"><p class="footer-copy">© {today.year} {CC_COPY}</p></div>
</div></div></section>
<section class="footer-bottom"><div class="container"><p><span class="powered-by">{CC_BUILT} <a href="https://www.concretecms.org" title="Concrete CMS" class="concretecms" rel="nofollow">Concrete CMS</a>.</span> <span class="pull-right"><a href="{CC_HOST}/login">{CC_LOGIN}</a></span></p></div></section>
</footer>
</div>
<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache=9.2.1"></script>
<script type="text/javascript" src="/application/files/cache/js/ministry/main.js?ts=1694001{cid}"></script>
</body>
</html>
'''
    without = [cc_full(today), CC_MOTTO, CC_CAPTION, CC_HOTLINE_HEAD, CC_HOTLINE, CC_TAGS, CC_SHARE, CC_BACK, CC_RELATED, CC_LATEST,
               CC_ARCHIVE, CC_ESERVICES, CC_ADDRESS, CC_SITE_UPDATED, cc_long(site_updated), CC_COPY, prev_t, next_t] + latest + rel[:2] + \
        [x for x in (credit, shown, upd_shown) if x] + ([CC_PUBLISHED] if shown else []) + ([CC_UPDATED] if upd_shown else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- hashnode: a Qatari writer's blog on Hashnode (Next.js) ---------------------------------------------------------
HN_SITE = 'ضحكة مُرّة'
HN_HOST = 'https://dahka-murra.example'
HN_AUTHOR = 'نواف المري'
HN_HANDLE = 'nawafmarri'
HN_NAV = ['الرئيسية', 'عن المدونة', 'الأرشيف']
HN_SUBTITLE = 'نص ساخر أعيد نشره هنا بعدما تناقلته مجموعات القراءة'
HN_ALSO = 'من أرشيف المدونة، نص قد يعجبك:'
HN_RELATED = 'نصوص تلتقي بهذا النص'
HN_SOURCE = 'نُشر هذا النص أول مرة على موقع الحدود، وننقله هنا بحروفه'
HN_TAGS = ['سخرية', 'سياسة', 'الحدود']
HN_BIO = 'أكتب عن البرمجة نهاراً وأجمع النصوص الساخرة ليلاً، من الدوحة'
HN_COMMENTS = [('هيا الكواري', 'كل مرة أقرأ نصاً للحدود أتأكد أن الواقع يسبق الخيال بخطوة'),
               ('Omar Haddad', 'شكراً على الجمع، المدونة صارت مرجعي للنصوص الساخرة')]
HN_UI = {'follow': 'Follow', 'subscribe': 'Subscribe', 'newsletter': 'Subscribe to our newsletter',
         'newsletter_text': 'Read articles from {blog} directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.',
         'written': 'Written by', 'more': 'More articles', 'updated': 'Updated on', 'read': '{n} min read', 'comments': 'Comments ({n})',
         'like': 'Like', 'share': 'Share', 'archive': 'Archive', 'privacy': 'Privacy policy', 'terms': 'Terms',
         'powered': 'Powered by Hashnode - Build your developer hosted blog in minutes', 'email': 'Enter your email address'}


def next_json(value):
    """Next.js' __NEXT_DATA__: JSON with <, > and & escaped (htmlEscapeJsonString)."""
    return (json.dumps(value, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c').replace('>', '\\u003e')
            .replace('&', '\\u0026'))


def render_hashnode(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, more = others[:4], others[4:7]
    kind = 'hashnode'
    pub = at(extra)
    pid = f'6{k}4f1c{hash_int(title) % 99991:05d}e2b7a{k}'
    minutes = max(2, sum(len(p.split()) for p in paras) // 200 + 1)
    updated, upd_day, upd_html = None, None, ''
    if k == 1:
        updated = later(kind, pub, days=2, hours=1, minutes=40)
        upd_day = updated.date()
        upd_html = f'<p class="text-sm text-slate-500"><span>{HN_UI["updated"]}</span> <span>{en_date(updated)}</span></p>'
    elif k == 3:
        updated = later(kind, pub, days=2, hours=6, minutes=15)
        upd_day = updated.date()
    credit = credit_line(extra)
    also = ''
    if k % 2 == 1:
        also = f'<blockquote><p><strong>{HN_ALSO}</strong> <a href="{HN_HOST}/{slug}-also-{k}">{esc(extra["also"])}</a></p></blockquote>'
    rel_items = ''.join(f'<li><a href="{HN_HOST}/r-{k}{i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    content_html = ((f'<p><em>{esc(credit)}</em></p>' if credit else '') + after_second(paras, also) +
                    f'<hr /><h2 id="heading-related">{HN_RELATED}</h2><ul>{rel_items}</ul><p><em>{HN_SOURCE}</em></p>')
    md = ([f'*{credit}*', ''] if credit else []) + [x for i, p in enumerate(paras) for x in
                                                    ([p, ''] + ([f'> **{HN_ALSO}** [{extra["also"]}]({HN_HOST}/{slug}-also-{k})', ''] if also and i == 1 else []))]
    md += ['---', '', f'## {HN_RELATED}', ''] + [f'- [{t}]({HN_HOST}/r-{k}{i})' for i, t in enumerate(rel)] + ['', f'*{HN_SOURCE}*']
    more_days = [later(kind, pub, days=3 + 4 * i, hours=i) for i in range(len(more))]
    more_html = ''.join(f'<div class="rounded-lg border p-4"><a href="{HN_HOST}/m-{k}{i}" class="block"><h3 class="font-heading text-xl font-bold">{esc(t)}</h3></a><p class="text-sm text-slate-500">{en_date(d)}</p></div>'
                        for i, (t, d) in enumerate(zip(more, more_days)))
    comment_days = [later(kind, pub, days=i, hours=4 + 3 * i) for i in range(len(HN_COMMENTS))]
    comments_html = ''.join(f'<div class="comment flex gap-2"><img src="https://cdn.hashnode.example/avatars/c{i}.png" alt="" class="h-8 w-8 rounded-full"><div><p class="font-semibold">{esc(n)}</p><p class="text-xs text-slate-500">{en_date(d)}</p><div class="prose"><p>{esc(c)}</p></div></div></div>'
                            for i, ((n, c), d) in enumerate(zip(HN_COMMENTS, comment_days)))
    nav = ''.join(f'<a href="{HN_HOST}/{["", "about", "archive"][i]}" class="rounded-full px-2 py-1">{t}</a>' for i, t in enumerate(HN_NAV))
    tags = ''.join(f'<a href="{HN_HOST}/tag/t{i}" class="rounded-lg border px-2 py-1 text-sm"><span>{t}</span></a>' for i, t in enumerate(HN_TAGS))
    url = f'{HN_HOST}/{slug}'
    brief = lead_words(paras, 26)
    post = {'id': pid, 'slug': slug, 'title': title, 'subtitle': HN_SUBTITLE, 'brief': brief, 'url': url,
            'content': {'markdown': '\n'.join(md), 'html': content_html}, 'publishedAt': iso_ms_z(pub),
            'updatedAt': iso_ms_z(updated) if updated else None, 'readTimeInMinutes': minutes, 'reactionCount': 7 + 3 * k,
            'responseCount': len(HN_COMMENTS), 'tags': [{'name': t, 'slug': f't{i}'} for i, t in enumerate(HN_TAGS)],
            'author': {'name': HN_AUTHOR, 'username': HN_HANDLE, 'bio': {'html': f'<p>{HN_BIO}</p>'}},
            'coverImage': {'url': f'https://cdn.hashnode.example/res/hashnode/image/upload/{pid}/cover.jpeg'},
            'seo': {'title': None, 'description': None}, 'features': {'tableOfContents': {'isEnabled': False}}}
    data = {'props': {'pageProps': {'publication': {'id': f'64b0{k}c2e', 'title': HN_SITE, 'url': HN_HOST, 'author': {'name': HN_AUTHOR},
                                                    'preferences': {'navbarItems': [{'label': t} for t in HN_NAV], 'darkMode': {'enabled': True}}},
                                    'post': post}, '__N_SSP': True},
            'page': '/[slug]', 'query': {'slug': slug}, 'buildId': f'hn-{k}x7Qe2', 'isFallback': False, 'isExperimentalCompile': False,
            'gssp': True, 'scriptLoader': []}
    ld = {'@context': 'https://schema.org/', '@type': 'BlogPosting', 'headline': title, 'url': url, 'image': post['coverImage']['url'],
          'author': {'@type': 'Person', 'name': HN_AUTHOR, 'url': f'https://hashnode.example/@{HN_HANDLE}'},
          'datePublished': iso_ms_z(pub), 'dateModified': iso_ms_z(updated or pub)}
    newsletter = HN_UI['newsletter_text'].format(blog=HN_SITE)
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)}</title>
<meta name="description" content="{esc(brief)}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:description" content="{esc(brief)}"/>
<meta property="og:site_name" content="{HN_SITE}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{url}"/>
<meta property="og:image" content="{post["coverImage"]["url"]}"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{url}"/>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="preload" href="/_next/static/css/8b1c0a9e3f4d2a61.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1c0a9e3f4d2a61.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script>
<script src="/_next/static/chunks/webpack-2f2a8e7c1b0d4e93.js" defer=""></script><script src="/_next/static/chunks/framework-ca706bf673a13738.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-e3b1f2a07c9d5a44.js" defer=""></script>
</head><body><div id="__next"><div class="min-h-screen bg-white dark:bg-neutral-950">
<header class="border-b bg-white py-6 dark:border-neutral-800"><div class="container mx-auto flex items-center justify-between px-5">
<a href="{HN_HOST}/" aria-label="{HN_SITE}" class="flex items-center gap-2"><img src="https://cdn.hashnode.example/res/hashnode/image/upload/logo-{k}.png" alt="" class="h-8 w-8"/><span class="text-xl font-semibold">{HN_SITE}</span></a>
<nav class="hidden items-center gap-2 md:flex">{nav}</nav>
<div class="flex gap-2"><button type="button" class="rounded-full border px-3 py-1">{HN_UI["follow"]}</button><a href="{HN_HOST}/newsletter" class="rounded-full bg-blue-600 px-3 py-1 text-white">{HN_UI["subscribe"]}</a></div>
</div></header>
<main class="bg-white pb-24 dark:bg-neutral-950"><article class="flex flex-col items-center gap-10 pb-10">
<div class="relative block w-full"><img src="{post["coverImage"]["url"]}" alt="" class="aspect-video w-full object-cover" width="1600" height="840"/></div>
<div class="container mx-auto max-w-3xl px-5">
<h1 class="font-heading text-3xl font-bold leading-snug md:text-5xl">{esc(title)}</h1>
<h2 class="mt-3 text-xl text-slate-600 dark:text-neutral-400">{HN_SUBTITLE}</h2>
<div class="mt-6 flex flex-wrap items-center gap-2 text-slate-700"><a href="https://hashnode.example/@{HN_HANDLE}" class="flex items-center gap-2"><img src="https://cdn.hashnode.example/avatars/{HN_HANDLE}.png" alt="{HN_AUTHOR}" class="h-8 w-8 rounded-full"/><span class="font-semibold">{HN_AUTHOR}</span></a><span class="mx-1">·</span><a href="{url}" class="tooltip-handle" data-title="{en_date(pub)} {hm(pub.astimezone(UTC))}"><span>{en_date(pub)}</span></a><span class="mx-1">·</span><span>{HN_UI["read"].format(n=minutes)}</span></div>
{upd_html}
</div>
<div id="post-content-parent" class="container relative mx-auto mb-10 max-w-3xl px-5"><div id="post-content-wrapper" class="prose prose-lg mx-auto break-words dark:prose-invert">{content_html}</div></div>
<div class="container mx-auto max-w-3xl px-5"><div class="flex flex-wrap gap-2">{tags}</div>
<div class="mt-6 flex gap-4"><button type="button">{HN_UI["like"]}</button><button type="button">{HN_UI["share"]}</button></div>
<div class="mt-10 rounded-lg border p-6"><p class="text-sm uppercase text-slate-500">{HN_UI["written"]}</p><p class="text-lg font-semibold">{HN_AUTHOR}</p><p class="text-slate-600">{HN_BIO}</p><button type="button" class="mt-3 rounded-full border px-3 py-1">{HN_UI["follow"]}</button></div>
<div class="mt-10 rounded-lg bg-slate-50 p-6"><h3 class="text-xl font-bold">{HN_UI["newsletter"]}</h3><p class="text-slate-600">{newsletter}</p><form class="mt-3 flex gap-2"><input type="email" placeholder="{HN_UI["email"]}" class="rounded-full border px-3"/><button type="submit" class="rounded-full bg-blue-600 px-3 text-white">{HN_UI["subscribe"]}</button></form></div>
<div class="mt-10"><h3 class="font-bold">{HN_UI["comments"].format(n=len(HN_COMMENTS))}</h3>{comments_html}</div>
</div>
</article>
<section class="container mx-auto max-w-5xl px-5"><h2 class="mb-6 text-2xl font-bold">{HN_UI["more"]}</h2><div class="grid gap-6 md:grid-cols-3">{more_html}</div></section>
</main>
<footer class="border-t py-10"><div class="container mx-auto flex flex-col items-center gap-2 px-5 text-sm text-slate-500"><p>©{later(kind, pub, days=90).year} {HN_SITE}</p><p><a href="{HN_HOST}/archive">{HN_UI["archive"]}</a> · <a href="https://hashnode.example/privacy">{HN_UI["privacy"]}</a> · <a href="https://hashnode.example/terms">{HN_UI["terms"]}</a></p><p><a href="https://hashnode.example/onboard?unlock-blog=true">{HN_UI["powered"]}</a></p></div></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{next_json(data)}</script>
</body></html>
'''
    without = [HN_SUBTITLE, en_date(pub), HN_UI['read'].format(n=minutes), HN_RELATED, HN_SOURCE, HN_BIO, newsletter] + \
        [c for _, c in HN_COMMENTS] + more + rel[:2] + ([credit] if credit else []) + ([en_date(updated)] if upd_html else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- zola: a Tunisian satire blog built with Zola -------------------------------------------------------------------
ZL_SITE = 'دفتر الحومة'
ZL_HOST = 'https://daftar-lhouma.example'
ZL_AUTHOR = 'مهدي الرياحي'
ZL_NAV = ['المدونة', 'الأرشيف', 'الوسوم', 'شكون احنا']
ZL_SKIP = 'فوت للمحتوى'
ZL_READ = '{n} دقايق قراية'
ZL_TAGS_LABEL = 'الوسوم:'
ZL_TAG_WORDS = ['سخرية', 'سياسة', 'منقول']
ZL_UPDATED = 'آخر تبديل:'
ZL_ALSO = 'زيد اقرا عندنا:'
ZL_SOURCE = 'النص منقول بحذافرو من موقع الحدود، وما بدّلنا فيه حتى حرف'
ZL_RELATED = 'تدوينات عندها علاقة بالموضوع'
ZL_PREV = 'السابقة'
ZL_NEXT = 'اللاحقة'
ZL_COMMENTS = 'التعليقات تتحل كي تقبل الكوكيز متاع المنصة'
ZL_RECENT = 'جديد الدفتر'
ZL_LICENSE = 'إلا ما كان مذكور غير هكا، المحتوى متاح تحت رخصة CC BY-SA 4.0'
ZL_POWERED = 'Powered by Zola & tabi'


def zl_date(t):
    """The theme's long date with the Tunisian month names: "12 ماي 2021"."""
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def render_zola(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, recent = others[:4], others[4:8]
    kind = 'zola'
    pub = at(extra)
    minutes = max(2, sum(len(p.split()) for p in paras) // 180 + 1)
    # The front matter's date: a date-time with the offset (pages 0, 2 and 3) or a bare date (page 1), printed as the
    # long Tunisian date (page 0), ISO (page 1), with the weekday (page 2) or without the year (page 3).
    if k == 1:
        dt_attr, shown = pub.date().isoformat(), pub.date().isoformat()
    else:
        dt_attr = iso_local(pub)
        shown = (zl_date(pub), '', f'{DAYS[pub.weekday()]} {zl_date(pub)}', f'{pub.day} {TN_MONTHS[pub.month - 1]}')[k]
    upd_day, upd_html, og_times, upd_shown = None, '', '', ''
    if k == 1:
        upd = later(kind, pub, days=3, hours=4)
        upd_day = upd.date()
        upd_shown = upd.date().isoformat()
        upd_html = f'<ul class="meta last-updated"><li>{ZL_UPDATED} <time class="dt-updated" datetime="{upd_shown}">{upd_shown}</time></li></ul>'
    if k == 2:
        upd = later(kind, pub, days=1, hours=8, minutes=30)
        upd_day = upd.date()
        og_times = (f'<meta property="article:published_time" content="{iso_local(pub)}">\n'
                    f'<meta property="article:modified_time" content="{iso_local(upd)}">\n')
    elif k == 0:
        og_times = f'<meta property="article:published_time" content="{iso_local(pub)}">\n'
    credit = credit_line(extra)
    also = ''
    if k % 2 == 0:
        also = f'<blockquote><p>{ZL_ALSO} <a href="{ZL_HOST}/blog/{slug}-also/">{esc(extra["also"])}</a></p></blockquote>'
    content = (f'<p><strong>{esc(credit)}</strong></p>' if credit else '') + after_second(paras, also) + f'<p><small>{ZL_SOURCE}</small></p>'
    tags = ', '.join(f'<a class="p-category" href="{ZL_HOST}/tags/{t}/">{t}</a>' for t in ZL_TAG_WORDS)
    rel_days = [earlier(kind, pub, days=6 + 13 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li><a href="{ZL_HOST}/blog/r{k}{i}/">{esc(t)}</a> <span class="date">{zl_date(d)}</span></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    recent_days = [later(kind, pub, days=2 + 5 * i) for i in range(len(recent))]
    recent_html = ''.join(f'<li><a href="{ZL_HOST}/blog/n{k}{i}/">{esc(t)}</a> <time datetime="{d.date().isoformat()}">{zl_date(d)}</time></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    prev_t, next_t = extra['more'][0], extra['more'][1]
    nav = ''.join(f'<li><a class="nav-links no-hover-padding" href="{ZL_HOST}/{["blog", "archive", "tags", "about"][i]}/">{t}</a></li>' for i, t in enumerate(ZL_NAV))
    url = f'{ZL_HOST}/blog/{slug}/'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/atom+xml" title="{ZL_SITE} - Atom" href="{ZL_HOST}/atom.xml">
<link rel="stylesheet" href="{ZL_HOST}/main.css?h=3f9c2a61d0b7e4f85a12">
<link rel="stylesheet" href="{ZL_HOST}/custom_subset.css?h=0d4e1b77a9c6">
<meta name="color-scheme" content="light dark">
<meta name="description" content="{esc(lead_words(paras, 24))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ar_TN">
{og_times}<title>{ZL_SITE} • {esc(title)}</title>
<script type="text/javascript" src="{ZL_HOST}/js/initializeTheme.min.js"></script>
</head>
<body dir="rtl">
<a href="#main-content" id="skip-link">{ZL_SKIP}</a>
<header><nav class="navbar"><div class="nav-title"><a class="home-title" href="{ZL_HOST}/">{ZL_SITE}</a></div>
<div class="nav-navs"><ul>{nav}<li class="theme-switcher-wrapper"><div class="theme-switcher" title="Toggle dark/light mode" aria-label="Toggle dark mode" role="button" tabindex="0"></div></li></ul></div></nav></header>
<div class="content" id="main-content">
<main>
<article class="h-entry">
<h1 class="p-name article-title">{esc(title)}</h1>
<a class="u-url u-uid" href="{url}"></a>
<ul class="meta">
<li><span class="p-author h-card">{ZL_AUTHOR}</span></li>
<li><span class="separator" aria-hidden="true">•</span><time class="dt-published" datetime="{dt_attr}">{shown}</time></li>
<li><span class="separator" aria-hidden="true">•</span>{ZL_READ.format(n=minutes)}</li>
<li class="tag"><span class="separator" aria-hidden="true">•</span>{ZL_TAGS_LABEL} {tags}</li>
</ul>
{upd_html}
<section class="e-content body">
{content}
</section>
</article>
<section class="related-posts"><h2>{ZL_RELATED}</h2><ul>{rel_html}</ul></section>
<nav class="full-width article-navigation">
<div><a href="{ZL_HOST}/blog/n{k}/" aria-label="{ZL_NEXT}" aria-describedby="left_title"><span class="arrow">←</span>&nbsp;{ZL_NEXT}</a><p aria-hidden="true" id="left_title">{esc(next_t)}</p></div>
<div><a href="{ZL_HOST}/blog/p{k}/" aria-label="{ZL_PREV}" aria-describedby="right_title">{ZL_PREV}&nbsp;<span class="arrow">→</span></a><p aria-hidden="true" id="right_title">{esc(prev_t)}</p></div>
</nav>
<div class="comments" id="comments"><p class="comments-notice">{ZL_COMMENTS}</p><script src="https://giscus.app/client.js" data-repo="lhouma/daftar" data-mapping="pathname" data-lang="ar" async></script></div>
</main>
</div>
<footer>
<section class="recent"><h3>{ZL_RECENT}</h3><ul>{recent_html}</ul></section>
<section><nav class="socials nav-navs"><ul><li><a rel="noopener me" class="nav-links no-hover-padding social" href="{ZL_HOST}/atom.xml">Atom</a></li><li><a rel="noopener me" class="nav-links no-hover-padding social" href="https://mastodon.example/@lhouma">Mastodon</a></li></ul></nav>
<div class="credits"><small><p>© {later(kind, pub, days=200).year} {ZL_SITE} • {ZL_LICENSE}</p><p>{ZL_POWERED}</p></small></div></section>
</footer>
</body>
</html>
'''
    without = [ZL_SKIP, ZL_READ.format(n=minutes), ZL_SOURCE, ZL_RELATED, ZL_COMMENTS, ZL_RECENT, ZL_POWERED, prev_t, next_t] + \
        recent + rel[:2] + [x for x in (credit, shown, upd_shown) if x]
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- sahifa: an Egyptian site on WordPress with TieLabs' Sahifa theme -----------------------------------------------
SA_SITE = 'بوابة الكنبة'
SA_HOST = 'https://www.elkanaba.example'
SA_SLOGAN = 'أخبار مصر كما يراها الجالسون على الكنبة'
SA_TOP = ['من نحن', 'اتصل بنا', 'سياسة الخصوصية']
SA_MENU = ['الرئيسية', 'أخبار مصر', 'عربي ودولي', 'سخرية', 'رياضة', 'فن', 'فيديو']
SA_CATEGORY = 'سخرية'
SA_BREAKING = 'الآن على الكنبة'
SA_CAPTION = 'لقطة قديمة احتفظت بها الكنبة'
SA_AUTHORS = [('هاني عبد الستار', 'كاتب ساخر ومحرر قسم السخرية، يكتب من وسط البلد'),
              ('نرمين فاروق', 'محررة في الكنبة، تتابع ما يضحك الناس وما يبكيهم'),
              ('محرر الكنبة', 'حساب قسم التحرير في بوابة الكنبة'),
              ('كريم الشاذلي', 'صحفي يكتب عن الشارع المصري بلا رتوش')]
SA_VIEWS = '{n} مشاهدة'
SA_COMMENTS_LINK = '{n} تعليقات'
SA_ALSO = 'شوف كمان:'
SA_UPDATED = 'حدّثنا الخبر يوم {date} الساعة {time}'
SA_SHARE = 'ابعته لصحابك'
SA_TAGS = 'الوسوم'
SA_TAG_WORDS = ['الحدود', 'سخرية سياسية', 'منقول']
SA_ABOUT = 'عن'
SA_PREV = 'السابق'
SA_NEXT = 'التالي'
SA_RELATED = 'أخبار على علاقة بما قرأت'
SA_COMMENTS_TITLE = 'آراء قراء الكنبة ({n})'
SA_COMMENTERS = [('أم ياسين', 'والله ما في حاجة بتضحكني غير الحدود، ربنا يكفيهم شر الرقابة'),
                 ('سيد الإسكندراني', 'المقال ده لازم يتدرس في المدارس، بس طبعاً مش هيحصل'),
                 ('Mina Adel', 'الكنبة أحسن موقع بينقل الحاجات دي من غير ما يبوظها')]
SA_AT = 'في'
SA_REPLY = 'رد'
SA_RESPOND = 'سيب تعليقك'
SA_RESPOND_NOTE = 'إيميلك مش هيتنشر، والخانات اللي عليها نجمة لازم تتملى'
SA_RESPOND_FIELDS = ['الاسم *', 'البريد الإلكتروني *', 'الموقع']
SA_RESPOND_BUTTON = 'انشر التعليق'
SA_TABS = ['الأكثر قراءة', 'تعليقات', 'وسوم']
SA_RECENT = 'جديد الكنبة أولاً بأول'
SA_SOCIAL = 'تابع الكنبة على'
SA_FOOTER_ABOUT = 'الكنبة موقع ساخر يجمع ما تنشره المواقع الساخرة العربية ويعلق على أخبار اليوم بخفة دم'
SA_FOOTER_HEADS = ['عن الكنبة', 'أقسامنا']
SA_POWERED = 'Powered by'
SA_DESIGNED = 'Designed by'
SA_COPY = '© Copyright {year}, All Rights Reserved'


def sa_date(t):
    """WordPress' 'j F، Y' under the Arabic locale: "12 مايو، 2021"."""
    return f'{t.day} {GULF_MONTHS[t.month - 1]}، {t.year}'


def sa_ago(t, now):
    """Sahifa's tie_get_time() "time ago" form."""
    diff = now - t
    if diff < datetime.timedelta(days=1):
        n = diff.seconds // 3600
        return {1: 'منذ ساعة واحدة', 2: 'منذ ساعتين'}.get(n, f'منذ {n} ساعات')
    return {1: 'منذ يوم واحد', 2: 'منذ يومين'}.get(diff.days, f'منذ {diff.days} أيام')


def wp_json(value):
    """wp_json_encode()'s default: Unicode and slashes escaped."""
    return json.dumps(value, ensure_ascii=True, separators=(',', ':')).replace('/', '\\/')


def sa_item(t, href, d):
    return (f'<li><div class="post-thumbnail"><a href="{href}" rel="bookmark"><img width="110" height="75" src="{SA_HOST}/wp-content/uploads/thumb-{hash_int(t) % 97}-110x75.jpg" class="attachment-tie-small size-tie-small wp-post-image" alt="" loading="lazy"><span class="fa overlay-icon"></span></a></div>'
            f'<h3><a href="{href}">{esc(t)}</a></h3> <span class="tie-date"><i class="fa fa-clock-o"></i>{d}</span></li>')


def render_sahifa(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, recent = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    breaking, prev_t, next_t = extra['more'][3:6], extra['more'][6], extra['also2']
    kind = 'sahifa'
    pub = at(extra)
    post_id = 90412 + 377 * k
    author, bio = SA_AUTHORS[k]
    # The moment the page was saved: its top bar's day and the "time ago" dates.
    now = later(kind, pub, **({'days': 2, 'hours': 1} if k == 0 else {'hours': 9} if k == 1 else
                              {'days': 4, 'hours': 2} if k == 2 else {'days': 1, 'hours': 5}))
    shown = (sa_date(pub), sa_ago(pub, now), sa_ago(pub, now), f'{DAYS[pub.weekday()]} {ar_date(pub)}')[k]
    mod, upd_day, upd_line = pub, None, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=13, minutes=5)
        upd_day = mod.date()
        upd_line = SA_UPDATED.format(date=ar_date(mod), time=f'{h12(mod)} {ampm(mod)}')
    elif k == 2:
        mod = later(kind, pub, days=2, hours=3, minutes=20)
        upd_day = mod.date()
    credit = credit_line(extra)
    also = f'<p><strong>{SA_ALSO}</strong> <a href="{SA_HOST}/{pub.year}/{post_id - 51}/">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    entry = ((f'<p><strong>{esc(credit)}</strong></p>' if credit else '') + f'<p>{esc(paras[0])}</p>'
             f'<div class="e3lan e3lan-in-post1"><a href="{SA_HOST}/ads/in-post" title=""><img src="{SA_HOST}/wp-content/uploads/ads/728x90-{k}.png" alt="" width="728" height="90"></a></div>'
             + after_second(paras[1:], also, 0) + (f'<p><em>{upd_line}</em></p>' if upd_line else ''))
    views = 2310 + 587 * k
    comments = (SA_COMMENTERS[k % 3:] + SA_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_times = [between(kind, pub, min(now, later(kind, pub, hours=20)), i, len(comments)) for i in range(len(comments))]
    comments_html = ''.join(f'<li class="comment even thread-even depth-1" id="li-comment-{post_id * 4 + i}"><div id="comment-{post_id * 4 + i}" class="comment-wrap"><div class="comment-avatar"><img alt="" src="{SA_HOST}/avatar/{i}.png" class="avatar avatar-65 photo" height="65" width="65" loading="lazy"></div>'
                            f'<div class="comment-content"><div class="author-comment"><cite class="fn">{esc(n)}</cite><div class="comment-meta commentmetadata"><a href="#comment-{post_id * 4 + i}">{sa_date(d)} {SA_AT} {h12(d)} {ampm(d)}</a></div><div class="clear"></div></div>'
                            f'<p>{esc(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 4 + i}">{SA_REPLY}</a></div></div></li>'
                            for i, ((n, c), d) in enumerate(zip(comments, comment_times)))
    rel_days = [earlier(kind, pub, days=3 + 9 * i, hours=i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="related-item"><div class="post-thumbnail"><a href="{SA_HOST}/r/{post_id - 30 - 7 * i}/"><img width="310" height="165" src="{SA_HOST}/wp-content/uploads/rel{i}-310x165.jpg" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" loading="lazy"><span class="fa overlay-icon"></span></a></div>'
                       f'<h3><a href="{SA_HOST}/r/{post_id - 30 - 7 * i}/" rel="bookmark">{esc(t)}</a></h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{sa_date(d)}</span></p></div>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_days = [earlier(kind, pub, days=1 + 2 * i) for i in range(len(most))]
    most_html = ''.join(sa_item(t, f'{SA_HOST}/m/{post_id - 200 - i}/', sa_date(d)) for i, (t, d) in enumerate(zip(most, most_days)))
    recent_days = [between(kind, pub, now, i, len(recent)) for i in range(len(recent))]
    recent_html = ''.join(sa_item(t, f'{SA_HOST}/n/{post_id + 3 + i}/', sa_date(d)) for i, (t, d) in enumerate(zip(recent, recent_days)))
    tab_comments = ''.join(f'<li><div class="post-thumbnail"><img alt="" src="{SA_HOST}/avatar/{i}.png" class="avatar avatar-55 photo" height="55" width="55"></div><a href="#comment-{post_id * 4 + i}">{esc(n)}: {esc(c[:40])}…</a></li>' for i, (n, c) in enumerate(comments))
    tab_tags = ' '.join(f'<a href="{SA_HOST}/tag/t{i}/" class="tag-cloud-link">{t}</a>' for i, t in enumerate(SA_TAG_WORDS))
    breaking_html = ''.join(f'<li><a href="{SA_HOST}/b/{post_id + 60 + i}/" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(breaking))
    top = ''.join(f'<li class="menu-item"><a href="{SA_HOST}/p/{i}/">{t}</a></li>' for i, t in enumerate(SA_TOP))
    menu = ''.join(f'<li class="menu-item{" current-post-ancestor" if t == SA_CATEGORY else ""}"><a href="{SA_HOST}/category/c{i}/">{t}</a></li>' for i, t in enumerate(SA_MENU))
    tags = ''.join(f'<a href="{SA_HOST}/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(SA_TAG_WORDS))
    url = f'{SA_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{post_id}/'
    text = ' '.join(paras)
    schema = {'@context': 'http://schema.org', '@type': 'NewsArticle', 'dateCreated': iso_local(pub), 'datePublished': iso_local(pub),
              'dateModified': iso_local(mod), 'headline': title, 'name': title, 'keywords': ','.join(SA_TAG_WORDS), 'url': url,
              'description': lead_words(paras, 30), 'copyrightYear': str(pub.year),
              'publisher': {'@id': '#Publisher', '@type': 'Organization', 'name': SA_SITE,
                            'logo': {'@type': 'ImageObject', 'url': f'{SA_HOST}/wp-content/uploads/logo.png'}},
              'sourceOrganization': {'@id': '#Publisher'}, 'copyrightHolder': {'@id': '#Publisher'},
              'mainEntityOfPage': {'@type': 'WebPage', '@id': url, 'breadcrumb': {'@id': '#crumbs'}},
              'author': {'@type': 'Person', 'name': author, 'url': f'{SA_HOST}/author/a{k}/'}, 'articleSection': SA_CATEGORY,
              'articleBody': text, 'image': {'@type': 'ImageObject', 'url': f'{SA_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{post_id}.jpg', 'width': 1200, 'height': 675}}
    foot_links = links(SA_MENU[1:6], SA_HOST + '/category/c')
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{SA_HOST}/xmlrpc.php" />
<title>{esc(title)} - {SA_SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v20.4 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{esc(lead_words(paras, 25))}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)} - {SA_SITE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SA_SITE}" />
<meta property="article:published_time" content="{iso_utc(pub)}" />
<meta property="article:modified_time" content="{iso_utc(mod)}" />
<meta name="author" content="{esc(author)}" />
<!-- / Yoast SEO plugin. -->
<link rel="stylesheet" id="tie-style-css" href="{SA_HOST}/wp-content/themes/sahifa/style.css?ver=5.7.1" type="text/css" media="all" />
<link rel="stylesheet" id="tie-rtl-css" href="{SA_HOST}/wp-content/themes/sahifa/css/rtl.css?ver=5.7.1" type="text/css" media="all" />
<script type="text/javascript" src="{SA_HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.6.4" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.2" />
<script type="application/ld+json">{wp_json(schema)}</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="top" class="rtl post-template-default single single-post postid-{post_id} single-format-standard lazy-enabled">
<div class="wrapper-outer">
<div class="background-cover"></div>
<aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="{SA_HOST}/"><button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button><input type="text" id="s-mobile" name="s" title="بحث" value="" /></form></div><div id="mobile-menu"></div></aside>
<div id="wrapper" class="wide-layout">
<div class="inner-wrapper">
<header id="theme-header" class="theme-header">
<div id="top-nav" class="top-nav"><div class="container"><span class="today-date">{DAYS[now.weekday()]} , {now.day} {GULF_MONTHS[now.month - 1]} {now.year}</span><div class="top-menu"><ul id="menu-top" class="menu">{top}</ul></div>
<div class="search-block"><form method="get" id="searchform-header" action="{SA_HOST}/"><button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button><input class="search-live" type="text" id="s-header" name="s" title="بحث" value="" /></form></div>
<div class="social-icons"><a class="ttip-none" title="Facebook" href="https://facebook.example/elkanaba" target="_blank"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="Twitter" href="https://x.example/elkanaba" target="_blank"><i class="fa fa-twitter"></i></a></div></div></div>
<div class="header-content"><a id="slide-out-open" class="slide-out-open" href="#"><span></span></a><div class="logo"><h2><a title="{SA_SITE}" href="{SA_HOST}/"><img src="{SA_HOST}/wp-content/uploads/logo.png" alt="{SA_SITE}" width="300" height="90" /><strong>{SA_SITE} {SA_SLOGAN}</strong></a></h2></div>
<div class="e3lan e3lan-top"><a href="{SA_HOST}/ads/top"><img src="{SA_HOST}/wp-content/uploads/ads/728x90-top.png" alt="" width="728" height="90" /></a></div><div class="clear"></div></div>
<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu">{menu}</ul></div></div></nav>
</header>
<div class="clear"></div>
<div id="breaking-news" class="breaking-news"><span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>{SA_BREAKING}</span></span><ul>{breaking_html}</ul></div>
<div id="main-content" class="container">
<div class="content">
<nav id="crumbs"><a href="{SA_HOST}/">{SA_MENU[0]}</a><span class="delimiter">/</span><a href="{SA_HOST}/category/c3/">{SA_CATEGORY}</a><span class="delimiter">/</span><span class="current">{esc(title)}</span></nav>
<article class="post-listing post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-satire" id="the-post">
<div class="single-post-thumb"><img width="660" height="330" src="{SA_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{post_id}-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt="" /></div>
<div class="single-post-caption">{SA_CAPTION}</div>
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{esc(title)}</span></h1>
<p class="post-meta"><span class="post-meta-author"><i class="fa fa-user"></i><a href="{SA_HOST}/author/a{k}/" title="">{esc(author)} </a></span><span class="tie-date"><i class="fa fa-clock-o"></i>{shown}</span><span class="post-cats"><i class="fa fa-folder"></i><a href="{SA_HOST}/category/c3/" rel="category tag">{SA_CATEGORY}</a></span><span class="post-comments"><i class="fa fa-comments"></i><a href="#comments">{SA_COMMENTS_LINK.format(n=len(comments))}</a></span><span class="post-views"><i class="fa fa-eye"></i>{SA_VIEWS.format(n=f"{views:,}")} </span></p>
<div class="clear"></div>
<div class="entry">
{entry}
</div>
<span style="display:none" class="updated">{mod.date().isoformat()}</span>
<div class="share-post"><span class="share-text">{SA_SHARE}</span><ul class="flat-social"><li><a href="https://facebook.example/sharer.php?u={url}" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li><li><a href="https://x.example/intent/tweet?url={url}" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li><li><a href="whatsapp://send?text={url}" class="social-whatsapp" rel="external" target="_blank"><i class="fa fa-whatsapp"></i> <span>WhatsApp</span></a></li></ul><div class="clear"></div></div>
<div class="clear"></div>
</div>
</article>
<p class="post-tag">{SA_TAGS}{tags}</p>
<section id="author-box"><div class="block-head"><h3>{SA_ABOUT} {esc(author)} </h3><div class="stripe-line"></div></div><div class="post-listing"><div class="author-bio"><div class="author-avatar"><img alt="" src="{SA_HOST}/avatar/a{k}.png" class="avatar avatar-90 photo" height="90" width="90" /></div><div class="author-description">{bio}</div><div class="clear"></div></div></div></section>
<div class="post-navigation"><div class="post-previous"><a href="{SA_HOST}/p/{post_id - 1}/" rel="prev"><span>{SA_PREV}</span> {esc(prev_t)}</a></div><div class="post-next"><a href="{SA_HOST}/p/{post_id + 1}/" rel="next"><span>{SA_NEXT}</span> {esc(next_t)}</a></div></div>
<section id="related_posts"><div class="block-head"><h3>{SA_RELATED}</h3><div class="stripe-line"></div></div><div class="post-listing">{rel_html}<div class="clear"></div></div></section>
<div id="comments"><div id="comments-box"><div class="block-head"><h3 id="comments-title">{SA_COMMENTS_TITLE.format(n=len(comments))}</h3><div class="stripe-line"></div></div><div class="post-listing"><ol class="commentlist">{comments_html}</ol></div></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{SA_RESPOND}</h3><form action="{SA_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{SA_RESPOND_NOTE}</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p><p class="comment-form-author"><label for="author">{SA_RESPOND_FIELDS[0]}</label> <input id="author" name="author" type="text" value="" size="30" /></p><p class="comment-form-email"><label for="email">{SA_RESPOND_FIELDS[1]}</label> <input id="email" name="email" type="text" value="" size="30" /></p><p class="comment-form-url"><label for="url">{SA_RESPOND_FIELDS[2]}</label> <input id="url" name="url" type="text" value="" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{SA_RESPOND_BUTTON}" /><input type="hidden" name="comment_post_ID" value="{post_id}" id="comment_post_ID" /></p></form></div>
</div>
</div>
<aside id="sidebar"><div class="theiaStickySidebar">
<div class="widget" id="tabbed-widget"><div class="widget-container"><div class="widget-top"><ul class="tabs posts-taps">{"".join(f'<li class="tabs"><a href="#tab{i + 1}">{t}</a></li>' for i, t in enumerate(SA_TABS))}</ul></div>
<div id="tab1" class="tabs-wrap"><ul>{most_html}</ul></div>
<div id="tab2" class="tabs-wrap" style="display: none;"><ul>{tab_comments}</ul></div>
<div id="tab3" class="tabs-wrap tagcloud" style="display: none;">{tab_tags}</div>
</div></div>
<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>{SA_RECENT}</h4><div class="stripe-line"></div></div><div class="widget-container"><ul>{recent_html}</ul><div class="clear"></div></div></div>
<div id="social-2" class="widget social-icons-widget"><div class="widget-top"><h4>{SA_SOCIAL}</h4><div class="stripe-line"></div></div><div class="widget-container"><div class="social-icons social-colored"><a class="ttip-none" title="Facebook" href="https://facebook.example/elkanaba"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="YouTube" href="https://youtube.example/elkanaba"><i class="fa fa-youtube"></i></a></div></div></div>
</div></aside>
<div class="clear"></div>
</div>
<div class="clear"></div>
<footer id="theme-footer"><div id="footer-widget-area" class="footer-2c"><div id="footer-first" class="footer-widgets-box"><div class="footer-widget"><div class="footer-widget-top"><h4>{SA_FOOTER_HEADS[0]}</h4></div><div class="footer-widget-container"><div class="textwidget">{SA_FOOTER_ABOUT}</div></div></div></div>
<div id="footer-second" class="footer-widgets-box"><div class="footer-widget"><div class="footer-widget-top"><h4>{SA_FOOTER_HEADS[1]}</h4></div><div class="footer-widget-container"><ul>{foot_links}</ul></div></div></div></div></footer>
<div class="clear"></div>
<div class="footer-bottom"><div class="container"><div class="alignright">{SA_POWERED} <a href="https://wordpress.org">WordPress</a> | {SA_DESIGNED} <a href="https://tielabs.com/">TieLabs</a></div><div class="alignleft">{SA_COPY.format(year=now.year)}</div><div class="clear"></div></div></div>
</div>
</div>
</div>
<div id="topcontrol" class="fa fa-angle-up" title="اصعد لأعلى"></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","reading_indicator":"","lang_no_results":"\\u0644\\u0627 \\u0646\\u062a\\u0627\\u0626\\u062c","lang_results_found":"\\u0646\\u062a\\u0627\\u0626\\u062c \\u0627\\u0644\\u0628\\u062d\\u062b","time_format":"g:i a"}};</script>
<script type="text/javascript" src="{SA_HOST}/wp-content/themes/sahifa/js/tie-scripts.js?ver=5.7.1" id="tie-scripts-js"></script>
</body>
</html>
'''
    without = [SA_SLOGAN, SA_BREAKING, SA_CAPTION, shown, SA_VIEWS.format(n=f'{views:,}'), SA_SHARE, bio, SA_RELATED,
               SA_COMMENTS_TITLE.format(n=len(comments)), SA_RESPOND, SA_RESPOND_NOTE, SA_RECENT, SA_FOOTER_ABOUT, prev_t, next_t,
               f'{DAYS[now.weekday()]} , {now.day} {GULF_MONTHS[now.month - 1]} {now.year}'] + [c for _, c in comments] + \
        recent + breaking + most[:2] + rel[:2] + [x for x in (credit, upd_line) if x]
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


RENDER = {'shorthand': render_shorthand, 'mybb': render_mybb, 'ips': render_ips, 'concrete': render_concrete,
          'hashnode': render_hashnode, 'zola': render_zola, 'sahifa': render_sahifa}
def with_null_update(render_checked):
    """templates_set10.renderer()'s render() (the page, its label with the update where there is one, set 9's link
    check and the balance check), with `updated` null on the pages that declare no update (sets 21, 23, 24)."""
    def render(kind, art, others, extra, date, slug, k):
        page, label, encoding = render_checked(kind, art, others, extra, date, slug, k)
        if 'updated' not in label:
            keys = list(label)
            at_ = keys.index('published') + 1
            label = {key: label[key] for key in keys[:at_]} | {'updated': None} | {key: label[key] for key in keys[at_:]}
        return page, label, encoding
    return render


render = with_null_update(renderer(RENDER, 'templates_set21.py', 21))


# --- the corpus and the driver ----------------------------------------------------------------------------
FOLDER = 'satirical-hudood'
# The files of FOLDER that a label of tests/ (segmenter or HTML) or ../shared/eval/dev named, or that a segmenter blind
# draw (tests/segmenter/blind*-draw.txt) listed, when the set was written: frozen, so that later labels do not shift the
# set's articles. None of them is in TITLE_WORDS.
LABEL_NAMED = frozenset(f'{n}.hudood.txt' for n in (
    1941, 2019, 2026, 3073, 3090, 3486, 4718, 4803, 5721, 6269, 7095, 7124, 7284, 8304, 8337, 8519, 8786, 9066, 9436, 9743,
    9749, 10819, 11063, 11251, 11321, 12389, 12699, 13058, 13392, 13578, 13627, 13629, 13670, 14809, 14818, 14845, 17030,
    17073, 18072, 19147, 19316, 19751, 21763, 22256, 22979))
# The files read, in number order: the first 58 files of FOLDER (131 to 5667) that LABEL_NAMED leaves, each with the
# number of words of its headline and of the credit line between the headline and the text (a correspondent's or a
# desk's line: "خاص لحدود عمار شمتوني", "سمير بلابل مراسل لشؤون العمل الإضافي والعبودية"), read by hand: the corpus
# glues the headline to the text on one line with no mark between them.
TITLE_WORDS = {
    131: (10, 0), 220: (10, 0), 335: (6, 4), 343: (11, 0), 359: (4, 0), 388: (5, 0), 673: (9, 0), 692: (8, 0),
    728: (11, 0), 766: (7, 0), 795: (11, 0), 962: (6, 0), 978: (13, 0), 1030: (8, 0), 1043: (11, 0), 1220: (9, 0),
    1408: (11, 0), 1573: (9, 0), 1609: (10, 0), 2100: (9, 0), 2208: (8, 0), 2249: (10, 0), 2279: (7, 0), 2295: (11, 7),
    2345: (11, 0), 2520: (6, 0), 2553: (15, 0), 2666: (9, 5), 2684: (7, 0), 2711: (11, 0), 2719: (8, 0), 2724: (5, 0),
    2832: (10, 0), 3047: (10, 0), 3650: (3, 0), 3667: (8, 0), 3859: (8, 0), 3950: (6, 0), 4065: (9, 0), 4096: (10, 0),
    4146: (9, 6), 4172: (11, 0), 4373: (11, 0), 4505: (11, 0), 4566: (8, 0), 4722: (13, 0), 4768: (10, 0), 4919: (8, 6),
    4936: (12, 0), 5052: (13, 7), 5064: (4, 0), 5344: (6, 0), 5371: (14, 0), 5461: (11, 0), 5573: (8, 0), 5594: (7, 0),
    5609: (9, 0), 5667: (10, 0)}
# Files whose text is not an article but a list (a year's predictions and a month's horoscope by star sign, ways to
# leave the country, a taxi drivers' statement of demands, a recipe, a list of awards), read by hand: their headlines
# serve as other stories' headlines only.
NOT_ARTICLES = frozenset(f'{n}.hudood.txt' for n in (2520, 2724, 3047, 3650, 3950, 5064))
# A word that opens a sentence after "و" (the corpus dropped the stops, so a paragraph is cut before one of these).
STARTERS = re.compile('^و(في|قد|كان|كانت|بعد|بحسب|من|على|أضاف|أضافت|أكد|أكدت|قال|قالت|أشار|أشارت|أوضح|أوضحت|ذكرت|ذكر|'
                      'تأتي|يأتي|يذكر|تجدر|عقب|أعلن|أعلنت|تابع|تابعت|أفاد|أفادت|صرح|صرحت|علق|علقت|شدد|شددت|لفت|لفتت|بدوره|'
                      'بدورها|يرى|ترى|يعتبر|تعتبر|أشاد|أعرب|أعربت|تشير|يشير|يقول|تقول|لم|لا|تمكن|تمكنت|أظهرت|أظهر|كشف|كشفت|'
                      'يأمل|تأمل|حسب|رغم|بالرغم|لدى|عند|أخيرا|بينما|إذ|يبدو|تبدو)$')


def tokens(text):
    """The words of a text, each with the length of the white space before it (two spaces or more where the corpus
    dropped a punctuation mark)."""
    return [(len(m.group(1)), m.group(2)) for m in re.finditer(r'(\s*)(\S+)', text)]


def paragraphs(toks):
    """A text's paragraphs: a paragraph of 22 words or more ends before a word of STARTERS; one of 45 words or more
    before a word of four letters or more that opens with "و" after a gap (two spaces or more: a dropped mark); one
    of 60 or more at the next gap; one of 90 or more before the next word of four letters or more that opens with
    "و"; a last one under 12 words is joined to the one before."""
    out, cur = [], []
    for gap, w in toks:
        n = len(cur)
        wa = w.startswith('و') and len(w) > 3
        if (n >= 22 and STARTERS.match(w)) or (n >= 45 and gap >= 2 and wa) or (n >= 60 and gap >= 2) or (n >= 90 and wa):
            out.append(' '.join(cur))
            cur = []
        cur.append(w)
    if cur:
        if len(cur) < 12 and out:
            out[-1] += ' ' + ' '.join(cur)
        else:
            out.append(' '.join(cur))
    return out


def records(corpus):
    """The files of TITLE_WORDS in number order, as dicts: base, title, credit, paragraphs, text (and wrapped, always
    False, for templates_set19.following())."""
    out = []
    for num in sorted(TITLE_WORDS):
        base = f'{num}.hudood.txt'
        if base in LABEL_NAMED:
            continue
        with open(os.path.join(corpus, FOLDER, base), encoding='utf-8') as fh:
            text = fh.read()
        t, c = TITLE_WORDS[num]
        toks = tokens(text)
        out.append({'base': base, 'title': ' '.join(w for _, w in toks[:t]), 'credit': ' '.join(w for _, w in toks[t:t + c]),
                    'paragraphs': paragraphs(toks[t + c:]), 'text': text, 'wrapped': False})
    return out


def article_of(rec):
    """(name, title, paragraphs) when the file is an article: not a list, a usable headline (3 to 20 words, no
    read-also marker), no marker in its text and at least 3 paragraphs (the first 8 kept); else None."""
    if rec['base'] in NOT_ARTICLES or not usable_title(rec['title']) or any(m in rec['text'] for m in MARKERS):
        return None
    if len(rec['paragraphs']) < 3:
        return None
    return f'{FOLDER}/{rec["base"]}', rec['title'], rec['paragraphs'][:8]


def pick_articles(recs, need):
    """`need` (index, article) pairs: page n takes the next article in number order."""
    out = [(i, a) for i, a in ((i, article_of(r)) for i, r in enumerate(recs)) if a]
    if len(out) < need:
        raise SystemExit(f'templates_set21: {len(out)} articles in {FOLDER}, {need} needed')
    return out[:need]


def page_time(n, kind, k):
    """Page n's local publication time: a day of 2018-01-01 to 2024-12-31 and a time of day from 07:00 to 22:59 (to
    20:59 for the UTC_ONLY kinds), drawn in that order from a generator seeded by n, in the kind's zone; the pages of
    AFTER_MIDNIGHT keep the day and take their clock time."""
    rng = random.Random(f'templates_set21 page {n}')
    naive = datetime.datetime(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2557))
    naive = naive.replace(hour=rng.randrange(7, 21 if kind in UTC_ONLY else 23), minute=rng.randrange(60))
    if (kind, k) in AFTER_MIDNIGHT:
        naive = naive.replace(hour=AFTER_MIDNIGHT[kind, k][0], minute=AFTER_MIDNIGHT[kind, k][1])
    return zone(kind, naive)


def wording_problems(path=None, earlier=None):
    """The strings of this file (or of `path`, a file beside it; docstrings aside) that hold a run of three Arabic
    words which, after templates_set5.fold(), a string constant of make_templates.py or templates_set5..20.py (or of
    the files `earlier` names) holds (docstrings included): the check that keeps the chrome's wording new
    (--wording). Sets 23 and 24 run it on themselves against the sets before them."""
    def constants(file, docstrings):
        with open(os.path.join(HERE, file), encoding='utf-8') as fh:
            tree = ast.parse(fh.read())
        skip = set()
        if not docstrings:
            for node in ast.walk(tree):
                if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body and isinstance(node.body[0], ast.Expr):
                    skip.add(id(node.body[0].value))
        return [c.value for c in ast.walk(tree) if isinstance(c, ast.Constant) and isinstance(c.value, str) and id(c) not in skip]

    def runs(text):
        out, words = set(), []
        for w in fold(text).split() + ['']:
            if w and re.search('[\u0600-\u06ff]', w):
                words.append(w)
                continue
            out.update(' '.join(words[i:i + 3]) for i in range(len(words) - 2))
            words = []
        return out

    earlier_runs = set()
    for file in earlier or ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 21)]:
        for text in constants(file, True):
            earlier_runs |= runs(text)
    return [f'wording of an earlier set ({", ".join(sorted(hit)[:3])}): {text[:60]}'
            for text in constants(path or os.path.basename(__file__), False) for hit in [runs(text) & earlier_runs] if hit]


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    args = set_arguments(__doc__, 'templates_set21', KINDS, RENDER, FOLDER, [a for a in argv if a != '--wording'])
    recs = records(args.corpus)
    # Articles and headlines are drawn over the whole set (kinds in KINDS order, one shuffle a page), so that --kinds
    # picks the same ones.
    pages = [(kind, n % args.per_kind) for n, kind in enumerate(kd for kd in KINDS for _ in range(args.per_kind))]
    chosen = pick_articles(recs, len(pages))
    shuffler = random.Random(20261221)
    bad, written = 0, 0
    for n, ((kind, k), (at_, art)) in enumerate(zip(pages, chosen)):
        heads = following(recs, at_, art[1], 20)
        others = heads[:11]
        shuffler.shuffle(others)
        if kind not in args.kinds:
            continue
        local = page_time(n, kind, k)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'credit': recs[at_]['credit'],
                 'file': recs[at_]['base']}
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), f'{kind}-{k}', k)
        bad += write_page(args.out, f'{kind}-{k}', page, label, encoding, art[2], 'templates_set21')
        written += 1
    if wording:
        for problem in wording_problems():
            print(f'templates_set21: {problem}', file=sys.stderr)
            bad += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
