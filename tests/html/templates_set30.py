#!/usr/bin/env python3
"""Sealed HTML template set 30 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name), never
built it and never ran git: the set stays sealed until it is scored once, and that first score measures the rules on
templates nobody tuned them for. None of these platforms is named by make_templates.py or templates_set5..28.py (their
docstrings and strings were searched for each), nor by set 29, written at the same time by another helper (Tiki Wiki
CMS Groupware, Mambo, Nucleus CMS, NodeBB, Bloomreach Experience Manager, dotCMS, Sanity): Jahia 8 (a Java enterprise
CMS, its news module and bootstrap templates), Fork CMS 5 (the Belgian PHP CMS, its Bootstrap4 theme and blog module),
Webnode 2 (the Czech site builder), Zoho Sites (Zoho's builder and its blog), Prismic behind a Nuxt 2 front end, Directus
behind a plain server-rendered front end, and Nikola 8 (a Python static site generator, the hyde theme); they are the
seven the brief suggested. Every chrome sentence is new wording (no chrome constant of the earlier sets is imported;
--wording checks automatically that no run of three Arabic words of a string of this file, docstrings aside, appears,
after templates_set5.fold()'s letter folding, in the string constants of make_templates.py or templates_set5..28.py,
docstrings included). The chrome is Arabic (Jordanian readers, a Moroccan newsroom's readers, Omani readers where the
site speaks them), with what such platforms leave in English: Jahia's "Posted" label, SpoonDate's English comment ages
on Fork ("3 hours ago"), Webnode's menu, navigation, system footer and cookie bar ("Older articles", "Create your
website for free!"), "Powered by Zoho Sites", "Content managed with Directus", Nikola's "Contents © ... Powered by
Nikola".

The texts are BBC Arabic's, CNN Arabic's and France 24's TREC records (CORPUS/ant-multisource; jahia: BBC, prismic:
CNN, forkcms and nikola: France24; 2018) and the windows-1256 newspaper files of three countries no earlier set read
them for (CORPUS/arabic-newspapers-cp1256, decoded as cp1256; webnode: Kuwait's, zoho: Oman's, directus: Morocco's). A
record's page takes its <TITLE> and its <TIME> made local in the kind's zone; a newspaper file's page takes its first
line as the headline and a day drawn by the page's generator (the files carry no date of their own: webnode 2019 to
2024, zoho 2020 to 2024, directus 2021 to 2024) at a drawn clock time (07:00 to 22:59). Page N (counted over the whole
set, kinds in the order below) has a generator, random.Random("templates_set30 page N"), that draws, in this order,
that day and clock time, the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before
the page was saved (its "today", tickers, relative ages, comments and later lists fall between publication and that
moment; a page is always saved after its own update) and a count. Zones: Riyadh's, Kuwait's +03:00, Amman's +02:00 and
+03:00 from 30 March 2018 (set 19's table), Muscat's and Dubai's +04:00, Casablanca's +01:00 and +00:00 in Ramadan (set
28's table), Algiers' +01:00; every page's publication and update times are checked against zoneinfo when the set is
written. Four pages are moved just after local midnight, keeping their day, for a UTC trap (MOVED): jahia-2 (00:50, its
Open Graph times are Java Instants in UTC), zoho-3 (01:20, its JSON-LD in UTC), prismic-1 (01:35, Prismic's "+0000"
publication dates in the payload, the JSON-LD and Open Graph) and directus-2 (00:40, its Open Graph time in UTC); each
is the day before in UTC. Every webnode page carries the trap too: Webnode prints a post's day as midnight in Prague
("2023-08-20T00:00:00+0200"), the day before in UTC and in Kuwait. Two pages of each kind are updated (14 of 28): jahia,
forkcms, zoho, prismic and directus show one and declare the other only in metadata; webnode and nikola show both; the
other pages carry updated null and declare no modified time later than their publication. Every page shows dates that
are not the article's: a header's "today", ticker clock times, comments and their ages, later lists' dates, earlier
related items' dates, coming seminars, archive months, a portal's last update, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order) and lists that look
related but are not (latest or recent posts, a ticker or a "now" strip, a brief, older and newer posts, recent comments
naming other posts, coming seminars), and every other page (14) an inline read-also line, card, quote or slice in new
wording ("ضمن الملف ذاته رصدنا:", "كتب الدرج عن القضية قبل هذا:", "من منشوراتنا السابقة حول الموضوع:", "مقال يكمل
الصورة:", a Prismic related_link slice "تابع القصة من أولها:", "نشرنا سابقاً في الموضوع ذاته:", a blockquote "سبق أن
دوّنتُ عن هذا:"). Five kinds are built to be hard: the Jahia page's text is split over sibling components of the page's
area (the news node's description holds the lead alone, under the <h1> and the picture; the news module's back link
follows; then bigText rows, an image component, a read-also card and a last bigText with the source line); the Fork CMS
post's comment thread (Jordanian readers, 8 or 9 comments of 32 to 37 words) is longer than its text; the Prismic page
puts its kicker, <h1>, byline and date in a hero OUTSIDE <main>, renders the text as sibling slices (text, image, text,
a related_link slice, text) and holds it whole again as Prismic rich text in window.__NUXT__ (devalue's escaping and
parameters); the Directus front end prints the body, a plain textarea field, with nl2br: one <div> whose paragraphs are
separated only by <br><br>; the Nikola hyde page's sidebar (the site's name, the menu, the most-read box and the recent
posts) comes before the text in source order. Zoho's blog editor writes a <div> a line, an empty <div><br></div> between
paragraphs.

  jahia     a Riyadh media-monitoring centre's portal on Jahia 8 (Asia/Riyadh, +03:00; BBC): /cms/render/live/ar/sites/...
            URLs, /files/live/sites/... images, /modules/... assets with staticAsset ids, contextJsParameters; Open Graph
            with article:published_time as a Java Instant in UTC ("Z"; article:modified_time on pages 1 and 3, page 3's
            update only there: the updated date); the top bar with the saved day in Arabic-Indic digits and "English";
            the tagline, search, nav; "على شاشة الوحدة الآن" (three headlines with clock times: not related); the
            breadcrumb ending with the title; the news detail view (news-v3): <h1> (the view's <h2>, changed so that
            the page has one), the posted-info list "في SECTION" and the tagListView's "Posted ١٤ أكتوبر, ٢٠١٨"
            (fmt:formatDate 'dd MMM, yyyy' under the ar locale, CLDR's Arabic-Indic digits; page 3 the detail view's
            'MMMM dd, yyyy - HH:mm' "فبراير ٠٨, ٢٠١٨ - ١٨:٤٩"), the carousel picture, the lead alone in news-v3-in; "عودة إلى قائمة الرصد"; the
            sibling rows (paragraphs 2 and 3, a figure and caption, paragraphs 4 and 5, on even pages a card "ضمن الملف
            ذاته رصدنا:" with a link: read-also, the rest and the source line: not body); page 1 "راجعت الوحدة هذا النص
            وعدّلته بتاريخ DATE" (the updated date; not body); the share bar; "متابعات سابقة ترتبط بالخبر" (four earlier,
            with dates: related); the sidebar: "الأوسع اطلاعاً بين زوار الوحدة" (five: related, a most-read box), "أحدث ما
            التقطته الوحدة" (five later with dates: not related), the centre's coming seminars, the newsletter; the
            footer with the portal's last update (the saving) and the year; the privacy manager's banner
  forkcms   an Amman bloggers' collective on Fork CMS 5 with the Bootstrap4 theme (Asia/Amman, +02:00, +03:00 from 30
            March 2018; France24, texts of at most FORK_MAX_WORDS words): generator "Fork CMS", /src/Frontend/... paths, jsData;
            Open Graph article:published_time in local time with the offset (PHP's 'c'; article:modified_time on pages 0
            and 2, page 2's update only there: the updated date); the cookie bar (data-cookiebar) first, the navbar,
            the collective's line, the breadcrumb; #blogDetail: <h1 itemprop="name">, "كتبها NAME يوم DATE" with the
            <time itemprop="datePublished"> zone-less, DATE Fork's dateFormatLong with Levantine months "الخميس 17 أيار
            2018" (pages 0 and 1), "29 نيسان 2018 - 18:43" (page 2), "17/02/2018" (page 3); category, tags, "N تعليقات";
            the module body: the picture, the paragraphs with, on odd pages, "كتب الدرج عن القضية قبل هذا:" and a link
            after the second (read-also), the source line, page 0 "ملاحظة: راجعنا التدوينة وأضفنا إليها تفاصيل يوم
            DATE" (the updated date; not body); the previous and next posts' titles (not related); the tags module's
            related widget "تدوينات تلتقي معها على الوسوم" (four: related); "النقاش": the comment thread, each comment
            with SpoonDate's English age ("2 days ago") over the full date in a title attribute; the form; the sidebar:
            "جديد الدرج" (five with dates: not related), "قالوا على الدرج مؤخراً" (commenters on other posts' titles: not
            related), the archive by month, the Mailmotor box; the footer ("Powered by Fork CMS", the year)
  webnode   a Kuwaiti science and culture club's site on Webnode 2 (Asia/Kuwait, +03:00; Kuwait's papers): generator
            "Webnode 2", cloudfront assets with ?ph=, data-wnd_ attributes, the l-w/l-h/l-m/l-f layout, sections with
            ez-c content zones and b-text blocks, wnd.$system with the post's listing_item; og:article:published_time at
            midnight in Prague ("+0200"/"+0100", the day before in UTC); the header's logo text, menu ("Close Menu",
            "More", "Menu"); the post: a text block with <h1>, a text block with the date "20.08.2023" (Webnode's
            '%d.%m.%Y'; page 2 '%d.%m.%Y %H:%M'), page 3 "(آخر تعديل للمنشور: DATE)" (the updated date; not body), an
            image block and caption, the text over two text blocks with, on odd pages, a block "من منشوراتنا السابقة
            حول الموضوع:" and a link between them (read-also), page 1 a last block "تحديث DATE: ..." (the updated date;
            not body), the share links; "Older articles"/"Newer articles" with titles (not related); a two-column
            section: "ما يقرؤه أعضاء النادي أكثر من غيره" (the club's own list of five: related, a most-read box) and
            "آخر ما نشره النادي" (a blog listing of five later posts with dates: not related); the form block; the footer
            (the year), Webnode's system footer and cookie bar
  zoho      a Muscat economic news site on Zoho Sites (Asia/Muscat, +04:00; Oman's papers): zpcontainer, zprow and
            zpelem-col elements with data-element-id="elm_..." ids, theme-header and theme-content-container parts,
            window.zs_view; a BlogPosting JSON-LD in UTC ("Z"; its dateModified the publication, or page 2's update, only
            there: the updated date); the top bar ("مسقط، DAY DATE", the saved day), logo, menu; the blog post: the
            category, <h1 class="zpblog-post-title">, "بقلم NAME", the date "09 يوليو 2021" (pages 0 and 1), "09/07/2021"
            (page 2), "الاثنين 11 يناير 2021 1:20 ص" (page 3, at 01:20: the day before in the JSON-LD), page 0 "آخر تحديث:
            DATE" (the updated date); the picture; zpblog-post-content: a <div> a paragraph, <div><br></div> between
            them, on even pages a line "مقال يكمل الصورة:" and a link after the third (read-also), the source line;
            tags, share; "منشورات ترتبط بهذا المقال" (four: related); "التعليقات (N)": two or three Omani comments with
            dates and the form; the sidebar: "أحدث المنشورات" (five with dates: not related), categories, the archive;
            the footer ("Powered by Zoho Sites", the year), the cookie banner
  prismic   a Dubai digital outlet on Prismic with a Nuxt 2 front end (Asia/Dubai, +04:00; CNN, its lead's dateline not
            part of the opening): data-n-head metas, data-v-* scoped attributes, images.prismic.io pictures; Open Graph
            article:published_time and a NewsArticle JSON-LD with Prismic's first_publication_date ("+0000";
            article:modified_time on pages 0 and 2, and page 2's update only there, in the JSON-LD's dateModified and the
            payload's last_publication_date: the updated date); the header (logo, nav, the "الآن" strip: three headlines
            with clock times, not related); the hero OUTSIDE <main>: the kicker, <h1>, "كتابة NAME" and <time datetime>
            showing Intl ar-AE's "20 فبراير 2018" (page 0), "الأحد، 4 مارس 2018" (page 1, at 01:35), the relative age at
            the saving "قبل 34 ساعة" (page 2), "16‏/4‏/2018" (page 3), page 0 "حُدّثت القصة DATE" (the updated date); the
            hero picture and caption; <main>: the slices (text, image with its caption, text, on odd pages a
            related_link slice "تابع القصة من أولها:" with a link: read-also, text), the source line, tags, share; "قصص
            تكمل المشهد" (four with dates: related); the rail: "قصص الأفق الأكثر قراءة" (five numbered: related), "وصل
            حديثاً" (five with clock times: not related), the newsletter; the footer, the consent banner; window.__NUXT__
            with the document (first and last publication dates, the title, the slices' rich text: the whole text again,
            the related stories), the most-read and latest lists and the strip
  directus  a Rabat newsroom on Directus with a plain server-rendered front end (Africa/Casablanca, +01:00, +00:00 in
            Ramadan; Morocco's papers): /assets/UUID?key=cover-1200 pictures from the Directus instance, data-collection
            and data-id attributes; a NewsArticle JSON-LD whose datePublished is the zone-less "datetime" field as stored
            and whose dateModified (pages 1 and 3, page 3's update only there: the updated date) is Directus' UTC
            date_updated; Open Graph article:published_time in UTC with milliseconds; a dataLayer with the draft's
            date_created (hours before); the top bar (the saved day in Moroccan months, the weather), logo, nav; "موجز
            الساعة" (three headlines with clock times: not related); the story: section, <h1>, "بقلم: NAME" and <time>
            "الثلاثاء 30 يوليوز 2024 - 08:58" (page 0), "27/08/2021 09:53" (page 1), "24 دجنبر 2024" (page 2, at 00:40:
            the day before in Open Graph), French "25 juin 2022" (page 3), page 1 "حُيّن المقال في DATE" (the updated
            date); the cover and caption; div.story-body, the paragraphs separated only by <br><br>, on even pages a bold
            "نشرنا سابقاً في الموضوع ذاته:" and a link as one more paragraph after the third (read-also); the source
            line, tags, share; "مواد تتصل بهذا الملف" (four earlier with dates: related); "تعليقات القراء (N)": two or
            three readers' comments with dates and the form; the aside: "الأكثر مشاهدة لدى قراء أكدال" (five: related, a
            most-read box), "جديد أكدال بريس" (five with clock times: not related), the newsletter; the footer ("Content
            managed with Directus", the year), the cookie banner
  nikola    an Algiers journalist's static site built with Nikola 8 and the hyde theme (Africa/Algiers, +01:00; France24):
            generator "Nikola (getnikola.com)", Open Graph with article:published_time in local time with the offset
            (Nikola's 'webiso') and article:tag, rel prev and next links with the neighbours' titles; the hyde sidebar
            BEFORE the text: the site's name in a <p> (hyde's <h1>, changed so that the page has one), the description,
            the menu, "ما قرأه الزوار أكثر هذا الشهر" (five: related, a most-read box), "آخر ما دُوّن في الكراسة" (five
            later with dates: not related); the post: <h1 class="p-name entry-title"> linking the post, the author, the
            dateline <time class="published dt-published"> with Nikola's 'yyyy-MM-dd HH:mm' (pages 0 and 2), the ar_DZ
            'EEEE d MMMM y' "الأحد 18 فيفري 2018" (page 1), "16/07/2018" (page 3), page 0 "(حُدّثت <time
            class="updated dt-updated">DATE</time>)" (the updated date); the comments and source links; the text with,
            on odd pages, a blockquote "سبق أن دوّنتُ عن هذا:" and a link after the third paragraph (read-also), the
            source line, page 2 "إضافة بتاريخ DATE: ..." (the updated date; not body); tags; the pager ("التدوينة
            السابقة"/"التدوينة اللاحقة", the titles only in title attributes: not related); "تدوينات تشبهها في
            الموضوع" (four: related); Isso's empty thread; the footer ("Contents © YEAR NAME - Powered by Nikola")

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); 6 to 8 a page, from the first paragraph to the last; a CNN lead's dateline is
not part of its opening, templates_set26.without_cnn_dateline()), body_without = visible chrome texts, bylines, date
lines, source and update notes, readers' comments and their dates or ages, other stories' headlines, read_also, related
(headed related lists and most-read boxes only, in page order).

Articles: a BBC or France24 record is an article when it has a date, its title is a usable headline (3 to 20 words, no
read-also marker), no line of its text holds a marker, and it has at least 6 lines of 12 words or more that end a
sentence (a line that does not is another story's headline or a subheading inside the record), up to a BBC_STOP line
(set 26's); the first 8 are kept. A CNN record is one when set 26's CNN_OWN table (read by hand: the records go on after
the story with other stories' teasers) gives it six own paragraphs or more (the first 8 kept). A windows-1256 file is
one when templates_set22.article_of() takes it, its first line is no dateline ("طهران – عواصم – وكالات", "لندن -
NAME": DATELINE_TITLE) and it has at least 6 paragraphs, each ending a sentence (a file whose first line is a kicker
and whose headline is the next line, or that ends with a source and date line, is not one). Left out (frozen, so that
later labels do not shift the set): the records and files a label of tests/segmenter/labels, tests/html/labels or
../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind30 and blind31 included)
lists (LABEL_NAMED, CP_LABEL_NAMED), the records sets 13 and 25 (France24), 14 and 26 (BBC), 15 and 26 (CNN) built pages
around and the 28 files set 22 built pages around (EARLIER_SETS_READ, CP_EARLIER_SETS_READ). Page k of a kind takes the
first article (in sorted path order, or templates_set22.file_key() order) of the folder FOLDERS[kind][k] (a multisource
category, or a newspaper category letter: P, E, C, SC) or of the kind's next folders that no page took before, kinds in
the order above (templates_set24.pick_from_folders()). Other stories' headlines are the titles of the records of the
same source (or the headlines of the same country's files) that follow the article's, wrapping around
(templates_set14.following()): the first 11 shuffled by random.Random(20261230), one shuffle a page, then the rest in
order (the read-also is the 12th, tickers, previous and next titles and the like from the 14th on).

Usage: templates_set30.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text with templates_set5's check() (templates_set12.write_page()), checks with
templates_set9's link check that every read-also and related title is the whole text of a link and that each label has
the keys and types ../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element
is closed in order (templates_set10.renderer() runs those two), checks the pages' offsets (and Webnode's Prague
midnights) against zoneinfo; with --wording it also runs wording_problems() over make_templates.py and
templates_set5..28.py; fails if any check does. The output is the same byte for byte from run to run."""
import base64
import datetime
import glob
import hashlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data and the corpus readers only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, FRENCH_MONTHS, GULF_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, esc, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, hm, indic, trec_records  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set16 import ar_date as gulf, dmy  # noqa: E402
from templates_set18 import ymd  # noqa: E402
from templates_set19 import AMMAN_SUMMER, MARKERS, ampm, h12, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set20 import hash_int, iso_ms_z  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set22 import (CORPUS_FOLDER as CP_FOLDER, FILE_NAME, article_of as cp_article_of, file_key,  # noqa: E402
                             file_lines, headline)
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import after, moment_helpers, pick_from_folders, run_set, words_of  # noqa: E402
from templates_set26 import BBC_STOP, CNN_OWN, without_cnn_dateline  # noqa: E402
from templates_set28 import MA_PLUS_ONE, eu_summer  # noqa: E402

