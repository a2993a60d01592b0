#!/usr/bin/env python3
"""Sealed HTML template set 23 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/),
never ran akhbar on these pages (nor any other binary of that name), never built it and never ran git: the set stays
sealed until it is scored once, and that first score measures the rules on templates nobody tuned them for. None of
these kinds is in make_templates.py or templates_set5..22.py. The platforms first proposed for this set were all
taken (a Medium-like platform is set 7's, Substack and Squarespace set 16's, Webflow and Sitefinity set 14's, Wix set
11's, Liferay set 15's), so the set uses seven no earlier set names: a beehiiv newsletter post, a Framer site, a free
Weebly blog, an eZ Publish 4 site on its ezwebin design, an Escenic Content Engine daily, an IBM WebSphere Portal with
Web Content Manager and an Optimizely (Episerver) CMS 12 site; set 24, written at the same time, takes Jannah, JNews,
SmartMag, Laravel/Livewire, Nuxt 3, Astro and 1C-Bitrix. Every chrome sentence is new wording (no chrome constant of
the earlier sets is imported; --wording checks it: no run of three Arabic words of a string of this file, docstrings
aside, appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py or
templates_set5..22.py, docstrings included). The chrome is Arabic (Libyan, Moroccan and Gulf where the readers speak
them), with the English such platforms leave in place (beehiiv's buttons, "Keep Reading" and "Powered by beehiiv",
"Made in Framer", Weebly's footer and "RSS Feed", ezwebin's "Powered by eZ Publish" line, WebSphere's hidden "Web
Content Viewer" portlet titles). The texts are Aljazeera's articles and Misbar's fact-checks from the nahla-scraper
split files (below), which carry no date: every page gets a day and a time of day drawn from a generator seeded by its
number, made local in the kind's own zone (checked hour by hour against zoneinfo on every run: zone_problems()). Each
kind carries a related list or a most-read box and lists that look related but are not (beehiiv's "Keep Reading",
Framer's and ezwebin's latest items, Weebly's recent posts, a breaking strip and the latest news, a portal's latest
news and announcements, latest news and coming events), and every other page an inline read-also line, card or
embedded object inside the text ("إن فاتك في عدد سابق:", "تحقق سابق على صلة:", "على موقعنا أيضاً:", "سبق أن
تناولنا:", "من تغطيتنا السابقة:", "ويمكنكم الاطلاع على:", an Optimizely teaser block "ضمن تغطيتنا كذلك"). Dates that are
not the article's are on every page: readers' comments, a header's or a widget's "today", a breaking strip's clock
times, later and earlier items' dates, Hijri dates of announcements, coming events, a site build's time, footers' years.
Four kinds are built to be hard: beehiiv's post repeats its whole text (with the related list) as HTML inside the
window.__remixContext payload; Weebly's text is one div.paragraph whose paragraphs are separated only by <br />s, the
related list another such block of links; the Escenic daily's readers' thread (12 to 32 comments) is longer than its
article; the WebSphere portal's sidebar column of portlets (latest news, announcements, links) comes before the
article's column in source order, and one of its pages is dated by a Hijri date alone. Framer's headline sits in a hero
section outside the rich-text container of the text, beside a navigation and a footer that the page holds twice (its
desktop and phone variants); ezwebin splits the text over attribute-short (the lead) and attribute-long, after a side
menu.

  beehiiv    a Jordanian fact-checking newsletter's web post on beehiiv (Asia/Amman, +03:00 all year), Misbar's texts:
             Open Graph without times, an Article JSON-LD with datePublished and dateModified in UTC with milliseconds
             and "Z" (modified = published unless the post was updated), window.__remixContext with the post (its
             web_title, web_subtitle, publish_date in epoch seconds, updated_at, and the text as HTML); the nav bar
             (logo, the Arabic menu, English Login and Subscribe); the issue number, <h1>, the subtitle in an <h2> ("ما
             خلص إليه الفاحصون: مضلل"), the author and the date in English ("April 21, 2024"), share buttons;
             #content-blocks: the credit line naming Misbar (not body), the paragraphs with Misbar's subheadings, on
             even pages a box "إن فاتك في عدد سابق:" and a link (read-also), on page 1 an italic correction note
             "تصويب بتاريخ 18 نيسان 2024: ..." (1 day 6 h 25 later: the updated date), an <h3> "ادعاءات فحصناها من قبل
             وتتصل بهذا الادعاء" over four links (related: inside the text's container); page 3's update (2 days 3 h 50
             later) is declared only in dateModified and updated_at (the updated date); page 2 is published at 00:40
             local, the day before in UTC; a poll, the subscription box, three comments with English short dates, "Keep
             Reading" (three later posts with English dates: not related), the footer
  framer     a Beirut media-literacy platform's fact-check on a Framer site (Asia/Beirut, +03:00 in these weeks),
             Misbar's texts: generator "Framer ...", og:type website and no article times, a ClaimReview JSON-LD (the
             site's custom code) with datePublished in UTC ("Z"; dateModified on page 3 only, 2 days 5 h 15 later: the
             updated date), data-framer-ssr-released-at 4 days later (the site's publication, not the article's);
             hashed framer-* classes, data-framer-name layers, RichTextContainer blocks of framer-text elements, no
             <main> and no <article>; the navigation and the footer twice (ssr-variant desktop and phone); the hero
             section: the tag, the <h1> in its own rich-text block, the CMS date as the designer set it: ICU's ar-LB long
             date "٢٢ نيسان ٢٠٢٤" (page 0), "06/04/2024" (page 1, published at 01:10 local: the day before in UTC), English
             "April 14, 2024" (page 2), ar-LB full "السبت، ٢٠ نيسان ٢٠٢٤" (page 3), the reading time, "إعداد: NAME", on
             page 1 "عُدّل التحقق في ..." (1 day 9 h 40 later: the updated date), the cover; the content section: the
             verdict "النتيجة: مضلل", the body's paragraphs and subheadings, on odd pages "تحقق سابق على صلة:" and a link
             (read-also), the italic source note (not body), share links; the collection list "تحققات تخص القضية ذاتها"
             (three earlier checks with dates: related), "جديد عدسة هذا الشهر" (four later ones: not related), the
             newsletter form, the cookie banner, "Made in Framer"
  weebly     a Libyan town's news blog on a free Weebly site (Africa/Tripoli, +02:00), Aljazeera's texts: no machine-
             readable date anywhere (Open Graph without times, no JSON-LD); the header (title, slogan, wsite-menu); the
             blog's table layout (td.blog-main, td.blog-sidebar); div.blog-post: <h1 class="blog-title"> holding the
             title link, p.blog-date in the blog's setting: Weebly's month-first "5/18/2024" (pages 0 and 3, whose days
             are past the 12th), "السبت 4 مايو 2024" (page 1), "26 مايو 2024" (page 2), "كتبها NAME", the comment count;
             the image and its caption; the whole text in one div.paragraph, paragraphs separated by <br /><br />, the
             lead's place dateline in <strong>, on odd pages a bold "على موقعنا أيضاً:" and a link after the third
             paragraph (read-also), on page 1 an italic first line "تحديث بتاريخ 5 مايو 2024: ..." (1 day 4 h 30 later:
             the updated date), "نقلاً عن الجزيرة نت" last (not body); page 3 adds "(عدّلنا المنشور يوم 5/27/2024)" beside
             the date (2 days 1 h 5 later: the updated date); a second div.paragraph "أخبار لها صلة بما نشرنا:" with
             four links between <br />s (related); the category, three comments with Weebly's times ("5/18/2024
             11:59:53 pm") and the comment form; the sidebar: the parallel-market exchange rates with their update
             time 2 days 3 h later, "أحدث منشورات النافذة" (five posts: not related), the archive by month, categories,
             the RSS feed; the footer and Weebly's signup footer
  ezpublish  an Oujda news site on eZ Publish 4.7 with the ezwebin design (Africa/Casablanca: +01:00, +00:00 in Ramadan
             until 2024-04-14 02:00 UTC; pages 2 and 3 fall in it), Aljazeera's texts: XHTML 1.0, generator "eZ
             Publish", Open Graph article:published_time in UTC with "+00:00" (PHP's date('c') on a UTC server: in
             Ramadan the local time, after it an hour behind; page 1, published at 00:20 local, is the day before
             there), article:modified_time on page 3 only (2 days 2 h 45 later: the updated date); #usermenu, the logo
             and tagline, the search box, #topmenu, the path; the side menu of the section BEFORE the main area;
             .content-view-full .class-article: attribute-header's <h1>, attribute-byline's author and date: the
             shortdatetime "21/04/2024 16:08" (page 0), "الأحد 28 أبريل 2024 - 00:20" (page 1, Moroccan month names,
             with "آخر تحيين للمادة: 29 أبريل 2024 - 07:35": 1 day 7 h 15 later, the updated date), "10 أبريل 2024" (page
             2), "04/04/2024" (page 3); attribute-image and its caption; the lead alone in attribute-short; attribute-long
             with the next two paragraphs, on even pages an embedded article object "سبق أن تناولنا:" (read-also), an
             embedded image, the rest and "المصدر: الجزيرة نت" (not body); tip-a-friend, print and the star rating;
             "مواد مرتبطة بالموضوع" (four earlier items with dd/mm/yyyy dates: related); ezcomments "ردود القراء (3)" in
             Darija and Arabic, hours later; the extra info column: Oujda's weather under the next day's date and "جديد
             الموقع" (five later items with times: not related); the footer with "Powered by eZ Publish™ ..."
  escenic    an Emirati daily on Escenic Content Engine (Asia/Dubai, +04:00), Aljazeera's texts: article URLs ending in
             "-1.NNNNNNN", .ece links and ALTERNATES image paths, the `ece` page variable, a NewsArticle JSON-LD with
             datePublished and dateModified in UTC with "Z" (page 2, published at 01:35 local, is the day before
             there); the top bar with the next day's Gregorian and Hijri date and the weather, the masthead and the
             section menu, the breaking strip "عاجل" (three headlines with clock times hours before that "today": not
             related); the article: section, <h1>, "إعداد: ..." and "تاريخ النشر: DATE": "3 أبريل 2024" (page 0), "السبت
             4 مايو 2024 - 8:01 م" (page 1, with "روجع الخبر وعُدّل يوم ...": 1 day 2 h 50 later, the updated date),
             "05/04/2024" (page 2), "2024-04-25 17:08" (page 3, whose update 2 days 8 h 10 later is only dateModified:
             the updated date); tools, image and caption, div.article-body with the paragraphs, on odd pages
             "من تغطيتنا السابقة:" and a link (read-also), "المصدر: الجزيرة نت" (not body); tags and share bar; "آراء
             القراء (N)": as many readers' comments (12 to 32, names with cities, dates and times from an hour after
             publication on, likes, replies to each other) as make the thread's text longer than the article's; the
             comment form; the side column: "الأكثر قراءة عند جمهور الساحل" (five: related, a most-read box), "نُشر
             قبل قليل" (five later items: not related), the newsletter box; the footer
  websphere  a Saudi ministry's news centre on IBM WebSphere Portal 8.5 and Web Content Manager (Asia/Riyadh, +03:00),
             Aljazeera's texts: no machine-readable date (no JSON-LD, no article metas), ibmCfg, /wps/portal/...!ut/p/z1
             URLs and /wps/wcm/connect images with MOD=AJPERES; the Digital Government Authority's strip "موقع حكومي
             رسمي تابع لحكومة المملكة العربية السعودية" and "كيف تتحقق", accessibility tools, logo, search, "English", the
             nav and the breadcrumb; the layout containers: the first column (BEFORE the article in source order) holds
             three portlets: "المستجدات الإخبارية" (five later news with dd/mm/yyyy dates: not related), "إعلانات
             ومناقصات" (Hijri dates), "روابط سريعة"; the second the Web Content Viewer with the news: <h1>, "تاريخ
             النشر:" and the date line: "الأحد 4 ذو القعدة 1445هـ الموافق 12 مايو 2024م" (page 0), "05/04/2024" (page 1,
             with "تاريخ التحديث: 06/04/2024": 1 day 3 h 40 later, the updated date), the Hijri date alone
             "1445/11/04هـ" (page 2), "27 أبريل 2024" (page 3), image and caption, the paragraphs, on even pages "ويمكنكم
             الاطلاع على:" and a link (read-also), the tools; a portlet "تغطيات تتصل بالموضوع" (four earlier news:
             related); the page feedback; the footer: "تحديث محتوى الصفحة: DATE" (the publication's time, or on page 3
             the update 2 days 5 h 20 later: the updated date), the visits counter, links, copyright and developer
             lines (Umm al-Qura Hijri dates from HIJRI_MONTHS, checked with ICU)
  optimizely a Qatari digital-government authority's media centre on Optimizely CMS 12 (Asia/Qatar, +03:00), Aljazeera's
             texts: /globalassets and /contentassets URLs, hreflang alternates, a NewsArticle JSON-LD whose
             datePublished (and, on page 3 only, dateModified: 2 days 6 h 5 later, the updated date) is .NET's
             round-trip UTC form with seven fractional digits ("2024-05-06T21:50:00.0000000Z": page 2, published at
             00:50 local, is the day before there); OneTrust's cookie banner; the top bar with the next day's date, the
             navbar, the breadcrumb; the article page: category label, <h1>, the date: "2 أبريل 2024" (page 0),
             "10/05/2024" (page 1, with "تاريخ التحديث: 11/05/2024": 1 day 5 h 35 later, the updated date), "الثلاثاء، 7
             مايو 2024" (page 2), "21 أبريل 2024 | 12:44 م" (page 3); the lead alone in p.introduction (MainIntro), the
             figure, the MainBody XhtmlString with, on odd pages, a teaser block in an epi-contentfragment "ضمن تغطيتنا
             كذلك" (read-also), a source note (not body); share; the related content area "محتوى يرتبط بهذا الخبر"
             (three teaser blocks with earlier dates: related); the page rating; the side column: "آخر الأخبار من
             الهيئة" (five later news: not related), "فعاليات قادمة" (coming events' dates); the footer

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update of the article: 14 of the 28 pages, two of each kind; every other
page carries updated null and declares no modified time later than its publication, as set 21), body_with = the opening
of each paragraph (templates_set5.opening(), 6 to 10 a page), body_without = visible chrome texts, bylines, date lines,
credit and source lines, comments and their authors and dates, verdict lines and other stories' headlines, read_also,
related (headed related lists, the related list inside a beehiiv post and a Weebly post, and the most-read box). A
lead's place dateline ("طهران- ...") is metadata, not the paragraph's opening (the development set's convention, as set
16). Misbar's subheadings, a credit or source line, a correction or update note and a verdict line are not body.

Articles: CORPUS/nahla-scraper/split/nahla_aljazeera_*.txt and nahla_misbar_*.txt (plain text: a title line, then the
text), in name order, Aljazeera's first. Every file that a label of tests/segmenter, ../shared/eval/dev or a segmenter
blind draw (blind*-draw.txt, 24 and 25 included) named when the set was written is left out (LABEL_NAMED, frozen; a
label or draw of the scraper's Aljazeera CSV record N names the split file N, which holds the same article), and so are
the 28 files set 16 made its pages of (SET16_READ, frozen) and a later file with the title of an earlier one. An
Aljazeera file's paragraphs are its lines of 12 words or more where it has three such lines, else its sentences
(templates_set16.sentences()) gathered into paragraphs of 30 words or more; the follow prompt "تابع الجزيرة نت على:" is
cut off and the text stops before a quoted social post or a repeated paragraph; its section is the category of the CSV
record of the same number when that record has the same title. Misbar's titled files are a claim and the post it
quotes; its verdict files (first line "مضلل" or "زائف") are whole fact-checks whose scrape doubles each paragraph and
glues a subheading or a caption to the first copy: a sentence that ends with the next one is taken as that subheading
(kept when it has 2 to 12 words and no "/", else dropped) followed by the sentence, a repeated sentence is dropped, the
text stops at Misbar's read-also list ("اقرأ/ي أيضًا") or a quoted social post, and a sentence under 12 words is joined
to the next; the headline is the verdict clause of the lead (after "إذ إن" or "إذ تبين أن", without its stop: "الصورة
قديمة وليست لـ..." is Misbar's own headline form) when it has 5 to 18 words. A file is an article when its title has 3 to
20 words, none of its lines holds "اقرأ", "إقرأ", "للمزيد" or "قد يهمك" (Misbar's cut read-also list aside), it has
at least 6 paragraphs (the page shows the first 10) and its lead does not open with a credit. The beehiiv and Framer
kinds take Misbar's fact-checks, the others Aljazeera's articles, each kind the next ones of its source in KINDS order:
nahla_misbar_00729 to 00781 and nahla_aljazeera_00026 to 00071. Page n (counted over the whole set, kinds in the
order above) takes its local time from random.Random("templates_set23 page N"): a day of its kind's SPAN (2024-04-05 to
2024-04-25 for Misbar's fact-checks, whose texts name days of early April 2024; 2024-04-01 to 2024-05-31 for Aljazeera's
articles, 2024-03-25 to 2024-05-20 for ezpublish so that pages fall in Morocco's Ramadan offset) and a time from 07:00
to 22:59, except beehiiv-2 (00:40), framer-1 (01:10), ezpublish-1 (00:20), escenic-2 (01:35) and optimizely-2 (00:50),
moved after midnight for their UTC traps. Other stories' headlines (related, latest and the like) are the titles of the
files of the same source that follow the article's, wrapping around: the first 11 shuffled by random.Random(20261223),
one shuffle a page, then the rest in order (the read-also is the 12th; the breaking strip takes the 14th to 16th).

Usage: templates_set23.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the page's visible
text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, with templates_set10's balance check that every non-void element is closed in order
(templates_set10.renderer() runs those two), and with zone_problems() that ZONES agrees with zoneinfo; with --wording
it also runs wording_problems() (above); fails if any check does. The pages' text was also compared with headless
Chromium's document.body.innerText once while writing them (every labelled text and title is in it). The output is
the same byte for byte from run to run."""
import csv
import datetime
import glob
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, esc, fold, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import indic, set_arguments, write_page  # noqa: E402
from templates_set15 import iso_local, upd_of  # noqa: E402
from templates_set16 import CREDIT, FOLLOW_PROMPT, SOCIAL, joined_paragraphs, sentences, split_dateline  # noqa: E402
from templates_set19 import BEIRUT_SUMMER, MARKERS, ampm, dmy, h12, hm, iso_z, usable_title, zone_helpers  # noqa: E402
from templates_set20 import hash_int, iso_ms_z, iso_utc  # noqa: E402
from templates_set21 import with_null_update, wording_problems as set21_wording  # noqa: E402