KINDS = ('jahia', 'forkcms', 'webnode', 'zoho', 'prismic', 'directus', 'nikola')
UTC = datetime.timezone.utc
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead (set 19's Amman table,
# set 28's Casablanca table); TZ names the zone each kind's times are checked against with zoneinfo.
ZONES = {'jahia': (3, []), 'forkcms': (2, AMMAN_SUMMER), 'webnode': (3, []), 'zoho': (4, []), 'prismic': (4, []),
         'directus': (0, MA_PLUS_ONE), 'nikola': (1, [])}
TZ = {'jahia': 'Asia/Riyadh', 'forkcms': 'Asia/Amman', 'webnode': 'Asia/Kuwait', 'zoho': 'Asia/Muscat',
      'prismic': 'Asia/Dubai', 'directus': 'Africa/Casablanca', 'nikola': 'Africa/Algiers'}
# Where each kind's texts come from (a folder of ant-multisource, or a country of the windows-1256 newspapers), and the
# folders (multisource categories, or the newspapers' category letters) its pages take them from, page by page.
SOURCE = {'jahia': 'BBC', 'forkcms': 'France24', 'webnode': 'KW', 'zoho': 'OM', 'prismic': 'CNN', 'directus': 'MA',
          'nikola': 'France24'}
FOLDERS = {'jahia': ('middleEast', 'internationalNews', 'middleEast', 'technology'),
           'forkcms': ('middleEast', 'internationalNews', 'middleEast', 'internationalNews'),
           'webnode': ('C', 'SC', 'E', 'SC'),
           'zoho': ('P', 'E', 'C', 'E'),
           'prismic': ('middleEast', 'sport', 'middleEast', 'middleEast'),
           'directus': ('P', 'E', 'C', 'SC'),
           'nikola': ('internationalNews', 'middleEast', 'internationalNews', 'sport')}
# The days the undated texts (the windows-1256 newspapers') are drawn from, by kind.
DRAWN_SPANS = {'webnode': (datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)),
               'zoho': (datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)),
               'directus': (datetime.date(2021, 1, 1), datetime.date(2024, 12, 31))}
# Pages whose local clock is moved just after midnight (keeping their day) for their UTC traps.
MOVED = {('jahia', 2): (0, 50), ('zoho', 3): (1, 20), ('prismic', 1): (1, 35), ('directus', 2): (0, 40)}
# The forkcms pages' comment thread is longer than their text: their texts have at most this many words.
FORK_MAX_WORDS = 300
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
# Prague's offsets (Webnode's servers print a post's day as local midnight there): the EU's summer time.
_, cz_zone, _, _, _ = zone_helpers({'cz': (1, eu_summer(2015, 2026))})


def levant(t):
    return f'{t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}'


def maghreb(t):
    return f'{t.day} {MAGHREB_MONTHS[t.month - 1]} {t.year}'


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def updates(kind, k, pub, draw, pages):
    """(mod, upd_day): the update of page k when k is one of `pages` (the publication and None elsewhere)."""
    if k in pages:
        mod = later(kind, pub, **draw['update'])
        return mod, mod.date()
    return pub, None


def saved(kind, pub, draw, mod, upd_day, **delta):
    """The moment the page was saved: `delta` after publication, or after the update where that is later."""
    return saved_after(kind, later(kind, pub, **delta), mod if upd_day else None, draw)


def moments(kind, start, end, n):
    return [between(kind, start, end, i, n) for i in range(n)]


def zoneinfo_offset(name, t):
    """t's offset in the zoneinfo zone `name` (None when zoneinfo is missing)."""
    try:
        import zoneinfo
        return t.astimezone(zoneinfo.ZoneInfo(name)).utcoffset()
    except Exception:  # noqa: BLE001 (no tz database: nothing to compare with)
        return None


def js_value(v, subs):
    """`v` as Nuxt 2's devalue writes it into window.__NUXT__: unquoted keys, <, > and / escaped, and the values of
    `subs` (None, booleans, a few frequent strings) replaced by the IIFE's parameter names."""
    for value, name in subs:
        if v is value or (isinstance(v, str) and isinstance(value, str) and v == value) or (v == [] and value == [] and isinstance(v, list)):
            return name
    if isinstance(v, dict):
        return '{' + ','.join(f'{k if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", k) else json.dumps(k)}:{js_value(x, subs)}'
                              for k, x in v.items()) + '}'
    if isinstance(v, list):
        return '[' + ','.join(js_value(x, subs) for x in v) + ']'
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False).replace('<', '\\u003C').replace('>', '\\u003E').replace('/', '\\u002F')


# --- jahia: a Riyadh media-monitoring centre's portal on Jahia 8 ---------------------------------------------------
JH_SITE = 'مركز الخليج للرصد والدراسات'
JH_HOST = 'https://www.khaleej-rasd.sa.example'
JH_KEY = 'khaleejrasd'
JH_TAGLINE = 'وحدة تتابع تغطيات الصحف الدولية لشؤون المنطقة وتضعها بين أيدي الباحثين'
JH_LANG = 'English'
JH_SEARCH = 'بحث'
JH_NAV = ['الرئيسية', 'الرصد اليومي', 'الشرق الأوسط', 'العالم', 'التقنية', 'الدراسات', 'عن المركز']
JH_SECTIONS = {'middleEast': 'الشرق الأوسط', 'internationalNews': 'العالم', 'technology': 'التقنية'}
JH_TICKER = 'على شاشة الوحدة الآن'
JH_CRUMB = ['الرئيسية', 'الرصد اليومي']
JH_IN = 'في'
JH_POSTED = 'Posted'
JH_BACK = 'عودة إلى قائمة الرصد'
JH_CAPTION = 'صورة أرشيفية توزعها وحدة الرصد'
JH_ALSO = 'ضمن الملف ذاته رصدنا:'
JH_SOURCE = 'نقلته الوحدة عن الخدمة العربية لهيئة الإذاعة البريطانية وغيّرت صياغة عنوانه قليلاً'
JH_UPDATED = 'راجعت الوحدة هذا النص وعدّلته بتاريخ {date}'
JH_SHARE = 'أرسل الرابط عبر'
JH_SHARE_SERVICES = ['إكس', 'لينكدإن', 'واتساب', 'البريد']
JH_RELATED = 'متابعات سابقة ترتبط بالخبر'
JH_MOST = 'الأوسع اطلاعاً بين زوار الوحدة'
JH_LATEST = 'أحدث ما التقطته الوحدة'
JH_EVENTS = 'حلقات نقاش يعقدها المركز قريباً'
JH_EVENT_NAMES = ['الإعلام الدولي وصورة الخليج', 'قراءة في تغطية أسواق الطاقة', 'أدوات الرصد الآلي للأخبار']
JH_LETTER_HEAD = 'ملخص الأحد'
JH_LETTER = 'نجمع لك حصيلة الرصد الأسبوعية ونبعثها إليك مع بداية الأسبوع'
JH_LETTER_BUTTON = 'سجّل'
JH_FOOT = ['سياسة الخصوصية', 'شروط الاستخدام', 'خريطة البوابة', 'راسلنا']
JH_COPY = 'حقوق المحتوى لمركز الخليج للرصد والدراسات © {year}'
JH_SITE_UPDATED = 'جرى تحديث البوابة في {when}'
JH_COOKIE = 'تستعمل البوابة ملفات تعريفية لتحليل الزيارات وتيسير التصفح'
JH_COOKIE_BUTTONS = ['أقبل', 'خيارات الخصوصية']


def jh_posted(t):
    """The news module's tagListView: 'Posted ' and fmt:formatDate 'dd MMM, yyyy' under the ar locale (CLDR's
    Arabic-Indic digits)."""
    return f'{JH_POSTED} ' + indic(f'{t.day:02d}') + f' {GULF_MONTHS[t.month - 1]}, ' + indic(t.year)


def jh_long(t):
    """The detail view's 'MMMM dd, yyyy - HH:mm' under the ar locale."""
    return f'{GULF_MONTHS[t.month - 1]} ' + indic(f'{t.day:02d}') + ', ' + indic(t.year) + ' - ' + indic(hm(t))


def jh_day(t):
    return f'{DAYS[t.weekday()]} ' + indic(t.day) + f' {GULF_MONTHS[t.month - 1]} ' + indic(t.year)


def jh_text(ps, extra_html=''):
    """A jnt:bigText in the grid's row: its rich text as the editor typed it."""
    return '<div class="row"><div class="col-md-12">' + ''.join(f'<p>{esc(p)}</p>' for p in ps) + extra_html + '</div></div>'


def render_jahia(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'jahia'
    pub, draw = extra['at'], extra['draw']
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    ticker = extra['more'][3:6]
    section = JH_SECTIONS.get(extra['folder'], 'العالم')
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    node = hex_id(title)[:10]
    path = f'/sites/{JH_KEY}/home/rasd/{pub.year}/{pub.month:02d}/{node}'
    url = f'{JH_HOST}/cms/render/live/ar{path}.html'
    image = f'{JH_HOST}/files/live/sites/{JH_KEY}/files/rasd/{pub.year}/{node}.jpg'
    shown = jh_long(pub) if k == 3 else jh_posted(pub)
    upd_text = JH_UPDATED.format(date=jh_long(mod)) if k == 1 else ''
    cut = min(5, len(paras) - 1)
    also = ''
    if k % 2 == 0:
        also = (f'<div class="row"><div class="col-md-12"><div class="card bg-light mb-3"><div class="card-body"><strong>{JH_ALSO}</strong> '
                f'<a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd/{hex_id(extra["also"])[:10]}.html">{esc(extra["also"])}</a></div></div></div></div>')
    figure = (f'<div class="row"><div class="col-md-12"><figure class="figure"><img src="{JH_HOST}/files/live/sites/{JH_KEY}/files/rasd/{pub.year}/{node}-2.jpg" class="figure-img img-fluid" alt=""/>'
              f'<figcaption class="figure-caption">{JH_CAPTION}</figcaption></figure></div></div>')
    upd_html = f'<p class="text-muted small">{upd_text}</p>' if upd_text else ''
    blocks = (jh_text(paras[1:3]) + figure + jh_text(paras[3:cut]) + also
              + jh_text(paras[cut:], f'<p class="source"><em>{JH_SOURCE}</em></p>') + upd_html)
    ticker_days = [earlier(kind, now, minutes=20 + 35 * i) for i in range(len(ticker))]
    ticker_html = ''.join(f'<li><span class="time">{indic(hm(d))}</span> <a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd/t{i}.html">{esc(t)}</a></li>'
                          for i, (t, d) in enumerate(zip(ticker, ticker_days)))
    rel_days = [earlier(kind, pub, days=3 + 6 * i, hours=4) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="media"><div class="media-body"><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd/r{i}.html">{esc(t)}</a>'
                       f'<small class="d-block">{indic(dmy(d))}</small></div></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd/m{i}.html">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd/n{i}.html">{esc(t)}</a> <small>{indic(dmy(d))}</small></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    event_days = [later(kind, now, days=6 + 9 * i) for i in range(len(JH_EVENT_NAMES))]
    events_html = ''.join(f'<li><strong>{e}</strong><br/><span>{jh_day(d)}</span></li>' for e, d in zip(JH_EVENT_NAMES, event_days))
    share = ' '.join(f'<a class="btn btn-sm btn-outline-secondary" href="#share-{i}">{s}</a>' for i, s in enumerate(JH_SHARE_SERVICES))
    nav = ''.join(f'<li class="nav-item{" active" if t == section else ""}"><a class="nav-link" href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/n{i}.html">{t}</a></li>'
                  for i, t in enumerate(JH_NAV))
    foot = ''.join(f'<li class="list-inline-item"><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/f{i}.html">{t}</a></li>' for i, t in enumerate(JH_FOOT))
    today = jh_day(now)
    site_updated = JH_SITE_UPDATED.format(when=indic(f'{dmy(now)} {hm(now)}'))
    og_mod = f'<meta property="article:modified_time" content="{iso_z(mod)}"/>\n' if upd_day else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<title>{esc(title)} - {JH_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 24))}"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:image" content="{image}"/>
<meta property="og:site_name" content="{JH_SITE}"/>
<meta property="article:published_time" content="{iso_z(pub)}"/>
{og_mod}<link rel="canonical" href="{url}"/>
<link id="staticAssetCSS0" rel="stylesheet" href="/modules/bootstrap4-core/css/bootstrap.min.css" media="screen" type="text/css"/>
<link id="staticAssetCSS1" rel="stylesheet" href="/modules/khaleejrasd-templates/css/rasd-rtl.css" media="screen" type="text/css"/>
<link id="staticAssetCSS2" rel="stylesheet" href="/modules/news/css/news.css" media="screen" type="text/css"/>
<script id="staticAssetJavascript0" type="text/javascript" src="/modules/jquery/javascript/jquery.min.js"></script>
<script type="text/javascript">var contextJsParameters={{contextPath:"",lang:"ar",uilang:"ar",siteUuid:"{hex_id(JH_KEY)[:8]}-{hex_id(JH_KEY)[8:12]}-{hex_id(JH_KEY)[12:16]}-{hex_id(JH_KEY)[16:20]}-{hex_id(JH_KEY)[20:32]}",wcag:true,ckeCfg:""}}; var CKEDITOR_BASEPATH="/modules/ckeditor/javascript/"; var scayt_custom_params=new Array(); scayt_custom_params['sLang']='ar';</script>
</head>
<body>
<div class="bodywrapper">
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between"><span class="today">{today}</span><span><a class="text-white" href="{JH_HOST}/cms/render/live/en/sites/{JH_KEY}/home.html">{JH_LANG}</a></span></div></div>
<header class="site-header"><div class="container"><a class="navbar-brand" href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home.html"><img src="/files/live/sites/{JH_KEY}/files/logo-rasd.svg" alt="{JH_SITE}" width="220" height="56"/></a><p class="tagline">{JH_TAGLINE}</p>
<form class="form-inline" action="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/search.html" method="get"><input class="form-control" type="search" name="src_terms[0].term" aria-label="search"/><button class="btn btn-primary" type="submit">{JH_SEARCH}</button></form></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav></header>
<div class="ticker"><div class="container"><strong>{JH_TICKER}</strong><ul class="list-inline">{ticker_html}</ul></div></div>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home.html">{JH_CRUMB[0]}</a></li><li class="breadcrumb-item"><a href="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/rasd.html">{JH_CRUMB[1]}</a></li><li class="breadcrumb-item active" aria-current="page">{esc(title)}</li></ol></nav>
<div class="row">
<main class="col-lg-8" id="pagecontent">
<!-- News Detail -->
<div class="news-v3 margin-bottom-30">
<h1>{esc(title)}</h1>
<ul class="list-inline posted-info"><li>{JH_IN}&nbsp;{section}</li><li>{shown}</li></ul>
<div id="sync1" class="owl-carousel newsPicture"><div class="item"><img class="img-responsive full-width" src="{image}" height="450" width="800"/></div></div>
<div id="sync2" class="owl-carousel owl-theme"></div>
<div class="news-v3-in">
<p>{esc(paras[0])}</p>
</div>
</div>
<p><a href="javascript:history.back()" class="button button-mini button-border button-rounded"><span><i class="icon-line-arrow-left"></i>{JH_BACK}</span></a></p>
{blocks}
<div class="share-bar my-3"><span>{JH_SHARE}</span> {share}</div>
<section class="related-rasd"><h2 class="h5">{JH_RELATED}</h2><ul class="list-unstyled">{rel_html}</ul></section>
</main>
<aside class="col-lg-4" id="sidebar">
<section class="widget most-read"><h3 class="h5">{JH_MOST}</h3><ol>{most_html}</ol></section>
<section class="widget latest"><h3 class="h5">{JH_LATEST}</h3><ul class="list-unstyled">{latest_html}</ul></section>
<section class="widget events"><h3 class="h5">{JH_EVENTS}</h3><ul class="list-unstyled">{events_html}</ul></section>
<section class="widget newsletter"><h3 class="h5">{JH_LETTER_HEAD}</h3><p>{JH_LETTER}</p><form action="{JH_HOST}/cms/render/live/ar/sites/{JH_KEY}/home/newsletter.subscribe.do" method="post"><input type="email" name="email" class="form-control"/><button type="submit" class="btn btn-secondary">{JH_LETTER_BUTTON}</button></form></section>
</aside>
</div>
</div>
<footer class="site-footer bg-dark text-white"><div class="container"><ul class="list-inline">{foot}</ul><p>{JH_COPY.format(year=now.year)}</p><p class="small">{site_updated}</p></div></footer>
</div>
<div id="privacy-manager-banner" class="fixed-bottom bg-light border-top p-3"><p>{JH_COOKIE}</p><button type="button" class="btn btn-primary">{JH_COOKIE_BUTTONS[0]}</button> <button type="button" class="btn btn-link">{JH_COOKIE_BUTTONS[1]}</button></div>
<script type="text/javascript" src="/modules/bootstrap4-core/javascript/bootstrap.bundle.min.js"></script>
<script type="text/javascript" src="/modules/news/javascript/owl.carousel.js"></script>
</body>
</html>
'''
    without = [today, JH_TAGLINE, JH_TICKER, shown, JH_BACK, JH_CAPTION, JH_SOURCE, JH_SHARE, JH_RELATED, JH_MOST, JH_LATEST, JH_EVENTS,
               JH_LETTER_HEAD, JH_LETTER, JH_COPY.format(year=now.year), site_updated, JH_COOKIE, JH_COOKIE_BUTTONS[1]] + \
        outside(JH_NAV[1:] + JH_FOOT + [f'{JH_IN} {section}'], paras) + ticker + latest + [indic(dmy(d)) for d in latest_days] + \
        JH_EVENT_NAMES + [jh_day(d) for d in event_days] + [indic(dmy(d)) for d in rel_days[:2]] + rel[:2] + most[:2] + \
        ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- forkcms: an Amman bloggers' collective on Fork CMS 5 with the Bootstrap4 theme --------------------------------
FK_SITE = 'درج اللويبدة'
FK_HOST = 'https://daraj-weibdeh.jo.example'
FK_DESC = 'مدونة جماعية يكتبها شباب من اللويبدة عن أخبار المنطقة والعالم'
FK_NAV = ['الرئيسية', 'المدونة', 'من نحن', 'اكتب معنا', 'اتصل']
FK_SEARCH = 'ابحث'
FK_CRUMB = ['الرئيسية', 'المدونة']
FK_WRITTEN = 'كتبها {name}'
FK_ON = 'يوم'
FK_CATEGORY = 'التصنيف:'
FK_CATEGORIES = {'middleEast': 'المنطقة', 'internationalNews': 'حول العالم', 'sport': 'ملاعب'}
FK_TAGS = 'الوسوم:'
FK_TAG_WORDS = {'middleEast': ['فلسطين', 'سوريا'], 'internationalNews': ['أوروبا', 'أمريكا']}
FK_COUNT = ('{n} تعليقات', '{n} تعليقاً')
FK_AUTHORS = ['هيا الطراونة', 'أسامة', 'فريق الدرج', 'تالا حمدان']
FK_ALSO = 'كتب الدرج عن القضية قبل هذا:'
FK_SOURCE = 'النص من موقع فرانس 24، وننقله لفتح باب النقاش'
FK_EDITED = 'ملاحظة: راجعنا التدوينة وأضفنا إليها تفاصيل يوم {date}'
FK_PREV, FK_NEXT = 'التدوينة الأقدم:', 'التدوينة الأحدث:'
FK_RELATED = 'تدوينات تلتقي معها على الوسوم'
FK_COMMENTS = 'النقاش'
FK_WROTE = 'علّق'
FK_AGO = {'h': '{n} hours ago', 'h1': '1 hour ago', 'd': '{n} days ago', 'd1': '1 day ago'}
FK_COMMENTERS = [
    ('أبو يزن', 'والله يا جماعة الخبر هاد بيوجع القلب، وكل يوم بنسمع نفس الحكي بدون ما يتغير إشي على الأرض. المشكلة إنه الناس العاديين هم اللي بيدفعوا الثمن دايماً، والمسؤولين بيطلعوا على الشاشات وبيحكوا كلام كبير وبيروحوا.'),
    ('رزان م.', 'يعطيكم العافية، بس نسيتوا تحطوا رابط الموقع اللي أخذتوا منه تحت التدوينة، مش بس اسمه. إحنا كقراء بدنا نتأكد بنفسنا ونقرأ التفاصيل كاملة، وخصوصاً بهيك مواضيع حساسة اللي كل واحد بيفهمها على طريقته.'),
    ('خالد الزعبي', 'أنا بشوف إنه التدوينة كانت محتاجة رأي المدونة بشكل أوضح، يعني نقلتوا الخبر زي ما هو وما حكيتوا شو موقفكم. الفكرة من المدونة إنها تعلق وتحلل، مش تعيد نشر أخبار الوكالات اللي موجودة بكل مكان أصلاً.'),
    ('سلمى', 'قرأت الخبر الصبح على التلفون وأنا بالباص رايحة عالشغل، وضليت طول الطريق أفكر فيه. الوضع صعب كثير والواحد صار يحس إنه ما في أمل قريب. الله يفرجها على الكل ويبعد عنا الأذى.'),
    ('م. عمر', 'ملاحظة صغيرة للإدارة: الخط بصفحة التدوينة صغير على الموبايل والصورة بتاخد نص الشاشة. حاولت أكبر الخط من المتصفح نفسه بس التصميم بيخرب. يا ريت تراجعوا القالب لأنه أغلب القراء بيدخلوا من التلفونات هالأيام.'),
    ('أم فارس', 'بنتي بتدرس علوم سياسية بالجامعة وبعتتلي الرابط، وقعدنا نتناقش فيه على العشا. هي شايفة إنه الموضوع أعقد من هيك بكثير، وأنا بحكيلها إنه الإعلام الغربي ما بينقل الصورة كاملة. كل واحد إله رأيه وهاد الطبيعي.'),
    ('حمزة', 'أحلى إشي بالمدونة إنه التعليقات هون محترمة ومش زي صفحات الفيسبوك اللي كلها شتايم. استمروا وخلوا باب النقاش مفتوح، وإذا بتقدروا تعملوا لقاء شهري باللويبدة نحكي فيه عن هالمواضيع وجهاً لوجه بكون ممتاز.'),
    ('ليث العبادي', 'الأرقام اللي بالخبر لازم تنقرأ بحذر، لأنه كل طرف بيطلع أرقام بتناسبه. كنت أتمنى لو ذكرتوا مصادر ثانية للمقارنة، أو حطيتوا جدول صغير بيوضح شو تغير من السنة الماضية لهلأ. هيك بيصير النقاش مبني على معلومة.'),
    ('دانا', 'أول مرة بعلق هون مع إني متابعة من سنتين. حبيت أحكي إنه اختياركم للمواضيع ذكي، دايماً بتختاروا الأخبار اللي إلها علاقة فينا حتى لو صايرة بعيد. بس يا ريت تكتبوا مقدمة قصيرة بتشرح ليش اخترتوا الخبر بالذات.'),
    ('نبيل حداد', 'بصراحة ما عجبني العنوان، حاسس إنه فيه مبالغة مش موجودة بالنص. الخبر نفسه هادي ومتوازن بس العنوان بيشد الواحد لفكرة ثانية. بعرف إنه العنوان من الموقع الأصلي، بس المدونة بتقدر تعدله بما إنها ناقلة مش وكالة.'),
    ('رغد', 'سؤال للإدارة: هل في نية تترجموا تقارير من صحف ثانية؟ في مواقع ألمانية وإسبانية بتكتب عن المنطقة بطريقة مختلفة وما حدا بينقلها للعربي. ممكن أساعد بالترجمة من الإسبانية إذا بدكم متطوعين، بس احكولي وين أبعت.'),
    ('أبو صالح', 'عمري ستين سنة وشفت بحياتي كثير أزمات من هالنوع، وكل مرة بيحكوا هاي آخر مرة. اللي تعلمته إنه الشعوب بتضل والحكومات بتتغير. اكتبوا وسجلوا كل إشي لأنه الأجيال الجاية لازم تعرف شو صار بالزبط.'),
]
FK_FORM_HEAD = 'أضف صوتك إلى النقاش'
FK_FORM = ['نص التعليق', 'الاسم', 'البريد الإلكتروني', 'موقعك', 'انشر التعليق']
FK_FORM_NOTE = 'يظهر تعليقك حين يوافق عليه أحد محرري الدرج'
FK_RECENT = 'جديد الدرج'
FK_RECENT_COMMENTS = 'قالوا على الدرج مؤخراً'
FK_ON_POST = '{name} على {title}'
FK_ARCHIVE = 'الدرج شهراً بشهر'
FK_LETTER_HEAD = 'رسالة الدرج'
FK_LETTER = 'نرسل لك كل شهر التدوينات التي أثارت أوسع نقاش'
FK_LETTER_BUTTON = 'اشترك'
FK_FOOT = ['عن الدرج', 'سياسة الخصوصية', 'خريطة الموقع']
FK_COPY = '© {year} درج اللويبدة. النصوص لأصحابها'
FK_POWERED = 'Powered by Fork CMS'
FK_COOKIE = 'يستعين الدرج بملفات كوكيز ليتذكر تفضيلاتك ويحصي القراءات'
FK_COOKIE_BUTTONS = ['تمام', 'لا شكراً']


def fk_long(t):
    """Fork's dateFormatLong 'l j F Y' with the site's own Levantine month names."""
    return f'{DAYS[t.weekday()]} {levant(t)}'


def fk_count(n):
    return FK_COUNT[0 if n <= 10 else 1].format(n=n)


def fk_ago(t, now):
    """SpoonDate::getTimeAgo(): Spoon has no Arabic strings, so the ages stay English."""
    hours = int((now - t).total_seconds() // 3600)
    if hours < 24:
        return FK_AGO['h1'] if hours <= 1 else FK_AGO['h'].format(n=hours)
    days = hours // 24
    return FK_AGO['d1'] if days == 1 else FK_AGO['d'].format(n=days)


def render_forkcms(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'forkcms'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], others[4:9]
    prev_t, next_t = extra['more'][0], extra['more'][1]
    commented = extra['more'][2:5]
    author = FK_AUTHORS[k]
    category = FK_CATEGORIES.get(extra['folder'], 'حول العالم')
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2 + k, hours=draw['saved_hours'])
    post_id = 640 + 37 * k
    post_slug = f'{hex_id(title)[:8]}'
    url = f'{FK_HOST}/ar/blog/detail/{post_slug}'
    shown = (fk_long(pub), fk_long(pub), f'{levant(pub)} - {hm(pub)}', dmy(pub))[k]
    edited = FK_EDITED.format(date=f'{levant(mod)} {hm(mod)}') if k == 0 else ''
    also = ''
    if k % 2 == 1:
        also = f'<p><strong>{FK_ALSO}</strong> <a href="{FK_HOST}/ar/blog/detail/{hex_id(extra["also"])[:8]}">{esc(extra["also"])}</a></p>'
    body = after(paras, also, 1) + f'<p><em>{FK_SOURCE}</em></p>' + (f'<p class="text-muted"><small>{edited}</small></p>' if edited else '')
    thread, total = [], 0
    for i in range(len(FK_COMMENTERS)):
        thread.append(FK_COMMENTERS[(k * 5 + i) % len(FK_COMMENTERS)])
        total += len(thread[-1][1].split())
        if len(thread) >= 8 and total > words_of(paras) + 40:
            break
    if total <= words_of(paras):
        raise SystemExit(f'templates_set30: {slug}: the comment thread ({total} words) is not longer than the text')
    comment_days = moments(kind, pub, now, len(thread))
    ages = [fk_ago(d, now) for d in comment_days]
    comments_html = ''.join(
        f'<div id="comment-{post_id * 20 + i}" class="media mb-4" itemprop="comment" itemscope itemtype="http://schema.org/UserComments">'
        f'<meta itemprop="discusses" content="{esc(title)}" /><img src="/src/Frontend/Core/Layout/images/default_author_avatar.gif" alt="{esc(n)}" class="d-flex mr-3 img-circle" data-gravatar-id="{hex_id(n)}">'
        f'<div class="media-body"><time class="text-muted" itemprop="commentTime" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S")}"><small><abbr title="{DAYS[d.weekday()]} {levant(d)} {hm(d)}">{age}</abbr></small></time>'
        f'<h5 itemprop="creator name" class="my-0">{esc(n)}</h5><span class="sr-only">{FK_WROTE}</span><div itemprop="commentText"><p>{esc(c)}</p></div></div></div>'
        for i, ((n, c), d, age) in enumerate(zip(thread, comment_days, ages)))
    tags = outside(FK_TAG_WORDS.get(extra['folder'], ['العالم']), paras)
    tags_html = ' '.join(f'<a class="badge badge-default" href="{FK_HOST}/ar/tags/detail/{hash_int(t) % 400}" rel="tag">{t}</a>' for t in tags)
    rel_html = ''.join(f'<li><a href="{FK_HOST}/ar/blog/detail/{hex_id(t)[:8]}" title="{esc(t)}">{esc(t)}</a></li>' for t in rel)
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="{FK_HOST}/ar/blog/detail/{hex_id(t)[:8]}">{esc(t)}</a> <small class="text-muted">{dmy(d)}</small></li>'
                          for t, d in zip(recent, recent_days))
    rc_names = [n for n, _ in FK_COMMENTERS[(k * 3 + 7) % 12:][:3]] + [n for n, _ in FK_COMMENTERS][:3]
    rc_lines = [FK_ON_POST.format(name=n, title=t) for n, t in zip(rc_names, commented)]
    rc_html = ''.join(f'<li>{esc(n)} على <a href="{FK_HOST}/ar/blog/detail/{hex_id(t)[:8]}#comments">{esc(t)}</a></li>' for n, t in zip(rc_names, commented))
    months, y, m = [], now.year, now.month
    for i in range(4):
        months.append((f'{LEVANT_MONTHS[m - 1]} {y}', 3 + (draw['count'] + 5 * i) % 11))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    archive_html = ''.join(f'<li><a href="{FK_HOST}/ar/blog/archive/{i}">{t}</a> ({c})</li>' for i, (t, c) in enumerate(months))
    nav = ''.join(f'<li class="nav-item{" active" if i == 1 else ""}"><a class="nav-link" href="{FK_HOST}/ar/{["", "blog", "about", "write", "contact"][i]}">{t}</a></li>'
                  for i, t in enumerate(FK_NAV))
    foot = ''.join(f'<li class="list-inline-item"><a href="{FK_HOST}/ar/p{i}">{t}</a></li>' for i, t in enumerate(FK_FOOT))
    image = f'{FK_HOST}/src/Frontend/Files/Blog/images/source/{post_slug}.jpg'
    og_mod = f'<meta property="article:modified_time" content="{mod.isoformat()}" />\n' if upd_day else ''
    js_data = {'FRONTEND_LANGUAGE': 'ar', 'LANGUAGE': 'ar', 'Core': {'preferred_editor': 'ck-editor'},
               'Blog': {'commentsAllowed': True, 'itemId': post_id}}
    page = f'''<!DOCTYPE html>