KINDS = ('beehiiv', 'framer', 'weebly', 'ezpublish', 'escenic', 'websphere', 'optimizely')
# The source each kind takes its texts from: Misbar's fact-checks for the two fact-checking outlets, Aljazeera's
# articles for the others.
SOURCE = {'beehiiv': 'misbar', 'framer': 'misbar', 'weebly': 'aljazeera', 'ezpublish': 'aljazeera', 'escenic': 'aljazeera',
          'websphere': 'aljazeera', 'optimizely': 'aljazeera'}
# Morocco's offset is +01:00 except in Ramadan, when it is +00:00 (tzdata 2024: +00:00 from 2024-03-10 02:00 UTC to
# 2024-04-14 02:00 UTC, and again from 2025-02-23 02:00 UTC): as zone_helpers() counts it, +00:00 plus one hour in
# these UTC spans.
MOROCCO_PLUS_ONE = [(datetime.datetime(2023, 4, 23, 2), datetime.datetime(2024, 3, 10, 2)),
                    (datetime.datetime(2024, 4, 14, 2), datetime.datetime(2025, 2, 23, 2))]
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead: Amman (+03:00 all
# year since 2022), Beirut (set 19's table), Tripoli, Morocco, the Emirates, Riyadh, Doha.
ZONES = {'beehiiv': (3, []), 'framer': (2, BEIRUT_SUMMER), 'weebly': (2, []), 'ezpublish': (0, MOROCCO_PLUS_ONE),
         'escenic': (4, []), 'websphere': (3, []), 'optimizely': (3, [])}
# The zoneinfo names ZONES stands for (zone_problems() compares them hour by hour over SPAN).
ZONE_NAMES = {'beehiiv': 'Asia/Amman', 'framer': 'Asia/Beirut', 'weebly': 'Africa/Tripoli', 'ezpublish': 'Africa/Casablanca',
              'escenic': 'Asia/Dubai', 'websphere': 'Asia/Riyadh', 'optimizely': 'Asia/Qatar'}
# The pages' days: the weeks the corpus' texts were written in: Aljazeera's scrape is of April 2024 (2024-04-01 to
# 2024-05-31; ezpublish from 2024-03-25, so that pages fall in Morocco's Ramadan offset), Misbar's fact-checks name
# days of early April 2024 (2024-04-05 to 2024-04-25).
SPAN = {kind: (datetime.date(2024, 4, 1), datetime.date(2024, 5, 31)) for kind in KINDS} | {
    'beehiiv': (datetime.date(2024, 4, 5), datetime.date(2024, 4, 25)), 'framer': (datetime.date(2024, 4, 5), datetime.date(2024, 4, 25)),
    'ezpublish': (datetime.date(2024, 3, 25), datetime.date(2024, 5, 20))}
# Pages whose local time is moved to just after midnight, so that the UTC date their metadata gives is the day before.
AFTER_MIDNIGHT = {('beehiiv', 2): (0, 40), ('framer', 1): (1, 10), ('ezpublish', 1): (0, 20), ('escenic', 2): (1, 35),
                  ('optimizely', 2): (0, 50)}
UTC = datetime.timezone.utc
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
EN_SHORT = [m[:3] for m in EN_MONTHS]
# First days of the Hijri months (Umm al-Qura) around the pages' days, checked with ICU's islamic-umalqura calendar.
HIJRI_MONTHS = [(datetime.date(2024, 3, 11), 'رمضان', 9, 1445), (datetime.date(2024, 4, 10), 'شوال', 10, 1445),
                (datetime.date(2024, 5, 9), 'ذو القعدة', 11, 1445), (datetime.date(2024, 6, 7), 'ذو الحجة', 12, 1445),
                (datetime.date(2024, 7, 7), 'محرم', 1, 1446)]
# Aljazeera's sections (the category column of the scraper's CSV), as the sites name them.
SECTIONS = {'politics': 'سياسة', 'business': 'اقتصاد', 'culture': 'ثقافة', 'sport': 'رياضة', 'tech': 'تكنولوجيا',
            'opinion': 'آراء', 'turath': 'تراث', 'arts': 'فنون', 'science': 'علوم', 'midan': 'تحليلات',
            'lifestyle': 'منوعات', 'family': 'أسرة', '': 'منوعات'}


def at(extra):
    """The page's local publication time."""
    return extra['at']


def hijri(day):
    """(day, month name, month number, year) of a Gregorian day inside HIJRI_MONTHS' range."""
    for start, name, number, year in reversed(HIJRI_MONTHS):
        if day >= start:
            return (day - start).days + 1, name, number, year
    raise ValueError(day)


def en_long(t):
    return f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}'


def en_short(t, year=True):
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}' if year else f'{EN_SHORT[t.month - 1]} {t.day}'


def ar_date(t, months=GULF_MONTHS):
    return f'{t.day} {months[t.month - 1]} {t.year}'


def epoch(t):
    return int(t.timestamp())


def net_o(t):
    """.NET's round-trip format ("o") of a UTC DateTime: seven fractional digits and "Z"."""
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.0000000Z')


def script_json(value):
    """JSON inside a <script>: "</" and "<!--" escaped, as the frameworks' serializers do."""
    return json.dumps(value, ensure_ascii=False, separators=(',', ':')).replace('</', '<\\/').replace('<!--', '<\\!--')


def lead_html(p, tag='strong'):
    """A paragraph's inner HTML, a lead's place dateline in `tag`."""
    dl, rest = split_dateline(p)
    return f'<{tag}>{esc(dl.strip())}</{tag}> {esc(rest)}' if dl else esc(p)


def paras_html(paras, cls='', first=0):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<p{c}>{lead_html(p) if i + first == 0 else esc(p)}</p>' for i, p in enumerate(paras))


def section_of(extra):
    return SECTIONS.get(extra.get('category', ''), SECTIONS[''])


def with_subheads(paras, subheads, wrap, head, first=0):
    """The paragraphs' HTML with a Misbar text's subheadings before the paragraphs they open (`wrap(i, p)` makes a
    paragraph, `head(s)` a subheading; `first` is the index of paras[0] in the text)."""
    out = []
    for i, p in enumerate(paras):
        if i + first in subheads:
            out.append(head(subheads[i + first]))
        out.append(wrap(i + first, p))
    return ''.join(out)


# --- beehiiv: a Jordanian fact-checking newsletter's web post on beehiiv -----------------------------------------
BV_PUB = 'فلتر'
BV_HOST = 'https://www.filter-weekly.example'
BV_TAGLINE = 'نشرة أسبوعية تفرز الصحيح من المفبرك في ما يتناقله الأردنيون على المنصات'
BV_NAV = ['الرئيسية', 'كل الأعداد', 'عن فلتر', 'ادعموا استقلالنا']
BV_UI = {'subscribe': 'Subscribe', 'login': 'Login', 'share': 'Share', 'keep': 'Keep Reading', 'polls': 'Login or Subscribe to participate in polls.',
         'comments': 'Comments', 'comment_login': 'Login to comment', 'reply': 'Reply', 'email': 'Enter your email',
         'powered': 'Powered by beehiiv', 'terms': 'Terms of Service', 'privacy': 'Privacy Policy', 'report': 'Report abuse'}
BV_SUBTITLE = 'ما خلص إليه الفاحصون: {verdict}'
BV_AUTHORS = ['رند الخطيب', 'يزن العمري', 'رند الخطيب', 'يزن العمري']
BV_ISSUE = 'العدد {n}'
BV_CREDIT = 'ننشر هذا التحقق كما أعدّه فريق منصة مسبار، ضمن اتفاق لتبادل المواد بيننا'
BV_ALSO = 'إن فاتك في عدد سابق:'
BV_RELATED = 'ادعاءات فحصناها من قبل وتتصل بهذا الادعاء'
BV_CORRECTION = 'تصويب بتاريخ {date}: أعدنا صياغة الفقرة الثانية بعدما نبّهنا قارئ إلى خطأ في تاريخ النشر الأول'
BV_POLL = 'ما رأيك في تحقق هذا الأسبوع؟'
BV_POLL_OPTIONS = ['🔎 أفادني كثيراً', '🙂 لا بأس به', '😐 لم يضف لي جديداً']
BV_COMMENTS = [('سلمى ع.', 'وصلتني الصورة نفسها في مجموعة العائلة على واتساب قبل يومين، سأرسل لهم الرابط الآن'),
               ('Omar H.', 'شكراً لكم، ليت التصحيح ينتشر بالسرعة التي تنتشر بها الإشاعة'),
               ('أبو ليث', 'اقتراح للأعداد القادمة: علّمونا كيف نتتبع أصل الصورة بأنفسنا بدل انتظار التحقق')]
BV_FORM = 'رسالة فلتر تبلغ بريدك كل سبت، مجاناً ودون إعلانات'
BV_COPY = '© {year} فلتر.'