<!--[if lte IE 8 ]>
  <html lang="ar" class="ie8 ie">
<![endif]-->
<!--[if (gt IE 9)|!(IE)]><!-->
<html lang="ar" dir="rtl">
<!--<![endif]-->
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Fork CMS" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta name="keywords" content="{esc(', '.join(tags))}" />
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{FK_SITE}" />
<meta property="og:image" content="{image}" />
<meta property="article:published_time" content="{pub.isoformat()}" />
{og_mod}<title>{esc(title)} - {FK_SITE}</title>
<link rel="stylesheet" href="/src/Frontend/Themes/Bootstrap4/Core/Layout/Css/screen.css?t={int(now.timestamp())}" />
<link rel="author" href="/humans.txt" />
<link rel="alternate" type="application/rss+xml" title="{FK_SITE}" href="{FK_HOST}/ar/blog/rss" />
<script>var jsData = {json.dumps(js_data, separators=(',', ':'))};</script>
</head>
<body class="ar" itemscope itemtype="http://schema.org/WebPage">
<div id="root">
<div class="alert alert-info alert-dismissible cookie-bar mb-0" role="alert" data-cookiebar><div class="container"><p class="mb-1">{FK_COOKIE}</p><a href="#" class="btn btn-primary btn-sm" data-cookiebar-accept>{FK_COOKIE_BUTTONS[0]}</a> <a href="#" class="btn btn-secondary btn-sm" data-cookiebar-decline>{FK_COOKIE_BUTTONS[1]}</a></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><a class="navbar-brand" href="{FK_HOST}/ar">{FK_SITE}</a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarNav"><ul class="navbar-nav mr-auto">{nav}</ul>
<form class="form-inline" action="{FK_HOST}/ar/search" method="get"><input class="form-control mr-sm-2" type="search" name="q_widget" aria-label="search"><button class="btn btn-outline-primary" type="submit">{FK_SEARCH}</button></form></div></div></nav>
<main id="main" class="container py-4">
<p class="lead text-muted">{FK_DESC}</p>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{FK_HOST}/ar">{FK_CRUMB[0]}</a></li><li class="breadcrumb-item"><a href="{FK_HOST}/ar/blog">{FK_CRUMB[1]}</a></li><li class="breadcrumb-item active">{esc(title)}</li></ol>
<div class="row">
<div class="col-md-8">
<div id="blogDetail" class="blog blog-detail">
<article class="article" itemscope itemtype="http://schema.org/Blog" role="main">
<meta itemprop="userInteractionCount" content="{len(thread)}">
<meta itemprop="author" content="{esc(author)}">
<header class="module-header mb-4">
<h1 itemprop="name">{esc(title)}</h1>
<p class="meta">{FK_WRITTEN.format(name=esc(author))} {FK_ON} <time itemprop="datePublished" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S")}">{shown}</time></p>
<p class="mb-0"><span class="sr-only">في </span>{FK_CATEGORY} <a itemprop="articleSection" href="{FK_HOST}/ar/blog/category/{hash_int(category) % 50}">{category}</a></p>
<p class="mb-0">{FK_TAGS} <span itemprop="keywords">{tags_html}</span></p>
<div class="commentCount"><i class="fa fa-comment"></i> <a href="{url}#comments" itemprop="discussionUrl">{fk_count(len(thread))}</a></div>
</header>
<div class="module-body" itemprop="text">
<img class="img-responsive" src="{image}" alt="{esc(title)}" itemprop="image" />
{body}
</div>
<footer class="module-footer"><nav class="py-4 clearfix" aria-label="page navigation">
<a class="btn btn-secondary pull-left" href="{FK_HOST}/ar/blog/detail/{hex_id(prev_t)[:8]}" rel="prev" title="{esc(prev_t)}">&larr; <span class="sr-only">{FK_PREV} </span><span class="title">{esc(prev_t)}</span></a>
<a class="btn btn-secondary pull-right" href="{FK_HOST}/ar/blog/detail/{hex_id(next_t)[:8]}" rel="next" title="{esc(next_t)}"><span class="sr-only">{FK_NEXT} </span><span class="title">{esc(next_t)}</span> &rarr;</a>
</nav></footer>
</article>
<section id="tagsRelatedWidget" class="related mb-4"><header><h3>{FK_RELATED}</h3></header><ul>{rel_html}</ul></section>
<section id="comments" class="comments"><header><h3>{FK_COMMENTS}</h3></header>
{comments_html}
</section>
<section id="comment" class="comment-form"><header><h3>{FK_FORM_HEAD}</h3></header><div class="well"><p class="small">{FK_FORM_NOTE}</p>
<form action="{url}#comment" method="post" id="commentsForm"><input type="hidden" name="form" value="commentsForm"><input type="hidden" name="form_token" value="{hex_id(url)}">
<div class="form-group"><label class="form-control-label" for="message">{FK_FORM[0]}<abbr title="required">*</abbr></label><textarea id="message" name="message" class="form-control" rows="5"></textarea></div>
<div class="form-group"><label class="form-control-label" for="author">{FK_FORM[1]}<abbr title="required">*</abbr></label><input type="text" id="author" name="author" class="form-control"></div>
<div class="form-group"><label class="form-control-label" for="email">{FK_FORM[2]}<abbr title="required">*</abbr></label><input type="email" id="email" name="email" class="form-control"></div>
<div class="form-group"><label class="form-control-label" for="website">{FK_FORM[3]}</label><input type="url" id="website" name="website" class="form-control"></div>
<div class="form-group"><input class="btn btn-primary" type="submit" name="comment" value="{FK_FORM[4]}" /></div></form></div></section>
</div>
</div>
<aside class="col-md-4">
<section class="widget mb-4"><h4>{FK_RECENT}</h4><ul class="list-unstyled">{recent_html}</ul></section>
<section class="widget mb-4"><h4>{FK_RECENT_COMMENTS}</h4><ul class="list-unstyled">{rc_html}</ul></section>
<section class="widget mb-4"><h4>{FK_ARCHIVE}</h4><ul class="list-unstyled">{archive_html}</ul></section>
<section class="widget mb-4"><h4>{FK_LETTER_HEAD}</h4><p>{FK_LETTER}</p><form action="{FK_HOST}/ar/mailmotor/subscribe" method="post"><input type="email" name="email" class="form-control"><button type="submit" class="btn btn-primary">{FK_LETTER_BUTTON}</button></form></section>
</aside>
</div>
</main>
<div id="root-footer"></div>
</div>
<footer class="footer py-4 bg-dark text-white"><div class="container"><ul class="list-inline">{foot}</ul><p>{FK_COPY.format(year=now.year)}</p><p class="small"><a class="text-white" href="https://www.fork-cms.com">{FK_POWERED}</a></p></div></footer>
<script src="/src/Frontend/Core/Js/jquery/jquery.js"></script>
<script src="/src/Frontend/Themes/Bootstrap4/Core/Js/bundle.js?t={int(now.timestamp())}"></script>
</body>
</html>
'''
    without = [FK_COOKIE, FK_DESC, FK_WRITTEN.format(name=author), shown, FK_CATEGORY, fk_count(len(thread)), FK_SOURCE, FK_PREV, FK_NEXT,
               prev_t, next_t, FK_RELATED, FK_COMMENTS, FK_FORM_HEAD, FK_FORM_NOTE, FK_RECENT, FK_RECENT_COMMENTS, FK_ARCHIVE, FK_LETTER_HEAD,
               FK_LETTER, FK_COPY.format(year=now.year), FK_POWERED] + outside(FK_NAV[1:] + FK_FOOT + [category], paras) + \
        [c for _, c in thread] + ages + recent + [dmy(d) for d in recent_days] + rc_lines + [t for t, _ in months] + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- webnode: a Kuwaiti science and culture club's site on Webnode 2 ---------------------------------------------
WN_SITE = 'نادي الفحيحيل للعلوم والثقافة'
WN_HOST = 'https://www.nadi-fahaheel.kw.example'
WN_NAV = ['الرئيسية', 'أخبار النادي', 'مقالات', 'الأمسيات', 'تواصل']
WN_MENU_TOOLS = ['Close Menu', 'More', 'Menu']
WN_CAPTION = 'من أرشيف صور النادي'
WN_ALSO = 'من منشوراتنا السابقة حول الموضوع:'
WN_UPDATE = 'تحديث {date}: أضفنا إلى النص ملاحظات وصلتنا من اللجنة الثقافية للنادي'
WN_EDITED = '(آخر تعديل للمنشور: {date})'
WN_SHARE = ['Share', 'Tweet']
WN_OLDER, WN_NEWER = 'Older articles', 'Newer articles'
WN_MOST = 'ما يقرؤه أعضاء النادي أكثر من غيره'
WN_LATEST = 'آخر ما نشره النادي'
WN_LETTER_HEAD = 'مواعيد النادي في بريدك'
WN_LETTER = 'سجّل عنوان بريدك ونخبرك بالمحاضرات والأمسيات قبل موعدها بأسبوع'
WN_LETTER_FIELD = 'البريد الإلكتروني'
WN_LETTER_BUTTON = 'إرسال'
WN_FOOT = 'نادي الفحيحيل للعلوم والثقافة، محافظة الأحمدي - الكويت | {year}'
WN_SYSTEM = ['Create your website for free!', 'This website was made with Webnode. Create your own for free today!', 'Get started']
WN_COOKIE = 'This website uses cookies to ensure you get the best experience on our website.'
WN_COOKIE_BUTTON = 'OK'


def wn_date(t):
    """Webnode's front-end DATE mask '%d.%m.%Y'."""
    return f'{t.day:02d}.{t.month:02d}.{t.year}'


def wn_block(inner, extra_cls=''):
    return f'<div class="b b-text cf{extra_cls}"><div class="b-c b-text-c b-s b-s-t60 b-s-b60 cf">{inner}</div></div>'


def render_webnode(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'webnode'
    pub, draw = extra['at'], extra['draw']
    most, latest = others[:5], others[5:10]
    older_t, newer_t = extra['more'][0], extra['more'][1]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    ph = hex_id(WN_HOST)[:10]
    files = f'{WN_HOST}/_files'
    item_id = 200000040 + 13 * k
    post_slug = f'l/{hex_id(title)[:12]}'
    url = f'{WN_HOST}/{post_slug}/'
    image = f'{files}/{item_id}-{hex_id(title)[:10]}/700/{hex_id(title)[10:18]}.jpg'
    shown = f'{wn_date(pub)} {hm(pub)}' if k == 2 else wn_date(pub)
    update_text = WN_UPDATE.format(date=wn_date(mod)) if k == 1 else ''
    edited = WN_EDITED.format(date=wn_date(mod)) if k == 3 else ''
    # The post's day only, printed as midnight in Prague (the servers' zone), whatever the site's zone.
    midnight = cz_zone('cz', datetime.datetime.combine(pub.date(), datetime.time(0, 0)))
    cz_check = zoneinfo_offset('Europe/Prague', midnight)
    if cz_check is not None and cz_check != midnight.utcoffset():
        raise SystemExit(f'templates_set30: {slug}: Prague offset {midnight.utcoffset()} is {cz_check} in zoneinfo')
    og_time = midnight.strftime('%Y-%m-%dT%H:%M:%S%z')
    half = (len(paras) + 1) // 2
    text_blocks = wn_block(''.join(f'<p>{esc(p)}</p>' for p in paras[:half]))
    if k % 2 == 1:
        text_blocks += wn_block(f'<p><strong>{WN_ALSO}</strong> <a href="{WN_HOST}/l/{hex_id(extra["also"])[:12]}/">{esc(extra["also"])}</a></p>')
    text_blocks += wn_block(''.join(f'<p>{esc(p)}</p>' for p in paras[half:]))
    if update_text:
        text_blocks += wn_block(f'<p><em>{esc(update_text)}</em></p>')
    edited_html = wn_block(f'<p><small>{edited}</small></p>') if edited else ''
    most_html = ''.join(f'<li><a href="{WN_HOST}/l/{hex_id(t)[:12]}/">{esc(t)}</a></li>' for t in most)
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<div class="blog-item"><h3 class="blog-item-title"><a href="{WN_HOST}/l/{hex_id(t)[:12]}/">{esc(t)}</a></h3><p class="blog-item-date">{wn_date(d)}</p></div>'
                          for t, d in zip(latest, latest_days))
    nav = ''.join(f'<li{" class=" + chr(34) + "wnd-active" + chr(34) if i == 1 else ""}><a class="menu-item" href="{WN_HOST}/{["", "akhbar-alnadi", "maqalat", "amsiyat", "tawasal"][i]}/"><span class="menu-item-text">{t}</span></a></li>'
                  for i, t in enumerate(WN_NAV))
    system = {'filesPath': files + '/', 'staticFiles': 'https://d1di2lzuh97fh2.cloudfront.net/files', 'isCms': False,
              'frontendLanguage': 'ar', 'backendLanguage': 'en',
              'page': {'id': 200000012, 'identifier': 'akhbar-alnadi', 'layout': 'blog_detail', 'name': 'أخبار النادي', 'language': 'ar', 'isHomepage': False},
              'listing_item': {'id': item_id, 'title': title, 'date': pub.date().isoformat()},
              'format': {'fe': {'DATE_TIME': {'mask': '%d.%m.%Y %H:%M'}, 'DATE': {'mask': '%d.%m.%Y'}}},
              'labels': {'wnd.fe.CookieBar.message': WN_COOKIE, 'wnd.pc.BlogDetailPageZone.next': WN_NEWER,
                         'wnd.pc.BlogDetailPageZone.previous': WN_OLDER, 'wnd.fe.FeFooter.createWebsite': WN_SYSTEM[0]}}
    system_js = json.dumps(system, ensure_ascii=True).replace('/', '\\/')
    page = f'''<!DOCTYPE html>