def hex_id(seed, n=32):
    """A stable hexadecimal id of `n` digits for a text (Python's hash() is salted per run)."""
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def bv_uuid(seed, k):
    h = hex_id(f'{seed}|{k}')
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def render_beehiiv(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'beehiiv'
    rel, keep = others[:4], others[4:7]
    pub = at(extra)
    issue = 112 + 3 * k
    author = BV_AUTHORS[k]
    post_slug = f'issue-{issue}-{bv_uuid(title, k)[:6]}'
    url = f'{BV_HOST}/p/{post_slug}'
    subtitle = BV_SUBTITLE.format(verdict=extra['verdict'])
    mod, upd_day, correction = pub, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=6, minutes=25)
        upd_day = mod.date()
        correction = BV_CORRECTION.format(date=ar_date(mod, LEVANT_MONTHS))
    elif k == 3:
        mod = later(kind, pub, days=2, hours=3, minutes=50)
        upd_day = mod.date()
    today_keep = [later(kind, pub, days=3 + 4 * i, hours=-i) for i in range(len(keep))]
    comment_days = [later(kind, pub, hours=5 + 17 * i, minutes=11 * i) for i in range(3)]
    comments = BV_COMMENTS[k % 3:] + BV_COMMENTS[:k % 3]
    subheads = extra['subheads']

    def para(i, p):
        return f'<p class="text-wt-text-on-background-color leading-relaxed">{esc(p)}</p>'

    def head(s):
        return f'<h2 class="text-wt-text-on-background-color text-xl font-bold">{esc(s)}</h2>'
    cut = 3
    blocks = [f'<p class="text-sm italic opacity-80">{esc(BV_CREDIT)}</p>',
              with_subheads(paras[:cut], subheads, para, head)]
    if k % 2 == 0:
        blocks.append(f'<div class="rounded-wt border border-wt-border p-4"><p><strong>{BV_ALSO}</strong> '
                      f'<a href="{BV_HOST}/p/issue-{issue - 1}" target="_blank" rel="noopener noreferrer nofollow">{esc(extra["also"])}</a></p></div>')
    blocks.append(with_subheads(paras[cut:], subheads, para, head, cut))
    if correction:
        blocks.append(f'<p class="text-sm"><em>{esc(correction)}</em></p>')
    blocks.append(f'<hr class="content_break"/><h3 class="text-lg font-bold">{BV_RELATED}</h3><ul class="list-disc pr-6">'
                  + ''.join(f'<li><p><a href="{BV_HOST}/p/issue-{issue - 5 - 2 * i}" target="_blank" rel="noopener noreferrer nofollow">{esc(t)}</a></p></li>' for i, t in enumerate(rel))
                  + '</ul>')
    content = '<div id="content-blocks">' + ''.join(blocks) + '</div>'
    poll = (f'<div class="poll rounded-wt border border-wt-border p-4"><h4 class="font-bold">{BV_POLL}</h4>'
            + ''.join(f'<button type="button" class="w-full rounded-wt border p-2" disabled>{esc(o)}</button>' for o in BV_POLL_OPTIONS)
            + f'<p class="text-xs">{BV_UI["polls"]}</p></div>')
    comments_html = ''.join(
        f'<div class="comment flex gap-2" id="comment-{bv_uuid(c, i)[:8]}"><div class="font-semibold">{esc(n)}</div>'
        f'<time class="text-xs opacity-60" datetime="{iso_ms_z(d)}">{en_short(d, False)}</time><p>{esc(c)}</p>'
        f'<button type="button" class="text-xs">{BV_UI["reply"]}</button></div>'
        for i, ((n, c), d) in enumerate(zip(comments, comment_days)))
    keep_html = ''.join(
        f'<a class="group flex flex-col" href="{BV_HOST}/p/issue-{issue + 1 + i}"><div class="aspect-video"><img alt="" src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/{bv_uuid(t, i)}/cover.png"/></div>'
        f'<h3 class="font-bold group-hover:underline">{esc(t)}</h3><time class="text-xs" datetime="{iso_ms_z(d)}">{en_long(d)}</time></a>'
        for i, (t, d) in enumerate(zip(keep, today_keep)))
    nav = ''.join(f'<a class="text-sm" href="{BV_HOST}/{["", "archive", "about", "upgrade"][i]}">{t}</a>' for i, t in enumerate(BV_NAV))
    schema = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'description': subtitle, 'url': url,
              'image': f'https://media.beehiiv.com/uploads/asset/file/{bv_uuid(title, 9)}/cover.png',
              'datePublished': iso_ms_z(pub), 'dateModified': iso_ms_z(mod),
              'author': [{'@type': 'Person', 'name': author}], 'publisher': {'@type': 'Organization', 'name': BV_PUB}}
    post_html = content
    payload = {'url': f'/p/{post_slug}', 'state': {'loaderData': {
        'root': {'publication': {'id': bv_uuid(BV_PUB, 0), 'name': BV_PUB, 'description': BV_TAGLINE, 'locale': 'ar'}},
        'routes/p/$slug': {'post': {'id': bv_uuid(title, k), 'slug': post_slug, 'web_title': title, 'web_subtitle': subtitle,
                                    'publish_date': epoch(pub), 'displayed_date': epoch(pub),
                                    'updated_at': iso_ms_z(mod), 'authors': [{'name': author}], 'audience': 'free',
                                    'html': post_html, 'comments_enabled': True}}}}, 'future': {'v3_fetcherPersist': False}}
    later_day = later(kind, pub, days=5)
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title>
<meta name="description" content="{esc(subtitle)}"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:description" content="{esc(subtitle)}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="{BV_PUB}"/>
<meta property="og:image" content="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/asset/file/{bv_uuid(title, 9)}/cover.png"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{url}"/>
<link rel="alternate" type="application/rss+xml" title="{BV_PUB}" href="https://rss.beehiiv.com/feeds/{bv_uuid(BV_PUB, 1)[:10]}.xml"/>
<link rel="stylesheet" href="https://beehiiv-web.b-cdn.net/build/_assets/root-4UXQ2KJ3.css"/>
<script type="application/ld+json">{json.dumps(schema, ensure_ascii=False)}</script>
</head>
<body class="bg-wt-background">
<div class="min-h-screen flex flex-col">
<nav class="sticky top-0 z-20 border-b border-wt-border bg-wt-background"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-2">
<a href="{BV_HOST}/" class="flex items-center gap-2"><img class="h-8 w-8 rounded-wt" alt="{BV_PUB}" src="https://media.beehiiv.com/uploads/publication/logo/{bv_uuid(BV_PUB, 2)}/filter-logo.png"/><span class="font-bold">{BV_PUB}</span></a>
<div class="hidden gap-4 sm:flex">{nav}</div>
<div class="flex gap-2"><a class="rounded-wt px-3 py-1 text-sm" href="{BV_HOST}/login">{BV_UI["login"]}</a><a class="rounded-wt bg-wt-primary px-3 py-1 text-sm text-wt-text-on-primary" href="{BV_HOST}/subscribe">{BV_UI["subscribe"]}</a></div>
</div></nav>
<main class="flex-grow"><div class="mx-auto max-w-2xl px-4 py-10">
<div class="flex flex-col gap-y-4">
<span class="text-xs font-semibold uppercase">{BV_ISSUE.format(n=issue)}</span>
<h1 class="text-wt-text-on-background-color text-3xl font-bold sm:text-4xl">{esc(title)}</h1>
<h2 class="text-wt-text-on-background-color text-lg opacity-75">{esc(subtitle)}</h2>
<div class="flex items-center gap-2"><img class="h-10 w-10 rounded-full" alt="{author}" src="https://media.beehiiv.com/uploads/user/profile_picture/{bv_uuid(author, 3)}/avatar.jpg"/><div class="flex flex-col"><span class="text-sm font-semibold">{author}</span><span class="text-xs opacity-70">{en_long(pub)}</span></div></div>
<div class="flex gap-2"><button type="button" aria-label="{BV_UI["share"]} X" class="rounded-full border p-2"></button><button type="button" aria-label="{BV_UI["share"]} Facebook" class="rounded-full border p-2"></button><button type="button" aria-label="{BV_UI["share"]} WhatsApp" class="rounded-full border p-2"></button></div>
</div>
<div class="mt-6 rendered-post">
{content}
</div>
{poll}
<div class="mt-10 rounded-wt border border-wt-border p-6 text-center"><p class="font-bold">{BV_PUB}</p><p class="text-sm">{BV_FORM}</p><form action="{BV_HOST}/create_subscription" method="post"><input type="email" name="email" placeholder="{BV_UI["email"]}"/><button type="submit" class="bg-wt-primary">{BV_UI["subscribe"]}</button></form></div>
<section class="mt-10"><h3 class="font-bold">{BV_UI["comments"]} ({len(comments)})</h3><p class="text-sm"><a href="{BV_HOST}/login">{BV_UI["comment_login"]}</a></p>{comments_html}</section>
</div>
<section class="mx-auto max-w-6xl px-4 py-10"><h2 class="text-2xl font-bold">{BV_UI["keep"]}</h2><div class="grid gap-6 sm:grid-cols-3">{keep_html}</div></section>
</main>
<footer class="border-t border-wt-border"><div class="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm">
<p class="font-bold">{BV_PUB}</p><p>{BV_TAGLINE}</p>
<p>{BV_COPY.format(year=later_day.year)}</p>
<div class="flex gap-3"><a href="{BV_HOST}/tos">{BV_UI["terms"]}</a><a href="{BV_HOST}/privacy">{BV_UI["privacy"]}</a><a href="https://www.beehiiv.com/report-abuse">{BV_UI["report"]}</a></div>
<a href="https://www.beehiiv.com/?utm_source=filter&amp;utm_medium=footer" class="text-xs">{BV_UI["powered"]}</a>
</div></footer>
</div>
<script>window.__remixContext = {script_json(payload)};</script>
<script type="module" async="">import "https://beehiiv-web.b-cdn.net/build/manifest-1f9c2a7e.js";import * as route0 from "https://beehiiv-web.b-cdn.net/build/root-6QK3ZL2B.js";</script>
</body></html>
'''
    without = [BV_TAGLINE, BV_NAV[3], subtitle, BV_ISSUE.format(n=issue), en_long(pub), BV_CREDIT, BV_RELATED, BV_POLL,
               BV_POLL_OPTIONS[2], BV_UI['polls'], BV_FORM, BV_UI['keep'], BV_UI['powered'], BV_COPY.format(year=later_day.year)] + \
        [c for _, c in comments] + keep + [en_long(d) for d in today_keep] + rel[:2] + ([correction] if correction else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- framer: a Beirut media-literacy platform's fact-check on a Framer site -----------------------------------
FR_SITE = 'عدسة'
FR_HOST = 'https://www.adasa-media.example'
FR_NAV = ['تحققات', 'تقارير معمّقة', 'أدوات للتحقق', 'عن المنصة', 'راسلونا']
FR_NAV_MOBILE = 'القائمة'
FR_TAG = 'تحقق'
FR_BADGE = 'النتيجة: {verdict}'
FR_READING = '{n} دقائق للقراءة'
FR_BY = 'إعداد: {name}'
FR_EDITORS = ['جنى حداد', 'كريم سلامة', 'ريتا أبو جودة', 'هادي شمص']
FR_UPDATED = 'عُدّل التحقق في {date}'
FR_SOURCE = 'النص منقول عن منصة مسبار بإذن منها، ويعاد نشره دون تغيير'
FR_ALSO = 'تحقق سابق على صلة:'
FR_SHARE = 'انشر التحقق'
FR_RELATED = 'تحققات تخص القضية ذاتها'
FR_LATEST = 'جديد عدسة هذا الشهر'
FR_LETTER = 'رسالة عدسة الشهرية: أبرز ما كشفناه من تضليل خلال الشهر'
FR_LETTER_FIELD = 'عنوان البريد'
FR_LETTER_BUTTON = 'سجلوني'
FR_FOOTER = ['سياسة التصحيحات', 'كيف نتحقق', 'مصادر تمويلنا', 'الخصوصية']
FR_COPY = '© {year} عدسة. يجوز نقل موادنا شرط الإشارة إلينا'
FR_COOKIE = 'تستخدم عدسة ملفات تعريفية بسيطة تحصي الزيارات فقط'
FR_COOKIE_BUTTONS = ['أوافق', 'أرفض']
FR_MADE = 'Made in Framer'


def lb_date(t, full=False):
    """ICU's ar-LB long (or full) date, as a Framer CMS date field shows it: Levantine months, Arabic-Indic digits."""
    s = f'{indic(t.day)} {LEVANT_MONTHS[t.month - 1]} {indic(t.year)}'
    return f'{DAYS[t.weekday()]}، {s}' if full else s


def fr_cls(seed):
    return f'framer-{hash_int(seed) % 46656:03x}{hash_int(seed[::-1]) % 4096:03x}'


def fr_text(tag, text, cls='framer-text', attrs=''):
    return f'<{tag} class="{cls}"{attrs}>{text}</{tag}>'


def fr_rich(name, inner, extra_cls=''):
    cls = f'{fr_cls(name)} {extra_cls}'.strip()
    return (f'<div class="{cls}" data-framer-name="{name}" data-framer-component-type="RichTextContainer" '
            f'style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">{inner}</div>')


def render_framer(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'framer'
    rel, latest = others[:3], others[3:7]
    pub = at(extra)
    editor = FR_EDITORS[k]
    cms_slug = f'fact-{hash_int(title) % 9000 + 1000}'
    url = f'{FR_HOST}/checks/{cms_slug}'
    shown = (lb_date(pub), dmy(pub), en_long(pub), lb_date(pub, True))[k]
    mod, upd_day, upd_line = pub, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=9, minutes=40)
        upd_day = mod.date()
        upd_line = FR_UPDATED.format(date=lb_date(mod))
    elif k == 3:
        mod = later(kind, pub, days=2, hours=5, minutes=15)
        upd_day = mod.date()
    released = later(kind, pub, days=4, hours=2, minutes=7)
    minutes = max(3, sum(len(p.split()) for p in paras) // 180)
    subheads = extra['subheads']

    def para(i, p):
        return fr_text('p', esc(p))

    def head(s):
        return fr_text('h2', esc(s))
    cut = 2
    body = [with_subheads(paras[:cut], subheads, para, head)]
    if k % 2 == 1:
        body.append(fr_text('p', f'<strong class="framer-text">{FR_ALSO}</strong> <a class="framer-text framer-styles-preset-1wicq5s" '
                                 f'href="{FR_HOST}/checks/fact-{hash_int(extra["also"]) % 9000 + 1000}" data-framer-page-link-target="r3bT2u9Xk">{esc(extra["also"])}</a>'))
    body.append(with_subheads(paras[cut:], subheads, para, head, cut))
    body.append(fr_text('p', f'<em class="framer-text">{FR_SOURCE}</em>'))
    rel_days = [earlier(kind, pub, days=6 + 9 * i, hours=3 * i) for i in range(len(rel))]
    latest_days = [later(kind, pub, days=1 + 2 * i, hours=4 - i) for i in range(len(latest))]

    def card(t, d, cid, list_name):
        href = f'{FR_HOST}/checks/fact-{hash_int(t) % 9000 + 1000}'
        return (f'<div class="{fr_cls(list_name + "-item")}" data-framer-name="{list_name} Item"><a class="{fr_cls(list_name + "-link")} framer-1x8s3ms" '
                f'data-framer-name="Card" href="{href}"><div class="{fr_cls(list_name + "-img")}" data-framer-name="Image"><img decoding="async" '
                f'src="https://framerusercontent.com/images/{hash_int(t):x}{cid}Qm2.jpg" alt="" style="display:block;width:100%;height:100%;object-fit:cover"></div>'
                f'{fr_rich("Title", fr_text("h3", esc(t)))}</a>{fr_rich("Date", fr_text("p", lb_date(d)))}</div>')
    rel_html = ''.join(card(t, d, i, 'Related') for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_html = ''.join(card(t, d, i, 'Latest') for i, (t, d) in enumerate(zip(latest, latest_days)))

    def nav(variant, hidden):
        links = ''.join(f'<a class="framer-text {fr_cls("navlink" + variant)}" href="{FR_HOST}/{["checks", "reports", "tools", "about", "contact"][i]}">{t}</a>'
                        for i, t in enumerate(FR_NAV))
        toggle = f'<div class="{fr_cls("menu" + variant)}" data-framer-name="Menu Toggle"><p class="framer-text">{FR_NAV_MOBILE}</p></div>' if variant == 'phone' else ''
        return (f'<div class="ssr-variant {hidden}"><nav class="{fr_cls("nav" + variant)}" data-framer-name="Navigation {variant}">'
                f'<a class="{fr_cls("logo" + variant)}" data-framer-name="Logo" href="{FR_HOST}/"><p class="framer-text">{FR_SITE}</p></a>{toggle}'
                f'<div class="{fr_cls("links" + variant)}" data-framer-name="Links">{links}</div></nav></div>')

    def footer(variant, hidden):
        links = ''.join(f'<a class="framer-text" href="{FR_HOST}/{["corrections", "methodology", "funding", "privacy"][i]}">{t}</a>' for i, t in enumerate(FR_FOOTER))
        return (f'<div class="ssr-variant {hidden}"><footer class="{fr_cls("footer" + variant)}" data-framer-name="Footer {variant}">'
                f'{fr_rich("Footer Links", links)}{fr_rich("Copyright", fr_text("p", esc(FR_COPY.format(year=released.year))))}</footer></div>')
    hero_meta = [fr_rich('Date', fr_text('p', shown)), fr_rich('Reading', fr_text('p', FR_READING.format(n=minutes))),
                 fr_rich('Author', fr_text('p', FR_BY.format(name=editor)))]
    if upd_line:
        hero_meta.append(fr_rich('Updated', fr_text('p', upd_line)))
    schema = {'@context': 'https://schema.org', '@type': 'ClaimReview', 'url': url, 'claimReviewed': title,
              'datePublished': iso_ms_z(pub), 'author': {'@type': 'Organization', 'name': FR_SITE},
              'reviewRating': {'@type': 'Rating', 'alternateName': extra['verdict']}}
    if k == 3:
        schema['dateModified'] = iso_ms_z(mod)
    hydrate = {'routeId': 'r3bT2u9Xk', 'localeId': 'default', 'breakpoints': [{'hash': '72rtr7', 'mediaQuery': '(min-width: 1200px)'},
                                                                              {'hash': '1ouk6x5', 'mediaQuery': '(max-width: 809px)'}],
               'collectionItemId': f'{hash_int(title):x}Fc{k}'}
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 3b9c2e1">
<title>{esc(title)} | {FR_SITE}</title>
<meta name="description" content="{esc(paras[0][:150])}">
<meta name="framer-search-index" content="https://framerusercontent.com/sites/4QxZcd1mYwE2/searchIndex-Jp3m9wUqQ8cK.json">
<link href="https://framerusercontent.com/images/Xq2mL7oPz0sWv.png" rel="icon" media="(prefers-color-scheme: light)">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)} | {FR_SITE}">
<meta property="og:description" content="{esc(paras[0][:150])}">
<meta property="og:image" content="https://framerusercontent.com/images/{hash_int(title):x}Og.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<meta name="robots" content="max-image-preview:large">
<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-{fr_cls("css")[7:]}">@media (min-width: 1200px) {{ .hidden-72rtr7 {{ display: none !important; }} }} @media (max-width: 809px) {{ .hidden-1ouk6x5 {{ display: none !important; }} }}</style>
<script type="application/ld+json">{json.dumps(schema, ensure_ascii=False)}</script>
</head>
<body>
<script async src="https://events.framer.com/script?v=2" data-fid="{hash_int(FR_SITE):x}a91" data-no-nt></script>
<div id="main" data-framer-hydrate-v2="{esc(json.dumps(hydrate))}" data-framer-ssr-released-at="{iso_ms_z(released)}" data-framer-page-optimized-at="{iso_ms_z(later(kind, released, hours=1, minutes=3))}">
<!--$--><div class="framer-lgqZ1 framer-72rtr7" style="min-height:100vh;width:auto">
{nav("desktop", "hidden-1ouk6x5")}
{nav("phone", "hidden-72rtr7")}
<section class="{fr_cls("hero")}" data-framer-name="Hero">
<div class="{fr_cls("tag")}" data-framer-name="Tag">{fr_rich("Tag Text", fr_text("p", FR_TAG))}</div>
{fr_rich("Heading", fr_text("h1", esc(title)))}
<div class="{fr_cls("meta")}" data-framer-name="Meta">{"".join(hero_meta)}</div>
<div class="{fr_cls("cover")}" data-framer-name="Cover"><img decoding="async" sizes="min(100vw, 960px)" src="https://framerusercontent.com/images/{hash_int(title):x}Cv.jpg" alt="" style="display:block;width:100%;height:100%;object-fit:cover"></div>
</section>
<section class="{fr_cls("content")}" data-framer-name="Content">
<div class="{fr_cls("badge")}" data-framer-name="Verdict">{fr_rich("Verdict Text", fr_text("p", esc(FR_BADGE.format(verdict=extra["verdict"]))))}</div>
{fr_rich("Body", "".join(body), "framer-1r2x5u8")}
<div class="{fr_cls("share")}" data-framer-name="Share">{fr_rich("Share Label", fr_text("p", FR_SHARE))}<a href="https://twitter.com/intent/tweet?url={url}" aria-label="X"></a><a href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="Facebook"></a><a href="https://wa.me/?text={url}" aria-label="WhatsApp"></a></div>
</section>
<section class="{fr_cls("related")}" data-framer-name="Related">{fr_rich("Related Title", fr_text("h2", FR_RELATED))}<div class="{fr_cls("relgrid")}" data-framer-name="Collection List">{rel_html}</div></section>
<section class="{fr_cls("latest")}" data-framer-name="Latest">{fr_rich("Latest Title", fr_text("h2", FR_LATEST))}<div class="{fr_cls("latgrid")}" data-framer-name="Collection List">{latest_html}</div></section>
<section class="{fr_cls("letter")}" data-framer-name="Newsletter">{fr_rich("Letter Title", fr_text("h3", FR_LETTER))}<form class="{fr_cls("form")}" action="https://api.framer.com/forms/v1/forms/{hash_int(FR_LETTER):x}/submit" method="POST"><label class="{fr_cls("label")}"><input type="email" name="email" placeholder="{FR_LETTER_FIELD}" class="framer-form-input"></label><button type="submit" class="{fr_cls("submit")}"><span class="framer-text">{FR_LETTER_BUTTON}</span></button></form></section>
{footer("desktop", "hidden-1ouk6x5")}
{footer("phone", "hidden-72rtr7")}
</div><!--/$-->
</div>
<div id="overlay"><div class="{fr_cls("cookie")}" data-framer-name="Cookie Banner" role="dialog">{fr_rich("Cookie Text", fr_text("p", FR_COOKIE))}<button type="button" class="{fr_cls("ok")}">{FR_COOKIE_BUTTONS[0]}</button><button type="button" class="{fr_cls("no")}">{FR_COOKIE_BUTTONS[1]}</button></div></div>
<div id="__framer-badge-container"><a class="__framer-badge" href="https://www.framer.com/?utm_source=adasa" aria-label="{FR_MADE}"><p>{FR_MADE}</p></a></div>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.com/sites/4QxZcd1mYwE2/script_main.Bq3v8XkL.mjs"></script>
</body>
</html>
'''
    without = [FR_NAV[1], shown, FR_READING.format(n=minutes), FR_BY.format(name=editor), FR_BADGE.format(verdict=extra['verdict']),
               FR_SOURCE, FR_SHARE, FR_RELATED, FR_LATEST, FR_LETTER, FR_LETTER_BUTTON, FR_FOOTER[2],
               FR_COPY.format(year=released.year), FR_COOKIE, FR_MADE] + latest + [lb_date(d) for d in latest_days] + rel[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- weebly: a Libyan town's news blog on a free Weebly site ----------------------------------------------------
WB_SITE = 'نافذة درنة'
WB_HOST = 'https://nafidhat-derna.weebly.com'
WB_SLOGAN = 'أخبار المدينة والجبل الأخضر كما يراها أبناؤها'
WB_MENU = ['الرئيسية', 'أخبار المدينة', 'ليبيا والعالم', 'صور من درنة', 'اتصل بنا']
WB_BY = 'كتبها'
WB_AUTHORS = ['مفتاح الشاعري', 'حنان بوزيد', 'مفتاح الشاعري', 'سالم العبيدي']
WB_COMMENT_COUNT = '{n} تعليقات'
WB_CAPTION = 'صورة أرشيفية'
WB_ALSO = 'على موقعنا أيضاً:'
WB_UPDATE = 'تحديث بتاريخ {date}: راجعنا الأرقام الواردة في التقرير وصححنا أحدها'
WB_EDITED = '(عدّلنا المنشور يوم {date})'
WB_RELATED = 'أخبار لها صلة بما نشرنا:'
WB_SOURCE = 'نقلاً عن الجزيرة نت'
WB_CATEGORIES_LABEL = 'التصنيفات:'
WB_CATEGORY = {'': 'منوعات'}
WB_COMMENTS_HEAD = 'آراؤكم'
WB_COMMENTERS = [('أبو عبدالله', 'تسلم يدكم ع النقل، المواضيع هذي مهمة وما يكتب عليها حد في صفحات المدينة'),
                 ('نوارة', 'ياريت تكتبوا على أوضاع الأسعار عندنا في درنة بنفس الطريقة، الناس تعبت'),
                 ('محمود الحاسي', 'تقرير مفيد، لكن المصدر لازم يكون واضح من أول سطر مش في الآخر'),
                 ('بنت الجبل', 'شكراً للموقع، نتابعكم من البيضاء من أيام الإعصار وأنتم في المستوى')]
WB_FORM = ['الاسم (مطلوب)', 'بريدك (لا يراه غيرنا) (مطلوب)', 'رابط صفحتك إن وجد', 'نص تعليقك (مطلوب)', 'أبلغني بالردود الجديدة عبر البريد', 'إرسال']
WB_FORM_HEAD = 'أضف رأيك'
WB_RECENT = 'أحدث منشورات النافذة'
WB_ARCHIVE = 'المنشورات حسب الشهر'
WB_CATEGORIES = 'أقسام المدونة'
WB_ALL = 'الكل'
WB_RSS = 'RSS Feed'
WB_FX = 'الدينار في السوق الموازية'
WB_FX_ROWS = [('الدولار', '7.18'), ('اليورو', '7.74'), ('الجنيه الإسترليني', '9.02')]
WB_FX_UPDATED = 'آخر تحديث للأسعار: {date}'
WB_FOLLOW = 'صفحتنا على فيسبوك'
WB_FOOTER = 'نافذة درنة: موقع أهلي مستقل منذ 2016'
WB_WEEBLY = ['Create your own unique website with customizable templates.', 'Get Started', 'Powered by Weebly']


def wb_mdy(t):
    """Weebly's default blog date (M/D/YYYY, no zero padding)."""
    return f'{t.month}/{t.day}/{t.year}'


def wb_comment_time(t):
    """Weebly's comment time: "5/18/2024 09:46:12 pm"."""
    return f'{wb_mdy(t)} {t.hour % 12 or 12:02d}:{t.minute:02d}:{(t.minute * 7) % 60:02d} {"am" if t.hour < 12 else "pm"}'


def render_weebly(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'weebly'
    rel, recent = others[:4], others[4:9]
    pub = at(extra)
    author = WB_AUTHORS[k]
    post_id = 7120000000000000000 + hash_int(title) * 1000003 + k
    post_slug = re.sub(r'\s+', '-', re.sub(r'[^\w\s]', '', title)).strip('-')[:60]
    url = f'{WB_HOST}/blog/{post_slug}'
    # The blog's date as each page's blog settings print it: Weebly's default month-first form (page 0 and 3, whose
    # days are past the 12th), an Arabic long date with the weekday (page 1), an Arabic long date (page 2).
    shown = (wb_mdy(pub), f'{DAYS[pub.weekday()]} {ar_date(pub)}', ar_date(pub), wb_mdy(pub))[k]
    upd_day, upd_line, edited = None, '', ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=4, minutes=30)
        upd_day = mod.date()
        upd_line = WB_UPDATE.format(date=ar_date(mod))
    elif k == 3:
        mod = later(kind, pub, days=2, hours=1, minutes=5)
        upd_day = mod.date()
        edited = WB_EDITED.format(date=wb_mdy(mod))
    category = section_of(extra)
    today = later(kind, pub, days=2, hours=3)
    chunks = []
    for i, p in enumerate(paras):
        chunks.append(lead_html(p, 'strong') if i == 0 else esc(p))
        if i == 2 and k % 2 == 1:
            chunks.append(f'<strong>{WB_ALSO}</strong> <a href="{WB_HOST}/blog/{hash_int(extra["also"]) % 900 + 100}" target="_blank">{esc(extra["also"])}</a>')
    if upd_line:
        chunks.insert(0, f'<em>{esc(upd_line)}</em>')
    chunks.append(f'<em>{WB_SOURCE}</em>')
    text = '<br /><br />'.join(chunks)
    rel_html = '<br />'.join(f'<a href="{WB_HOST}/blog/{hash_int(t) % 900 + 100}">{esc(t)}</a>' for t in rel)
    comments = (WB_COMMENTERS[k:] + WB_COMMENTERS[:k])[:3]
    comment_times = [later(kind, pub, hours=2 + 9 * i, minutes=13 + 7 * i) for i in range(len(comments))]
    comments_html = ''.join(
        f'<div class="blogCommentWrap"><div id="{post_id + 11 + i}" class="blogCommentHeading"><span class="blogCommentAuthor">'
        f'<span class="name">{esc(n)}</span></span><span class="blogCommentDate">{wb_comment_time(d)}</span></div>'
        f'<div class="blogCommentText"><div>{esc(c)}</div></div><div class="blogCommentReplyWrapper"><a class="blog-link" href="#">رد</a></div></div>'
        for i, ((n, c), d) in enumerate(zip(comments, comment_times)))
    recent_html = ''.join(f'<li><a href="{WB_HOST}/blog/{hash_int(t) % 900 + 100}">{esc(t)}</a></li>' for t in recent)
    months = []
    y, m = today.year, today.month
    for _ in range(4):
        months.append(f'<a href="{WB_HOST}/blog/archives/{m:02d}-{y}">{GULF_MONTHS[m - 1]} {y}</a>')
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    cats = [WB_ALL] + sorted({category, 'أخبار المدينة', 'ليبيا', 'منوعات'} - {WB_ALL})
    menu = ''.join(f'<li id="pg{412305 + i}" class="wsite-menu-item-wrap"><a href="{WB_HOST}/{["", "news", "libya", "photos", "contact"][i]}.html" class="wsite-menu-item">{t}</a></li>'
                   for i, t in enumerate(WB_MENU))
    fx = ''.join(f'<tr><td>{n}</td><td>{v}</td></tr>' for n, v in WB_FX_ROWS)
    fx_line = WB_FX_UPDATED.format(date=f'{wb_mdy(today)} {hm(today)}')
    edited_html = f' <span class="blog-edited">{esc(edited)}</span>' if edited else ''
    page = f'''<!DOCTYPE html>
<html lang="ar">
<head>
<title>{esc(title)} - {WB_SITE}</title>
<meta property="og:site_name" content="{WB_SITE}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(paras[0][:200])}" />
<meta property="og:image" content="{WB_HOST}/uploads/1/4/7/3/147392011/published/derna-{k}.jpg?{1715000000 + k}" />
<meta property="og:url" content="{url}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link id="wsite-base-style" rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678" />
<link rel="stylesheet" type="text/css" href="//cdn2.editmysite.com/css/old/fancybox.css?1712345678" />
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1715860000" title="wsite-theme-css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{WB_HOST}/1/feed" />
<script>var STATIC_BASE = '//cdn1.editmysite.com/';
var ASSETS_BASE = '//cdn2.editmysite.com/';
var STYLE_PREFIX = 'wsite';</script>
<script src="https://code.jquery.com/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="//cdn2.editmysite.com/js/lang/ar/stl.js?buildTime=1712345678&amp;"></script>
<script>_W = _W || {{}};
_W.relinquish && _W.relinquish();
_W.setup_rpc({{"url":"\\/ajax\\/api\\/JsonRPC\\/Customer\\/","actions":{{"Blog":[{{"name":"getComments","len":2}}]}}}});</script>
</head>
<body class="no-header-page wsite-page-blog wsite-theme-light wsite-blog-post-page">
<div class="wrapper">
<div class="dusk-header">
<div class="nav-wrap">
<div class="container">
<div class="logo"><span class="wsite-logo"><a href="/"><span id="wsite-title">{WB_SITE}</span></a></span></div>
<p class="slogan">{WB_SLOGAN}</p>
<div class="nav desktop-nav"><ul class="wsite-menu-default">{menu}</ul></div>
</div>
</div>
</div>
<div class="main-wrap">
<div class="container">
<div id="wsite-content" class="wsite-elements wsite-not-footer">
<div id="blogTable" class="blog-table">
<table class="blog-table" role="presentation"><tbody><tr>
<td class="blog-main">
<div id="blog-post-{post_id}" class="blog-post">
<div class="blog-header">
<h1 class="blog-title"><a class="blog-title-link blog-link" href="{url}">{esc(title)}</a></h1>
<p class="blog-date"><span class="date-text">{shown}</span>{edited_html} <span class="blog-author-title">{WB_BY} <a class="blog-author-link" href="{WB_HOST}/blog/author/{k}">{author}</a></span></p>
<div class="blog-comments-top"><a class="blog-link" href="{url}#comments">{WB_COMMENT_COUNT.format(n=len(comments))}</a></div>
</div>
<div class="blog-separator">&nbsp;</div>
<div class="blog-content">
<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center">
<a><img src="/uploads/1/4/7/3/147392011/derna-{k}_orig.jpg" alt="Picture" style="width:auto;max-width:100%" /></a>
<div style="display:block;font-size:90%">{WB_CAPTION}</div>
</div></div>
<div class="paragraph">{text}</div>
<div class="paragraph"><strong>{WB_RELATED}</strong><br />{rel_html}</div>
</div>
<div class="blog-footer">
<p class="blog-category">{WB_CATEGORIES_LABEL} <a href="{WB_HOST}/blog/category/{hash_int(category) % 97}">{category}</a></p>
<div class="blog-social"><div class="blog-social-item"><a class="wsite-com-link" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a></div></div>
</div>
<div class="blog-comments-bottom"><a class="blog-link" href="{url}#comments">{WB_COMMENT_COUNT.format(n=len(comments))}</a></div>
</div>
<div id="comments"><h2 class="wsite-content-title">{WB_COMMENTS_HEAD}</h2><div class="blog-comments">{comments_html}</div></div>
<div id="commentArea"><h2 class="blog-comment-title">{WB_FORM_HEAD}</h2>
<form id="commentForm" action="/ajax/apps/postComment.php" method="post">
<input type="hidden" name="blog_id" value="{post_id}" />
<div class="blog-comment-field"><label>{WB_FORM[0]}</label><input type="text" name="name" /></div>
<div class="blog-comment-field"><label>{WB_FORM[1]}</label><input type="text" name="email" /></div>
<div class="blog-comment-field"><label>{WB_FORM[2]}</label><input type="text" name="website" /></div>
<div class="blog-comment-field"><label>{WB_FORM[3]}</label><textarea name="comment"></textarea></div>
<div class="blog-comment-field"><label><input type="checkbox" name="notify" /> {WB_FORM[4]}</label></div>
<div class="blog-comment-field"><input type="submit" value="{WB_FORM[5]}" /></div>
</form></div>
</td>
<td class="blog-sidebar">
<div class="column-blog">
<h2 class="wsite-content-title">{WB_FX}</h2>
<table class="fx">{fx}</table>
<p class="fx-updated">{esc(fx_line)}</p>
<h2 class="wsite-content-title">{WB_RECENT}</h2>
<div class="blog-recent"><ul>{recent_html}</ul></div>
<h2 class="wsite-content-title">{WB_ARCHIVE}</h2>
<div class="blog-archive-list">{"<br />".join(months)}</div>
<h2 class="wsite-content-title">{WB_CATEGORIES}</h2>
<div class="blog-category-list">{"<br />".join(f'<a href="{WB_HOST}/blog/category/{hash_int(c) % 97}">{c}</a>' for c in cats)}</div>
<h2 class="wsite-content-title">{WB_RSS}</h2>
<div class="blog-feed-link"><a href="{WB_HOST}/1/feed">{WB_RSS}</a></div>
<div class="paragraph"><a href="https://www.facebook.com/nafidhat.derna">{WB_FOLLOW}</a></div>
</div>
</td>
</tr></tbody></table>
</div>
</div>
</div>
</div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph">{WB_FOOTER} &copy; {today.year}</div></div></div></div></div>
</div>
<div id="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container"><p>{WB_WEEBLY[0]}</p><a class="weebly-footer-signup-btn" href="https://www.weebly.com/signup?utm_source=footer">{WB_WEEBLY[1]}</a><a class="powered-by" href="https://www.weebly.com/?utm_source=internal">{WB_WEEBLY[2]}</a></div></div>
<script>_W.Blog = _W.Blog || {{}}; _W.Blog.postId = '{post_id}';</script>
</body>
</html>
'''
    without = [WB_SLOGAN, WB_MENU[3], shown, f'{WB_BY} {author}', WB_COMMENT_COUNT.format(n=len(comments)), WB_CAPTION, WB_RELATED,
               WB_SOURCE, WB_COMMENTS_HEAD, WB_FORM_HEAD, WB_FORM[1], WB_FX, fx_line, WB_RECENT, WB_ARCHIVE, WB_CATEGORIES,
               WB_FOLLOW, f'{WB_FOOTER} © {today.year}', WB_WEEBLY[0]] + [c for _, c in comments] + \
        [wb_comment_time(d) for d in comment_times] + recent + rel[:2] + ([upd_line] if upd_line else []) + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- ezpublish: an Oriental-region news site on eZ Publish 4 (ezwebin) -------------------------------------------
EZ_SITE = 'أنكاد نيوز'
EZ_HOST = 'https://www.angad-news.ma.example'
EZ_TAGLINE = 'صحيفة رقمية للجهة الشرقية، مقرها وجدة'
EZ_USERMENU = ['الدخول إلى حسابك', 'فتح حساب']
EZ_SEARCH = 'ابحث في أنكاد نيوز'
EZ_SEARCH_BUTTON = 'ابحث'
EZ_MENU = ['الرئيسية', 'جهة الشرق', 'وطنية', 'دولية', 'اقتصاد', 'ثقافة وفنون', 'رياضة', 'مجتمع', 'كتّاب وآراء']
EZ_SECTIONS = {'culture': 'ثقافة وفنون', 'arts': 'ثقافة وفنون', 'turath': 'ثقافة وفنون', 'business': 'اقتصاد', 'sport': 'رياضة',
               'politics': 'دولية', 'opinion': 'كتّاب وآراء', 'tech': 'مجتمع', 'science': 'مجتمع', 'family': 'مجتمع',
               'lifestyle': 'مجتمع', 'midan': 'دولية', '': 'مجتمع'}
EZ_SUBMENU = {'ثقافة وفنون': ['إصدارات', 'مسرح وسينما', 'تراث الجهة', 'حوارات'], 'اقتصاد': ['مقاولات', 'فلاحة', 'أسواق'],
              'رياضة': ['البطولة الوطنية', 'كرة القدم العالمية', 'رياضات أخرى'], 'دولية': ['المغرب الكبير', 'الشرق الأوسط', 'أوروبا'],
              'كتّاب وآراء': ['أعمدة', 'رأي'], 'مجتمع': ['تعليم', 'صحة', 'تكنولوجيا']}
EZ_HERE = 'أنت هنا:'
EZ_AUTHORS = ['عبد الحق بنعلي', 'سناء الزروالي', 'رشيد المرابط', 'ليلى بوشنتوف']
EZ_MODIFIED = 'آخر تحيين للمادة: {date}'
EZ_CAPTION = 'صورة من الأرشيف'
EZ_ALSO = 'سبق أن تناولنا:'
EZ_SOURCE = 'المصدر: الجزيرة نت'
EZ_TIP = 'أرسل المادة إلى صديق'
EZ_PRINT = 'نسخة قابلة للطبع'
EZ_RATE = 'قيّم المادة'
EZ_RELATED = 'مواد مرتبطة بالموضوع'
EZ_COMMENTS = 'ردود القراء'
EZ_COMMENT_BY = '{name} - {date}'
EZ_COMMENTERS = [('ولد وجدة', 'مقال زوين بزاف، الله يعطيكم الصحة على هاد الاختيار، ماشي ديما كنلقاو بحال هاد المواضيع فالجرائد ديال الجهة'),
                 ('أستاذ متقاعد من بركان', 'قضية تحتاج إلى نقاش أعمق في جامعة محمد الأول، وأتمنى أن تنظموا ندوة حولها'),
                 ('سفيان', 'مزيان هاد النقل، ولكن كون زدتو رأي شي باحث مغربي كون كان أحسن')]
EZ_FORM = ['الاسم', 'البريد', 'التعليق', 'نشر التعليق']
EZ_FORM_NOTE = 'لن يُنشر بريدك، وتخضع الردود لمراجعة هيئة التحرير'
EZ_LATEST = 'جديد الموقع'
EZ_WEATHER = 'طقس وجدة'
EZ_WEATHER_LINE = 'مشمس جزئياً، 24 درجة'
EZ_FOOTER = ['من نحن', 'ميثاق التحرير', 'الإشهار', 'اتصل بالجريدة']
EZ_COPY = 'أنكاد نيوز. لا يُسمح بنقل المواد إلا بموافقة مسبقة من الإدارة'
EZ_POWERED = 'Powered by eZ Publish™ CMS Open Source Web Content Management.'


def ma_date(t):
    return ar_date(t, MAGHREB_MONTHS)


def ez_short(t):
    """eZ Publish's shortdatetime under the site's locale: "21/04/2024 16:08"."""
    return f'{dmy(t)} {hm(t)}'


def render_ezpublish(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'ezpublish'
    rel, latest = others[:4], others[4:9]
    pub = at(extra)
    node = 48210 + 173 * k
    obj = 51340 + 211 * k
    author = EZ_AUTHORS[k]
    section = EZ_SECTIONS.get(extra['category'], EZ_SECTIONS[''])
    alias = re.sub(r'\s+', '-', re.sub(r'[^\w\s]', '', title)).strip('-')[:70]
    url = f'{EZ_HOST}/{EZ_MENU.index(section)}/{alias}'
    shown = (ez_short(pub), f'{DAYS[pub.weekday()]} {ma_date(pub)} - {hm(pub)}', ma_date(pub), dmy(pub))[k]
    mod, upd_day, upd_line = None, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=7, minutes=15)
        upd_line = EZ_MODIFIED.format(date=f'{ma_date(mod)} - {hm(mod)}')
    elif k == 3:
        mod = later(kind, pub, days=2, hours=2, minutes=45)
    if mod:
        upd_day = mod.date()
    today = later(kind, pub, days=1, hours=2)
    lead, rest = paras[0], paras[1:]
    long_parts = [paras_html(rest[:2], first=1)]
    if k % 2 == 0:
        long_parts.append(f'<div class="object-center"><div class="content-view-embed"><div class="class-article"><p class="embed-label">{EZ_ALSO}</p>'
                          f'<h2><a href="{EZ_HOST}/content/view/full/{node - 37}">{esc(extra["also"])}</a></h2></div></div></div>')
    long_parts.append(f'<div class="object-left"><div class="content-view-embed"><div class="class-image"><div class="attribute-image">'
                      f'<img src="/var/angad/storage/images/media/images/{obj + 5}/{obj + 6}-1-ara-MA/{obj}_medium.jpg" width="200" height="133" alt="" /></div>'
                      f'</div></div></div>')
    long_parts.append(paras_html(rest[2:], first=3))
    long_parts.append(f'<p><em>{EZ_SOURCE}</em></p>')
    rel_days = [earlier(kind, pub, days=5 + 8 * i, hours=2 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="content-view-line"><div class="class-article float-break"><h3><a href="{EZ_HOST}/content/view/full/{node - 300 - 13 * i}">{esc(t)}</a></h3>'
                       f'<p class="date">{dmy(d)}</p></div></div>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_days = [later(kind, pub, hours=3 + 5 * i, minutes=6 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<div class="content-view-embed"><div class="class-article"><h3><a href="{EZ_HOST}/content/view/full/{node + 20 + i}">{esc(t)}</a></h3>'
                          f'<p class="date">{ez_short(d)}</p></div></div>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    comments = EZ_COMMENTERS[k % 3:] + EZ_COMMENTERS[:k % 3]
    comment_days = [later(kind, pub, hours=4 + 11 * i, minutes=9 * i + 3) for i in range(len(comments))]
    comment_lines = [EZ_COMMENT_BY.format(name=n, date=ez_short(d)) for (n, _), d in zip(comments, comment_days)]
    comments_html = ''.join(f'<div class="ezcom-view-comment"><div class="ezcom-comment-author"><p>{esc(line)}</p></div>'
                            f'<div class="ezcom-comment-body"><p>{esc(c)}</p></div></div>' for (n, c), line in zip(comments, comment_lines))
    menu = ''.join(f'<li{" class=" + chr(34) + "selected" + chr(34) if t == section else ""}><a href="{EZ_HOST}/{i}">{t}</a></li>' for i, t in enumerate(EZ_MENU))
    submenu = ''.join(f'<li><a href="{EZ_HOST}/{EZ_MENU.index(section)}/{i}">{t}</a></li>' for i, t in enumerate(EZ_SUBMENU[section]))
    foot = ''.join(f'<li><a href="{EZ_HOST}/info/{i}">{t}</a></li>' for i, t in enumerate(EZ_FOOTER))
    og = f'<meta property="article:published_time" content="{iso_utc(pub)}" />\n'
    if k == 3:
        og += f'<meta property="article:modified_time" content="{iso_utc(mod)}" />\n'
    upd_html = f'<p class="modified">{esc(upd_line)}</p>' if upd_line else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-MA" lang="ar-MA" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} / {section} / {EZ_SITE}</title>
<meta name="author" content="{EZ_SITE}" />
<meta name="copyright" content="{EZ_SITE}" />
<meta name="description" content="{esc(' '.join(split_dateline(lead)[1].split()[:25]))}" />
<meta name="keywords" content="{section}, وجدة, جهة الشرق" />
<meta name="MSSmartTagsPreventParsing" content="TRUE" />
<meta name="generator" content="eZ Publish" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{EZ_HOST}/var/angad/storage/images/media/images/{obj + 1}/{obj + 2}-1-ara-MA/{obj}_large.jpg" />
{og}<link rel="Home" href="/" title="{EZ_SITE}" />
<link rel="Index" href="/" />
<link rel="Top" href="/" title="{EZ_SITE}" />
<link rel="Search" href="/content/advancedsearch" title="{EZ_SEARCH}" />
<link rel="Shortcut icon" href="/extension/angad/design/angad/images/favicon.ico" type="image/x-icon" />
<link rel="Alternate" type="application/rss+xml" title="RSS" href="/rss/feed/akhbar" />
<style type="text/css">
    @import url("/extension/ezwebin/design/ezwebin/stylesheets/core.css");
    @import url("/design/standard/stylesheets/debug.css");
    @import url("/extension/ezwebin/design/ezwebin/stylesheets/pagelayout.css");
    @import url("/extension/angad/design/angad/stylesheets/site-colors-rtl.css");
</style>
<script type="text/javascript" src="/var/angad/cache/public/javascript/3c8d2a1f07e4b9b0c2f1e5d6a7b8c9d0.js" charset="utf-8"></script>
</head>
<body>
<!-- Complete page area: START -->
<div id="page" class="sidemenu extrainfo section_id_{EZ_MENU.index(section) + 1} subtree_level_0_node_id_2 subtree_level_1_node_id_{60 + EZ_MENU.index(section)}">
<!-- Header area: START -->
<div id="header-position">
<div id="header" class="float-break">
<div id="usermenu">
<div id="links"><ul><li id="login"><a href="/user/login" title="{EZ_USERMENU[0]}">{EZ_USERMENU[0]}</a></li><li id="registeruser"><a href="/user/register" title="{EZ_USERMENU[1]}">{EZ_USERMENU[1]}</a></li></ul></div>
</div>
<div id="logo"><a href="/" title="{EZ_SITE}"><img src="/var/angad/storage/images/design/angad/logo.png" alt="{EZ_SITE}" width="240" height="70" /></a><p class="tagline">{EZ_TAGLINE}</p></div>
<div id="searchbox"><form action="/content/search"><label for="searchtext" class="hide">{EZ_SEARCH}</label><input id="searchtext" name="SearchText" type="text" value="" size="12" /><input id="searchbutton" class="button" type="submit" value="{EZ_SEARCH_BUTTON}" title="{EZ_SEARCH_BUTTON}" /><input name="SubTreeArray" type="hidden" value="2" /></form></div>
</div>
</div>
<!-- Header area: END -->
<!-- Top menu area: START -->
<div id="topmenu-position"><div id="topmenu" class="float-break"><h2 class="hide">Top menu</h2><ul class="menu-list">{menu}</ul></div></div>
<!-- Top menu area: END -->
<!-- Path area: START -->
<div id="path-position"><div id="path"><p><span class="path-here-text">{EZ_HERE}</span> <a href="/" class="path-link">{EZ_MENU[0]}</a><span class="path-separator">/</span><a href="{EZ_HOST}/{EZ_MENU.index(section)}" class="path-link">{section}</a><span class="path-separator">/</span><span class="path-text">{esc(title)}</span></p></div></div>
<!-- Path area: END -->
<!-- Columns area: START -->
<div id="columns-position">
<div id="columns" class="float-break">
<!-- Side menu area: START -->
<div id="sidemenu-position"><div id="sidemenu"><div class="border-box"><div class="border-tl"><div class="border-tr"><div class="border-tc"></div></div></div><div class="border-ml"><div class="border-mr"><div class="border-mc float-break">
<h4><a href="{EZ_HOST}/{EZ_MENU.index(section)}">{section}</a></h4>
<ul class="submenu-list">{submenu}</ul>
</div></div></div><div class="border-bl"><div class="border-br"><div class="border-bc"></div></div></div></div></div></div>
<!-- Side menu area: END -->
<!-- Main area: START -->
<div id="main-position">
<div id="main" class="float-break">
<div class="overflow-fix">
<!-- Main area content: START -->
<div class="border-box">
<div class="border-tl"><div class="border-tr"><div class="border-tc"></div></div></div>
<div class="border-ml"><div class="border-mr"><div class="border-mc float-break">
<div class="content-view-full">
<div class="class-article">
<div class="attribute-header"><h1>{esc(title)}</h1></div>
<div class="attribute-byline">
<p class="author">{author}</p>
<p class="date">{shown}</p>
{upd_html}
</div>
<div class="attribute-image"><img src="/var/angad/storage/images/media/images/{obj + 1}/{obj + 2}-1-ara-MA/{obj}_large.jpg" width="600" height="400" style="border: 0px;" alt="{esc(title)}" title="{esc(title)}" /><div class="attribute-caption" style="width: 600px"><p>{EZ_CAPTION}</p></div></div>
<div class="attribute-short"><p>{lead_html(lead)}</p></div>
<div class="attribute-long">{"".join(long_parts)}</div>
<div class="attribute-tipafriend"><p><a href="/content/tipafriend/{node}" title="{EZ_TIP}">{EZ_TIP}</a></p></div>
<div class="attribute-print"><p><a href="/layout/set/print/content/view/full/{node}">{EZ_PRINT}</a></p></div>
<div class="attribute-star-rating"><p>{EZ_RATE}</p><ul class="ezsr-star-rating">{"".join(f'<li><a href="#" class="ezsr-stars-{i}" rel="nofollow">{i}</a></li>' for i in range(1, 6))}</ul></div>
</div>
</div>
<div class="content-view-children related-content"><h2>{EZ_RELATED}</h2>{rel_html}</div>
<div class="attribute-comments"><div class="ezcom-view-list"><h2>{EZ_COMMENTS} ({len(comments)})</h2>{comments_html}</div>
<form id="ezcom-comment-form" method="post" action="/comment/add"><fieldset><p class="ezcom-field-note">{EZ_FORM_NOTE}</p><div class="ezcom-field"><label>{EZ_FORM[0]}</label><input type="text" class="box" maxlength="50" name="CommentName" /></div><div class="ezcom-field"><label>{EZ_FORM[1]}</label><input type="text" class="box" maxlength="100" name="CommentEmail" /></div><div class="ezcom-field"><label>{EZ_FORM[2]}</label><textarea class="box" name="CommentContent"></textarea></div><input type="submit" value="{EZ_FORM[3]}" class="button" name="AddCommentButton" /><input type="hidden" name="ContentObjectID" value="{obj}" /></fieldset></form></div>
</div></div></div>
<div class="border-bl"><div class="border-br"><div class="border-bc"></div></div></div>
</div>
<!-- Main area content: END -->
</div>
</div>
</div>
<!-- Main area: END -->
<!-- Extra area: START -->
<div id="extrainfo-position"><div id="extrainfo"><div class="border-box"><div class="border-tl"><div class="border-tr"><div class="border-tc"></div></div></div><div class="border-ml"><div class="border-mr"><div class="border-mc float-break">
<div class="infobox"><h2>{EZ_WEATHER}</h2><p class="date">{DAYS[today.weekday()]} {ma_date(today)}</p><p>{EZ_WEATHER_LINE}</p></div>
<div class="infobox latest"><h2>{EZ_LATEST}</h2>{latest_html}</div>
</div></div></div><div class="border-bl"><div class="border-br"><div class="border-bc"></div></div></div></div></div></div>
<!-- Extra area: END -->
</div>
</div>
<!-- Columns area: END -->
<!-- Footer area: START -->
<div id="footer-position"><div id="footer" class="float-break"><ul class="footer-links">{foot}</ul><address>© {today.year} {EZ_COPY}<br />{EZ_POWERED}</address></div></div>
<!-- Footer area: END -->
</div>
<!-- Complete page area: END -->
</body>
</html>
'''
    without = [EZ_TAGLINE, EZ_USERMENU[0], EZ_HERE, author, shown, EZ_CAPTION, EZ_SOURCE, EZ_TIP, EZ_PRINT, EZ_RATE, EZ_RELATED,
               EZ_COMMENTS, EZ_FORM_NOTE, EZ_WEATHER, f'{DAYS[today.weekday()]} {ma_date(today)}', EZ_WEATHER_LINE, EZ_LATEST,
               EZ_FOOTER[1], f'© {today.year} {EZ_COPY}', EZ_POWERED] + [c for _, c in comments] + comment_lines + latest + \
        [ez_short(d) for d in latest_days] + rel[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- escenic: an Emirati daily on Escenic Content Engine, its readers' thread longer than the story ---------------
EC_SITE = 'الساحل'
EC_HOST = 'https://www.alsahel-daily.ae.example'
EC_TOP = ['النسخة الرقمية', 'النشرة البريدية', 'English']
EC_WEATHER = 'دبي 33°'
EC_NAV = ['الرئيسية', 'محليات', 'الإمارات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'رأي']
EC_SECTIONS = {'culture': 'ثقافة', 'arts': 'ثقافة', 'turath': 'ثقافة', 'business': 'اقتصاد', 'sport': 'رياضة',
               'politics': 'عربي ودولي', 'midan': 'عربي ودولي', 'opinion': 'رأي', 'tech': 'منوعات', 'science': 'منوعات',
               'family': 'منوعات', 'lifestyle': 'منوعات', '': 'منوعات'}
EC_BREAKING = 'عاجل'
EC_BY = 'إعداد: {name}'
EC_EDITORS = ['قسم الثقافة', 'قسم الثقافة', 'قسم الثقافة', 'القسم الرياضي']
EC_DATE = 'تاريخ النشر: {date}'
EC_UPDATED = 'روجع الخبر وعُدّل يوم {date}'
EC_SOURCE = 'المصدر: الجزيرة نت'
EC_CAPTION = 'أرشيفية'
EC_TOOLS = ['تكبير الخط', 'تصغير الخط', 'طباعة', 'أرسل بالبريد']
EC_ALSO = 'من تغطيتنا السابقة:'
EC_TAGS = 'وسوم الخبر:'
EC_COMMENTS = 'آراء القراء ({n})'
EC_COMMENTS_NOTE = 'التعليقات تعبّر عن كتّابها وحدهم، ولإدارة الساحل أن تحذف المسيء منها'
EC_LIKE = 'أعجبني ({n})'
EC_REPLY = 'رد'
EC_COMMENTERS = [
    ('خليفة المهيري', 'أبوظبي', 'من أجمل ما قرأت هذا الأسبوع، والشكر موصول لصحيفتكم التي ما زالت تخصص مساحة للمواد الطويلة في زمن العناوين السريعة. أتمنى أن يتحول هذا الموضوع إلى سلسلة كاملة، لأن فيه جوانب كثيرة لم تُطرح بعد ويستحق القارئ الإماراتي أن يطلع عليها بتفصيل أكبر.'),
    ('أم سلطان', 'الشارقة', 'قرأت المقال مرتين، مرة في الصباح ومرة مع أبنائي في المساء، وفتح بيننا نقاشاً طويلاً لم نعتده منذ فترة. هذه النوعية من الكتابة هي ما نحتاجه في البيوت، بدل ساعات الهاتف التي تسرق أعمار الصغار والكبار على حد سواء.'),
    ('محمد الظاهري', 'العين', 'مع احترامي لكاتب النص، أرى أن بعض الأحكام جاءت متسرعة، فالصورة ليست بهذا السواد ولا بهذا البياض. كان الأجدر عرض رأي الطرف الآخر ولو في فقرة واحدة، حتى يخرج القارئ بحكمه الخاص بعيداً عن التوجيه.'),
    ('Rashid A.', 'دبي', 'أتفق مع الأخ محمد في أن النص يحتاج إلى توازن أكبر، لكنني أختلف معه في أن الأحكام متسرعة، فالمعلومات الواردة موثقة ويمكن الرجوع إليها. المشكلة أننا تعودنا على الكتابة الرمادية التي لا تقول شيئاً، فصرنا نستغرب الوضوح حين نراه.'),
    ('نورة الكعبي', 'رأس الخيمة', 'ملاحظة صغيرة للمحرر: الصورة المرفقة لا علاقة لها بمضمون المادة، وأظنها من موضوع آخر. أما النص نفسه فممتاز، وقد أرسلته لزميلاتي في المدرسة لنستفيد منه في حصة القراءة الأسبوع المقبل إن شاء الله.'),
    ('سعيد بن حميد', 'الفجيرة', 'أذكر أنني قرأت شيئاً قريباً من هذا في كتاب قديم أيام الدراسة في القاهرة، وكان المؤلف يرى الرأي نفسه تقريباً. الجميل أن المقال أعاد لي تلك الأيام، والمحزن أن المشكلة ما زالت قائمة بعد كل هذه السنين دون حلول حقيقية.'),
    ('عائشة', 'عجمان', 'هل يمكن للصحيفة أن تنشر قائمة بالمراجع التي اعتمد عليها التقرير؟ أنا طالبة دراسات عليا وأبحث في موضوع قريب، وسأكون ممتنة جداً لو تواصل معي أحد من فريق التحرير عبر البريد المسجل لديكم.'),
    ('ابن الإمارات', 'دبي', 'كلام جميل لكنه يبقى كلاماً، والسؤال الحقيقي: ماذا فعلنا نحن في الميدان؟ نقرأ ونعلق ثم ننسى بعد ساعة. أقترح أن تفتح الصحيفة باباً لمبادرات القراء العملية، فربما يخرج من بيننا من يحول هذه الأفكار إلى مشروع.'),
    ('حمدان الشامسي', 'أبوظبي', 'رداً على ابن الإمارات: المبادرات موجودة لكنها لا تجد من يسلط الضوء عليها، وهذا دور الإعلام أولاً. أعرف شخصياً ثلاث مجموعات تطوعية تعمل في هذا المجال بصمت، ولم يكتب عنها أحد سطراً واحداً حتى الآن.'),
    ('مريم', 'الشارقة', 'المقال طويل بعض الشيء، وليته قُسّم بعناوين فرعية تسهل القراءة على الهاتف. مع ذلك أكملته حتى النهاية، وهذا بحد ذاته دليل على أن المضمون يشد القارئ رغم الطول، فشكراً لكم على الاختيار الموفق.'),
    ('جاسم', 'الكويت', 'أتابع الساحل من الكويت منذ سنوات، وهذه من المواد القليلة التي أشعر أنها كتبت بعناية وليس على عجل. نتمنى أن تنتقل هذه الروح إلى بقية الأقسام، فالقارئ الخليجي صار أذكى من أن ترضيه الأخبار المعلبة المأخوذة من الوكالات.'),
    ('فاطمة الحوسني', 'خورفكان', 'قرأت التعليقات قبل المقال كعادتي، ووجدت النقاش هنا أغنى من نقاشات كثيرة على المنصات الأخرى. يبدو أن قراء الساحل ما زالوا يحترمون بعضهم، وهذا شيء نادر هذه الأيام ويستحق أن نحافظ عليه جميعاً.'),
    ('أبو راشد', 'دبي', 'بعيداً عن المضمون، أشكر الصحيفة على إبقاء باب التعليقات مفتوحاً دون اشتراط تسجيل معقد. الكثير من المواقع أغلقت التعليقات أو حولتها إلى منصات التواصل، فضاعت النقاشات الجادة وسط الضجيج والحسابات الوهمية.'),
    ('سلامة', 'العين', 'أختلف مع فكرة أن الجيل الجديد لا يهتم بهذه القضايا، فابني في الجامعة ويتابعها أكثر مني، لكنه يقرأ بلغة أخرى وعلى منصات أخرى. المطلوب أن نصل إليهم حيث هم، لا أن ننتظر منهم أن يأتوا إلى صفحاتنا الورقية.'),
    ('د. عبدالله النعيمي', 'عجمان', 'مادة رصينة في مجملها، لكن الفقرة الأخيرة تحتاج إلى مراجعة، فالاستنتاج لا يترتب بالضرورة على المقدمات التي سبقته. هذه ملاحظة منهجية لا تقلل من قيمة العمل، وأرجو أن يتقبلها الزملاء في التحرير بصدر رحب كعادتهم.'),
    ('هند', 'دبي', 'شكراً دكتور عبدالله على الملاحظة الدقيقة، فقد شعرت بالشيء نفسه لكنني لم أستطع التعبير عنه. ربما يكون السبب أن النص مختصر من مادة أطول، وهذا يحدث كثيراً عند إعادة النشر بين المواقع.'),
    ('راشد المزروعي', 'ليوا', 'نحن في المناطق البعيدة نعتمد على النسخة الإلكترونية بعد أن توقف وصول الورقية منذ مدة، وأتمنى أن تنتبهوا لسرعة تحميل الصفحات على شبكات الهاتف الضعيفة. المحتوى ممتاز، لكن الصفحة ثقيلة جداً بالإعلانات المتحركة.'),
    ('Layla K.', 'أبوظبي', 'أتمنى أن تترجم الصحيفة مثل هذه المواد إلى الإنجليزية أيضاً، فكثير من زملائي في المكتب من جنسيات مختلفة يسألونني عن خلفيات هذه القضايا، ولا أجد لهم مصدراً موثوقاً يشرحها ببساطة ومن وجهة نظر عربية.'),
    ('خالد', 'الشارقة', 'تعليق على ما قالته الأخت نورة: الصورة فعلاً من أرشيف موضوع آخر، ويبدو أن قسم التصوير يضع صوراً عامة حين لا تتوفر صورة مناسبة. ليس خطأ كبيراً، لكن التنبيه إليه أسفل الصورة كان سيحل المشكلة ببساطة.'),
    ('موزة', 'دبي', 'نص يشبه الحكايات التي كانت ترويها جدتي في ليالي البرد، فيه شيء من الحنين وشيء من الحزن. لا أعرف إن كان هذا مقصوداً، لكنه جعلني أتوقف طويلاً عند بعض الجمل وأعيد قراءتها بصوت مسموع لأبنائي.'),
    ('عمر', 'مسقط', 'من سلطنة عمان تحية لكم، وأقترح أن تتعاونوا مع الصحف الخليجية الأخرى في ملفات مشتركة حول هذه القضايا، فهي تهمنا جميعاً والتجارب متشابهة. التعاون في النشر سيوفر الجهد ويوسع دائرة القراء في دول الخليج جميعها.'),
    ('بدر السويدي', 'أبوظبي', 'قرأت ما كتبه الإخوة أعلاه، وأضيف أن المقارنة بين الماضي والحاضر ظالمة أحياناً، فظروف الناس تغيرت كثيراً ووسائلهم كذلك. لا يصح أن نحاكم جيلاً كاملاً بمعايير زمن آخر، ثم نستغرب لماذا لا يسمعنا أحد منهم.'),
    ('شيخة', 'العين', 'أشكر الكاتب على لغته السلسة، فقد وصلت الفكرة دون تعقيد ودون استعراض للمصطلحات. أتمنى أن يكتب بالروح نفسها للطلبة في المرحلة الثانوية، فهم أحوج ما يكونون إلى نصوص تحترم عقولهم ولا تثقل عليهم.'),
    ('يوسف الحمادي', 'دبي', 'عندي تحفظ على العنوان، فهو يوحي بشيء والمضمون يقول شيئاً مختلفاً بعض الشيء. أفهم أن العناوين الجذابة تجلب القراء، لكن الصحيفة الرصينة لا تحتاج إلى هذا الأسلوب، وقراؤها يأتون إليها من أجل الثقة قبل كل شيء.'),
    ('أم خالد', 'الفجيرة', 'وصلني الرابط من ابنتي في الجامعة، وهذه أول مرة أعلق فيها على موقع إخباري. أحببت أن أقول إن مثل هذه المواد تقرب بين الأجيال في البيت الواحد، فقد تحدثنا عنها على العشاء أكثر من ساعة كاملة.'),
    ('ماجد', 'رأس الخيمة', 'رداً على الأخ يوسف: العنوان مناسب في رأيي، فهو يلخص السؤال الذي يطرحه المقال ولا يدعي الإجابة عنه. الفرق كبير بين عنوان مضلل وعنوان يثير الفضول، وهذا من النوع الثاني بلا شك.'),
    ('ريم المنصوري', 'الشارقة', 'أعمل في مكتبة عامة، وألاحظ أن الإقبال على الكتب المتصلة بهذا الموضوع زاد في الأشهر الأخيرة، خاصة بين الشباب. ربما تكون هذه فرصة لتنظيم جلسات قراءة مشتركة بالتعاون مع الصحيفة، وأنا مستعدة للمساعدة في الترتيب.'),
    ('ناصر', 'المنامة', 'تحية من البحرين، الموضوع يهمنا هنا أيضاً وقد نوقش في أحد المجالس الأسبوع الماضي. اختلف الحاضرون كما اختلف المعلقون هنا تماماً، وهذا دليل على أن القضية حية وتستحق أن تبقى مطروحة للنقاش العام.'),
    ('عبدالرحمن', 'دبي', 'أرجو من المشرفين على الموقع إصلاح خلل في زر المشاركة على الهاتف، فهو يفتح نافذة فارغة ولا ينسخ الرابط. أردت إرسال المقال إلى مجموعة الأصدقاء فاضطررت إلى نسخه يدوياً من شريط العنوان.'),
    ('سارة', 'عجمان', 'أستغرب من بعض التعليقات التي تهاجم الكاتب شخصياً بدل مناقشة أفكاره. يمكننا أن نختلف مع ما كتبه دون أن نشكك في نيته، وهذا أبسط ما تعلمناه في المدرسة عن أدب الحوار واحترام الرأي المخالف.'),
    ('حميد', 'العين', 'معلومة إضافية للمهتمين: هناك فيلم وثائقي قديم تناول جانباً من هذه القصة، وعرضه التلفزيون في التسعينيات على ما أذكر. لو أعادت إحدى القنوات عرضه الآن لكان ذلك مكملاً جميلاً لما نشرته الساحل اليوم.'),
    ('سيف الكتبي', 'دبي', 'آخر تعليق مني: أتمنى ألا تنتهي المتابعة عند هذا المقال، فقد اعتدنا أن تثار القضايا ليوم واحد ثم تختفي. ننتظر متابعة بعد شهر على الأقل لنعرف إن تغير شيء أو إن كان الكلام سيبقى حبراً على ورق.')]
EC_FORM_HEAD = 'أضف تعليقك'
EC_FORM = ['الاسم', 'المدينة', 'البريد الإلكتروني', 'نص التعليق', 'أرسل التعليق']
EC_MOST = 'الأكثر قراءة عند جمهور الساحل'
EC_LATEST = 'نُشر قبل قليل'
EC_LETTER = 'موجز الساحل يصلك قبل السابعة صباحاً'
EC_LETTER_BUTTON = 'اشترك'
EC_FOOTER = ['عن الساحل', 'أعلن معنا', 'الاشتراكات', 'سياسة الخصوصية', 'شروط الاستخدام', 'اتصل بنا']
EC_COPY = 'مؤسسة الساحل للصحافة والنشر، دبي. يمنع الاقتباس دون إذن'


def ec_clock(t):
    return f'{h12(t)} {ampm(t)}'


def render_escenic(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'escenic'
    most, latest = others[:5], others[5:10]
    breaking = extra['more'][:3]
    pub = at(extra)
    aid = 1845211 + 3917 * k
    section = EC_SECTIONS.get(extra['category'], EC_SECTIONS[''])
    sec_path = ['', 'local', 'uae', 'world', 'economy', 'sport', 'culture', 'variety', 'opinion'][EC_NAV.index(section)]
    url = f'{EC_HOST}/{sec_path}/{pub.year}-{pub.month:02d}-{pub.day:02d}-1.{aid}'
    shown = (ar_date(pub), f'{DAYS[pub.weekday()]} {ar_date(pub)} - {ec_clock(pub)}', dmy(pub), f'{pub.year}-{pub.month:02d}-{pub.day:02d} {hm(pub)}')[k]
    date_line = EC_DATE.format(date=shown)
    mod, upd_day, upd_line = pub, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=2, minutes=50)
        upd_line = EC_UPDATED.format(date=f'{ar_date(mod)} - {ec_clock(mod)}')
    elif k == 3:
        mod = later(kind, pub, days=2, hours=8, minutes=10)
    if mod is not pub:
        upd_day = mod.date()
    today = later(kind, pub, days=1, hours=5)
    hd, hmonth, _, hyear = hijri(today.date())
    body = [paras_html(paras[:3])]
    if k % 2 == 1:
        body.append(f'<div class="inline-related"><span class="label">{EC_ALSO}</span> <a href="{EC_HOST}/incoming/article{aid - 122}.ece">{esc(extra["also"])}</a></div>')
    body.append(paras_html(paras[3:], first=3))
    body.append(f'<p class="source">{EC_SOURCE}</p>')
    article_words = sum(len(p.split()) for p in paras)
    comments, words = [], 0
    for c in EC_COMMENTERS:
        comments.append(c)
        words += len(c[2].split())
        if len(comments) >= 12 and words > article_words * 1.15:
            break
    comment_times = [later(kind, pub, hours=1 + 3 * i, minutes=7 * i + 4) for i in range(len(comments))]
    comment_lines = [f'{n} - {city}' for n, city, _ in comments]
    comments_html = ''.join(
        f'<li class="comment" id="comment-{aid}{i:02d}"><div class="comment-meta"><span class="comment-author">{esc(line)}</span> '
        f'<time class="comment-date" datetime="{iso_local(d)}">{ar_date(d)} - {ec_clock(d)}</time></div><p class="comment-text">{esc(c)}</p>'
        f'<div class="comment-actions"><button type="button" class="like">{EC_LIKE.format(n=(hash_int(c) % 40) + 1)}</button> '
        f'<button type="button" class="reply">{EC_REPLY}</button></div></li>'
        for i, ((n, city, c), line, d) in enumerate(zip(comments, comment_lines, comment_times)))
    breaking_times = [later(kind, today, hours=-1 - i, minutes=-13 * i) for i in range(len(breaking))]
    breaking_html = ''.join(f'<li><span class="time">{hm(d)}</span> <a href="{EC_HOST}/breaking/1.{aid + 500 + i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(breaking, breaking_times)))
    most_html = ''.join(f'<li><span class="rank">{i + 1}</span> <a href="{EC_HOST}/incoming/article{aid - 900 - 37 * i}.ece">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_times = [later(kind, pub, hours=2 + 4 * i, minutes=5 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="{EC_HOST}/incoming/article{aid + 30 + i}.ece">{esc(t)}</a> <span class="date">{ar_date(d)}</span></li>' for i, (t, d) in enumerate(zip(latest, latest_times)))
    nav = ''.join(f'<li class="{"active" if t == section else ""}"><a href="{EC_HOST}/{["", "local", "uae", "world", "economy", "sport", "culture", "variety", "opinion"][i]}">{t}</a></li>' for i, t in enumerate(EC_NAV))
    top = ''.join(f'<li><a href="{EC_HOST}/{["epaper", "newsletter", "en"][i]}">{t}</a></li>' for i, t in enumerate(EC_TOP))
    tools = ''.join(f'<li><button type="button" class="tool-{i}">{t}</button></li>' for i, t in enumerate(EC_TOOLS))
    foot = ''.join(f'<li><a href="{EC_HOST}/info/{i}">{t}</a></li>' for i, t in enumerate(EC_FOOTER))
    tags = [section, EC_SITE]
    tags_html = ''.join(f'<a href="{EC_HOST}/tag/{hash_int(t) % 997}">{t}</a> ' for t in tags)
    schema = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': url, 'headline': title,
              'image': [f'{EC_HOST}/incoming/article{aid}.ece/ALTERNATES/w940/{aid}.jpg'], 'datePublished': iso_z(pub),
              'dateModified': iso_z(mod), 'articleSection': section, 'publisher': {'@type': 'Organization', 'name': EC_SITE}}
    upd_html = f'<p class="updated">{esc(upd_line)}</p>' if upd_line else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {section} - {EC_SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(' '.join(split_dateline(paras[0])[1].split()[:28]))}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{EC_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{EC_HOST}/incoming/article{aid}.ece/ALTERNATES/w1200/{aid}.jpg">
<link rel="stylesheet" href="{EC_HOST}/skins/alsahel/css/main.css?v=20240318">
<script>var ece = {{"articleId":"1.{aid}","section":"{sec_path}","publication":"alsahel","pageType":"article"}};</script>
<script type="application/ld+json">{json.dumps(schema, ensure_ascii=False)}</script>
</head>
<body class="article-page section-{sec_path}">
<div class="top-bar"><div class="container"><p class="today">{DAYS[today.weekday()]} {ar_date(today)} | {hd} {hmonth} {hyear}هـ</p><p class="weather">{EC_WEATHER}</p><ul class="top-links">{top}</ul></div></div>
<header class="masthead"><div class="container"><a class="logo" href="{EC_HOST}/"><img src="{EC_HOST}/skins/alsahel/img/logo.svg" alt="{EC_SITE}"></a></div>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="breaking-news"><div class="container"><strong>{EC_BREAKING}</strong><ul>{breaking_html}</ul></div></div>
<div class="container page-body">
<div class="row">
<main class="col-main">
<article class="article" data-article-id="1.{aid}">
<p class="article-section"><a href="{EC_HOST}/{sec_path}">{section}</a></p>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><p class="byline">{EC_BY.format(name=EC_EDITORS[k])}</p><p class="date">{esc(date_line)}</p>{upd_html}</div>
<ul class="article-tools">{tools}</ul>
<figure class="article-image"><img src="{EC_HOST}/incoming/article{aid}.ece/ALTERNATES/w940/{aid}.jpg" alt="{esc(title)}"><figcaption>{EC_CAPTION}</figcaption></figure>
<div class="article-body" itemprop="articleBody">{"".join(body)}</div>
<div class="article-tags"><span>{EC_TAGS}</span> {tags_html}</div>
<div class="share-bar"><a href="https://twitter.com/intent/tweet?url={url}">X</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://wa.me/?text={url}">WhatsApp</a></div>
</article>
<section class="comments" id="comments"><h2>{EC_COMMENTS.format(n=len(comments))}</h2><p class="comments-note">{EC_COMMENTS_NOTE}</p><ol class="comment-list">{comments_html}</ol>
<form class="comment-form" action="{EC_HOST}/comments/post" method="post"><h3>{EC_FORM_HEAD}</h3><input type="hidden" name="articleId" value="1.{aid}"><label>{EC_FORM[0]}<input name="name"></label><label>{EC_FORM[1]}<input name="city"></label><label>{EC_FORM[2]}<input name="email" type="email"></label><label>{EC_FORM[3]}<textarea name="body"></textarea></label><button type="submit">{EC_FORM[4]}</button></form></section>
</main>
<aside class="col-side">
<section class="box most-read"><h2>{EC_MOST}</h2><ol>{most_html}</ol></section>
<section class="box latest"><h2>{EC_LATEST}</h2><ul>{latest_html}</ul></section>
<section class="box newsletter"><h2>{EC_LETTER}</h2><form action="{EC_HOST}/newsletter" method="post"><input type="email" name="email"><button type="submit">{EC_LETTER_BUTTON}</button></form></section>
</aside>
</div>
</div>
<footer class="site-footer"><div class="container"><ul>{foot}</ul><p class="copyright">© {today.year} {EC_COPY}</p></div></footer>
<script src="{EC_HOST}/skins/alsahel/js/main.js?v=20240318"></script>
</body>
</html>
'''
    without = [f'{DAYS[today.weekday()]} {ar_date(today)}', EC_WEATHER, EC_TOP[0], EC_BREAKING, EC_BY.format(name=EC_EDITORS[k]), date_line,
               EC_SOURCE, EC_CAPTION, EC_TOOLS[0], EC_TAGS, EC_COMMENTS.format(n=len(comments)), EC_COMMENTS_NOTE, EC_FORM_HEAD,
               EC_MOST, EC_LATEST, EC_LETTER, f'© {today.year} {EC_COPY}'] + [c for _, _, c in comments] + comment_lines + \
        [f'{ar_date(d)} - {ec_clock(d)}' for d in comment_times] + breaking + latest + most[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- websphere: a Saudi ministry's news centre on IBM WebSphere Portal 8.5 with Web Content Manager ------------
WS_SITE = 'وزارة التنمية الريفية'
WS_HOST = 'https://www.mrd.gov.sa.example'
WS_DGA = 'موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية'
WS_DGA_HOW = 'كيف تتحقق'
WS_DGA_DETAILS = ['روابط المواقع الحكومية الرسمية في المملكة تنتهي بالنطاق gov.sa', 'تعتمد المواقع الحكومية بروتوكول HTTPS لتشفير البيانات وحمايتها',
                  'مسجّل لدى هيئة الحكومة الرقمية برقم: 20240315123']
WS_ACCESS = ['تغيير حجم الخط', 'الوضع الداكن', 'قارئ الشاشة', 'لغة الإشارة']
WS_NAV = ['الرئيسية', 'عن الوزارة', 'الخدمات الإلكترونية', 'المركز الإعلامي', 'البيانات المفتوحة', 'المشاركة الإلكترونية', 'تواصل معنا']
WS_SEARCH = 'بحث في محتوى البوابة'
WS_CRUMB = ['الرئيسية', 'المركز الإعلامي', 'أخبار الوزارة']
WS_PORTLET = 'Web Content Viewer'
WS_LATEST = 'المستجدات الإخبارية'
WS_ANNOUNCE = 'إعلانات ومناقصات'
WS_ANNOUNCEMENTS = ['طرح منافسة تشغيل وصيانة مراكز الإرشاد الزراعي', 'بدء استقبال طلبات الانضمام إلى برنامج دعم صغار المزارعين',
                    'تمديد فترة استقبال طلبات الإعانات الريفية']
WS_QUICK = 'روابط سريعة'
WS_QUICK_LINKS = ['منصة أبشر', 'منصة اعتماد', 'البوابة الوطنية الموحدة', 'منصة تفاعل']
WS_DATE = 'تاريخ النشر:'
WS_UPDATED = 'تاريخ التحديث:'
WS_CAPTION = 'تصوير: إدارة الإعلام والاتصال'
WS_ALSO = 'ويمكنكم الاطلاع على:'
WS_TOOLS = ['طباعة الخبر', 'مشاركة', 'حفظ بصيغة PDF']
WS_RELATED = 'تغطيات تتصل بالموضوع'
WS_HELPFUL = 'هل أجابت الصفحة عن سؤالك؟'
WS_HELPFUL_BUTTONS = ['نعم', 'لا']
WS_HELPFUL_COUNT = '{n} من الزوار وجدوا المحتوى مفيداً'
WS_LASTMOD = 'تحديث محتوى الصفحة: {date}'
WS_VISITS = 'عدد زيارات البوابة: {n}'
WS_FOOTER = ['سياسة الخصوصية', 'شروط الاستخدام', 'خريطة الموقع', 'الأسئلة الشائعة', 'إمكانية الوصول', 'الإبلاغ عن الاحتيال']
WS_COPY = 'حقوق الطبع لوزارة التنمية الريفية'
WS_DEV = 'تم التطوير والتشغيل بواسطة وكالة التحول الرقمي بالوزارة'


def ws_id(seed):
    """A portlet window id as WebSphere Portal writes them ("Z7_" and 26 characters)."""
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    n = hash_int(seed) * 2654435761 + 97
    out = ''
    for _ in range(26):
        out += alphabet[n % 36]
        n = n // 7 + 3 * len(out) * 1013904223
    return 'Z7_' + out


def hijri_long(t):
    d, month, _, year = hijri(t.date() if isinstance(t, datetime.datetime) else t)
    return f'{d} {month} {year}هـ'


def hijri_num(t):
    d, _, month, year = hijri(t.date() if isinstance(t, datetime.datetime) else t)
    return f'{year}/{month:02d}/{d:02d}هـ'


def ws_portlet(seed, inner, title=WS_PORTLET, hidden=True, cls=''):
    pid = ws_id(seed)
    classes = ' '.join(c for c in ('ibmPortalControl', 'wpthemeControl', 'wpthemeHidden' if hidden else '', 'a11yRegion', cls) if c)
    return (f'<div class="component-control id-{pid}"><section class="{classes}" '
            f'id="portletwrapper_{pid}" aria-labelledby="title.{pid}"><div class="wpthemeControlHeader"><div class="wpthemeInner">'
            f'<h2><span id="title.{pid}" class="lotusTitle">{title}</span></h2></div></div>'
            f'<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><!-- start portlet markup -->{inner}<!-- end portlet markup --></div></section></div>')


def render_websphere(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'websphere'
    rel, latest = others[:4], others[4:9]
    pub = at(extra)
    uuid = f'{hash_int(title):05x}{k}e1a-7c3d-4b2f-9a61-{hash_int(title[::-1]):06x}{k}b7c0'
    portal = f'{WS_HOST}/wps/portal/mrd/ar/media-center/news'
    url = f'{portal}/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi{hash_int(title):x}Q0MjB1NjAz{k}dHR0MjEwc/'
    # The date line as the ministry's presentation template writes it: Hijri and Gregorian (page 0), dd/MM/yyyy
    # (page 1), the Hijri date alone (page 2), the Gregorian long date (page 3).
    shown = (f'{DAYS[pub.weekday()]} {hijri_long(pub)} الموافق {ar_date(pub)}م', dmy(pub), hijri_num(pub), ar_date(pub))[k]
    mod, upd_day, upd_line = pub, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=3, minutes=40)
        upd_line = f'{WS_UPDATED} {dmy(mod)}'
    elif k == 3:
        mod = later(kind, pub, days=2, hours=5, minutes=20)
    if mod is not pub:
        upd_day = mod.date()
    lastmod = WS_LASTMOD.format(date=f'{dmy(mod)} - {h12(mod)} {ampm(mod)}')
    today = later(kind, pub, days=2, hours=1)
    body = [paras_html(paras[:4])]
    if k % 2 == 0:
        body.append(f'<p class="read-more-inline"><strong>{WS_ALSO}</strong> <a href="{portal}/!ut/p/z1/{hash_int(extra["also"]):x}/">{esc(extra["also"])}</a></p>')
    body.append(paras_html(paras[4:], first=4))
    latest_days = [later(kind, pub, hours=6 + 20 * i, minutes=10 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li class="news-item"><a href="{portal}/!ut/p/z1/{hash_int(t):x}/">{esc(t)}</a><span class="news-date">{dmy(d)}</span></li>'
                          for t, d in zip(latest, latest_days))
    ann_days = [earlier(kind, pub, days=2 + 5 * i) for i in range(len(WS_ANNOUNCEMENTS))]
    ann_html = ''.join(f'<li><a href="{WS_HOST}/wps/portal/mrd/ar/media-center/announcements/{i}">{t}</a><span class="news-date">{hijri_num(d)}</span></li>'
                       for i, (t, d) in enumerate(zip(WS_ANNOUNCEMENTS, ann_days)))
    quick = ''.join(f'<li><a href="https://www.{["absher", "etimad", "my", "tafaul"][i]}.gov.sa.example/" target="_blank">{t}</a></li>' for i, t in enumerate(WS_QUICK_LINKS))
    rel_days = [earlier(kind, pub, days=9 + 11 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="news-card"><img src="/wps/wcm/connect/mrd/{hash_int(t):x}/thumb.jpg?MOD=AJPERES" alt=""><h3><a href="{portal}/!ut/p/z1/{hash_int(t):x}/">{esc(t)}</a></h3>'
                       f'<span class="news-date">{dmy(d)}</span></div>' for t, d in zip(rel, rel_days))
    nav = ''.join(f'<li class="wpthemeNavListItem{" wpthemeSelected" if i == 3 else ""}"><a href="{WS_HOST}/wps/portal/mrd/ar/{["home", "about", "eservices", "media-center", "open-data", "participation", "contact"][i]}">{t}</a></li>'
                  for i, t in enumerate(WS_NAV))
    crumb = ''.join(f'<li><a href="{WS_HOST}/wps/portal/mrd/ar/{["home", "media-center", "media-center/news"][i]}">{t}</a></li>' for i, t in enumerate(WS_CRUMB))
    access = ''.join(f'<button type="button" class="a11y-btn">{t}</button>' for t in WS_ACCESS)
    tools = ''.join(f'<a href="#" class="news-tool">{t}</a>' for t in WS_TOOLS)
    foot = ''.join(f'<li><a href="{WS_HOST}/wps/portal/mrd/ar/{i}">{t}</a></li>' for i, t in enumerate(WS_FOOTER))
    dga = ''.join(f'<li>{esc(t)}</li>' for t in WS_DGA_DETAILS)
    upd_html = f'<span class="news-updated">{esc(upd_line)}</span>' if upd_line else ''
    visits = WS_VISITS.format(n=f'{1482305 + 7919 * k:,}')
    helpful = WS_HELPFUL_COUNT.format(n=120 + 17 * k)
    sidebar = (ws_portlet('latest' + title, f'<div class="news-list"><h2 class="portlet-title">{WS_LATEST}</h2><ul>{latest_html}</ul>'
                          f'<a class="more" href="{portal}">+</a></div>')
               + ws_portlet('ann' + title, f'<div class="news-list"><h2 class="portlet-title">{WS_ANNOUNCE}</h2><ul>{ann_html}</ul></div>')
               + ws_portlet('quick' + title, f'<div class="quick-links"><h2 class="portlet-title">{WS_QUICK}</h2><ul>{quick}</ul></div>'))
    details = (f'<div class="news-details"><h1 class="news-title">{esc(title)}</h1>'
               f'<div class="news-meta"><span class="news-date-label">{WS_DATE}</span> <span class="news-date">{shown}</span> {upd_html}</div>'
               f'<div class="news-image"><img src="/wps/wcm/connect/mrd/{uuid}/main.jpg?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_{ws_id(uuid)[3:]}-{uuid}-oZkP3xA" alt="{esc(title)}">'
               f'<span class="caption">{WS_CAPTION}</span></div>'
               f'<div class="news-details-body">{"".join(body)}</div>'
               f'<div class="news-tools">{tools}</div></div>')
    related = f'<div class="related-news"><h2 class="portlet-title">{WS_RELATED}</h2><div class="news-cards">{rel_html}</div></div>'
    feedback = (f'<div class="page-feedback"><p>{WS_HELPFUL}</p><button type="button">{WS_HELPFUL_BUTTONS[0]}</button> '
                f'<button type="button">{WS_HELPFUL_BUTTONS[1]}</button><p class="count">{helpful}</p></div>')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="ltr_false">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="alternate" id="head_alt_link" href="{WS_HOST}/wps/portal/mrd/en/media-center/news">
<link href="/wps/portal_dojo/v1.9/dojo/resources/dojo.css" rel="stylesheet" type="text/css">
<link href="/wps/contenthandler/!ut/p/digest!Wq3Vd2kP0sFh7cXmL5Y9nA/mashup/ra:collection?soffset=0&amp;eoffset=3&amp;themeID=ZJ_6QS81K42KQ4S30A0L0KQ8B1084&amp;locale=ar&amp;mime-type=text%2Fcss&amp;lm=1712845200000&amp;entry=wp_one_ui_30__0.0%3Ahead_css" rel="stylesheet" type="text/css">
<script type="text/javascript">var ibmCfg = {{"portalConfig":{{"contentHandlerURI":"/wps/mycontenthandler/!ut/p/digest!Wq3Vd2kP0sFh7cXmL5Y9nA/","isVirtualPortal":false,"locale":"ar","portalURI":"/wps/portal/mrd/ar"}},"userConfig":{{"userID":"anonymous portal user"}},"themeConfig":{{"themeUniqueName":"mrd.theme.85"}}}};</script>
</head>
<body class="lotusui30dojo tundra locale_ar" dir="rtl">
<div class="dga-banner"><p>{WS_DGA} <button type="button" aria-expanded="false">{WS_DGA_HOW}</button></p><ul class="dga-details" hidden>{dga}</ul></div>
<div class="wpthemeFrame">
<header role="banner">
<div class="wpthemeHeader"><div class="wpthemeInner">
<div class="a11y-tools">{access}</div>
<div class="wpthemeBanner"><a class="wpthemeLogo" href="{WS_HOST}/wps/portal/mrd/ar/home"><img src="/wps/wcm/connect/mrd/logo/mrd-logo-ar.svg?MOD=AJPERES" alt="{WS_SITE}"></a>
<form class="wpthemeSearch" action="{WS_HOST}/wps/portal/mrd/ar/search" method="get"><input type="text" name="query" placeholder="{WS_SEARCH}" aria-label="{WS_SEARCH}"><button type="submit">{WS_SEARCH}</button></form>
<a class="wpthemeLanguage" href="{WS_HOST}/wps/portal/mrd/en/media-center/news" lang="en">English</a></div>
</div></div>
<nav class="wpthemeNav" aria-label="main"><ul class="wpthemeNavList">{nav}</ul></nav>
</header>
<div class="wpthemeMainContent"><div class="wpthemeInner">
<div class="wpthemeBreadcrumb"><ol>{crumb}</ol></div>
<div class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
<div class="wpthemeRow">
<div class="component-container wpthemeCol wpthemeCol4 wpthemeLeft id-{ws_id("col1" + title)}">{sidebar}</div>
<div class="component-container wpthemeCol wpthemeCol8 wpthemeLeft id-{ws_id("col2" + title)}">
{ws_portlet("details" + title, details)}
{ws_portlet("related" + title, related)}
{ws_portlet("feedback" + title, feedback)}
</div>
</div>
</div>
</div></div>
<footer role="contentinfo"><div class="wpthemeFooter"><div class="wpthemeInner">
<p class="last-modified">{esc(lastmod)}</p>
<p class="visits">{visits}</p>
<ul class="footer-links">{foot}</ul>
<p class="copyright">© {today.year} {WS_COPY}</p>
<p class="developer">{WS_DEV}</p>
</div></div></footer>
</div>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!Wq3Vd2kP0sFh7cXmL5Y9nA/mashup/ra:collection?themeID=ZJ_6QS81K42KQ4S30A0L0KQ8B1084&amp;locale=ar&amp;mime-type=text%2Fjavascript&amp;entry=wp_client_main__0.0%3Ahead_js"></script>
</body>
</html>
'''
    without = [WS_DGA, WS_DGA_HOW, WS_ACCESS[1], WS_NAV[4], WS_LATEST, WS_ANNOUNCE, WS_ANNOUNCEMENTS[0], WS_QUICK, WS_DATE, shown,
               WS_CAPTION, WS_TOOLS[0], WS_RELATED, WS_HELPFUL, helpful, lastmod, visits, WS_FOOTER[5], f'© {today.year} {WS_COPY}', WS_DEV] + \
        latest + [dmy(d) for d in latest_days] + rel[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- optimizely: a Qatari digital-government authority's media centre on Optimizely CMS 12 ----------------------
OP_SITE = 'الهيئة القطرية للتحول الرقمي'
OP_HOST = 'https://www.qdta.gov.qa.example'
OP_COOKIE = 'يستعين موقع الهيئة بملفات تعريفية لقياس الأداء وفهم طريقة التصفح، ولك أن تقبلها أو تعدل اختياراتك'
OP_COOKIE_BUTTONS = ['قبول الكل', 'إعدادات ملفات التعريف', 'رفض غير الضروري']
OP_TOP = ['English', 'خريطة الموقع', 'الوظائف']
OP_ACCESS = 'أدوات الوصول'
OP_NAV = ['الرئيسية', 'عن الهيئة', 'المبادرات', 'الخدمات الرقمية', 'المركز الإعلامي', 'تواصل معنا']
OP_CRUMB = ['الرئيسية', 'المركز الإعلامي', 'الأخبار']
OP_CATEGORY = 'أخبار الهيئة'
OP_UPDATED = 'تاريخ التحديث: {date}'
OP_CAPTION = 'من الأرشيف المصور للهيئة'
OP_ALSO_HEAD = 'ضمن تغطيتنا كذلك'
OP_SOURCE = 'نُشر هذا المحتوى أولاً على موقع الجزيرة نت'
OP_SHARE = 'مشاركة الصفحة'
OP_RELATED = 'محتوى يرتبط بهذا الخبر'
OP_LATEST = 'آخر الأخبار من الهيئة'
OP_EVENTS = 'فعاليات قادمة'
OP_EVENT_NAMES = ['ملتقى قطر للبيانات المفتوحة', 'ورشة الأمن السيبراني لموظفي الجهات الحكومية', 'هاكاثون الخدمات الحكومية الذكية']
OP_RATE = 'قيّم تجربتك مع هذه الصفحة'
OP_RATE_BUTTONS = ['راضٍ تماماً', 'راضٍ', 'غير راضٍ']
OP_FOOTER = ['سياسة الخصوصية', 'الشروط والأحكام', 'إمكانية الوصول', 'الأسئلة المتكررة', 'الشكاوى والمقترحات']
OP_HUKOOMI = 'بوابة حكومي'
OP_COPY = 'الهيئة القطرية للتحول الرقمي، الدوحة'


def op_guid(seed):
    return hex_id(seed)


def render_optimizely(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'optimizely'
    rel, latest = others[:3], others[3:8]
    pub = at(extra)
    content_id = 21840 + 131 * k
    alias = re.sub(r'\s+', '-', re.sub(r'[^\w\s]', '', title)).strip('-')[:60]
    url = f'{OP_HOST}/ar/media-centre/news/{alias}/'
    shown = (ar_date(pub), dmy(pub), f'{DAYS[pub.weekday()]}، {ar_date(pub)}', f'{ar_date(pub)} | {h12(pub)} {ampm(pub)}')[k]
    mod, upd_day, upd_line = pub, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=5, minutes=35)
        upd_line = OP_UPDATED.format(date=dmy(mod))
    elif k == 3:
        mod = later(kind, pub, days=2, hours=6, minutes=5)
    if mod is not pub:
        upd_day = mod.date()
    today = later(kind, pub, days=1, hours=4)
    lead, rest = paras[0], paras[1:]
    body = [paras_html(rest[:2], first=1)]
    if k % 2 == 1:
        body.append(f'<div class="epi-contentfragment"><div class="block teaserblock inline-teaser"><p class="teaser-label">{OP_ALSO_HEAD}</p>'
                    f'<h3><a href="{OP_HOST}/ar/media-centre/news/{hash_int(extra["also"]) % 9000}/">{esc(extra["also"])}</a></h3></div></div>')
    body.append(paras_html(rest[2:], first=3))
    body.append(f'<p class="source-note"><em>{OP_SOURCE}</em></p>')
    rel_days = [earlier(kind, pub, days=7 + 12 * i, hours=i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="block teaserblock col-md-4"><div class="teaser"><img src="/contentassets/{op_guid(t)}/thumb.jpg?width=400" alt="">'
                       f'<h3><a href="{OP_HOST}/ar/media-centre/news/{hash_int(t) % 9000}/">{esc(t)}</a></h3><p class="date">{ar_date(d)}</p></div></div>'
                       for t, d in zip(rel, rel_days))
    latest_days = [later(kind, pub, hours=5 + 19 * i, minutes=12 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="{OP_HOST}/ar/media-centre/news/{hash_int(t) % 9000}/">{esc(t)}</a><span class="date">{dmy(d)}</span></li>'
                          for t, d in zip(latest, latest_days))
    event_days = [later(kind, pub, days=10 + 9 * i) for i in range(len(OP_EVENT_NAMES))]
    events_html = ''.join(f'<li><span class="event-date">{ar_date(d)}</span> <a href="{OP_HOST}/ar/media-centre/events/{i}/">{t}</a></li>'
                          for i, (t, d) in enumerate(zip(OP_EVENT_NAMES, event_days)))
    nav = ''.join(f'<li class="nav-item{" active" if i == 4 else ""}"><a class="nav-link" href="{OP_HOST}/ar/{["", "about", "initiatives", "services", "media-centre", "contact"][i]}/">{t}</a></li>'
                  for i, t in enumerate(OP_NAV))
    crumb = ''.join(f'<li class="breadcrumb-item"><a href="{OP_HOST}/ar/{["", "media-centre", "media-centre/news"][i]}/">{t}</a></li>' for i, t in enumerate(OP_CRUMB))
    top = ''.join(f'<li><a href="{OP_HOST}/{["en", "ar/sitemap", "ar/careers"][i]}/">{t}</a></li>' for i, t in enumerate(OP_TOP))
    foot = ''.join(f'<li><a href="{OP_HOST}/ar/{i}/">{t}</a></li>' for i, t in enumerate(OP_FOOTER))
    rate = ''.join(f'<button type="button" class="btn btn-outline-primary">{t}</button>' for t in OP_RATE_BUTTONS)
    schema = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url,
              'image': f'{OP_HOST}/globalassets/media-centre/news/{pub.year}/{content_id}.jpg', 'datePublished': net_o(pub),
              'publisher': {'@type': 'GovernmentOrganization', 'name': OP_SITE}, 'inLanguage': 'ar-QA'}
    if k == 3:
        schema['dateModified'] = net_o(mod)
    upd_html = f'<span class="updated">{esc(upd_line)}</span>' if upd_line else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | {OP_SITE}</title>
<meta name="description" content="{esc(' '.join(split_dateline(lead)[1].split()[:25]))}" />
<link rel="canonical" href="{url}" />
<link rel="alternate" hreflang="en" href="{OP_HOST}/en/media-centre/news/{content_id}/" />
<link rel="alternate" hreflang="ar" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{OP_HOST}/globalassets/media-centre/news/{pub.year}/{content_id}.jpg" />
<link href="/dist/css/main.rtl.min.css?v=12.29.0" rel="stylesheet" />
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="3f6c1e2a-9b7d-4c58-a1e0-qdta" charset="UTF-8"></script>
<script type="application/ld+json">{json.dumps(schema, ensure_ascii=False)}</script>
</head>
<body class="articlepage">
<a class="skip-link sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="site-header">
<div class="top-bar"><div class="container"><span class="today">{DAYS[today.weekday()]}، {ar_date(today)}</span><ul class="top-links">{top}</ul><button type="button" class="access-toggle">{OP_ACCESS}</button></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="{OP_HOST}/ar/"><img src="/globalassets/logos/qdta-logo-ar.svg" alt="{OP_SITE}" /></a><ul class="navbar-nav">{nav}</ul></div></nav>
</header>
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav></div>
<main id="main-content" class="container">
<div class="row">
<div class="col-lg-8">
<div class="article-page" data-contentid="{content_id}">
<span class="category-label">{OP_CATEGORY}</span>
<h1>{esc(title)}</h1>
<div class="article-meta"><span class="date">{shown}</span> {upd_html}</div>
<p class="introduction">{lead_html(lead)}</p>
<figure class="article-figure"><img src="/globalassets/media-centre/news/{pub.year}/{content_id}.jpg?width=860" alt="" /><figcaption>{OP_CAPTION}</figcaption></figure>
<div class="main-body">{"".join(body)}</div>
<div class="share-block"><span>{OP_SHARE}</span> <a href="https://twitter.com/share?url={url}" aria-label="X"></a> <a href="https://www.linkedin.com/sharing/share-offsite/?url={url}" aria-label="LinkedIn"></a> <a href="https://wa.me/?text={url}" aria-label="WhatsApp"></a></div>
</div>
<section class="related-content-area"><h2>{OP_RELATED}</h2><div class="row equal-height">{rel_html}</div></section>
<div class="page-rating"><p>{OP_RATE}</p>{rate}</div>
</div>
<aside class="col-lg-4">
<div class="block newslistblock"><h2>{OP_LATEST}</h2><ul class="news-list">{latest_html}</ul></div>
<div class="block eventlistblock"><h2>{OP_EVENTS}</h2><ul class="event-list">{events_html}</ul></div>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container"><ul class="footer-links">{foot}</ul><p><a href="https://hukoomi.gov.qa.example/ar/">{OP_HUKOOMI}</a></p><p class="copyright">© {today.year} {OP_COPY}</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><p id="onetrust-policy-text">{OP_COOKIE}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">{OP_COOKIE_BUTTONS[0]}</button><button id="onetrust-pc-btn-handler">{OP_COOKIE_BUTTONS[1]}</button><button id="onetrust-reject-all-handler">{OP_COOKIE_BUTTONS[2]}</button></div></div></div></div>
<script src="/dist/js/main.min.js?v=12.29.0"></script>
</body>
</html>
'''
    without = [f'{DAYS[today.weekday()]}، {ar_date(today)}', OP_TOP[2], OP_ACCESS, OP_NAV[2], OP_CATEGORY, shown, OP_CAPTION, OP_SOURCE,
               OP_SHARE, OP_RELATED, OP_RATE, OP_LATEST, OP_EVENTS, OP_EVENT_NAMES[0], OP_HUKOOMI, f'© {today.year} {OP_COPY}', OP_COOKIE,
               OP_COOKIE_BUTTONS[1]] + latest + [dmy(d) for d in latest_days] + [ar_date(d) for d in event_days] + rel[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# Adjacent inline elements (links, spans, buttons, times) get a space between them, as the platforms' templates put a
# line break or an indentation there: their texts do not run together in a browser's innerText without the styles.
INLINE_GAP = re.compile(r'(</(?:a|span|button|time|label|strong|em)>)(<(?:a|span|button|time|label|input|img)\b)')


def spaced(render_kind):
    def run(*args):
        made = render_kind(*args)
        return (INLINE_GAP.sub(r'\1 \2', made[0]),) + tuple(made[1:])
    return run


RENDER = {'beehiiv': spaced(render_beehiiv), 'framer': spaced(render_framer), 'weebly': spaced(render_weebly),
          'ezpublish': spaced(render_ezpublish), 'escenic': spaced(render_escenic), 'websphere': spaced(render_websphere),
          'optimizely': spaced(render_optimizely)}
render = with_null_update(renderer(RENDER, 'templates_set23.py', 23))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'nahla-scraper/split'
CSV_FILE = 'nahla-scraper/csv/Aljazeera_aljazeera_articles_.csv'
SOURCES = ('aljazeera', 'misbar')
# The Aljazeera and Misbar split files that a label named when the set was written: tests/segmenter/labels/*.json
# ("file", and the split file of the same number for a label of the scraper's Aljazeera CSV record), ../shared/eval/dev,
# and the inputs of the segmenter's blind draws (tests/segmenter/blind*-draw.txt, 24 and 25 included): frozen, so that
# later labels do not shift the set's articles.
LABEL_NAMED = frozenset((
    'nahla_aljazeera_00014.txt', 'nahla_aljazeera_00017.txt', 'nahla_aljazeera_00019.txt', 'nahla_aljazeera_00021.txt',
    'nahla_aljazeera_00022.txt', 'nahla_aljazeera_00027.txt', 'nahla_aljazeera_00034.txt', 'nahla_aljazeera_00036.txt',
    'nahla_aljazeera_00050.txt', 'nahla_aljazeera_00051.txt', 'nahla_aljazeera_00056.txt', 'nahla_aljazeera_00064.txt',
    'nahla_aljazeera_00065.txt', 'nahla_aljazeera_00073.txt', 'nahla_aljazeera_00080.txt', 'nahla_aljazeera_00081.txt',
    'nahla_aljazeera_00088.txt', 'nahla_aljazeera_00100.txt', 'nahla_aljazeera_00101.txt', 'nahla_aljazeera_00108.txt',
    'nahla_aljazeera_00115.txt', 'nahla_aljazeera_00122.txt', 'nahla_aljazeera_00125.txt', 'nahla_aljazeera_00135.txt',
    'nahla_aljazeera_00150.txt', 'nahla_misbar_00008.txt', 'nahla_misbar_00038.txt', 'nahla_misbar_00188.txt',
    'nahla_misbar_00292.txt', 'nahla_misbar_00315.txt', 'nahla_misbar_00331.txt', 'nahla_misbar_00380.txt',
    'nahla_misbar_00381.txt', 'nahla_misbar_00426.txt', 'nahla_misbar_00497.txt', 'nahla_misbar_00503.txt',
    'nahla_misbar_00704.txt', 'nahla_misbar_00819.txt'))
# The files templates_set16.py (the earlier set on these two sources) made its 28 pages of: frozen, left out too.
SET16_READ = frozenset((
    'nahla_aljazeera_00000.txt', 'nahla_aljazeera_00001.txt', 'nahla_aljazeera_00002.txt', 'nahla_aljazeera_00003.txt',
    'nahla_aljazeera_00004.txt', 'nahla_aljazeera_00005.txt', 'nahla_aljazeera_00006.txt', 'nahla_aljazeera_00007.txt',
    'nahla_aljazeera_00008.txt', 'nahla_aljazeera_00009.txt', 'nahla_aljazeera_00010.txt', 'nahla_aljazeera_00011.txt',
    'nahla_aljazeera_00012.txt', 'nahla_aljazeera_00015.txt', 'nahla_aljazeera_00016.txt', 'nahla_aljazeera_00017.txt',
    'nahla_aljazeera_00018.txt', 'nahla_aljazeera_00019.txt', 'nahla_aljazeera_00020.txt', 'nahla_aljazeera_00021.txt',
    'nahla_aljazeera_00022.txt', 'nahla_aljazeera_00023.txt', 'nahla_aljazeera_00024.txt', 'nahla_aljazeera_00025.txt',
    'nahla_misbar_00249.txt', 'nahla_misbar_00557.txt', 'nahla_misbar_00609.txt', 'nahla_misbar_00613.txt'))
# Misbar's verdict files open their text with the verdict's summary: 'تحقق "مسبار" من الادعاء ... وتبين أنه مضلل، إذ إن
# CLAIM.' The clause after "إذ إن" / "إذ تبين أن" is the fact-check's headline, in Misbar's own form ("الصورة قديمة
# وليست لـ...").
VERDICT_CLAUSE = re.compile(r'إذ\s+(?:إ|ا)ن[\u064e\u0651]*\s+|إذ\s+تب[يّ]+ن\s+(?:أ|ا)ن[\u064e\u0651]*\s+')
# Misbar's read-also list, glued to the end of its texts: the text stops before it.
MISBAR_ALSO = 'اقرأ/ي'
# An Aljazeera paragraph made of sentences (a one-line file) closes once it holds this many words.
PARAGRAPH_WORDS = 30


def aljazeera_paragraphs(lines):
    """An Aljazeera file's paragraphs: its lines of 12 words or more where it has three such lines, else the sentences
    of its text lines (templates_set16.sentences()) gathered into paragraphs of PARAGRAPH_WORDS words or more; the
    follow prompt cut off, up to a quoted social post or a repeated paragraph."""
    lines = [line.split(FOLLOW_PROMPT)[0].strip() for line in lines]
    long_lines = [line for line in lines if len(line.split()) >= 12]
    if len(long_lines) >= 3:
        return joined_paragraphs(long_lines)
    out, cur = [], ''
    for s in (s for line in lines for s in sentences(line)):
        if SOCIAL.search(s) or s in out:
            break
        cur = f'{cur} {s}'.strip()
        if len(cur.split()) >= PARAGRAPH_WORDS:
            out.append(cur)
            cur = ''
    return out


def misbar_text(lines):
    """(paragraphs, subheadings) of a Misbar verdict file, whose scrape doubles each paragraph and glues a
    subheading or a caption to the first copy: a sentence that ends with the next one is that subheading (or
    caption) and the sentence; the subheading is kept (by the index of the paragraph it opens) when it has 2 to 12
    words and no "/" (a photo credit), else dropped; a sentence seen before is dropped; the text stops at Misbar's
    read-also list or a quoted social post; a sentence under 12 words is joined to the next."""
    sents = sentences(' '.join(lines))
    units, heads, seen = [], {}, set()
    for i, s in enumerate(sents):
        if MISBAR_ALSO in s or SOCIAL.search(s):
            break
        nxt = sents[i + 1] if i + 1 < len(sents) else ''
        if nxt and nxt != s and s.endswith(' ' + nxt):
            prefix = s[:-len(nxt)].strip()
            if 2 <= len(prefix.split()) <= 12 and '/' not in prefix:
                heads[len(units)] = prefix
            continue
        if s in seen:
            continue
        seen.add(s)
        units.append(s)
    paras, subheads, carry, carry_head = [], {}, '', None
    for i, u in enumerate(units):
        if i in heads and not carry:
            carry_head = heads[i]
        u = f'{carry} {u}'.strip()
        if len(u.split()) < 12:
            carry = u
            continue
        if carry_head:
            subheads[len(paras)] = carry_head
        carry, carry_head = '', None
        paras.append(u)
    return paras, subheads


def misbar_title(lead):
    """The headline of a Misbar verdict file: the verdict clause of its lead without the final stop, when it has 5 to
    18 words; else ''."""
    m = VERDICT_CLAUSE.search(lead)
    if not m:
        return ''
    clause = lead[m.end():].strip().rstrip('.').strip()
    return clause if 5 <= len(clause.split()) <= 18 else ''


def csv_categories(corpus):
    """The category of each Aljazeera CSV record by record number (0 = the first after the header), with its title:
    the split file of the same number holds the same article."""
    path = os.path.join(corpus, CSV_FILE)
    if not os.path.exists(path):
        return {}
    csv.field_size_limit(1 << 30)
    with open(path, encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh))[1:]
    return {i: (row[0], ' '.join(row[1].split())) for i, row in enumerate(rows) if len(row) >= 2}


def records(corpus):
    """Every file of CORPUS/nahla-scraper/split/nahla_{aljazeera,misbar}_*.txt in sorted name order (LABEL_NAMED and
    SET16_READ left out) as dicts: name, base, source, title, verdict, category, paragraphs, subheads, article
    ((name, title, paragraphs) or None)."""
    cats = csv_categories(corpus)
    out, seen = [], set()
    for src in SOURCES:
        for path in sorted(glob.glob(os.path.join(corpus, CORPUS_FOLDER, f'nahla_{src}_*.txt'))):
            base = os.path.basename(path)
            if base in LABEL_NAMED or base in SET16_READ:
                continue
            with open(path, encoding='utf-8') as fh:
                lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
            if not lines:
                continue
            rec = {'name': f'{CORPUS_FOLDER}/{base}', 'base': base, 'source': src, 'title': lines[0], 'verdict': '',
                   'category': '', 'paragraphs': [], 'subheads': {}, 'article': None}
            if src == 'aljazeera':
                number = int(base[-9:-4])
                cat, csv_title = cats.get(number, ('', ''))
                rec['category'] = cat if csv_title == lines[0] else ''
                rec['paragraphs'] = aljazeera_paragraphs(lines[1:])
            elif len(lines[0].split()) < 3 and len(lines) > 1:
                rec['verdict'] = lines[0]
                rec['paragraphs'], rec['subheads'] = misbar_text(lines[1:])
                rec['title'] = misbar_title(rec['paragraphs'][0]) if rec['paragraphs'] else ''
            dup = rec['title'] in seen
            seen.add(rec['title'])
            rec['article'] = article_of(rec, lines, dup)
            out.append(rec)
    return out


def article_of(rec, lines, dup):
    """(name, title, paragraphs) when the record is an article: a usable title (3 to 20 words, no read-also marker)
    not taken by an earlier file, at least 6 paragraphs (the page shows the first 10), no marker in any line, and a
    lead that does not open with a credit; a Misbar file only when it is a verdict file. Else None."""
    if dup or not usable_title(rec['title']) or (rec['source'] == 'misbar' and not rec['verdict']):
        return None
    if any(m in line for line in lines[1:] for m in MARKERS if not (rec['verdict'] and MISBAR_ALSO in line)):
        return None
    paras = rec['paragraphs']
    if len(paras) < 6 or CREDIT.match(paras[0]):
        return None
    return rec['name'], rec['title'], paras[:10]


def pick_articles(recs, kinds, per_kind):
    """For each kind (in KINDS order), `per_kind` (index, article) pairs: the next articles of its source."""
    queues = {src: [i for i, r in enumerate(recs) if r['source'] == src and r['article']] for src in SOURCES}
    out = {}
    for kind in kinds:
        q = queues[SOURCE[kind]]
        if len(q) < per_kind:
            raise SystemExit(f'templates_set23: too few {SOURCE[kind]} articles for {kind}')
        out[kind] = [(i, recs[i]['article']) for i in q[:per_kind]]
        del q[:per_kind]
    return out


def following(recs, at_, title, n):
    """The titles of the n records of recs[at_]'s source that follow it (wrapping around) whose title is a usable
    headline, without `title` (each title once)."""
    same = [r for r in recs if r['source'] == recs[at_]['source']]
    pos = same.index(recs[at_])
    out = []
    for j in range(1, len(same)):
        t = same[(pos + j) % len(same)]['title']
        if usable_title(t) and t != title and t not in out:
            out.append(t)
            if len(out) == n:
                break
    return out


def page_time(n, kind, k):
    """Page n's local publication time: a day of the kind's SPAN and a time of day from 07:00 to 22:59, drawn from a
    generator seeded by n, in the kind's zone; the pages of AFTER_MIDNIGHT keep the day and take their clock time."""
    rng = random.Random(f'templates_set23 page {n}')
    first, last = SPAN[kind]
    day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    hour, minute = AFTER_MIDNIGHT.get((kind, k), (hour, minute))
    return zone(kind, datetime.datetime.combine(day, datetime.time(hour, minute)))


def zone_problems():
    """Hours of the kinds' SPANs (a week around them) at which ZONES' offset is not zoneinfo's for ZONE_NAMES."""
    try:
        import zoneinfo
    except ImportError:
        return []
    problems = []
    for kind, name in ZONE_NAMES.items():
        try:
            tz = zoneinfo.ZoneInfo(name)
        except Exception:  # no tzdata on this machine
            return []
        first, last = SPAN[kind]
        t = datetime.datetime.combine(first - datetime.timedelta(days=7), datetime.time(0), UTC)
        while t.date() <= last + datetime.timedelta(days=7):
            if tz.utcoffset(t.replace(tzinfo=None)) is not None and \
                    t.astimezone(tz).utcoffset() != datetime.timedelta(hours=offset_hours(kind, t)):
                problems.append(f'zone of {kind} at {t.isoformat()}')
            t += datetime.timedelta(hours=1)
    return problems


def wording_problems():
    """The strings of this file (docstrings aside) that hold a run of three Arabic words which, after
    templates_set5.fold(), a string constant of make_templates.py or templates_set5..22.py holds (docstrings
    included): the check that keeps the chrome's wording new (--wording; templates_set21's check)."""
    return set21_wording(os.path.basename(__file__),
                         ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 23)])


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    args = set_arguments(__doc__, 'templates_set23', KINDS, RENDER, CORPUS_FOLDER, [a for a in argv if a != '--wording'])
    recs = records(args.corpus)
    # Articles and headlines are drawn over the whole set (kinds in KINDS order, one shuffle a page), so that --kinds
    # picks the same ones.
    chosen = pick_articles(recs, KINDS, args.per_kind)
    shuffler = random.Random(20261223)
    bad = written = 0
    for n, kind in enumerate(kd for kd in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[kind][k]
        heads = following(recs, at_, art[1], 24)
        others = heads[:11]
        shuffler.shuffle(others)
        if kind not in args.kinds:
            continue
        rec = recs[at_]
        local = page_time(n, kind, k)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'category': rec['category'],
                 'verdict': rec['verdict'], 'subheads': {i: s for i, s in rec['subheads'].items() if i < len(art[2])},
                 'file': rec['base'], 'source': rec['source']}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        # A lead's place dateline is metadata, not the paragraph's opening (the development set's convention).
        label['body_with'] = [opening(split_dateline(p)[1]) for p in art[2]]
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set23')
        written += 1
    for problem in zone_problems():
        print(f'templates_set23: {problem}', file=sys.stderr)
        bad += 1
    if wording:
        for problem in wording_problems():
            print(f'templates_set23: {problem}', file=sys.stderr)
            bad += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