<html class="no-js" prefix="og: https://ogp.me/ns#" lang="ar" dir="rtl"><!--<![endif]-->
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(title)} :: {WN_SITE}</title>
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<link href="https://d1di2lzuh97fh2.cloudfront.net/files/2z/2zf/2zf89c.css?ph={ph}" rel="stylesheet">
<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/0h/0hh/0hhkev.css?ph={ph}" data-wnd_color_scheme_file="">
<link rel="stylesheet" href="https://d1di2lzuh97fh2.cloudfront.net/files/2f/2f9/2f9knw.css?ph={ph}" data-wnd_typography_file="">
<meta name="description" content="{esc(lead_words(paras, 18))}">
<meta name="keywords" content="">
<meta name="generator" content="Webnode 2">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="format-detection" content="telephone=no">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{esc(title)} :: {WN_SITE}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(lead_words(paras, 18))}">
<meta property="og:site_name" content="{WN_SITE}">
<meta property="og:image" content="{image}">
<meta property="og:article:published_time" content="{og_time}">
<meta name="robots" content="index,follow">
<link rel="canonical" href="{url}">
</head>
<body class="l l-05 layout-05 c-s-l wt-blog b-btn-r b-btn-s-m b-btn-dn b-btn-bw-1 img-d-n img-t-u img-h-n line-solid b-e-ds lbox-d c-s-l wnd-fe">
<div class="wnd-page cs-sky ac-none">
<div id="wrapper" class="l-w t-11">
<header id="header" class="l-h">
<div class="section-wrapper cf"><div class="section-wrapper-content cf"><div class="s section header header-07 sc-m">
<div class="nav-line section-fixed wnd-fixed"><div class="section-inner">
<div class="logo logo-color-text wnd-logo-with-text" id="wnd_LogoBlock_{hash_int(WN_SITE)}" data-wnd_mvc_type="wnd.fe.LogoBlock"><div class="logo-content"><a href="{WN_HOST}/"><div class="logo-text"><span class="logo-text-cell">{WN_SITE}</span></div></a></div></div>
<nav id="menu" role="navigation"><div class="menu-font"><a href="#" class="close-menu" rel="nofollow"><span>{WN_MENU_TOOLS[0]}</span></a><ul class="level-1">{nav}</ul><span class="more-text">{WN_MENU_TOOLS[1]}</span></div></nav>
<div id="menu-mobile"><a href="#" id="menu-submit"><span></span>{WN_MENU_TOOLS[2]}</a></div>
</div></div></div></div></div>
</header>
<main id="main" class="l-m" role="main">
<div class="section-wrapper cf"><div class="section-wrapper-content cf"><section class="s section default-01 blog-detail sc-w"><div class="section-bg s-bg"><div class="section-bg-layer"></div><div class="section-bg-layer section-bg-overlay"></div></div>
<div class="section-inner"><div class="content ez cf"><div class="ez-c">
{wn_block(f'<h1>{esc(title)}</h1>')}
{wn_block(f'<p class="wnd-date">{shown}</p>', ' blog-detail-date')}
{edited_html}
<div class="b-img b-img-default b b-s cf wnd-orientation-landscape wnd-type-image" id="wnd_ImageBlock_{item_id % 1000000}"><div class="b-img-w"><div class="b-img-c cf"><img src="{image}" alt=""></div><div class="b-img-t">{WN_CAPTION}</div></div></div>
{text_blocks}
<div class="b b-s b-social cf"><a class="b-social-link" href="https://www.facebook.com/sharer/sharer.php?u={url}">{WN_SHARE[0]}</a> <a class="b-social-link" href="https://twitter.com/intent/tweet?url={url}">{WN_SHARE[1]}</a></div>
</div></div>
<div class="blog-detail-nav cf"><a class="prev" href="{WN_HOST}/l/{hex_id(older_t)[:12]}/"><span class="label">{WN_OLDER}</span> <span class="title">{esc(older_t)}</span></a> <a class="next" href="{WN_HOST}/l/{hex_id(newer_t)[:12]}/"><span class="label">{WN_NEWER}</span> <span class="title">{esc(newer_t)}</span></a></div>
</div></section></div></div>
<div class="section-wrapper cf"><div class="section-wrapper-content cf"><section class="s section default-02 sc-w"><div class="section-inner"><div class="content ez cf"><div class="ez-c">
<div class="column-wrapper cw cf"><div class="cw-c c-s-hc cf">
<div class="column-content c pr cf" style="width:50%;"><div class="c-c c-s-h cf">{wn_block(f'<h2>{WN_MOST}</h2><ol>{most_html}</ol>')}</div></div>
<div class="column-content c pr cf" style="width:50%;"><div class="c-c c-s-h cf">{wn_block(f'<h2>{WN_LATEST}</h2>')}<div class="b b-blog-listing cf">{latest_html}</div></div></div>
</div></div>
<div class="b b-s b-form cf"><h3>{WN_LETTER_HEAD}</h3><p>{WN_LETTER}</p><form action="{WN_HOST}/form/submit/" method="post"><label for="wnd_email">{WN_LETTER_FIELD}</label> <input type="email" id="wnd_email" name="email"> <button type="submit" class="b-btn-l">{WN_LETTER_BUTTON}</button></form></div>
</div></div></div></section></div></div>
</main>
<footer id="footer" class="l-f"><div class="section-wrapper cf"><div class="section-wrapper-content cf"><section class="s section footer-02 footer-font sc-w"><div class="section-inner"><div class="footer-line cf border-top"><div class="footer-column footer-left cf"><span class="inline-text"><span>{WN_FOOT.format(year=now.year)}</span></span></div></div></div></section></div></div></footer>
</div>
</div>
<div id="wnd_footer"><div id="wnd_footer_left"><div id="wnd_footer_left_wrapper"><a href="https://www.webnode.com/?utm_source=text&amp;utm_medium=footer" rel="nofollow" target="_blank"><strong>{WN_SYSTEM[0]}</strong> {WN_SYSTEM[1]}</a></div></div><div id="wnd_footer_right"><div id="wnd_footer_right_wrapper"><a href="https://www.webnode.com/?utm_source=button&amp;utm_medium=footer" rel="nofollow" target="_blank">{WN_SYSTEM[2]}</a></div></div></div>
<div id="cookie-bar" class="cookie-bar"><div class="cookie-bar-text">{WN_COOKIE}</div><button type="button" class="cookie-bar-button">{WN_COOKIE_BUTTON}</button></div>
<script src="https://d1di2lzuh97fh2.cloudfront.net/client.fe/js.compiled/lang.ar.230.js?ph={ph}" crossorigin="anonymous"></script>
<script src="https://d1di2lzuh97fh2.cloudfront.net/client.fe/js.compiled/compiled.multi.2-766.js?ph={ph}" crossorigin="anonymous"></script>
<script>var wnd = wnd || {{}};wnd.$system = {system_js};</script>
</body>
</html>
'''
    without = [WN_MENU_TOOLS[0], WN_MENU_TOOLS[2], shown, WN_CAPTION, WN_OLDER, WN_NEWER, older_t, newer_t, WN_MOST, WN_LATEST,
               WN_LETTER_HEAD, WN_LETTER, WN_FOOT.format(year=now.year), WN_SYSTEM[1], WN_SYSTEM[2], WN_COOKIE] + \
        outside(WN_NAV[1:], paras) + latest + [wn_date(d) for d in latest_days] + most[:2] + \
        ([update_text] if update_text else []) + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- zoho: a Muscat economic news site on Zoho Sites ------------------------------------------------------------
ZH_SITE = 'مطرح الاقتصادية'
ZH_HOST = 'https://www.mutrah-economy.om.example'
ZH_TOP = 'مسقط'
ZH_TOP_LINKS = ['أعلن معنا', 'اتصل بنا']
ZH_NAV = ['الرئيسية', 'الأخبار', 'اقتصاد', 'شؤون عمانية', 'ثقافة', 'علوم', 'المدونة']
ZH_CATEGORIES = {'P': 'شؤون عمانية', 'E': 'اقتصاد', 'C': 'ثقافة', 'SC': 'علوم'}
ZH_BY = 'بقلم'
ZH_AUTHORS = ['سالم الحارثي', 'مريم البلوشية', 'غرفة الأخبار', 'هلال الرواحي']
ZH_UPDATED = 'آخر تحديث: {date}'
ZH_ALSO = 'مقال يكمل الصورة:'
ZH_SOURCE = 'نُشرت المادة أولاً في صحيفة عمانية، ونعيد نشرها بإذن'
ZH_TAGS = 'الوسوم'
ZH_TAG_WORDS = {'P': ['سلطنة عمان'], 'E': ['الاقتصاد العماني', 'الأسواق'], 'C': ['ثقافة'], 'SC': ['علوم']}
ZH_SHARE = 'انشر المقال'
ZH_RELATED = 'منشورات ترتبط بهذا المقال'
ZH_COMMENTS = 'التعليقات ({n})'
ZH_COMMENTERS = [('سعيد البلوشي', 'مقال مفيد، ونتمنى منكم متابعة الموضوع مع الجهات المعنية في السلطنة'),
                 ('أم محمد', 'شكراً لكم، الموقع صار مرجعنا في الأخبار الاقتصادية كل صباح'),
                 ('ناصر الهنائي', 'لو تضيفون أرقام المركز الوطني للإحصاء والمعلومات للمقارنة يكون أوضح')]
ZH_REPLY = 'رد'
ZH_FORM_HEAD = 'اكتب تعليقاً هنا'
ZH_FORM = ['الاسم', 'البريد الإلكتروني', 'التعليق', 'إرسال']
ZH_FORM_NOTE = 'ينشر فريق الموقع التعليقات بعد قراءتها'
ZH_RECENT = 'أحدث المنشورات'
ZH_CATS_HEAD = 'التصنيفات'
ZH_ARCHIVE = 'الأرشيف'
ZH_FOOT_ABOUT = 'موقع إخباري عماني يتابع المال والأسواق والمجتمع من ولاية مطرح'
ZH_COPY = '© {year} مطرح الاقتصادية'
ZH_POWERED = 'Powered by Zoho Sites'
ZH_COOKIE = 'يخزن الموقع في جهازك ملفات تساعدنا على فهم طريقة تصفحه'
ZH_COOKIE_BUTTONS = ['قبول', 'رفض']


def zh_id(seed):
    """A Zoho Sites element id: 'elm_' and 22 characters of a URL-safe base64 id."""
    return 'elm_' + base64.urlsafe_b64encode(hashlib.sha1(seed.encode('utf-8')).digest()).decode('ascii')[:22]


def zh_date(t):
    """The blog's 'dd MMMM yyyy' in Arabic."""
    return f'{t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}'


def zh_datetime(t):
    return f'{DAYS[t.weekday()]} {zh_date(t)} {h12(t)} {ampm(t)}'


def render_zoho(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'zoho'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], others[4:9]
    author = ZH_AUTHORS[k]
    category = ZH_CATEGORIES.get(extra['folder'], 'اقتصاد')
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    post_slug = f'{hex_id(title)[:10]}'
    url = f'{ZH_HOST}/blogs/post/{post_slug}'
    image = f'{ZH_HOST}/files/blog/{post_slug}.jpg'
    shown = (zh_date(pub), zh_date(pub), dmy(pub), zh_datetime(pub))[k]
    upd_text = ZH_UPDATED.format(date=zh_date(mod)) if k == 0 else ''
    # Zoho's blog editor writes a line per <div>, an empty <div><br></div> between paragraphs.
    lines = []
    for i, p in enumerate(paras):
        lines.append(f'<div>{esc(p)}</div>')
        if k % 2 == 0 and i == 2:
            lines.append(f'<div><br></div><div><b>{ZH_ALSO}</b> <a href="{ZH_HOST}/blogs/post/{hex_id(extra["also"])[:10]}">{esc(extra["also"])}</a></div>')
        lines.append('<div><br></div>')
    lines.append(f'<div><i>{ZH_SOURCE}</i></div>')
    body = ''.join(lines)
    tags = outside(ZH_TAG_WORDS.get(extra['folder'], ['اقتصاد']), paras)
    tags_html = ''.join(f'<a class="zpblog-post-tag" href="{ZH_HOST}/blogs/tag/{hash_int(t) % 300}">{t}</a>' for t in tags)
    rel_html = ''.join(f'<li class="zpblog-related-post"><a href="{ZH_HOST}/blogs/post/{hex_id(t)[:10]}">{esc(t)}</a></li>' for t in rel)
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="{ZH_HOST}/blogs/post/{hex_id(t)[:10]}">{esc(t)}</a><span class="zpblog-recent-date">{zh_date(d)}</span></li>'
                          for t, d in zip(recent, recent_days))
    comments = (ZH_COMMENTERS[k % 3:] + ZH_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = moments(kind, pub, now, len(comments))
    comment_lines = [zh_datetime(d) for d in comment_days]
    comments_html = ''.join(f'<div class="zpblog-comment" id="comment-{hash_int(c)}"><div class="zpblog-comment-author">{esc(n)}</div><div class="zpblog-comment-time">{line}</div>'
                            f'<div class="zpblog-comment-content">{esc(c)}</div><a class="zpblog-comment-reply" href="#reply">{ZH_REPLY}</a></div>'
                            for (n, c), line in zip(comments, comment_lines))
    cats_html = ''.join(f'<li><a href="{ZH_HOST}/blogs/category/{i}">{c}</a></li>' for i, c in enumerate(dict.fromkeys(ZH_CATEGORIES.values())))
    months, y, m = [], now.year, now.month
    for i in range(4):
        months.append(f'{GULF_MONTHS[m - 1]} {y}')
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    archive_html = ''.join(f'<li><a href="{ZH_HOST}/blogs/archive/{i}">{t}</a></li>' for i, t in enumerate(months))
    nav = ''.join(f'<li class="theme-menu-item{" theme-menu-selected" if t == category else ""}"><a class="theme-menu-name" href="{ZH_HOST}/{["", "news", "economy", "oman", "culture", "science", "blogs"][i]}">{t}</a></li>'
                  for i, t in enumerate(ZH_NAV))
    top_links = ''.join(f'<a class="theme-topbar-link" href="{ZH_HOST}/p{i}">{t}</a>' for i, t in enumerate(ZH_TOP_LINKS))
    today = f'{ZH_TOP}، {DAYS[now.weekday()]} {zh_date(now)}'
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'url': url, 'image': image,
          'datePublished': iso_z(pub), 'dateModified': iso_z(mod), 'author': {'@type': 'Person', 'name': author},
          'publisher': {'@type': 'Organization', 'name': ZH_SITE}}
    upd_html = f'<span class="zpblog-post-updated">{upd_text}</span>' if upd_text else ''
    el = lambda part: zh_id(f'{slug} {part}')  # noqa: E731
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1">
<title>{esc(title)} | {ZH_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta property="og:site_name" content="{ZH_SITE}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="https://static.zohocdn.com/sites/static/v1/css/zs-theme-common.css">
<link rel="stylesheet" href="{ZH_HOST}/css/theme-rtl.css">
<script>window.zs_view = "blog_post"; window.zs_rendering_mode = "live"; window.zs_resource_url = "/blogs/post/{post_slug}";</script>
</head>
<body data-zs-view="blog_post">
<div data-headercontainer="zptheme-data-headercontainer" class="zpheader-style-03 theme-header-topbar">
<div class="theme-header-topbar zptheme-topbar"><div class="zpcontainer"><span class="theme-topbar-info">{today}</span>{top_links}</div></div>
<div class="theme-header"><div class="zpcontainer"><div class="theme-branding-info"><div class="theme-logo-parent"><a href="{ZH_HOST}/"><img src="{ZH_HOST}/files/logo-mutrah.png" alt="{ZH_SITE}"></a></div></div>
<div class="theme-navigation-and-icons"><div class="theme-menu-area"><nav data-nav-menu-id="{el('menu')}" class="theme-menu"><ul data-zp-theme-menu="main">{nav}</ul></nav></div></div></div></div>
</div>
<div data-theme-content-container="theme-content-container" class="theme-content-container theme-blog-part">
<div class="theme-content-area theme-blog-area">
<div class="zpcontainer"><div data-element-id="{el('row')}" data-element-type="row" class="zprow zpalign-items-flex-start zpjustify-content-flex-start">
<div data-element-id="{el('col1')}" data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-8 zpdefault-section zpdefault-section-bg">
<div class="zpblog-post-container" data-blogpost-id="{hash_int(url) * 1000 + 17}">
<div class="zpblog-post-header">
<div class="zpblog-post-category"><a href="{ZH_HOST}/blogs/category/{hash_int(category) % 9}">{category}</a></div>
<h1 class="zpblog-post-title">{esc(title)}</h1>
<div class="zpblog-post-meta"><span class="zpblog-post-author">{ZH_BY} {esc(author)}</span> <span class="zpblog-post-date">{shown}</span> {upd_html}</div>
</div>
<div class="zpblog-post-image"><img src="{image}" alt=""></div>
<div class="zpblog-post-content">{body}</div>
<div class="zpblog-post-tags"><span>{ZH_TAGS}</span> {tags_html}</div>
<div class="zpblog-post-share"><span>{ZH_SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">X</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
<div class="zpblog-related-posts"><h3>{ZH_RELATED}</h3><ul>{rel_html}</ul></div>
<div class="zpblog-comments"><h3>{ZH_COMMENTS.format(n=len(comments))}</h3>{comments_html}
<form class="zpblog-comment-form" id="reply"><h4>{ZH_FORM_HEAD}</h4><p>{ZH_FORM_NOTE}</p><label>{ZH_FORM[0]} <input type="text" name="name"></label> <label>{ZH_FORM[1]} <input type="email" name="email"></label> <label>{ZH_FORM[2]} <textarea name="comment"></textarea></label> <button type="submit">{ZH_FORM[3]}</button></form></div>
</div>
</div>
<div data-element-id="{el('col2')}" data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-4 zpdefault-section zpdefault-section-bg">
<div class="zpblog-sidebar-widget"><h3 class="zpheading">{ZH_RECENT}</h3><ul>{recent_html}</ul></div>
<div class="zpblog-sidebar-widget"><h3 class="zpheading">{ZH_CATS_HEAD}</h3><ul>{cats_html}</ul></div>
<div class="zpblog-sidebar-widget"><h3 class="zpheading">{ZH_ARCHIVE}</h3><ul>{archive_html}</ul></div>
</div>
</div></div>
</div>
</div>
<div data-footercontainer="zptheme-data-footercontainer" class="theme-footer-area"><div class="zpcontainer"><div data-element-id="{el('frow')}" data-element-type="row" class="zprow">
<div data-element-id="{el('fcol')}" data-element-type="column" class="zpelem-col zpcol-12"><div data-element-id="{el('ftext')}" data-element-type="text" class="zpelement zpelem-text"><div class="zptext zptext-align-center" data-editor="true"><p>{ZH_FOOT_ABOUT}</p><p>{ZH_COPY.format(year=now.year)}</p></div></div>
<div class="zpelement zpelem-text"><div class="zptext zptext-align-center"><p><a href="https://www.zoho.com/sites/">{ZH_POWERED}</a></p></div></div></div></div></div></div>
<div class="zpcookie-banner" role="dialog"><span>{ZH_COOKIE}</span> <button type="button" class="zpbutton">{ZH_COOKIE_BUTTONS[0]}</button> <button type="button" class="zpbutton">{ZH_COOKIE_BUTTONS[1]}</button></div>
<script src="https://static.zohocdn.com/sites/static/v1/js/zs-blog.js" defer></script>
</body>
</html>
'''
    without = [today, f'{ZH_BY} {author}', shown, ZH_SOURCE, ZH_TAGS, ZH_SHARE, ZH_RELATED, ZH_COMMENTS.format(n=len(comments)), ZH_FORM_HEAD,
               ZH_FORM_NOTE, ZH_RECENT, ZH_CATS_HEAD, ZH_ARCHIVE, ZH_FOOT_ABOUT, ZH_COPY.format(year=now.year), ZH_POWERED, ZH_COOKIE] + \
        outside(ZH_TOP_LINKS + ZH_NAV[1:] + [category], paras) + [c for _, c in comments] + comment_lines + recent + \
        [zh_date(d) for d in recent_days] + months + rel[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- prismic: a Dubai digital outlet on Prismic with a Nuxt 2 front end ------------------------------------------
PR_SITE = 'خط الأفق'
PR_HOST = 'https://www.khatt-alofoq.ae.example'
PR_REPO = 'khatt-alofoq'
PR_NAV = ['الرئيسية', 'المنطقة', 'العالم', 'رياضة', 'اقتصاد', 'بودكاست']
PR_NOW = 'الآن'
PR_KICKERS = {'middleEast': 'المنطقة', 'sport': 'رياضة', 'internationalNews': 'العالم', 'economy': 'اقتصاد'}
PR_BY = 'كتابة'
PR_AUTHORS = ['نورة الكتبي', 'فريق الأفق', 'عمر السويدي', 'ريم الحمادي']
PR_UPDATED = 'حُدّثت القصة {date}'
PR_CAPTION = 'الصورة من وكالات الأنباء'
PR_SLICE_CAPTION = 'لقطة أرشيفية للتوضيح'
PR_ALSO = 'تابع القصة من أولها:'
PR_SOURCE = 'نُشرت القصة بالتعاون مع CNN بالعربية'
PR_TAG_WORDS = {'middleEast': ['الشرق الأوسط', 'سياسة'], 'sport': ['كرة القدم', 'الدوري الإنجليزي']}
PR_SHARE = 'أرسل القصة'
PR_RELATED = 'قصص تكمل المشهد'
PR_MOST = 'قصص الأفق الأكثر قراءة'
PR_LATEST = 'وصل حديثاً'
PR_LETTER_HEAD = 'رسالة الأفق المسائية'
PR_LETTER = 'قصة اليوم وخلفياتها تصلكم مع السادسة مساء'
PR_LETTER_BUTTON = 'سجّلوني'
PR_FOOT = ['من نحن', 'فريق التحرير', 'الخصوصية', 'اتصل بنا']
PR_COPY = '© {year} خط الأفق للإعلام الرقمي، دبي'
PR_CONSENT = 'نستعين بملفات الارتباط لقياس القراءة وتحسين ما نقدمه لكم'
PR_CONSENT_BUTTONS = ['موافق', 'التفاصيل']
PR_AGO = ('قبل ساعتين', 'قبل {n} ساعات', 'قبل {n} ساعة')


def pr_time(t):
    """Prismic's publication dates: UTC with '+0000'."""
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+0000')


def pr_id(seed):
    """A Prismic document id: 16 characters of base64."""
    return base64.b64encode(hashlib.md5(seed.encode('utf-8')).digest()).decode('ascii').replace('+', 'A').replace('/', 'B')[:16]


def pr_ago(hours):
    """Intl.RelativeTimeFormat('ar-AE') for an age in hours (Latin digits)."""
    return PR_AGO[0] if hours == 2 else PR_AGO[1 if hours <= 10 else 2].format(n=hours)


def pr_long(t):
    """Intl.DateTimeFormat('ar-AE', {dateStyle: 'long'}) with Latin digits."""
    return gulf(t)


def render_prismic(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'prismic'
    pub, draw = extra['at'], extra['draw']
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    now_items = extra['more'][3:6]
    author = PR_AUTHORS[k]
    kicker = PR_KICKERS.get(extra['folder'], 'المنطقة')
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    uid = f'{hex_id(title)[:12]}'
    doc_id = pr_id(title)
    url = f'{PR_HOST}/stories/{uid}'
    image = f'https://images.prismic.io/{PR_REPO}/{hex_id(title)[:8]}-{hex_id(title)[8:12]}_cover.jpg?auto=compress,format'
    image2 = f'https://images.prismic.io/{PR_REPO}/{hex_id(title)[12:20]}-{hex_id(title)[20:24]}_inline.jpg?auto=compress,format'
    hours = max(2, int((now - pub).total_seconds() // 3600))
    shown = (pr_long(pub), f'{DAYS[pub.weekday()]}، {pr_long(pub)}', pr_ago(hours), f'{pub.day}\u200f/{pub.month}\u200f/{pub.year}')[k]
    upd_text = PR_UPDATED.format(date=f'{pr_long(mod)} {hm(mod)}') if k == 0 else ''
    v = 'data-v-5f1c2a7e'
    a, b = 2, max(3, len(paras) - 2)
    slices = [('text', paras[:a]), ('image', None), ('text', paras[a:b])]
    if k % 2 == 1:
        slices.append(('related_link', extra['also']))
    slices.append(('text', paras[b:]))
    slice_html, slice_data = [], []
    for i, (stype, value) in enumerate(slices):
        if stype == 'text':
            slice_html.append(f'<section {v} data-slice-type="text" class="slice slice--text">' + ''.join(f'<p>{esc(p)}</p>' for p in value) + '</section>')
            slice_data.append({'slice_type': 'text', 'slice_label': None, 'version': 'sktwi1xtmkfgx8626', 'variation': 'default',
                               'primary': {'text': [{'type': 'paragraph', 'text': p, 'spans': []} for p in value]}, 'items': []})
        elif stype == 'image':
            slice_html.append(f'<figure {v} data-slice-type="image" class="slice slice--image"><img {v} src="{image2}&amp;w=1200" alt="" loading="lazy"><figcaption {v}>{PR_SLICE_CAPTION}</figcaption></figure>')
            slice_data.append({'slice_type': 'image', 'slice_label': None, 'version': 'sktwi1xtmkfgx8626', 'variation': 'default',
                               'primary': {'image': {'dimensions': {'width': 1600, 'height': 900}, 'alt': None, 'copyright': None, 'url': image2},
                                           'caption': [{'type': 'paragraph', 'text': PR_SLICE_CAPTION, 'spans': []}]}, 'items': []})
        else:
            slice_html.append(f'<aside {v} data-slice-type="related_link" class="slice slice--related-link"><span {v} class="label">{PR_ALSO}</span> '
                              f'<a {v} href="/stories/{hex_id(value)[:12]}">{esc(value)}</a></aside>')
            slice_data.append({'slice_type': 'related_link', 'slice_label': None, 'version': 'sktwi1xtmkfgx8626', 'variation': 'default',
                               'primary': {'label': PR_ALSO, 'link': {'id': pr_id(value), 'type': 'article', 'tags': [], 'lang': 'ar-ae',
                                                                      'uid': hex_id(value)[:12], 'link_type': 'Document', 'isBroken': False,
                                                                      'data': {'title': [{'type': 'heading1', 'text': value, 'spans': []}]}}}, 'items': []})
    body = '\n'.join(slice_html)
    tags = outside(PR_TAG_WORDS.get(extra['folder'], ['الشرق الأوسط']), paras)
    tags_html = ''.join(f'<a {v} class="tag" href="/tags/{hash_int(t) % 200}">{t}</a>' for t in tags)
    rel_days = [earlier(kind, pub, days=2 + 4 * i, hours=6) for i in range(len(rel))]
    rel_html = ''.join(f'<li {v} class="card"><a {v} href="/stories/{hex_id(t)[:12]}">{esc(t)}</a><time {v} datetime="{pr_time(d)}">{pr_long(d)}</time></li>'
                       for t, d in zip(rel, rel_days))
    most_html = ''.join(f'<li {v}><span {v} class="rank">{i + 1}</span><a {v} href="/stories/{hex_id(t)[:12]}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li {v}><time {v} datetime="{pr_time(d)}">{hm(d)}</time><a {v} href="/stories/{hex_id(t)[:12]}">{esc(t)}</a></li>'
                          for t, d in zip(latest, latest_days))
    now_days = [earlier(kind, now, minutes=15 + 40 * i) for i in range(len(now_items))]
    now_html = ''.join(f'<li {v}><span {v} class="time">{hm(d)}</span> <a {v} href="/live/{hex_id(t)[:8]}">{esc(t)}</a></li>' for t, d in zip(now_items, now_days))
    nav = ''.join(f'<li {v}><a {v} href="/{["", "region", "world", "sport", "economy", "podcast"][i]}"{" aria-current=" + chr(34) + "page" + chr(34) if t == kicker else ""} class="nuxt-link">{t}</a></li>'
                  for i, t in enumerate(PR_NAV))
    foot = ''.join(f'<li {v}><a {v} href="/p/{i}">{t}</a></li>' for i, t in enumerate(PR_FOOT))
    document = {'id': doc_id, 'uid': uid, 'url': f'/stories/{uid}', 'type': 'article',
                'href': f'https://{PR_REPO}.cdn.prismic.io/api/v2/documents/search?ref=ZE{hex_id(slug)[:14]}&q=%5B%5B%3Ad+%3D+at%28document.id%2C+%22{doc_id}%22%29+%5D%5D',
                'tags': tags, 'first_publication_date': pr_time(pub), 'last_publication_date': pr_time(mod), 'slugs': [uid],
                'linked_documents': [], 'lang': 'ar-ae', 'alternate_languages': [],
                'data': {'title': [{'type': 'heading1', 'text': title, 'spans': []}], 'kicker': kicker, 'author': author,
                         'hero_image': {'dimensions': {'width': 1600, 'height': 900}, 'alt': None, 'copyright': None, 'url': image},
                         'source_note': PR_SOURCE, 'body': slice_data,
                         'related': [{'story': {'id': pr_id(t), 'type': 'article', 'uid': hex_id(t)[:12], 'link_type': 'Document',
                                                'data': {'title': [{'type': 'heading1', 'text': t, 'spans': []}]}}} for t in rel]}}
    state = {'layout': 'default', 'data': [{'document': document, 'mostRead': most, 'latest': [{'title': t, 'at': pr_time(d)} for t, d in zip(latest, latest_days)]}],
             'fetch': {}, 'error': None, 'state': {'ticker': now_items}, 'serverRendered': True, 'routePath': f'/stories/{uid}',
             'config': {'prismic': {'endpoint': f'https://{PR_REPO}.cdn.prismic.io/api/v2', 'apiOptions': {}},
                        '_app': {'basePath': '/', 'assetsPath': '/_nuxt/', 'cdnURL': None}}}
    subs = [(None, 'a'), (False, 'b'), (True, 'c'), ('paragraph', 'd'), ([], 'e'), ('sktwi1xtmkfgx8626', 'f'), ('default', 'g'), ('article', 'h')]
    nuxt = (f'window.__NUXT__=(function(a,b,c,d,e,f,g,h){{return {js_value(state, subs)}}}'
            '(null,false,true,"paragraph",[],"sktwi1xtmkfgx8626","default","article"));')
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'image': [image], 'datePublished': pr_time(pub),
          'dateModified': pr_time(mod), 'author': {'@type': 'Person', 'name': author},
          'publisher': {'@type': 'Organization', 'name': PR_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{PR_HOST}/logo.png'}},
          'mainEntityOfPage': url}
    og_mod = f'<meta data-n-head="ssr" data-hid="article:modified_time" property="article:modified_time" content="{pr_time(mod)}">' if upd_day else ''
    upd_html = f'<p {v} class="hero__updated">{upd_text}</p>' if upd_text else ''
    page = f'''<!doctype html>
<html lang="ar" dir="rtl" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ar%22%7D,%22dir%22:%7B%22ssr%22:%22rtl%22%7D%7D">
<head>
<title>{esc(title)} | {PR_SITE}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{esc(lead_words(paras, 22))}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(title)}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}"><meta data-n-head="ssr" data-hid="og:image" property="og:image" content="{image}&amp;w=1200"><meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{pr_time(pub)}">{og_mod}<link data-n-head="ssr" rel="canonical" href="{url}"><script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="preload" href="/_nuxt/{hex_id('runtime')[:7]}.js" as="script"><link rel="preload" href="/_nuxt/{hex_id('app')[:7]}.js" as="script"><style data-vue-ssr-id="{hex_id('css')[:8]}:0">.slice--text p{{line-height:1.9}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><!----><div id="__layout"><div {v} class="layout">
<header {v} class="site-header"><a {v} href="/" class="logo nuxt-link-active"><img {v} src="/logo.svg" alt="{PR_SITE}" width="140" height="40"></a><nav {v} class="site-nav"><ul {v}>{nav}</ul></nav>
<div {v} class="now-strip"><span {v} class="now-strip__label">{PR_NOW}</span><ul {v}>{now_html}</ul></div></header>
<section {v} class="article-hero"><div {v} class="article-hero__inner"><a {v} href="/{kicker}" class="kicker">{kicker}</a><h1 {v} class="article-hero__title">{esc(title)}</h1>
<p {v} class="byline">{PR_BY} {esc(author)} · <time {v} datetime="{pr_time(pub)}">{shown}</time></p>{upd_html}</div>
<figure {v} class="article-hero__image"><img {v} src="{image}&amp;w=1600" alt="" width="1600" height="900"><figcaption {v}>{PR_CAPTION}</figcaption></figure></section>
<main {v} class="article-layout"><article {v} class="article-body">
{body}
<p {v} class="source-note">{PR_SOURCE}</p>
<div {v} class="tags">{tags_html}</div><div {v} class="share"><span {v}>{PR_SHARE}</span><a {v} href="https://wa.me/?text={url}">WhatsApp</a><a {v} href="https://twitter.com/intent/tweet?url={url}">X</a></div>
</article>
<section {v} class="related-stories"><h2 {v}>{PR_RELATED}</h2><ul {v}>{rel_html}</ul></section>
<aside {v} class="rail"><section {v} class="most-read"><h2 {v}>{PR_MOST}</h2><ol {v}>{most_html}</ol></section><section {v} class="latest"><h2 {v}>{PR_LATEST}</h2><ul {v}>{latest_html}</ul></section>
<section {v} class="newsletter"><h2 {v}>{PR_LETTER_HEAD}</h2><p {v}>{PR_LETTER}</p><form {v}><input {v} type="email" placeholder="email@example.com"><button {v} type="submit">{PR_LETTER_BUTTON}</button></form></section></aside>
</main>
<footer {v} class="site-footer"><ul {v}>{foot}</ul><p {v}>{PR_COPY.format(year=now.year)}</p></footer>
<div {v} class="consent-banner" role="dialog"><p {v}>{PR_CONSENT}</p><button {v} type="button">{PR_CONSENT_BUTTONS[0]}</button><button {v} type="button">{PR_CONSENT_BUTTONS[1]}</button></div>
</div></div></div><script>{nuxt}</script><script src="/_nuxt/{hex_id('runtime')[:7]}.js" defer></script><script src="/_nuxt/{hex_id('commons')[:7]}.js" defer></script><script src="/_nuxt/{hex_id('app')[:7]}.js" defer></script>
</body>
</html>
'''
    without = [PR_NOW, f'{PR_BY} {author}', shown, PR_CAPTION, PR_SLICE_CAPTION, PR_SOURCE, PR_SHARE, PR_RELATED, PR_MOST, PR_LATEST, PR_LETTER_HEAD, PR_LETTER,
               PR_COPY.format(year=now.year), PR_CONSENT] + outside(PR_NAV[1:] + PR_FOOT + [kicker], paras) + now_items + latest + \
        [pr_long(d) for d in rel_days[:2]] + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- directus: a Rabat newsroom on Directus with a plain server-rendered front end ---------------------------------
DR_SITE = 'أكدال بريس'
DR_HOST = 'https://www.agdal-press.ma.example'
DR_CMS = 'https://cms.agdal-press.ma.example'
DR_WEATHER = 'الرباط 21°'
DR_NAV = ['الرئيسية', 'سياسة', 'اقتصاد', 'ثقافة', 'علوم', 'رياضة', 'آراء', 'Français']
DR_SECTIONS = {'P': 'سياسة', 'E': 'اقتصاد', 'C': 'ثقافة', 'SC': 'علوم'}
DR_BRIEF = 'موجز الساعة'
DR_BY = 'بقلم: {name}'
DR_AUTHORS = ['سناء العلوي', 'هيئة التحرير', 'عبد الإله بنعلي', 'مراسل الجريدة']
DR_UPDATED = 'حُيّن المقال في {date}'
DR_CAPTION = 'صورة للتوضيح من أرشيف الجريدة'
DR_ALSO = 'نشرنا سابقاً في الموضوع ذاته:'
DR_SOURCE = 'أعادت أكدال بريس نشر هذه المادة عن صحيفة مغربية'
DR_TAGS = 'كلمات دالة:'
DR_TAG_WORDS = {'P': ['المغرب', 'الحكومة'], 'E': ['الاقتصاد الوطني'], 'C': ['ثقافة'], 'SC': ['علوم وتقنية']}
DR_SHARE = 'شارك المقال'
DR_RELATED = 'مواد تتصل بهذا الملف'
DR_COMMENTS = 'تعليقات القراء ({n})'
DR_COMMENTERS = [('مواطن من سلا', 'موضوع مهم، وخاص المسؤولين يتفاعلو معاه بجدية ماشي غير بالتصريحات'),
                 ('فاطمة الزهراء', 'مقال في الصميم، كنت أتمنى نسمعو حتى رأي الأساتذة من الجامعات المغربية'),
                 ('يوسف.ر', 'المشكل معروف من زمان، والحلول كاينة غير خاص الإرادة والمتابعة')]
DR_FORM = ['الاسم', 'تعليقك', 'أرسل']
DR_FORM_NOTE = 'لا ننشر التعليقات المسيئة، وتمر كلها على المراجعة قبل الظهور'
DR_MOST = 'الأكثر مشاهدة لدى قراء أكدال'
DR_LATEST = 'جديد أكدال بريس'
DR_LETTER_HEAD = 'نشرة أكدال الصباحية'
DR_LETTER = 'عناوين الصباح وأبرز ما كتبناه أمس، تصلك قبل الثامنة'
DR_LETTER_BUTTON = 'اشترك'
DR_FOOT_ABOUT = 'أكدال بريس موقع إخباري مغربي مستقل مقره الرباط'
DR_FOOT = ['من نحن', 'هيئة التحرير', 'شروط النشر', 'اتصل بنا']
DR_COPY = '© {year} أكدال بريس. النقل الكامل للمقالات يحتاج إذناً مكتوباً'
DR_POWERED = 'Content managed with Directus'
DR_COOKIE = 'نعتمد على ملفات الكوكيز لتحسين خدماتنا وقياس الإقبال على المقالات'
DR_COOKIE_BUTTONS = ['موافق', 'تخصيص']


def dr_long(t):
    return f'{DAYS[t.weekday()]} {maghreb(t)}'


def dr_uuid(seed):
    h = hex_id(seed)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def render_directus(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'directus'
    pub, draw = extra['at'], extra['draw']
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    brief = extra['more'][3:6]
    author = DR_AUTHORS[k]
    section = DR_SECTIONS.get(extra['folder'], 'سياسة')
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'] + 2, minutes=draw['saved_minutes'])
    created = earlier(kind, pub, hours=11, minutes=draw['saved_minutes'])  # the draft's creation (date_created), hours before
    item_id = 4180 + 53 * k
    post_slug = hex_id(title)[:10]
    url = f'{DR_HOST}/{["politique", "economie", "culture", "sciences"][k % 4]}/{item_id}-{post_slug}'
    cover = f'{DR_CMS}/assets/{dr_uuid(title)}?key=cover-1200'
    stored = pub.strftime('%Y-%m-%dT%H:%M:%S')  # a Directus "datetime" field: no zone
    shown = (f'{dr_long(pub)} - {hm(pub)}', f'{dmy(pub)} {hm(pub)}', maghreb(pub), f'{pub.day} {FRENCH_MONTHS[pub.month - 1]} {pub.year}')[k]
    upd_text = DR_UPDATED.format(date=f'{maghreb(mod)} {hm(mod)}') if k == 1 else ''
    # The body is a plain textarea field: the front end prints it with nl2br, paragraphs separated by <br><br>.
    parts = [esc(p) for p in paras]
    if k % 2 == 0:
        parts.insert(3, f'<strong>{DR_ALSO}</strong> <a href="{DR_HOST}/a/{hex_id(extra["also"])[:10]}">{esc(extra["also"])}</a>')
    body = '<br>\n<br>\n'.join(parts)
    tags = outside(DR_TAG_WORDS.get(extra['folder'], ['المغرب']), paras)
    tags_html = ' '.join(f'<a class="tag" href="{DR_HOST}/tag/{hash_int(t) % 500}">{t}</a>' for t in tags)
    rel_days = [earlier(kind, pub, days=5 + 7 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li><a href="{DR_HOST}/a/{hex_id(t)[:10]}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rel, rel_days))
    most_html = ''.join(f'<li><a href="{DR_HOST}/a/{hex_id(t)[:10]}">{esc(t)}</a></li>' for t in most)
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><time>{hm(d)}</time> <a href="{DR_HOST}/a/{hex_id(t)[:10]}">{esc(t)}</a></li>' for t, d in zip(latest, latest_days))
    brief_days = [earlier(kind, now, minutes=10 + 25 * i) for i in range(len(brief))]
    brief_html = ''.join(f'<li><span>{hm(d)}</span> <a href="{DR_HOST}/a/{hex_id(t)[:10]}">{esc(t)}</a></li>' for t, d in zip(brief, brief_days))
    comments = (DR_COMMENTERS[k % 3:] + DR_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = moments(kind, pub, now, len(comments))
    comment_lines = [f'{dmy(d)} {hm(d)}' for d in comment_days]
    comments_html = ''.join(f'<li class="comment" id="c{item_id * 10 + i}"><p class="comment-head"><strong>{esc(n)}</strong> <span class="comment-date">{line}</span></p><p>{esc(c)}</p></li>'
                            for i, ((n, c), line) in enumerate(zip(comments, comment_lines)))
    nav = ''.join(f'<li><a href="{DR_HOST}/{["", "politique", "economie", "culture", "sciences", "sport", "opinions", "fr"][i]}"{" class=" + chr(34) + "active" + chr(34) if t == section else ""}>{t}</a></li>'
                  for i, t in enumerate(DR_NAV))
    foot = ''.join(f'<li><a href="{DR_HOST}/page/{i}">{t}</a></li>' for i, t in enumerate(DR_FOOT))
    today = dr_long(now)
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': stored,
          'author': {'@type': 'Person', 'name': author}, 'image': cover, 'mainEntityOfPage': url,
          'publisher': {'@type': 'NewsMediaOrganization', 'name': DR_SITE}}
    if upd_day:
        ld['dateModified'] = iso_ms_z(mod)  # Directus' date_updated: a UTC timestamp
    data_layer = [{'articleId': item_id, 'collection': 'articles', 'section': section, 'author': author,
                   'createdAt': iso_ms_z(created), 'status': 'published'}]
    upd_html = f'<p class="story-updated">{upd_text}</p>' if upd_text else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — {DR_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 22))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{cover}">
<meta property="og:locale" content="ar_MA">
<meta property="article:published_time" content="{iso_ms_z(pub)}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/site.css?v={hex_id('site.css')[:8]}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer = {json.dumps(data_layer, ensure_ascii=False)};</script>
</head>
<body class="page-article">
<div class="topbar"><div class="wrap"><span class="today">{today}</span> <span class="weather">{DR_WEATHER}</span></div></div>
<header class="masthead"><div class="wrap"><a class="logo" href="{DR_HOST}/"><img src="/static/img/agdal-press.svg" alt="{DR_SITE}" width="200" height="48"></a>
<nav class="main-nav"><ul>{nav}</ul></nav></div></header>
<div class="brief"><div class="wrap"><strong>{DR_BRIEF}</strong><ul>{brief_html}</ul></div></div>
<main class="wrap grid">
<div class="col-main">
<article class="story" data-collection="articles" data-id="{item_id}">
<p class="story-section"><a href="{DR_HOST}/{["politique", "economie", "culture", "sciences"][k % 4]}">{section}</a></p>
<h1 class="story-title">{esc(title)}</h1>
<p class="story-meta">{DR_BY.format(name=esc(author))} · <time datetime="{stored}">{shown}</time></p>
{upd_html}<figure class="story-cover"><img src="{cover}" alt="" width="1200" height="675"><figcaption>{DR_CAPTION}</figcaption></figure>
<div class="story-body">
{body}
</div>
<p class="story-source">{DR_SOURCE}</p>
<p class="story-tags">{DR_TAGS} {tags_html}</p>
<p class="story-share">{DR_SHARE}: <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://wa.me/?text={url}">WhatsApp</a> <a href="https://twitter.com/intent/tweet?url={url}">X</a></p>
</article>
<section class="related"><h2>{DR_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="comments"><h2>{DR_COMMENTS.format(n=len(comments))}</h2><ol class="comment-list">{comments_html}</ol>
<form class="comment-form" method="post" action="/comments"><input type="hidden" name="article" value="{item_id}"><label>{DR_FORM[0]} <input type="text" name="name"></label><label>{DR_FORM[1]} <textarea name="body"></textarea></label><button type="submit">{DR_FORM[2]}</button><p class="note">{DR_FORM_NOTE}</p></form></section>
</div>
<aside class="col-side">
<section class="box most"><h2>{DR_MOST}</h2><ol>{most_html}</ol></section>
<section class="box latest"><h2>{DR_LATEST}</h2><ul>{latest_html}</ul></section>
<section class="box newsletter"><h2>{DR_LETTER_HEAD}</h2><p>{DR_LETTER}</p><form method="post" action="/newsletter"><input type="email" name="email" placeholder="email@example.com"><button type="submit">{DR_LETTER_BUTTON}</button></form></section>
</aside>
</main>
<footer class="site-footer"><div class="wrap"><p>{DR_FOOT_ABOUT}</p><ul>{foot}</ul><p>{DR_COPY.format(year=now.year)}</p><p class="credit">{DR_POWERED}</p></div></footer>
<div class="cookies" role="dialog"><p>{DR_COOKIE}</p><button type="button">{DR_COOKIE_BUTTONS[0]}</button> <button type="button">{DR_COOKIE_BUTTONS[1]}</button></div>
<script src="/static/js/site.js?v={hex_id('site.js')[:8]}" defer></script>
</body>
</html>
'''
    without = [today, DR_WEATHER, DR_BRIEF, DR_BY.format(name=author), shown, DR_CAPTION, DR_SOURCE, DR_TAGS, DR_SHARE, DR_RELATED,
               DR_COMMENTS.format(n=len(comments)), DR_FORM_NOTE, DR_MOST, DR_LATEST, DR_LETTER_HEAD, DR_LETTER, DR_FOOT_ABOUT,
               DR_COPY.format(year=now.year), DR_POWERED, DR_COOKIE] + outside(DR_NAV[1:] + DR_FOOT + [section], paras) + brief + latest + \
        [c for _, c in comments] + comment_lines + [dmy(d) for d in rel_days[:2]] + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- nikola: an Algiers journalist's static site built with Nikola 8 and the hyde theme ---------------------------
NI_SITE = 'كراسة باب الواد'
NI_HOST = 'https://karrasat-babelwad.dz.example'
NI_DESC = 'كراسة صحفي من العاصمة يجمع فيها ما يقرؤه عن الجزائر والعالم ويعلّق عليه'
NI_SKIP = 'انتقل إلى النص'
NI_NAV = ['الأرشيف', 'الوسوم', 'عن الكراسة', 'خلاصة RSS']
NI_MOST = 'ما قرأه الزوار أكثر هذا الشهر'
NI_RECENT = 'آخر ما دُوّن في الكراسة'
NI_SIDE_COPY = 'النصوص متاحة بترخيص المشاع الإبداعي'
NI_AUTHOR = 'كريم بوزيد'
NI_UPDATED = 'حُدّثت'
NI_COMMENTS_LINK = 'النقاش'
NI_SOURCE_LINK = 'نص التدوينة الخام'
NI_ALSO = 'سبق أن دوّنتُ عن هذا:'
NI_NOTE = 'إضافة بتاريخ {date}: أكملت التدوينة بمعلومات جاءت لاحقاً'
NI_ORIGIN = 'نقلاً عن موقع فرانس 24 بالعربية'
NI_PREV, NI_NEXT = 'التدوينة السابقة', 'التدوينة اللاحقة'
NI_RELATED = 'تدوينات تشبهها في الموضوع'
NI_COMMENTS_HEAD = 'النقاش'
NI_NOSCRIPT = 'يلزم تفعيل جافاسكربت لقراءة النقاش والمشاركة فيه'
NI_TAG_WORDS = {'internationalNews': ['العالم', 'سياسة'], 'middleEast': ['المشرق'], 'sport': ['رياضة']}
NI_FOOT = 'Contents © {year} {name} - Powered by Nikola'


def ni_stamp(t):
    """Nikola's default DATE_FORMAT 'yyyy-MM-dd HH:mm'."""
    return f'{ymd(t)} {hm(t)}'


def ni_long(t):
    """A DATE_FORMAT 'EEEE d MMMM y' under the site's ar_DZ locale (Algerian month names)."""
    return f'{DAYS[t.weekday()]} {dz(t)}'


def render_nikola(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'nikola'
    pub, draw = extra['at'], extra['draw']
    most, recent, rel = others[:5], others[5:10], others[10:11] + extra['more'][:3]
    prev_t, next_t = extra['more'][3], extra['more'][4]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    built = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    post_slug = hex_id(title)[:10]
    url = f'{NI_HOST}/posts/{pub.year}/{post_slug}/'
    shown = (ni_stamp(pub), ni_long(pub), ni_stamp(pub), dmy(pub))[k]
    upd_shown = ni_stamp(mod) if k == 0 else ''
    note = NI_NOTE.format(date=ni_stamp(mod)) if k == 2 else ''
    also = ''
    if k % 2 == 1:
        also = f'<blockquote><p><strong>{NI_ALSO}</strong> <a href="../{hex_id(extra["also"])[:10]}/">{esc(extra["also"])}</a></p></blockquote>'
    body = after(paras, also, 2) + f'<p><em>{NI_ORIGIN}</em></p>' + (f'<p><small>{note}</small></p>' if note else '')
    tags = outside(NI_TAG_WORDS.get(extra['folder'], ['العالم']), paras)
    tags_html = ''.join(f'<li><a class="tag p-category" href="../../../categories/{hash_int(t) % 90}/" rel="tag">{t}</a></li>' for t in tags)
    most_html = ''.join(f'<li><a href="{NI_HOST}/posts/{hex_id(t)[:10]}/">{esc(t)}</a></li>' for t in most)
    recent_days = moments(kind, pub, built, len(recent))
    recent_html = ''.join(f'<li><a href="{NI_HOST}/posts/{hex_id(t)[:10]}/">{esc(t)}</a> <small>{ymd(d)}</small></li>' for t, d in zip(recent, recent_days))
    rel_html = ''.join(f'<li><a href="../{hex_id(t)[:10]}/">{esc(t)}</a></li>' for t in rel)
    nav = ''.join(f'<a class="sidebar-nav-item" href="{NI_HOST}/{["archive.html", "categories/", "pages/about/", "rss.xml"][i]}">{t}</a>' for i, t in enumerate(NI_NAV))
    upd_html = ''
    if upd_shown:
        upd_html = (f'<span class="updated"> ({NI_UPDATED} <time class="updated dt-updated" datetime="{mod.isoformat()}" itemprop="dateUpdated" '
                    f'title="{upd_shown}">{upd_shown}</time>)</span>')
    foot = NI_FOOT.format(year=built.year, name=NI_AUTHOR)
    page = f'''<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " vocab="http://ogp.me/ns" lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="description" content="{esc(lead_words(paras, 24))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {NI_SITE}</title>
<link href="../../../assets/css/all-nocdn.css" rel="stylesheet" type="text/css">
<meta name="theme-color" content="#ac4142">
<meta name="generator" content="Nikola (getnikola.com)">
<link rel="alternate" type="application/rss+xml" title="RSS" hreflang="ar" href="../../../rss.xml">
<link rel="canonical" href="{url}">
<meta name="author" content="{NI_AUTHOR}">
<link rel="prev" href="../{hex_id(prev_t)[:10]}/" title="{esc(prev_t)}" type="text/html">
<link rel="next" href="../{hex_id(next_t)[:10]}/" title="{esc(next_t)}" type="text/html">
<meta property="og:site_name" content="{NI_SITE}">
<meta property="og:title" content="{esc(title[:70])}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{esc(lead_words(paras, 30))}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{pub.isoformat()}">
{"".join(f'<meta property="article:tag" content="{t}">' for t in tags)}
</head>
<body class="theme-base-08">
<a href="#content" class="sr-only sr-only-focusable">{NI_SKIP}</a>
<div class="hsidebar">
<div class="container sidebar-sticky">
<div class="sidebar-about">
<p class="site-title"><a href="{NI_HOST}/">{NI_SITE}</a></p>
<p class="lead">{NI_DESC}</p>
</div>
<nav id="menu" role="navigation" class="sidebar-nav">{nav}</nav>
<section class="sidebar-block most-read"><h2>{NI_MOST}</h2><ol>{most_html}</ol></section>
<section class="sidebar-block recent"><h2>{NI_RECENT}</h2><ul>{recent_html}</ul></section>
<p class="sidebar-copy">{NI_SIDE_COPY}</p>
</div>
</div>
<div class="content container" id="content">
<article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article">
<header>
<h1 class="p-name entry-title" itemprop="headline name"><a href="." class="u-url">{esc(title)}</a></h1>
<div class="metadata">
<p class="byline author vcard p-author h-card"><span class="byline-name fn p-name" itemprop="author">{NI_AUTHOR}</span></p>
<p class="dateline"><a href="." rel="bookmark"><time class="published dt-published" datetime="{pub.isoformat()}" itemprop="datePublished" title="{shown}">{shown}</time>{upd_html}</a></p>
<p class="commentline"><a href="#isso-thread">{NI_COMMENTS_LINK}</a></p>
<p class="sourceline"><a href="index.md" class="sourcelink">{NI_SOURCE_LINK}</a></p>
</div>
</header>
<div class="e-content entry-content" itemprop="articleBody text">
<div>
{body}
</div>
</div>
<aside class="postpromonav">
<nav>
<ul itemprop="keywords" class="tags">{tags_html}</ul>
<ul class="pager hidden-print">
<li class="previous"><a href="../{hex_id(prev_t)[:10]}/" rel="prev" title="{esc(prev_t)}">{NI_PREV}</a></li>
<li class="next"><a href="../{hex_id(next_t)[:10]}/" rel="next" title="{esc(next_t)}">{NI_NEXT}</a></li>
</ul>
</nav>
</aside>
<section class="related-posts"><h2>{NI_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="comments hidden-print">
<h2>{NI_COMMENTS_HEAD}</h2>
<div id="isso-thread" data-title="{esc(title)}" data-isso-id="{url}"></div>
<script src="https://isso.karrasat-babelwad.dz.example/js/embed.min.js" data-isso="https://isso.karrasat-babelwad.dz.example/" data-isso-lang="ar"></script>
<noscript>{NI_NOSCRIPT}</noscript>
</section>
</article>
<footer id="footer"><p>Contents © {built.year} <a href="mailto:contact@karrasat-babelwad.dz.example">{NI_AUTHOR}</a> - Powered by <a href="https://getnikola.com" rel="nofollow">Nikola</a></p></footer>
</div>
<script src="../../../assets/js/all-nocdn.js"></script>
</body>
</html>
'''
    without = [NI_SKIP, NI_DESC, NI_MOST, NI_RECENT, NI_SIDE_COPY, NI_AUTHOR, shown, NI_COMMENTS_LINK, NI_SOURCE_LINK, NI_ORIGIN, NI_PREV,
               NI_NEXT, NI_RELATED, foot] + outside(NI_NAV, paras) + recent + [ymd(d) for d in recent_days] + most[:2] + rel[:2] + \
        ([f'{NI_UPDATED} {upd_shown}'] if upd_shown else []) + ([note] if note else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most + rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('jahia', render_jahia), ('forkcms', render_forkcms), ('webnode', render_webnode),
                                             ('zoho', render_zoho), ('prismic', render_prismic), ('directus', render_directus),
                                             ('nikola', render_nikola))}
render = with_null_update(renderer(RENDER, 'templates_set30.py', 30))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'ant-multisource'
MS_SOURCES = ('BBC', 'CNN', 'France24')
CP_COUNTRIES = ('KW', 'OM', 'MA')
# The BBC, CNN and France24 records (file names without ".txt") that a label of tests/segmenter/labels, tests/html/labels
# or ../shared/eval/dev named, or that a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind30 and blind31
# included) listed, when the set was written: frozen, so that later labels do not shift the set's articles.
LABEL_NAMED = (
    'BB-culture-92-20180331', 'BB-economy-79-20180324', 'BB-internationalNews-1046-20180906',
    'BB-internationalNews-534-20180520', 'BB-internationalNews-560-20180524', 'BB-internationalNews-631-20180610',
    'BB-internationalNews-648-20180613', 'BB-internationalNews-839-20180719', 'BB-internationalNews-869-20180725',
    'BB-middleEast-1019-20180927', 'BB-middleEast-111-20180228', 'BB-middleEast-211-20180318',
    'BB-middleEast-405-20180425', 'BB-middleEast-508-20180517', 'BB-middleEast-593-20180607',
    'BB-middleEast-631-20180618', 'BB-middleEast-662-20180627', 'BB-middleEast-827-20180802',
    'BB-middleEast-905-20180819', 'BB-technology-48-20180223', 'BB-technology-89-20180318', 'CN-economy-291-20180910',
    'CN-internationalNews-155-20180320', 'CN-internationalNews-194-20180329', 'CN-internationalNews-228-20180408',
    'CN-internationalNews-284-20180426', 'CN-internationalNews-515-20180816', 'CN-internationalNews-710-20181015',
    'CN-middleEast-1073-20180602', 'CN-middleEast-1434-20181007', 'CN-middleEast-1446-20181009',
    'CN-middleEast-1469-20181010', 'CN-middleEast-1471-20181010', 'CN-middleEast-153-20180303',
    'CN-middleEast-162-20180304', 'CN-middleEast-163-20180304', 'CN-sport-233-20180421', 'CN-sport-280-20180508',
    'CN-sport-388-20180904', 'CN-sport-422-20181003', 'CN-technology-29-20180225', 'FR-economy-70-20180808',
    'FR-economy-75-20180808', 'FR-internationalNews-1196-20180511', 'FR-internationalNews-1230-20180514',
    'FR-internationalNews-1242-20180514', 'FR-internationalNews-1314-20180518', 'FR-internationalNews-1332-20180519',
    'FR-internationalNews-1462-20180526', 'FR-internationalNews-1662-20180606', 'FR-internationalNews-2102-20180702',
    'FR-internationalNews-2301-20180714', 'FR-middleEast-428-20180508', 'FR-middleEast-446-20180512',
    'FR-middleEast-581-20180604', 'FR-middleEast-607-20180608', 'FR-middleEast-815-20180727',
    'FR-middleEast-874-20180803', 'FR-middleEast-96-20180303', 'FR-sport-154-20180615', 'FR-sport-219-20180701',)
# The records the earlier sets on these three folders built pages around, as they read them when they were frozen: sets
# 13 and 25 (France24), 14 and 26 (BBC), 15 and 26 (CNN).
EARLIER_SETS_READ = (
    'BB-culture-132-20180428', 'BB-culture-141-20180502', 'BB-culture-145-20180505', 'BB-culture-160-20180516',
    'BB-culture-174-20180526', 'BB-culture-175-20180527', 'BB-economy-110-20180419', 'BB-economy-129-20180511',
    'BB-economy-135-20180516', 'BB-economy-174-20180626', 'BB-internationalNews-101-20180305',
    'BB-internationalNews-1019-20180830', 'BB-internationalNews-1046-20180906', 'BB-internationalNews-1067-20180908',
    'BB-internationalNews-1079-20180911', 'BB-middleEast-1010-20180929', 'BB-middleEast-1046-20181003',
    'BB-middleEast-1070-20181007', 'BB-middleEast-1075-20181009', 'BB-middleEast-1081-20181010',
    'BB-middleEast-1097-20181014', 'BB-sport-102-20180410', 'BB-sport-105-20180411', 'BB-sport-119-20180419',
    'BB-sport-120-20180419', 'BB-technology-123-20180403', 'BB-technology-166-20180424', 'BB-technology-198-20180507',
    'BB-technology-200-20180508', 'CN-economy-130-20180528', 'CN-economy-179-20180813', 'CN-economy-216-20180817',
    'CN-economy-221-20180818', 'CN-economy-233-20180902', 'CN-economy-280-20180908', 'CN-economy-301-20180910',
    'CN-economy-322-20180912', 'CN-economy-330-20181001', 'CN-economy-38-20180228', 'CN-economy-443-20181016',
    'CN-internationalNews-155-20180320', 'CN-internationalNews-161-20180321', 'CN-internationalNews-206-20180402',
    'CN-internationalNews-275-20180423', 'CN-internationalNews-284-20180426', 'CN-internationalNews-329-20180509',
    'CN-internationalNews-490-20180814', 'CN-internationalNews-59-20180303', 'CN-middleEast-1031-20180527',
    'CN-middleEast-1068-20180601', 'CN-middleEast-1073-20180602', 'CN-middleEast-1181-20180811',
    'CN-middleEast-12-20180217', 'CN-middleEast-123-20180228', 'CN-middleEast-1265-20180903',
    'CN-middleEast-1336-20180909', 'CN-middleEast-1348-20180911', 'CN-middleEast-1397-20181004',
    'CN-middleEast-1441-20181008', 'CN-middleEast-1452-20181009', 'CN-middleEast-1599-20181018',
    'CN-sport-100-20180313', 'CN-sport-104-20180314', 'CN-sport-109-20180317', 'CN-sport-167-20180328',
    'CN-sport-169-20180331', 'CN-sport-197-20180407', 'CN-sport-60-20180303', 'CN-technology-126-20180804',
    'FR-culture-1-20180218', 'FR-culture-114-20180721', 'FR-culture-31-20180404', 'FR-culture-51-20180425',
    'FR-economy-10-20180123', 'FR-economy-37-20180520', 'FR-economy-70-20180808', 'FR-internationalNews-10-20180218',
    'FR-internationalNews-1031-20180501', 'FR-internationalNews-1032-20180501', 'FR-internationalNews-1105-20180506',
    'FR-internationalNews-1123-20180507', 'FR-internationalNews-1136-20180508', 'FR-internationalNews-1204-20180512',
    'FR-internationalNews-1231-20180514', 'FR-middleEast-103-20180304', 'FR-middleEast-11-20180216',
    'FR-middleEast-122-20180308', 'FR-middleEast-13-20180216', 'FR-middleEast-167-20180317',
    'FR-middleEast-169-20180317', 'FR-middleEast-178-20180318', 'FR-sport-121-20180530', 'FR-sport-143-20180612',
    'FR-sport-191-20180625', 'FR-sport-223-20180702', 'FR-sport-284-20180802',)
# The windows-1256 files (names without ".txt") a label or a blind draw named when the set was written (CP_LABEL_NAMED),
# and the 28 files set 22 built its pages around (CP_EARLIER_SETS_READ).
CP_LABEL_NAMED = (
    'AEE1', 'AER20', 'AES14', 'AES25', 'AESC4', 'BHC14', 'BHC19', 'BHC25', 'BHP10', 'BHS18', 'DZC19', 'DZE42', 'DZP36',
    'DZS18', 'DZSC3', 'EGC17', 'EGR11', 'EGR6', 'EGR7', 'EGR8', 'EGS24', 'IQC20', 'IQP4', 'IQR11', 'IQS32', 'IQSC9',
    'JOC20', 'JOC7', 'JOE12', 'JOP13', 'JOP21', 'JOP33', 'KWC12', 'KWE26', 'KWR2', 'KWSC15', 'KWSC6', 'LBC14', 'LBE20',
    'LBR18', 'LBR20', 'LBS27', 'LBS5', 'LYC2', 'LYP10', 'LYP17', 'LYP7', 'LYP8', 'MAC22', 'MAE6', 'MAR16', 'MAS17',
    'MAS40', 'MRP1', 'MRP17', 'MRP18', 'MRP2', 'MRP4', 'OMP10', 'OMP23', 'OMS5', 'OMSC6', 'OMSC8', 'PSC12', 'PSE2',
    'PSE5', 'PSR25', 'PSS19', 'PSSC5', 'QAC7', 'QAR24', 'QAS17', 'QASC11', 'QASC29', 'SAC19', 'SAE24', 'SAP2', 'SAP24',
    'SAR11', 'SDE9', 'SDSC12', 'SDSC18', 'SDSC24', 'SDSC35', 'SDSC6', 'SYC12', 'SYC15', 'SYP4', 'SYP5', 'SYSC6',
    'TMC10', 'TMC15', 'TMC28', 'TME3', 'TMP10', 'YEC18', 'YEC27', 'YEP21', 'YER12', 'YER13',)
CP_EARLIER_SETS_READ = (
    'AEP2', 'AES13', 'AES7', 'AESC1', 'BHC5', 'BHE10', 'BHP2', 'BHS5', 'DZE4', 'DZP25', 'DZP29', 'DZP34', 'IQC6',
    'IQE14', 'IQP23', 'IQS8', 'JOC11', 'JOE1', 'JOP1', 'JOS19', 'SDE14', 'SDE8', 'SDS8', 'SDSC2', 'YEC19', 'YEE11',
    'YEP9', 'YES12',)
LEFT_OUT = frozenset(LABEL_NAMED + EARLIER_SETS_READ)
CP_LEFT_OUT = frozenset(f'{n}.txt' for n in CP_LABEL_NAMED + CP_EARLIER_SETS_READ)
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 8
# A paragraph of a BBC or France24 record ends a sentence: a line of 12 words or more without a final stop is another
# story's headline or a subheading the record carries inside its text.
SENTENCE_END = re.compile(r'[.!؟?…]["»”\')\]]*$')
# A windows-1256 file whose first line is a place and an agency ("طهران – عواصم – وكالات") or a place and a byline
# ("لندن - NAME") has no headline of its own.
DATELINE_TITLE = re.compile(r'\s[-–—]\s')


def records(corpus):
    """{'BBC': [...], 'CNN': [...], 'France24': [...], 'KW': [...], 'OM': [...], 'MA': [...]}: the multisource records in
    sorted path order (templates_set12.trec_records(), folder made the category's name) and the windows-1256 files of
    CP_COUNTRIES in templates_set22.file_key() order (title: the first line when it is a headline and not an earlier
    file's, else ''; folder: the category letter; lines: the decoded lines; when: None), the left-out ones left out."""
    out = {}
    for src in MS_SOURCES:
        recs = trec_records(corpus, CORPUS_FOLDER, (src,), {f'{n}.txt' for n in LEFT_OUT})
        for r in recs:
            r['folder'] = os.path.basename(r['folder'])
        out[src] = recs
    seen = set()
    paths = [p for p in glob.glob(os.path.join(corpus, CP_FOLDER, '*', '*.txt')) if FILE_NAME.match(os.path.basename(p))]
    for path in sorted(paths, key=file_key):
        base = os.path.basename(path)
        if base in CP_LEFT_OUT:
            continue
        lines = file_lines(path)
        title = lines[0] if lines and headline(lines[0]) and lines[0] not in seen else ''
        seen.add(lines[0] if lines else '')
        country, category, _ = FILE_NAME.match(base).groups()
        if country not in CP_COUNTRIES:
            continue
        out.setdefault(country, []).append({'name': f'{CP_FOLDER}/{os.path.basename(os.path.dirname(path))}/{base}', 'base': base,
                                            'country': country, 'category': category, 'folder': category, 'title': title,
                                            'lines': lines, 'when': None})
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article, else None. A windows-1256 file is one when
    templates_set22.article_of() takes it (a headline, at most two meta lines, then only lines of 12 words or more, no
    marker, no lost letters), its first line is no dateline (DATELINE_TITLE), and it has at least MIN_PARAGRAPHS
    paragraphs, each ending a sentence (a kicker's file, whose real headline is its second line, or a file ending with
    a source and date line, is not one). A multisource record needs a date, a usable
    headline and no marker in its text; a CNN record's paragraphs are the first CNN_OWN[record] lines of 12 words or
    more (set 26's table, read by hand: the records go on with other stories' teasers), a BBC or France24 record's are its
    lines of 12 words or more that end a sentence, up to a BBC_STOP line; at least MIN_PARAGRAPHS, the first
    MAX_PARAGRAPHS kept."""
    if source in CP_COUNTRIES:
        art = cp_article_of(rec, rec['lines'])
        if not art or DATELINE_TITLE.search(art[1]) or len(art[2]) < MIN_PARAGRAPHS:
            return None
        return art if all(SENTENCE_END.search(p) for p in art[2]) else None
    if not rec['when'] or not usable_title(rec['title']) or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    docno = os.path.basename(rec['name'])[:-4]
    if source == 'CNN':
        if docno not in CNN_OWN:
            return None
        paras = [line for line in rec['lines'] if len(line.split()) >= 12][:CNN_OWN[docno]]
    else:
        lines = []
        for line in rec['lines']:
            if BBC_STOP.search(line):
                break
            lines.append(line)
        paras = [line for line in lines if len(line.split()) >= 12 and SENTENCE_END.search(line)]
    if len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders()); a forkcms page's text has at most FORK_MAX_WORDS words."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, 'forkcms', FORK_MAX_WORDS)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws. The generator random.Random("templates_set30 page
    N") draws, in this order, a day of the kind's DRAWN_SPANS (2019 to 2024 for the kinds without one), a clock time
    (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the
    page was saved and a count. A multisource page is at its record's <TIME> made local in the kind's zone; a
    windows-1256 page on the drawn day at the drawn clock time; the pages of MOVED keep their day and take their clock."""
    rng = random.Random(f'templates_set30 page {n}')
    first, last = DRAWN_SPANS.get(kind, (datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)))
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    if rec['when']:
        local = in_zone(kind, rec['when'])
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
    return local, draw


def relabel(label, art):
    """A CNN lead's dateline is metadata, not the paragraph's opening (the development set's convention, sets 15 and 26)."""
    label['body_with'] = [opening(without_cnn_dateline(p)) for p in art[2]]


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{CORPUS_FOLDER}/BBC/, CNN/ and France24/ and {CP_FOLDER}/', 20261230, 30, 29, relabel)


if __name__ == '__main__':
    sys.exit(main())
