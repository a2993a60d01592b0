#!/usr/bin/env python3
"""Sealed HTML template set 19 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/), and
never ran akhbar on these pages (nor any other binary of that name): the set stays sealed until it is scored once, and
that first score measures the rules on templates nobody tuned them for. None of these kinds is in make_templates.py or
templates_set5..18.py (a Wagtail newspaper, a Sitecore SXA authority's media centre, an Adobe Experience Manager
broadcaster, a WordPress Newspack newsroom, an Umbraco magazine, a Craft CMS magazine, a Mastodon status page; the
earlier sets' Hugo, Discourse, Wix, Squarespace and Google Sites kinds were left alone), and every chrome sentence is
new wording (no chrome constant of the earlier sets is imported; the wording was checked automatically against the
earlier sets' files: no run of three Arabic words or more of a string of this file, docstrings aside, appears, after
templates_set5.fold()'s letter folding, in the string constants of make_templates.py or templates_set5..18.py,
docstrings included). The chrome is Arabic, with the French or English that such sites carry (a Tunisian magazine's
bilingual labels, Newspack's credit line, a broadcaster's language link). The articles are texts no earlier set used:
Ar-APT's human-written articles (five kinds) and Fatabyyano's fact-checks (newspack and mastodon), which carry no date:
every page gets a day and a time of day drawn from a generator seeded by its number (a fact-check's day follows the
dates its text names), made local in the kind's own zone (Qatar's +03:00; the Emirates' +04:00; Cairo's +02:00, +03:00
in the summers of 2023 and 2024; Amman's +02:00/+03:00, +03:00 all year from 25 February 2022; Beirut's +02:00/+03:00;
Tunis' +01:00; the summer spans are a table from tzdata, checked against zoneinfo). The kinds vary where the dates come
from (Django's Arabic date formats over a JSON-LD in local time with microseconds and a json_script blob in UTC;
Sitecore's .NET ar-AE dates over a dataLayer of raw "yyyyMMddTHHmmssZ" field values; Egyptian date lines over AEM's
UTC Open Graph times and the Adobe Client Data Layer's repo:modifyDate; WordPress' "j F، Y" over Yoast's UTC graph and
a ClaimReview; .NET ar-LB dates with Levantine month names over Open Graph times that are Umbraco's CreateDate and
UpdateDate; Tunisian month names, a date-time line or a relative age over SEOmatic's JSON-LD and PHP DateTimes in UTC;
Mastodon's UTC-only l() times) and which dates are not the article's (a draft's creation, a masthead's or a cache's
day, a stock index's close, coming events, a site's content review, readers' comments and replies, a print issue's
month, a claim's date, later posts, programme times, footers' years); each kind carries a related list or a most-read
box and lists that look related but are not (a section's latest, an editor's picks, latest news, the authority's news
and events, a channel's schedule and videos, recent posts, previous and next posts, a print issue's contents,
trending tags, a podcast, replies that link other checks), and some pages an inline read-also line ("طالع في
الدانة:", "اطّلع كذلك:", "اقرأ كمان", "اقرأ تحققاً مشابهاً:", "طالع على ميزان:", "إقرأ زادة:", "طالعوا أيضاً
تحققنا:").

  wagtail    a Qatari economic daily built with Wagtail 5 on Django (+03:00): body.template-articlepage, hashed static
             files (ManifestStaticFilesStorage), hreflang alternates, image renditions (fill-800x450.format-webp); a
             NewsArticle JSON-LD whose datePublished and dateModified are Django's "c" format in local time with
             microseconds (first_published_at, last_published_at); a json_script blob (DjangoJSONEncoder: the same
             times in UTC with milliseconds and "Z"; page 1, published at 00:30 local, is the day before there); the
             masthead's day (the page cached 4 days 2 h later: not the article's) and the Qatar index strip with its
             13:15 close; the breadcrumb, the section, h1.article__title, "بقلم NAME، ROLE" and the date line in
             Django's Arabic formats: "نُشر: 29 يوليو، 2022 - 10:19 م" (page 0, DATE_FORMAT and TIME_FORMAT), "نُشر: 1
             مارس، 2018" (page 1) with "آخر تحديث: 2 مارس، 2018 - 11:05 ص" (1 day 10 h 35 later: the updated date),
             "نُشر: 20‏/11‏/2024" (page 2, SHORT_DATE_FORMAT with right-to-left marks), "نُشر: الثلاثاء 10 مايو، 2022"
             (page 3, whose update 1 day 3 h 10 later is declared only in dateModified and last_published_at: the
             updated date; elsewhere last_published_at is a republish 6 to 9 minutes later, not labelled), a reading
             time; the StreamField's block-paragraph sections (<p data-block-key>), a block-image with its caption
             after the first paragraph and on even pages a block-related_link "طالع في الدانة:" (read-also); tags,
             share links, "قراءات أخرى تكمل الصورة" cards with earlier dates (related); the sidebar's "الجديد في قسم
             ..." with later short dates (latest: not related), "يرشحها لك فريق التحرير" (editor's picks: not
             related), the newsletter form with its csrfmiddlewaretoken; the footer and the cookie notice
  sitecore   an Emirati tourism authority's media centre on Sitecore XP with SXA (+04:00): "component ...
             component-content" wrappers in rows, the accessibility bar, the logo's /-/media/ URL with its hash, the
             top links, the SXA search box's data-properties, navigation-main, a breadcrumb ending with the title;
             the news-details component: the category, h1.field-title and "تاريخ الخبر:" in .NET's ar-AE formats:
             "09 سبتمبر 2021" (pages 0 and 1, dd MMMM yyyy), "الاثنين، 26 نوفمبر 2018" (page 2, dddd، dd MMMM yyyy,
             published at 02:20 local: the day before in UTC), "15/04/2023" (page 3); a GTM dataLayer with Sitecore's
             raw UTC values "yyyyMMddTHHmmssZ": createdDate (the item's creation a day and 3 to 6 h before: not the
             article's), publishDate, updatedDate (the last save, 25 to 34 minutes after publication unless updated);
             a NewsArticle JSON-LD in local time on pages 0 and 3 only; page 1 shows "تاريخ التحديث:" (2 days 1 h
             40 later), page 3 declares an update 1 day 5 h 5 later only in dateModified and updatedDate (the updated
             dates); the image's caption, the rich-text body with a bold "اطّلع كذلك:" line on odd pages (read-also),
             page tools and share links, the page-list "مواد إعلامية في السياق ذاته" with earlier dates (related),
             the media contact; the sidebar's "المزيد من مستجدات الهيئة" with later dates (latest: not related) and
             "فعاليات الموسم القادم" (coming events with their dates); the "هل أفادتك هذه الصفحة؟" form, the
             happiness meter, footer links, the resolution note, "تاريخ مراجعة محتوى البوابة:" 38 to 65 days later
             (the site's content review: not the article's), the copyright year and the privacy warning
  aem        an Egyptian news channel's site on Adobe Experience Manager's core components (Africa/Cairo):
             body.page.basicpage with the page's id, meta template, clientlibs with their lc- hashes, Adobe Launch,
             the Adobe Client Data Layer push (JSON.parse("...\\x22...") with repo:modifyDate in UTC: the page's last
             modification, minutes after publication unless updated) and data-cmp-data-layer attributes holding the
             components' own modification dates; aem-Grid columns; the header experience fragment (navigation, a
             live button, language navigation), the breadcrumb, cmp-title's h1, the article meta "كتب: NAME" and a
             date in Egyptian forms: "الجمعة، 24 ديسمبر 2021 - 08:15 ص" (page 0), "17/7/2018 06:05 م" (page 1) with
             "آخر تحديث: 18/7/2018 03:31 م" (21 h 26 later, also the JSON-LD's dateModified: the updated date), "25
             يوليو 2023 01:10 ص" (page 2, in Cairo's summer time: the day before in UTC), "4 يوليو 2019" (page 3, whose
             update 1 day 2 h 50 later is declared only in article:modified_time and repo:modifyDate: the updated
             date); article:published_time in UTC ("Z") on every page and a NewsArticle JSON-LD in local time; the
             image caption, the text in cmp-text components cut after the second paragraph, with an inline teaser
             (cmp-teaser--inline, pretitle "اقرأ كمان") between them on even pages (read-also); the share bar; a
             title component "تغطيات أخرى للقصة نفسها" over a cmp-list without dates (related); the rail: "الأكثر
             قراءة على الموقع" numbered (related: a most-read box), "أحدث ما نشرت المحروسة" with dates inside the
             links (latest: not related), "على شاشة المحروسة الليلة" (programme times), videos with durations; the
             footer fragment (app, links, the next year's copyright) and the OneTrust banner
  newspack   an Amman fact-checking newsroom on WordPress with the Newspack theme (Asia/Amman): Yoast's @graph
             (NewsArticle, WebPage) and article:published_time and article:modified_time in UTC ("+00:00"; page 2,
             published at 00:50 local, is the day before there), a ClaimReview JSON-LD with the local day and the
             claim's own date 2 to 5 days earlier (itemReviewed: not the article's); Newspack's three header rows
             (secondary menu, branding with the tagline and the donate link, primary menu), cat-links with their
             screen-reader text, h1.entry-title, the byline and posted-on <time class="entry-date published"> in
             WordPress' Arabic "j F، Y" ("4 مارس، 2023"); page 0 shows "آخر تحديث" and the modified day (1 day 6 h
             15 later), page 2 carries its update (2 days 3 h 5 later) in a <time class="updated"> that the theme's
             stylesheet hides and in Yoast's dateModified and article:modified_time (the updated dates; elsewhere
             the modified time is 4 to 10 minutes after publication); the featured image; the text with the verdict
             box ("حكم فريق التحقق" and the rating, after the first paragraph; not labelled), an "اقرأ تحققاً
             مشابهاً:" paragraph on odd pages (read-also), Newspack's donate block and Jetpack's sharing; the Homepage
             Posts block "تحققات تناولت ادعاءات قريبة" with earlier dates (related), the previous and next posts
             (not related), readers' comments hours to a day later (odd pages) and the comment form; the sidebar:
             Jetpack's Top Posts "الأكثر قراءة منذ الأحد" on even pages (related: a most-read box), recent posts
             "نشرناه مؤخراً" with later dates (not related), the newsletter block; the footer ("Proudly powered by
             Newspack by Automattic") and a Campaigns lightbox prompt
  umbraco    a Beirut health magazine on Umbraco 12 with the Block Grid (Asia/Beirut): Bootstrap's RTL build,
             article:published_time and article:modified_time written from Umbraco's CreateDate (the draft, 3 to 9 h
             before publication; on page 1, published at 00:45 local, the evening before: not the article's day) and
             UpdateDate, in local time with the offset; the section, h1.article-title, "كتبت: NAME", the date line in
             .NET's ar-LB formats with the Levantine month names: "نُشر في 2 أيار 2023" (page 0) with "آخر مراجعة
             وتحديث: 5 أيار 2023" (3 days 2 h 20 later: the updated date), "نُشر في الثلاثاء 20 أيلول 2022" (page 1),
             "نُشر في 22/06/2021" (page 2, whose update 1 day 7 h 45 later is declared only in article:modified_time:
             the updated date), "نُشر في 23 حزيران 2021 - 14:42" (page 3); the medical reviewer's line; the Block Grid's
             layout items (element type aliases and udis): the hero image (its ?v= the media item's time in .NET
             ticks) and caption, rich text blocks with a readAlsoBlock "طالع على ميزان:" between them on odd pages
             (read-also), a disclaimer block; tags and share links; the sidebar: "الأكثر تصفحاً في المجلة" on odd
             pages (related: a most-read box), "في العدد N من المجلة المطبوعة" with the next month's name and page
             numbers (not related), a tip, the ask-a-doctor box; "مقالات ترتبط بهذا الموضوع" cards with a category
             and earlier dd/MM/yyyy dates (related); the Umbraco Forms newsletter (__RequestVerificationToken, ufprt);
             the footer and the cookie consent
  craft      a Tunisian technology magazine on Craft CMS 4 with SEOmatic and Blitz (+01:00): SEOmatic's metas (no
             times) and its JSON-LD @graph (NewsArticle with dateCreated, the entry's creation 1 day 4 h 18 before:
             not the article's, datePublished and dateModified in local time; the identity; the breadcrumb list);
             Blitz's comment after </html> with the cache time (3 days 5 h 29 later); the bilingual tagline and menu,
             the section, h1.entry-header__title, "بقلم NAME" and a <time datetime> in local time whose text is Craft's
             ar-TN long date with the Tunisian month names ("28 مارس 2020", page 0), "السبت 10 فيفري 2018 على الساعة
             16:14" (page 1) with "تمّ التحيين يوم ... على الساعة ..." (1 day 2 h 40 later: the updated date), Twig's
             time_diff at the cache time "منذ 3 أيام" (page 2), "23/12/2019" (page 3, published at 00:20 local, whose
             update 2 days 8 h 5 later is declared only in dateModified and the comments app's dateUpdated: the
             updated date); the comments app's data-entry JSON with postDate and dateUpdated as PHP DateTimes in UTC
             (page 3's postDate the day before); the Matrix blocks: text, an image with its caption after the first
             paragraph and on even pages a readmore block "إقرأ زادة:" (read-also); share links, the previous and
             next entries "المقال اللي قبلو" and "المقال الموالي" (not related), "مقالات على علاقة بالموضوع" cards
             with earlier dates (related), readers' comments hours to a day later (even pages) and the form with its
             CRAFT_CSRF_TOKEN; the sidebar: "Derniers articles · آخر ما كتبنا" with later dates (not related),
             "Tendances" hashtags, the podcast; the footer's newsletter, links and copyright; a French and Arabic
             cookie banner
  mastodon   a Jordanian fact-checking platform's long post on a glitch-soc server (Mastodon 3.5 with Markdown posts
             and a 10000-character limit), as the server renders its public status page, every time in UTC only (the
             account's zone is Amman's +03:00; these pages fall between 07:00 and 20:59 local, so the UTC date is the
             local one, as set 17's Telegraph): the title "NAME: &quot;# TITLE...&quot; - ساحات" (the status text's
             first 50 characters with Markdown's heading mark), og:title the account "NAME (@acct)", the description,
             the activity+json alternate with the status' snowflake id (its high bits the creation time in
             milliseconds), the initial-state JSON; the public layout's header (brand, directory, about, apps, log in,
             sign up); the detailed status: the account, the follow button, the e-content of the Markdown post: the
             headline as <h1>, the paragraphs, on odd pages an inline "طالعوا أيضاً تحققنا:" line after the first one
             (read-also), a bold line "تحققات سابقة لنا تتناول الموضوع:" over a list of links (related), the hashtags;
             the meta: data.dt-published and <time class="formatted"> whose text is Rails' l() of the UTC time ("07
             فبراير 2023، 04:19"), on pages 1 and 3 data.dt-updated and "حُرِّر المنشور في ..." (1 day 1 h 10 and 1
             day 21 h 25 later: the updated dates), the counters; two or three replies 2 to 20 h later (h-cite
             entries), one of them another fact-checker's with a link to its own check (a headline: not related); the
             sidebar's hero widget with the server's description and the trends widget (its hashtags client-rendered:
             data-props only); the footer's columns and the version

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date, where the page shows or declares an update of the article: 14 of the 28 pages, two of each kind; as in
sets 16 to 18, a page without an update carries no updated key, so that only the updates are scored), body_with = the
opening of each paragraph (templates_set5.opening()), body_without = visible chrome texts and other stories'
headlines, read_also, related (headed related lists, a related list inside a Mastodon post under its bold line, and
most-read boxes only). Neither the fact-check's verdict box nor a Mastodon post's hashtags are labelled.

Articles: not the corpora of the earlier sets but CORPUS/ar-apt-human/CAT-N.txt (Ar-APT's human-written articles,
categories Bus, Fin, Med, Pol, Sci, Spo, Tech, Tour; read with utf-8-sig, CRLF or LF) and
CORPUS/nahla-scraper/split/nahla_fatabyyano_*.txt (Fatabyyano's fact-checks: the claim's verdict as the first line,
then the text's opening lines). Every file that a label of tests/ (segmenter or HTML) or ../shared/eval/dev named, or
that a segmenter blind draw (tests/segmenter/blind*-draw.txt) listed, when the set was written is left out
(LABEL_NAMED, frozen). An Ar-APT file's title is its first line when that line has 3 to 14 words and does not end with
a stop, a colon or a comma (four such lines that are not headlines, a basmala, a chairman's message and a paper's
byline, are frozen in NOT_HEADLINES); its paragraphs are its other lines of 12 words or more where it has three, else
the sentences of its lines (templates_set16.sentences(), one under 12 words joined to the next:
templates_set16.joined_paragraphs(), which also stops before a quoted social post or a repeated paragraph); a file is
left out when most of its long lines end without a sentence's stop (text cut at a fixed width), when its lead lost its
first words in the corpus (CUT_LEADS, read by hand) or when it is a list rather than an article (NOT_ARTICLES). A
fact-check's paragraphs are its lines (a line that ends without punctuation joined to the next), up to a quoted social
post or a line that announces a quoted claim ("... وفق الوصف الآتي – دون تصرف -:"), those under 12 words joined to the
next. A file is an article when its title has 3 to 20 words, none of its lines holds "اقرأ", "إقرأ", "للمزيد" or "قد
يهمك", and it has at least 3 paragraphs (the page takes the first 8). The kinds take their articles in the order
above, each the first ones not yet taken of its source: the Ar-APT kinds round robin over their categories in number
order (wagtail Bus and Fin, sitecore Tour, aem Spo, Pol, Tech and Tour, umbraco Med, craft Tech), newspack and mastodon
the Fatabyyano files in name order (nahla_fatabyyano_00297 to 00372). Page n (counted over the whole set, kinds in the
order above) takes its local time from random.Random("templates_set19 page N"): an Ar-APT page a day of 2018-01-01 to
2024-12-31, a fact-check 1 to 4 days after the latest "6 فبراير 2023" date its text names (or that of the nearest file
in name order whose text names one), and a time from 07:00 to 22:59 (20:59 for mastodon), except wagtail-1 (00:30),
sitecore-2 (02:20), aem-2 (01:10), newspack-2 (00:50), umbraco-1 (00:45) and craft-3 (00:20), moved after midnight for
their UTC or draft traps. Other stories' headlines (related, latest and the like) are the titles of the files that
follow the article's in its source's order, wrapping around (any usable title, the article's own excepted; Ar-APT's
are the first lines that qualify as titles): the first 11 shuffled, then the rest in order (the read-also is the 12th).

Usage: templates_set19.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the page's
visible text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's link check
that every read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed in order
(templates_set10.renderer() runs those two); fails if any check does. The pages' text was also compared with headless
Chromium's document.body.innerText once while writing them (every labelled text and title is in it). The output is
the same byte for byte from run to run.
"""
import datetime
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import TN_MONTHS, set_arguments, write_page  # noqa: E402
from templates_set15 import iso_local, opening_words, outside, upd_of  # noqa: E402
from templates_set16 import SOCIAL, joined_paragraphs, sentences  # noqa: E402
from templates_set12 import hm  # noqa: E402
from templates_set16 import at, dmy  # noqa: E402
from templates_set17 import ar_date  # noqa: E402
from templates_set18 import epoch, links, tz_of  # noqa: E402

KINDS = ('wagtail', 'sitecore', 'aem', 'newspack', 'umbraco', 'craft', 'mastodon')
# The corpus each kind takes its articles from, and for the Ar-APT kinds the file categories, taken round robin.
SOURCE = {'wagtail': 'apt', 'sitecore': 'apt', 'aem': 'apt', 'newspack': 'fatabyyano', 'umbraco': 'apt', 'craft': 'apt',
          'mastodon': 'fatabyyano'}
APT_CATEGORIES = {'wagtail': ('Bus', 'Fin'), 'sitecore': ('Tour',), 'aem': ('Spo', 'Pol', 'Tech', 'Tour'), 'umbraco': ('Med',),
                  'craft': ('Tech',)}
APT_FOLDER = 'ar-apt-human'
FAT_FOLDER = 'nahla-scraper/split'
# UTC spans (naive) in which a zone is one hour ahead of its standard offset, from tzdata 2024 (Africa/Cairo, Asia/Amman,
# Asia/Beirut, 2018-2024; checked against zoneinfo when the set was written). Jordan kept +03:00 from 25 February 2022.
CAIRO_SUMMER = [(datetime.datetime(2023, 4, 27, 22), datetime.datetime(2023, 10, 26, 21)),
                (datetime.datetime(2024, 4, 25, 22), datetime.datetime(2024, 10, 31, 21))]
AMMAN_SUMMER = [(datetime.datetime(2018, 3, 29, 22), datetime.datetime(2018, 10, 25, 22)),
                (datetime.datetime(2019, 3, 28, 22), datetime.datetime(2019, 10, 24, 22)),
                (datetime.datetime(2020, 3, 26, 22), datetime.datetime(2020, 10, 29, 22)),
                (datetime.datetime(2021, 3, 25, 22), datetime.datetime(2021, 10, 28, 22)),
                (datetime.datetime(2022, 2, 24, 22), datetime.datetime(2100, 1, 1))]
BEIRUT_SUMMER = [(datetime.datetime(2018, 3, 24, 22), datetime.datetime(2018, 10, 27, 21)),
                 (datetime.datetime(2019, 3, 30, 22), datetime.datetime(2019, 10, 26, 21)),
                 (datetime.datetime(2020, 3, 28, 22), datetime.datetime(2020, 10, 24, 21)),
                 (datetime.datetime(2021, 3, 27, 22), datetime.datetime(2021, 10, 30, 21)),
                 (datetime.datetime(2022, 3, 26, 22), datetime.datetime(2022, 10, 29, 21)),
                 (datetime.datetime(2023, 3, 25, 22), datetime.datetime(2023, 10, 28, 21)),
                 (datetime.datetime(2024, 3, 30, 22), datetime.datetime(2024, 10, 26, 21))]
# The kind's standard offset (hours east of UTC) and its summer spans.
ZONES = {'wagtail': (3, []), 'sitecore': (4, []), 'aem': (2, CAIRO_SUMMER), 'newspack': (2, AMMAN_SUMMER),
         'umbraco': (2, BEIRUT_SUMMER), 'craft': (1, []), 'mastodon': (2, AMMAN_SUMMER)}
# Pages whose local time is moved to just after midnight, so that their UTC date is the day before (kind, page).
AFTER_MIDNIGHT = {('wagtail', 1): (0, 30), ('sitecore', 2): (2, 20), ('aem', 2): (1, 10), ('newspack', 2): (0, 50),
                  ('umbraco', 1): (0, 45), ('craft', 3): (0, 20)}
UTC = datetime.timezone.utc


def zone_helpers(zones):
    """The time helpers of a set whose kinds live in `zones` (kind: (standard offset, UTC summer spans)):
    offset_hours(kind, t), zone(kind, naive), in_zone(kind, t), later(kind, t, **delta), earlier(...)."""
    def offset_hours(kind, t):
        """The kind's offset (hours) at the instant `t`."""
        base, summer = zones[kind]
        naive = t.astimezone(UTC).replace(tzinfo=None)
        return base + 1 if any(a <= naive < b for a, b in summer) else base

    def zone(kind, naive):
        """`naive` (a local wall-clock time) made aware in the kind's zone (summer time first where both fit)."""
        base = zones[kind][0]
        for off in (base + 1, base):
            t = naive.replace(tzinfo=tz_of(off))
            if offset_hours(kind, t) == off:
                return t
        return naive.replace(tzinfo=tz_of(base + 1))

    def in_zone(kind, t):
        return t.astimezone(tz_of(offset_hours(kind, t)))

    def later(kind, t, **delta):
        return in_zone(kind, t + datetime.timedelta(**delta))

    def earlier(kind, t, **delta):
        return in_zone(kind, t - datetime.timedelta(**delta))

    return offset_hours, zone, in_zone, later, earlier


offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)


def iso_z(t):
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')


def iso_utc(t):
    """UTC with '+00:00' (WordPress' and Yoast's form)."""
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def ampm(t, am='ص', pm='م'):
    return am if t.hour < 12 else pm


def h12(t):
    return f'{t.hour % 12 or 12}:{t.minute:02d}'


def lead_words(paras, n=24):
    return opening_words(paras[0], n)


# --- wagtail: a Qatari economic daily built with Wagtail (Django) -------------------------------------------------
WG_SITE = 'الدانة الاقتصادية'
WG_HOST = 'https://www.aldana-eco.qa.example'
WG_NAV = ['الرئيسية', 'أسواق', 'طاقة', 'عقارات', 'شركات وريادة', 'مال', 'أعمدة', 'English']
WG_SECTIONS = {'Bus': 'شركات وريادة', 'Fin': 'مال'}
WG_SKIP = 'تجاوز إلى المحتوى'
WG_SEARCH = 'ابحث في أعداد الدانة'
WG_TICKER = 'مؤشر بورصة قطر'
WG_TICKER_AT = 'قيمة المؤشر عند الساعة'
WG_BY = 'بقلم'
WG_ROLES = ['محرر الشركات', 'قسم المال', 'محررة الريادة', 'مراسل الأسواق']
WG_WRITERS = ['عبدالله المهندي', 'مريم الكواري', 'نورة السليطي', 'خالد البوعينين']
WG_PUBLISHED = 'نُشر:'
WG_UPDATED = 'آخر تحديث:'
WG_READ = 'مدة القراءة {n} دقائق'
WG_CAPTION = 'لقطة من مكتبة صور الدانة'
WG_ALSO = 'طالع في الدانة:'
WG_TAGS = 'موضوعات التقرير:'
WG_TAG_WORDS = ['الاقتصاد القطري', 'ريادة الأعمال', 'الشركات الناشئة', 'التمويل']
WG_SHARE = 'أرسل التقرير إلى زميل'
WG_RELATED = 'قراءات أخرى تكمل الصورة'
WG_LATEST = 'الجديد في قسم {section}'
WG_PICKS = 'يرشحها لك فريق التحرير'
WG_NEWSLETTER = 'نشرة الدانة الصباحية: أرقام السوق قبل جرس الافتتاح'
WG_EMAIL = 'عنوان بريدك'
WG_SUBSCRIBE = 'سجّلني'
WG_FOOTER = ['عن الصحيفة', 'هيئة التحرير', 'أعلن لدينا', 'شروط الاستخدام', 'تواصل مع الدانة']
WG_COPY = 'الدانة الاقتصادية، الدوحة. لك أن تقتبس من موادنا على أن تسمّي الصحيفة'
WG_COOKIE = 'يحفظ موقع الدانة على جهازك ما يلزم لتشغيله فقط، ولا تُباع بيانات تصفحك لأي طرف'
WG_COOKIE_OK = 'حسناً'
# Django's Arabic month names (the ar locale's translations of MONTHS).
DJ_MONTHS = ['يناير', 'فبراير', 'مارس', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']


def dj_date(t):
    """Django's DATE_FORMAT for 'ar' ("j F، Y")."""
    return f'{t.day} {DJ_MONTHS[t.month - 1]}، {t.year}'


def dj_time(t):
    """Django's TIME_FORMAT for 'ar' ("g:i A")."""
    return f'{h12(t)} {ampm(t)}'


def dj_short(t):
    """Django's SHORT_DATE_FORMAT for 'ar' ("d‏/m‏/Y", with right-to-left marks)."""
    return f'{t.day:02d}\u200f/{t.month:02d}\u200f/{t.year}'


def dj_c(t, micro):
    """Django's "c" format of an aware datetime with its microseconds, in the site's zone."""
    return t.replace(microsecond=micro).isoformat()


def dj_json(t, micro):
    """DjangoJSONEncoder's form of an aware datetime as the database returns it (UTC, milliseconds, "Z")."""
    u = t.replace(microsecond=micro).astimezone(UTC)
    return u.isoformat()[:23] + 'Z'


def json_script(value):
    """Django's json_script filter: JSON with <, > and & escaped."""
    return json.dumps(value, ensure_ascii=False).replace('<', '\\u003C').replace('>', '\\u003E').replace('&', '\\u0026')


def render_wagtail(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest, picks = others[:4], others[4:8], others[8:11]
    kind = 'wagtail'
    pub = at(extra)
    section = WG_SECTIONS.get(extra['category'], WG_NAV[4])
    writer, role = WG_WRITERS[k], WG_ROLES[k]
    pid = 4812 + 137 * k
    micro = 418205 + 91373 * k
    # last_published_at: a republish minutes later on every page, a real update on pages 1 (shown) and 3 (JSON-LD only).
    mod, upd_day, upd_line = later(kind, pub, minutes=6 + k), None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=10, minutes=35)
        upd_line = f'{WG_UPDATED} {dj_date(mod)} - {dj_time(mod)}'
    elif k == 3:
        mod = later(kind, pub, days=1, hours=3, minutes=10)
    if k in (1, 3):
        upd_day = mod.date()
    if k == 0:
        shown = f'{WG_PUBLISHED} {dj_date(pub)} - {dj_time(pub)}'
    elif k == 1:
        shown = f'{WG_PUBLISHED} {dj_date(pub)}'
    elif k == 2:
        shown = f'{WG_PUBLISHED} {dj_short(pub)}'
    else:
        shown = f'{WG_PUBLISHED} {DAYS[pub.weekday()]} {dj_date(pub)}'
    minutes = max(2, sum(len(p.split()) for p in paras) // 180 + 1)
    path = f'/ar/{extra["category"].lower()}/{slug}/'
    url = WG_HOST + path
    today = later(kind, pub, days=4, hours=2)
    blocks = []
    for i, p in enumerate(paras):
        key = f'{(pid * (i + 3)) % 46655:05x}'[-5:]
        blocks.append(f'<section class="block-paragraph"><p data-block-key="{key}">{esc(p)}</p></section>')
        if i == 0:
            blocks.append(f'<section class="block-image"><figure class="article-figure"><img alt="" class="article-figure__img" height="450" src="/media/images/{slug}.2e16d0ba.fill-800x450.format-webp.webp" width="800"><figcaption>{WG_CAPTION}</figcaption></figure></section>')
        if i == 1 and k % 2 == 0:
            blocks.append(f'<section class="block-related_link"><aside class="inline-link"><span class="inline-link__label">{WG_ALSO}</span> <a href="/ar/{extra["category"].lower()}/also-{pid - 40}/">{esc(extra["also"])}</a></aside></section>')
    tags = outside(WG_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = ''.join(f'<li><a href="/ar/tags/{i + 3 * k}/">{esc(t)}</a></li>' for i, t in enumerate(tags))
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'mainEntityOfPage': url,
          'datePublished': dj_c(pub, micro), 'dateModified': dj_c(mod, (micro * 7) % 1000000),
          'author': {'@type': 'Person', 'name': writer}, 'articleSection': section,
          'image': f'{WG_HOST}/media/images/{slug}.2e16d0ba.fill-1200x675.jpg',
          'publisher': {'@type': 'NewsMediaOrganization', 'name': WG_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{WG_HOST}/static/img/logo.8d1c2f.png'}}}
    rel_days = [earlier(kind, pub, days=6 + 9 * i, hours=i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="card card--related"><a class="card__link" href="/ar/{extra["category"].lower()}/r-{pid - 11 * (i + 1)}/">{esc(t)}</a> <span class="card__date">{dj_date(d)}</span></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_days = [later(kind, pub, days=1 + i, hours=2 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="/ar/{extra["category"].lower()}/n-{pid + 7 * (i + 1)}/">{esc(t)}</a> <time datetime="{dj_c(d, 0)}">{dj_short(d)}</time></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    picks_html = links(picks, '/ar/picks/', 'picks__link')
    nav = ''.join(f'<li class="nav__item{" nav__item--active" if t == section else ""}"><a href="/ar/s/{i}/"{" lang=" + chr(34) + "en" + chr(34) if t == "English" else ""}>{t}</a></li>' for i, t in enumerate(WG_NAV))
    foot = links(WG_FOOTER, '/ar/about/')
    crumbs = f'<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/ar/">{WG_NAV[0]}</a></li><li><a href="/ar/{extra["category"].lower()}/">{section}</a></li></ol></nav>'
    upd_html = f'<span class="article-meta__updated">{upd_line}</span>' if upd_line else ''
    csrf = f'qX{pid}Lm2pV8rT{k}wZb4Nc6Hd0Jf3Gk5Ys7Ua9Ie1Oo'
    # The page's data for the paywall and analytics scripts, serialized by json_script (DjangoJSONEncoder: UTC).
    page_data = {'id': pid, 'type': 'news.ArticlePage', 'section': section, 'first_published_at': dj_json(pub, micro),
                 'last_published_at': dj_json(mod, (micro * 7) % 1000000), 'locale': 'ar', 'premium': False}
    ticker_at = today.replace(hour=13, minute=15)  # the exchange's close on the day the page was cached
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {WG_SITE}</title>
<meta name="description" content="{esc(lead_words(paras))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="ar" href="{url}">
<link rel="alternate" hreflang="en" href="{WG_HOST}/en/{extra["category"].lower()}/">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{WG_HOST}/media/images/{slug}.2e16d0ba.fill-1200x675.jpg">
<meta property="og:site_name" content="{WG_SITE}">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/css/main.5c1e9a3b7f20.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="template-articlepage page-{pid}">
<a class="skip-link" href="#main-content">{WG_SKIP}</a>
<header class="site-header">
<div class="site-header__top"><span class="site-header__date">{DAYS[today.weekday()]} {ar_date(today)}</span>
<div class="market-strip"><span class="market-strip__name">{WG_TICKER}</span> <span class="market-strip__value">{10230 + 97 * k:,}.{34 + k}</span> <span class="market-strip__change">▲ 0.{42 + k}%</span> <span class="market-strip__time">{WG_TICKER_AT} {hm(ticker_at)}</span></div></div>
<div class="site-header__main"><a class="site-header__logo" href="/ar/"><img alt="{WG_SITE}" src="/static/img/logo.8d1c2f.svg" width="180" height="48"></a>
<form class="site-search" action="/ar/search/" method="get"><input type="search" name="query" placeholder="{WG_SEARCH}" aria-label="{WG_SEARCH}"></form></div>
<nav class="nav" aria-label="primary"><ul class="nav__list">{nav}</ul></nav>
</header>
<main id="main-content" class="main">
<div class="container">
{crumbs}
<article class="article">
<header class="article__header">
<a class="article__section" href="/ar/{extra["category"].lower()}/">{section}</a>
<h1 class="article__title">{esc(title)}</h1>
<div class="article-meta"><span class="article-meta__author">{WG_BY} <a href="/ar/authors/{pid % 97}/">{writer}</a>، {role}</span>
<span class="article-meta__date">{shown}</span>
{upd_html}
<span class="article-meta__reading">{WG_READ.format(n=minutes)}</span></div>
</header>
<div class="article__body streamfield">
{''.join(blocks)}
</div>
<footer class="article__footer">
<div class="article-tags"><span>{WG_TAGS}</span><ul>{tag_html}</ul></div>
<div class="share"><span>{WG_SHARE}</span> <a href="mailto:?subject={esc(title)}&amp;body={url}">E-mail</a> <a href="https://www.linkedin.example/shareArticle?url={url}">LinkedIn</a> <a href="https://x.example/intent/post?url={url}">X</a></div>
</footer>
</article>
<section class="related-pages"><h2>{WG_RELATED}</h2><ul class="cards">{rel_html}</ul></section>
</div>
<aside class="sidebar">
<section class="sidebar__block"><h2>{WG_LATEST.format(section=section)}</h2><ul>{latest_html}</ul></section>
<section class="sidebar__block"><h2>{WG_PICKS}</h2><ul>{picks_html}</ul></section>
<form class="newsletter" action="/ar/newsletter/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{csrf}"><p>{WG_NEWSLETTER}</p><input type="email" name="email" placeholder="{WG_EMAIL}" required> <button type="submit">{WG_SUBSCRIBE}</button></form>
</aside>
</main>
<footer class="site-footer"><ul class="site-footer__links">{foot}</ul><p class="site-footer__copy">© {today.year} {WG_COPY}</p></footer>
<div class="cookie-notice" data-cookie-notice><p>{WG_COOKIE}</p><button type="button" data-cookie-accept>{WG_COOKIE_OK}</button></div>
<script id="page-data" type="application/json">{json_script(page_data)}</script>
<script src="/static/js/main.0a7c4e19b2d3.js" defer></script>
</body>
</html>
'''
    without = [WG_SKIP, f'{DAYS[today.weekday()]} {ar_date(today)}', WG_TICKER, f'{WG_TICKER_AT} {hm(ticker_at)}', f'{WG_BY} {writer}',
               shown, WG_READ.format(n=minutes), WG_CAPTION, WG_TAGS, WG_SHARE, WG_RELATED, WG_LATEST.format(section=section),
               WG_PICKS, WG_NEWSLETTER, WG_COOKIE, WG_FOOTER[1], f'© {today.year} {WG_COPY}'] + latest + picks + rel[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- sitecore: an Emirati tourism authority's media centre on Sitecore XP with SXA ------------------------------------
SC_SITE = 'هيئة الواحة للسياحة والتراث'
SC_HOST = 'https://www.wahatourism.gov.example'
SC_ACCESS = ['تكبير النص', 'تصغير النص', 'وضع التباين العالي', 'استمع إلى الصفحة']
SC_TOP = ['English', 'خريطة الموقع', 'تواصل معنا']
SC_SEARCH = 'ما الذي تبحث عنه في موقع الهيئة؟'
SC_NAV = ['الرئيسية', 'عن الهيئة', 'الخدمات', 'الوجهات', 'المركز الإعلامي', 'البيانات المفتوحة']
SC_CRUMB = ['الرئيسية', 'المركز الإعلامي', 'الأخبار']
SC_PUBLISHED = 'تاريخ الخبر:'
SC_UPDATED = 'تاريخ التحديث:'
SC_CATEGORY = ['الفضاء والابتكار', 'وجهات عالمية', 'وجهات عالمية', 'الضيافة']
SC_CAPTION = 'صورة تعبيرية وزعها المكتب الإعلامي للهيئة'
SC_ALSO = 'اطّلع كذلك:'
SC_TOOLS = ['نسخة للطباعة', 'أرسل بالبريد الإلكتروني', 'حمّل نسخة PDF']
SC_SHARE = 'شارك الخبر مع متابعيك'
SC_RELATED = 'مواد إعلامية في السياق ذاته'
SC_LATEST = 'المزيد من مستجدات الهيئة'
SC_EVENTS = 'فعاليات الموسم القادم'
SC_EVENT_NAMES = ['ليالي التراث في قلعة الواحة', 'معرض الحرف اليدوية الإماراتية', 'سباق الهجن التراثي السنوي']
SC_MEDIA = 'للاستفسارات الإعلامية يرجى مراسلة'
SC_HELPFUL = 'هل أفادتك هذه الصفحة؟'
SC_HELPFUL_BUTTONS = ['نعم', 'لا']
SC_HAPPINESS = 'كيف تقيّم زيارتك لموقع الهيئة اليوم؟'
SC_FACES = ['سعيد', 'محايد', 'غير راضٍ']
SC_FOOTER = ['سياسة الخصوصية', 'إخلاء المسؤولية', 'إمكانية الوصول', 'الأسئلة الشائعة']
SC_RESOLUTION = 'صُممت البوابة لتظهر بوضوح على شاشات 1366×768 فما فوق وبأحدث إصدارات المتصفحات'
SC_SITE_UPDATED = 'تاريخ مراجعة محتوى البوابة:'
SC_COOKIE = 'يعتمد الموقع الرسمي للهيئة على ملفات الارتباط لتحسين الخدمات الرقمية وقياس استخدامها'
SC_COOKIE_BUTTONS = ['أوافق', 'تفاصيل أكثر']


def sc_raw(t):
    """Sitecore's raw field value of a date-time: UTC, "yyyyMMddTHHmmssZ"."""
    return t.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def sc_long(t):
    """.NET "dd MMMM yyyy" in ar-AE."""
    return ar_date(t, pad=True)


def sc_guid(n):
    h = f'{(n * 2654435761) % (1 << 128):032X}'
    return f'{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}'


def sc_component(cls, inner, extra_attrs=''):
    return f'<div class="component {cls}"{extra_attrs}><div class="component-content">{inner}</div></div>'


def render_sitecore(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:8]
    kind = 'sitecore'
    pub = at(extra)
    item = sc_guid(9000 + 17 * k)
    created = earlier(kind, pub, days=1, hours=3 + k, minutes=12)  # the item's creation: a draft, not the article's date
    saved = later(kind, pub, minutes=25 + 3 * k)  # __Updated: the last save, minutes after publishing
    upd_day, upd_line = None, ''
    if k == 1:
        saved = later(kind, pub, days=2, hours=1, minutes=40)
        upd_line = f'{SC_UPDATED} {sc_long(saved)}'
        upd_day = saved.date()
    elif k == 3:
        saved = later(kind, pub, days=1, hours=5, minutes=5)
        upd_day = saved.date()
    if k == 2:
        shown = f'{DAYS[pub.weekday()]}، {sc_long(pub)}'
    elif k == 3:
        shown = dmy(pub)
    else:
        shown = sc_long(pub)
    site_updated = later(kind, pub, days=38 + 9 * k)
    year_dir = f'{pub.year}/{pub.month:02d}'
    path = f'/ar/media-centre/news/{year_dir}/{slug}'
    url = SC_HOST + path
    img = f'/-/media/project/waha/news/{year_dir}/{slug}.jpg?h=562&amp;w=1000&amp;hash=7C1E{k}9A2F04B3D5E6A7B8C9D0E1F2A3B4'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and k % 2 == 1:
            body.append(f'<p><strong>{SC_ALSO}</strong> <a href="/ar/media-centre/news/{year_dir}/also-{k}">{esc(extra["also"])}</a></p>')
    rel_days = [earlier(kind, pub, days=5 + 7 * i) for i in range(len(rel))]
    rel_items = ''.join(f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}{" first" if i == 0 else ""}"><div class="field-newsdate">{sc_long(d)}</div><div class="field-title"><a href="/ar/media-centre/news/{d.year}/{d.month:02d}/rel-{k}{i}">{esc(t)}</a></div></li>'
                        for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_days = [later(kind, pub, days=2 + 3 * i, hours=i) for i in range(len(latest))]
    latest_items = ''.join(f'<li class="item{i}"><div class="field-newsdate">{sc_long(d)}</div><div class="field-title"><a href="/ar/media-centre/news/{d.year}/{d.month:02d}/new-{k}{i}">{esc(t)}</a></div></li>'
                           for i, (t, d) in enumerate(zip(latest, latest_days)))
    event_days = [later(kind, pub, days=20 + 11 * i) for i in range(len(SC_EVENT_NAMES))]
    events = ''.join(f'<li class="event"><span class="event-date">{sc_long(d)}</span> <a href="/ar/events/{k}{i}">{n}</a></li>' for i, (n, d) in enumerate(zip(SC_EVENT_NAMES, event_days)))
    access = ''.join(f'<li><button type="button" class="a11y-{i}">{t}</button></li>' for i, t in enumerate(SC_ACCESS))
    top = ''.join(f'<li class="item{i}"><div class="field-link"><a href="/ar/{["en", "sitemap", "contact"][i]}">{t}</a></div></li>' for i, t in enumerate(SC_TOP))
    nav = ''.join(f'<li class="level0 item{i} {"odd" if i % 2 == 0 else "even"}{" active" if i == 4 else ""} rel-level1"><div class="navigation-title field-navigationtitle"><a title="{t}" href="/ar/n{i}">{t}</a></div></li>' for i, t in enumerate(SC_NAV))
    crumbs = ''.join(f'<li class="breadcrumb-item{" home" if i == 0 else ""}"><div class="navigation-title field-navigationtitle"><a title="{t}" href="/ar/c{i}">{t}</a></div><div class="separator">&gt;</div></li>' for i, t in enumerate(SC_CRUMB))
    crumbs += f'<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><span>{esc(title)}</span></div></li>'
    foot = ''.join(f'<li><a href="/ar/f{i}">{t}</a></li>' for i, t in enumerate(SC_FOOTER))
    layer = {'event': 'pageview', 'pageType': 'News Detail', 'itemId': item, 'language': 'ar-AE', 'site': 'waha',
             'category': SC_CATEGORY[k], 'createdDate': sc_raw(created), 'publishDate': sc_raw(pub), 'updatedDate': sc_raw(saved),
             'template': 'News Page'}
    ld = ''
    if k in (0, 3):
        data = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'inLanguage': 'ar',
                'datePublished': iso_local(pub), 'image': SC_HOST + img.replace('&amp;', '&'),
                'publisher': {'@type': 'GovernmentOrganization', 'name': SC_SITE}}
        if k == 3:
            data['dateModified'] = iso_local(saved)
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
    upd_html = f'<div class="field-updateddate">{upd_line}</div>' if upd_line else ''
    search_props = json.dumps({'endpoint': '/sxa/search/results/', 'suggestionEndpoint': '/sxa/search/suggestions/',
                               'suggestionsMode': 'ShowSearchSuggestions', 'resultPage': '/ar/search', 'targetSignature': 'searchresults',
                               'v': sc_guid(41), 's': sc_guid(42), 'p': 5, 'l': 'ar-AE', 'languageSource': 'CurrentLanguage',
                               'itemid': item, 'minSuggestionsTriggerCharacterCount': 2})
    page = f'''<!DOCTYPE html>
<html lang="ar-AE" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {SC_SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(lead_words(paras))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{SC_HOST}{img}">
<meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
<link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t=20230612T094512Z" rel="stylesheet">
<link href="/-/media/themes/waha/waha-theme/styles/pre-optimized-min.css?t=20240118T101233Z" rel="stylesheet">
{ld}<script>window.dataLayer = window.dataLayer || []; dataLayer.push({json.dumps(layer, ensure_ascii=False)});</script>
</head>
<body class="default-device bodyclass rtl">
<div id="wrapper">
<header>
<div id="header" class="main clearfix">
<div class="row">
{sc_component('link-list col-12 accessibility-bar', f'<ul>{access}</ul>')}
{sc_component('image file-type-icon-media-link col-6 col-md-3 logo', f'<a title="{SC_SITE}" href="/ar"><img src="/-/media/project/waha/shared/logo.svg?iar=0&amp;hash=4B0E1C2D3A" alt="{SC_SITE}"></a>')}
{sc_component('link-list col-6 col-md-9 top-links', f'<ul>{top}</ul>')}
{sc_component('search-box horizontal col-12', f'<input class="search-box-input" type="text" name="textBoxSearch" placeholder="{SC_SEARCH}"><button class="search-box-button">بحث</button>', f" data-properties='{esc(search_props)}'")}
{sc_component('navigation navigation-main navigation-main-horizontal col-12', f'<nav><ul class="clearfix">{nav}</ul></nav>')}
</div>
</div>
</header>
<main>
<div id="content" class="main clearfix">
<div class="row">
{sc_component('breadcrumb navigation-title col-12', f'<nav><ol>{crumbs}</ol></nav>')}
<div class="col-12 col-lg-8">
{sc_component('page-content news-details', f'<div class="field-category">{SC_CATEGORY[k]}</div><h1 class="field-title">{esc(title)}</h1><div class="field-newsdate"><span class="label">{SC_PUBLISHED}</span> <span class="value">{shown}</span></div>{upd_html}')}
{sc_component('image file-type-icon-media-link news-image', f'<img src="{img}" alt="{esc(title)}" width="1000" height="562"><span class="image-caption field-imagecaption">{SC_CAPTION}</span>')}
{sc_component('rich-text news-body', ''.join(body))}
{sc_component('link-list page-tools', ''.join(f'<a class="tool-{i}" href="#">{t}</a> ' for i, t in enumerate(SC_TOOLS)) + f'<span class="share-label">{SC_SHARE}</span> <a href="https://x.example/intent/post?url={url}">X</a> <a href="https://www.facebook.example/sharer.php?u={url}">Facebook</a>')}
{sc_component('page-list related-news', f'<h3 class="page-list-title">{SC_RELATED}</h3><ul class="items">{rel_items}</ul>')}
{sc_component('rich-text media-contact', f'<p>{SC_MEDIA} <a href="mailto:media@wahatourism.gov.example">media@wahatourism.gov.example</a></p>')}
</div>
<div class="col-12 col-lg-4 sidebar">
{sc_component('page-list latest-news', f'<h3 class="page-list-title">{SC_LATEST}</h3><ul class="items">{latest_items}</ul>')}
{sc_component('event-list', f'<h3>{SC_EVENTS}</h3><ul>{events}</ul>')}
</div>
{sc_component('form page-feedback col-12', f'<form action="/formbuilder?sc_site=waha" method="post"><input name="__RequestVerificationToken" type="hidden" value="Cf{k}DJ8xq2LmPzN4"><p>{SC_HELPFUL}</p><button type="submit" name="helpful" value="1">{SC_HELPFUL_BUTTONS[0]}</button> <button type="submit" name="helpful" value="0">{SC_HELPFUL_BUTTONS[1]}</button></form>')}
</div>
</div>
</main>
<footer>
<div id="footer" class="main clearfix">
{sc_component('happiness-meter', f'<p>{SC_HAPPINESS}</p>' + ''.join(f'<button type="button" class="face-{i}">{t}</button> ' for i, t in enumerate(SC_FACES)))}
{sc_component('link-list footer-links', f'<ul>{foot}</ul>')}
{sc_component('rich-text footer-note', f'<p>{SC_RESOLUTION}</p><p>{SC_SITE_UPDATED} <span>{dmy(site_updated)}</span></p><p>© {site_updated.year} {SC_SITE}</p>')}
</div>
</footer>
</div>
<div class="privacy-warning" role="dialog"><div class="info">{SC_COOKIE}</div><a class="submit" href="#">{SC_COOKIE_BUTTONS[0]}</a> <a class="close" href="/ar/f0">{SC_COOKIE_BUTTONS[1]}</a></div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=20230612T094512Z"></script>
</body>
</html>
'''
    without = [SC_ACCESS[3], SC_CATEGORY[k], f'{SC_PUBLISHED} {shown}', SC_CAPTION, SC_TOOLS[0], SC_SHARE, SC_RELATED, SC_MEDIA,
               SC_LATEST, SC_EVENTS, SC_HELPFUL, SC_HAPPINESS, SC_RESOLUTION, f'{SC_SITE_UPDATED} {dmy(site_updated)}', SC_COOKIE,
               SC_FOOTER[1]] + SC_EVENT_NAMES + latest + rel[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- aem: an Egyptian news channel's site on Adobe Experience Manager (core components) --------------------------------
AM_SITE = 'قناة المحروسة الإخبارية'
AM_SHORT = 'المحروسة'
AM_HOST = 'https://www.almahrousa.tv.example'
AM_ROOT = '/content/mahrousa/ar'
AM_NAV = ['الرئيسية', 'مصر', 'عرب وعالم', 'رياضة', 'تكنولوجيا', 'سياحة وسفر', 'آراء', 'برامجنا']
AM_SECTIONS = {'Spo': 'رياضة', 'Pol': 'آراء', 'Tech': 'تكنولوجيا', 'Tour': 'سياحة وسفر'}
AM_LIVE = 'تابع البث الحي للقناة'
AM_LANG = 'English'
AM_BY = 'كتب:'
AM_WRITERS = ['أحمد عبد الفتاح', 'د. هالة منصور', 'محمود الشاذلي', 'ريهام فؤاد']
AM_UPDATED = 'آخر تحديث:'
AM_CAPTION = 'أرشيفية - المحروسة'
AM_ALSO = 'اقرأ كمان'
AM_SHARE = 'شارك القصة مع أصدقائك'
AM_RELATED = 'تغطيات أخرى للقصة نفسها'
AM_MOST = 'الأكثر قراءة على الموقع'
AM_LATEST = 'أحدث ما نشرت المحروسة'
AM_SCHEDULE = 'على شاشة المحروسة الليلة'
AM_SHOWS = ['نشرة التاسعة', 'ملعب المحروسة', 'حديث المدينة', 'العالم في ساعة']
AM_VIDEOS = 'فيديوهات من استوديو المحروسة'
AM_APP = 'حمّل تطبيق المحروسة لتصلك التنبيهات فور وقوع الحدث'
AM_FOOTER = ['من نحن', 'اتصل بالقناة', 'ترددات القناة', 'أعلن على شاشتنا', 'الخصوصية']
AM_COPY = 'شبكة المحروسة للإعلام، القاهرة'
AM_COOKIE = 'حين تضغط «موافق» تسمح للمحروسة وشركائها بحفظ ملفات صغيرة على جهازك لقياس المشاهدة وتحسين الإعلانات'
AM_COOKIE_BUTTONS = ['موافق', 'إدارة التفضيلات']


def eg_long(t):
    """"الأربعاء، 10 مايو 2023 - 12:14 م"."""
    return f'{DAYS[t.weekday()]}، {ar_date(t)} - {h12(t):0>5} {ampm(t)}'


def eg_numeric(t):
    """"10/5/2023 12:14 م" (day and month without leading zeros)."""
    return f'{t.day}/{t.month}/{t.year} {h12(t):0>5} {ampm(t)}'


def htl_js(value):
    """A JSON string as AEM's HTL writes it into a script (JSON.parse("..."), quotes as \\x22, dashes as \\u002D)."""
    s = json.dumps(value, ensure_ascii=True, separators=(',', ':'))
    return s.replace('\\', '\\\\').replace('"', '\\x22').replace('-', '\\u002D').replace('/', '\\/')


def am_id(kind_name, n):
    return f'{kind_name}-{(n * 2246822519) % (1 << 40):010x}'


def am_layer(cid, ctype, modified, **fields):
    return esc(json.dumps({cid: dict({'@type': f'mahrousa/components/{ctype}', 'repo:modifyDate': iso_z(modified)}, **fields)},
                          ensure_ascii=False, separators=(',', ':')))


def am_col(cls, inner):
    return f'<div class="{cls} aem-GridColumn aem-GridColumn--default--12">{inner}</div>'


def render_aem(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:3], others[3:7], others[7:11]
    videos = extra['more'][:3]
    kind = 'aem'
    pub = at(extra)
    section = AM_SECTIONS.get(extra['category'], AM_NAV[1])
    writer = AM_WRITERS[k]
    mod, upd_day, upd_line = later(kind, pub, minutes=8 + k), None, ''
    if k == 1:
        mod = later(kind, pub, hours=21, minutes=26)
        upd_line = f'{AM_UPDATED} {eg_numeric(mod)}'
    elif k == 3:
        mod = later(kind, pub, days=1, hours=2, minutes=50)
    if k in (1, 3):
        upd_day = mod.date()
    if k == 0:
        shown = eg_long(pub)
    elif k == 1:
        shown = eg_numeric(pub)
    elif k == 2:
        shown = f'{ar_date(pub)} {h12(pub):0>5} {ampm(pub)}'
    else:
        shown = ar_date(pub)
    page_id = am_id('page', 31 + k)
    path = f'{AM_ROOT}/news/{extra["category"].lower()}/{pub.year}/{pub.month:02d}/{slug}.html'
    url = AM_HOST + path.replace('/content/mahrousa', '')
    texts = []
    chunk = []
    for i, p in enumerate(paras):
        chunk.append(f'<p>{esc(p)}</p>')
        if i == 1 or i == len(paras) - 1:
            tid = am_id('text', 100 * k + i)
            texts.append(am_col('text', f'<div data-cmp-data-layer="{am_layer(tid, "text", earlier(kind, pub, minutes=14 - i), **{"xdm:text": ""})}" id="{tid}" class="cmp-text">{"".join(chunk)}</div>'))
            chunk = []
        if i == 1 and k % 2 == 0:
            teid = am_id('teaser', 7 + k)
            texts.append(am_col('teaser cmp-teaser--inline', f'<div id="{teid}" class="cmp-teaser"><div class="cmp-teaser__content"><p class="cmp-teaser__pretitle">{AM_ALSO}</p><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="{AM_ROOT}/news/also-{k}.html">{esc(extra["also"])}</a></h3></div></div>'))
    lid = am_id('list', 50 + k)
    rel_days = [earlier(kind, pub, days=3 + 5 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="cmp-list__item" data-cmp-data-layer="{am_layer(f"{lid}-item-{i}", "list/item", d, **{"dc:title": t})}"><article><a class="cmp-list__item-link" href="{AM_ROOT}/news/r{k}{i}.html"><span class="cmp-list__item-title">{esc(t)}</span></a></article></li>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li class="cmp-list__item"><span class="rank">{i + 1}</span> <a class="cmp-list__item-link" href="{AM_ROOT}/news/m{k}{i}.html"><span class="cmp-list__item-title">{esc(t)}</span></a></li>' for i, t in enumerate(most))
    latest_days = [later(kind, pub, hours=2 + 5 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{AM_ROOT}/news/n{k}{i}.html"><span class="cmp-list__item-title">{esc(t)}</span> <span class="cmp-list__item-date">{eg_numeric(d)}</span></a></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    show_times = [later(kind, pub.replace(hour=19, minute=0), hours=i) for i in range(len(AM_SHOWS))]
    schedule = ''.join(f'<li><span class="time">{h12(t):0>5} {ampm(t)}</span> {n}</li>' for n, t in zip(AM_SHOWS, show_times))
    videos_html = ''.join(f'<div class="cmp-teaser cmp-teaser--video"><span class="duration">0{3 + i}:{12 + 7 * i}</span> <a class="cmp-teaser__title-link" href="{AM_ROOT}/video/v{k}{i}.html">{esc(t)}</a></div>' for i, t in enumerate(videos))
    nav = ''.join(f'<li class="cmp-navigation__item cmp-navigation__item--level-0{" cmp-navigation__item--active" if t == section else ""}"><a href="{AM_ROOT}/s{i}.html" class="cmp-navigation__item-link">{t}</a></li>' for i, t in enumerate(AM_NAV))
    crumbs = ''.join(f'<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{AM_ROOT}/{"" if i == 0 else "s3"}.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{i + 1}"></li>' for i, t in enumerate([AM_NAV[0], section]))
    foot = ''.join(f'<li class="cmp-list__item"><a class="cmp-list__item-link" href="{AM_ROOT}/f{i}.html">{t}</a></li>' for i, t in enumerate(AM_FOOTER))
    page_layer = htl_js({page_id: {'@type': 'mahrousa/components/page', 'repo:modifyDate': iso_z(mod), 'dc:title': title,
                                   'dc:description': lead_words(paras, 20), 'xdm:template': '/conf/mahrousa/settings/wcm/templates/article-page',
                                   'xdm:language': 'ar', 'xdm:tags': [], 'repo:path': path}})
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso_local(pub),
          'author': {'@type': 'Person', 'name': writer}, 'publisher': {'@type': 'Organization', 'name': AM_SITE}}
    if k == 1:
        ld['dateModified'] = iso_local(mod)
    metas = f'<meta property="article:published_time" content="{iso_z(pub)}">\n'
    if k == 3:
        metas += f'<meta property="article:modified_time" content="{iso_z(mod)}">\n'
    upd_html = f' <span class="article-meta__updated">{upd_line}</span>' if upd_line else ''
    img = f'/content/dam/mahrousa/news/{pub.year}/{pub.month:02d}/{slug}.jpg'
    page = f'''<!DOCTYPE HTML>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | {AM_SHORT}</title>
<meta name="description" content="{esc(lead_words(paras))}">
<meta name="template" content="article-page">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{AM_HOST}{img}">
{metas}<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/etc.clientlibs/mahrousa/clientlibs/clientlib-base.lc-5f2c1d0e8b7a6c9d-lc.min.css" type="text/css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script src="https://assets.adobedtm.example/launch-EN1a2b3c4d5e.min.js" async></script>
</head>
<body class="page basicpage" id="{page_id}" data-cmp-link-accessibility-enabled data-cmp-data-layer-enabled>
<script>
  window.adobeDataLayer = window.adobeDataLayer || [];
  adobeDataLayer.push({{
      page: JSON.parse("{page_layer}"),
      event: 'cmp:show',
      eventInfo: {{ path: 'page.{page_id.replace("-", chr(92) + "u002D")}' }}
  }});
</script>
<div class="root container responsivegrid">
<div id="container-{k}a7f" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">
{am_col('experiencefragment', f'<div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="site-header"><a class="logo" href="{AM_ROOT}.html"><img src="/content/dam/mahrousa/brand/logo.svg" alt="{AM_SITE}"></a><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">{nav}</ul></nav><a class="live-button" href="{AM_ROOT}/live.html">{AM_LIVE}</a> <nav class="cmp-languagenavigation"><a class="cmp-languagenavigation__item-link" href="/content/mahrousa/en.html" lang="en">{AM_LANG}</a></nav></header></div>')}
{am_col('breadcrumb', f'<nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">{crumbs}</ol></nav>')}
{am_col('title', f'<div data-cmp-data-layer="{am_layer(am_id("title", k), "title", earlier(kind, pub, minutes=15))}" id="{am_id("title", k)}" class="cmp-title"><h1 class="cmp-title__text">{esc(title)}</h1></div>')}
{am_col('articlemeta', f'<div class="article-meta"><span class="article-meta__author">{AM_BY} {writer}</span> <time class="article-meta__date">{shown}</time>{upd_html}</div>')}
{am_col('image', f'<div data-cmp-is="image" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="{img}" class="cmp-image__image" itemprop="contentUrl" alt=""><span class="cmp-image__title" itemprop="caption">{AM_CAPTION}</span></div>')}
{''.join(texts)}
{am_col('sharing', f'<div class="cmp-sharing"><span>{AM_SHARE}</span> <a href="https://www.facebook.example/sharer.php?u={url}">فيسبوك</a> <a href="https://x.example/intent/post?url={url}">إكس</a> <a href="https://wa.example/?text={url}">واتساب</a></div>')}
{am_col('separator', '<div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"></div>')}
{am_col('title', f'<div class="cmp-title"><h2 class="cmp-title__text">{AM_RELATED}</h2></div>')}
{am_col('list', f'<ul id="{lid}" class="cmp-list">{rel_html}</ul>')}
{am_col('container', f'<aside class="cmp-container rail"><section class="most-read"><h2>{AM_MOST}</h2><ol class="cmp-list">{most_html}</ol></section><section class="latest"><h2>{AM_LATEST}</h2><ul class="cmp-list">{latest_html}</ul></section><section class="schedule"><h2>{AM_SCHEDULE}</h2><ul>{schedule}</ul></section><section class="videos"><h2>{AM_VIDEOS}</h2>{videos_html}</section></aside>')}
{am_col('experiencefragment', f'<div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="site-footer"><p class="app">{AM_APP}</p><ul class="cmp-list">{foot}</ul><p class="copyright">© {mod.year + 1} {AM_COPY}</p></footer></div>')}
</div>
</div>
</div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">{AM_COOKIE}</p><button id="onetrust-accept-btn-handler">{AM_COOKIE_BUTTONS[0]}</button> <button id="onetrust-pc-btn-handler">{AM_COOKIE_BUTTONS[1]}</button></div>
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v1/clientlibs/core.wcm.components.commons.datalayer.v1.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
<script src="/etc.clientlibs/mahrousa/clientlibs/clientlib-site.lc-9d8c7b6a5f4e3d2c-lc.min.js"></script>
</body>
</html>
'''
    without = [AM_LIVE, f'{AM_BY} {writer}', shown, AM_CAPTION, AM_SHARE, AM_RELATED, AM_MOST, AM_LATEST, AM_SCHEDULE, AM_VIDEOS,
               AM_APP, AM_COOKIE, AM_FOOTER[2], f'© {mod.year + 1} {AM_COPY}'] + AM_SHOWS + latest + videos + rel[:2] + most[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- newspack: an Amman fact-checking newsroom on WordPress with the Newspack theme -----------------------------------
NP_SITE = 'دقّق'
NP_HOST = 'https://daqqiq.jo.example'
NP_TAGLINE = 'غرفة أخبار مستقلة غير ربحية تتحقق مما يتداوله الناس على الشبكات'
NP_SKIP = 'تخطَّ القوائم إلى التحقق'
NP_SECONDARY = ['عن دقّق', 'منهجية التحقق', 'سياسة التصحيح', 'أرسل ادعاءً لنتحقق منه']
NP_DONATE = 'ساند عملنا المستقل'
NP_MENU = ['تحقق', 'صحة', 'سياسة', 'علوم', 'دليل التحقق', 'بالإنجليزية']
NP_CATEGORY = 'تحقق'
NP_POSTED_IN = 'منشور ضمن'
NP_BY = 'بقلم'
NP_AUTHORS = ['لينا الخطيب', 'فريق دقّق', 'عمر الحوراني', 'سارة العبادي']
NP_UPDATED = 'آخر تحديث'
NP_VERDICT = 'حكم فريق التحقق'
NP_VERDICTS = ['مضلل', 'قديم', 'مضلل', 'خارج سياقه']
NP_ALSO = 'اقرأ تحققاً مشابهاً:'
NP_DONATE_BOX = 'التحقق من الأخبار عمل بطيء ومكلف. تبرعك الشهري يبقي دقّق مجانياً لكل القراء'
NP_DONATE_BUTTONS = ['تبرّع مرة واحدة', 'تبرّع شهرياً']
NP_SHARE = 'شارك التحقق:'
NP_RELATED = 'تحققات تناولت ادعاءات قريبة'
NP_MOST = 'الأكثر قراءة منذ الأحد'
NP_RECENT = 'نشرناه مؤخراً'
NP_PREV, NP_NEXT = 'التحقق السابق', 'التحقق التالي'
NP_COMMENTS_TITLE = 'نقاش القراء حول هذا التحقق'
NP_COMMENTS = [('أبو يزن', 'شاركتُ الفيديو أمس قبل أن أقرأ تحققكم، سأحذفه الآن وأنبّه من أرسله لي'),
               ('Rana K.', 'هل يمكن أن تضيفوا رابط المقطع الأصلي؟ سأرسله لمجموعة العائلة')]
NP_REPLY = 'ردّ'
NP_FORM_TITLE = 'اترك تعليقاً على التحقق'
NP_FORM_NOTE = 'بريدك لا يُعرض على أحد، وكل تعليق يراجعه محرر قبل ظهوره'
NP_FORM_BUTTON = 'انشر تعليقي'
NP_NEWSLETTER = 'اشترك في نشرة دقّق الأسبوعية: خمسة ادعاءات تحققنا منها كل خميس'
NP_NEWSLETTER_BUTTON = 'اشتراك'
NP_POPUP = 'قبل أن تغادر: هل تريد أن يصلك تنبيه كلما انتشر ادعاء جديد؟'
NP_POPUP_BUTTON = 'لا أريد'
NP_FOOTER = ['من نحن', 'فريق العمل', 'مصادر التمويل', 'سياسة الخصوصية', 'تواصل مع الفريق']
NP_POWERED = 'Proudly powered by Newspack by Automattic'
NP_COPY = 'دقّق، عمّان'


def wp_date(t):
    """WordPress' Arabic date_format "j F، Y"."""
    return f'{t.day} {GULF_MONTHS[t.month - 1]}، {t.year}'


def wp_time(t):
    """WordPress' Arabic time_format "g:i a"."""
    return f'{h12(t)} {ampm(t)}'


def render_newspack(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, recent = others[:3], others[3:7], others[7:11]
    prev_next = extra['more'][:2]
    kind = 'newspack'
    pub = at(extra)
    pid = 18342 + 211 * k
    author = NP_AUTHORS[k]
    mod, upd_day, upd_html = later(kind, pub, minutes=4 + 2 * k), None, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=6, minutes=15)
        upd_html = f' <span class="updated-label">{NP_UPDATED}</span> <time class="updated" datetime="{iso_local(mod)}">{wp_date(mod)}</time>'
    elif k == 2:  # the theme prints the modified time in a <time class="updated"> its stylesheet hides; Yoast declares it
        mod = later(kind, pub, days=2, hours=3, minutes=5)
        upd_html = f' <time class="updated" datetime="{iso_local(mod)}">{wp_date(mod)}</time>'
    if k in (0, 2):
        upd_day = mod.date()
    claim_day = pub.date() - datetime.timedelta(days=2 + k)
    path = f'/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/'
    url = NP_HOST + path
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 0:
            body.append(f'<div class="wp-block-group verdict-box"><div class="wp-block-group__inner-container"><p class="verdict-box__label">{NP_VERDICT}</p><p class="verdict-box__value">{NP_VERDICTS[k]}</p></div></div>')
        if i == 1 and k % 2 == 1:
            body.append(f'<p class="has-background has-light-gray-background-color"><strong>{NP_ALSO}</strong> <a href="{NP_HOST}/?p={pid - 97}">{esc(extra["also"])}</a></p>')
    body.append(f'<div class="wp-block-newspack-blocks-donate wpbnbd"><p>{NP_DONATE_BOX}</p><button type="button">{NP_DONATE_BUTTONS[0]}</button> <button type="button">{NP_DONATE_BUTTONS[1]}</button></div>')
    graph = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'NewsArticle', '@id': f'{url}#article', 'isPartOf': {'@id': url}, 'author': {'name': author, '@id': f'{NP_HOST}/#/schema/person/{k}'},
         'headline': title, 'datePublished': iso_utc(pub), 'dateModified': iso_utc(mod), 'mainEntityOfPage': {'@id': url},
         'publisher': {'@id': f'{NP_HOST}/#organization'}, 'articleSection': [NP_CATEGORY], 'inLanguage': 'ar'},
        {'@type': 'WebPage', '@id': url, 'url': url, 'name': f'{title} - {NP_SITE}', 'datePublished': iso_utc(pub),
         'dateModified': iso_utc(mod), 'inLanguage': 'ar'},
        {'@type': 'Organization', '@id': f'{NP_HOST}/#organization', 'name': NP_SITE, 'url': f'{NP_HOST}/'}]}
    claim = {'@context': 'https://schema.org', '@type': 'ClaimReview', 'datePublished': pub.date().isoformat(), 'url': url,
             'claimReviewed': title, 'author': {'@type': 'Organization', 'name': NP_SITE},
             'reviewRating': {'@type': 'Rating', 'ratingValue': 2, 'bestRating': 5, 'worstRating': 1, 'alternateName': NP_VERDICTS[k]},
             'itemReviewed': {'@type': 'Claim', 'datePublished': claim_day.isoformat(), 'appearance': [{'@type': 'CreativeWork', 'url': f'https://www.facebook.example/posts/{pid}'}],
                              'author': {'@type': 'Organization', 'name': 'Facebook'}}}
    rel_days = [earlier(kind, pub, days=9 + 13 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<article class="post-has-image"><figure class="post-thumbnail"><a href="{NP_HOST}/?p={pid - 300 - i}" rel="bookmark"><img src="{NP_HOST}/wp-content/uploads/{d.year}/{d.month:02d}/rel{k}{i}-400x300.jpg" alt="" width="400" height="300"></a></figure>'
                       f'<div class="entry-wrapper"><h3 class="entry-title"><a href="{NP_HOST}/?p={pid - 300 - i}" rel="bookmark">{esc(t)}</a></h3><div class="entry-meta"><time class="entry-date published" datetime="{iso_local(d)}">{wp_date(d)}</time></div></div></article>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><a href="{NP_HOST}/?p={pid - 500 - i}" class="bump-view" data-bump-view="tp"><img loading="lazy" width="40" height="40" src="{NP_HOST}/wp-content/uploads/tp{k}{i}-80x80.jpg" alt="" class="widgets-list-layout-blavatar"></a><div class="widgets-list-layout-links"><a href="{NP_HOST}/?p={pid - 500 - i}" class="bump-view" data-bump-view="tp">{esc(t)}</a></div></li>'
                        for i, t in enumerate(most))
    recent_days = [later(kind, pub, days=1 + i, hours=3 * i) for i in range(len(recent))]
    recent_html = ''.join(f'<li><a href="{NP_HOST}/?p={pid + 20 + i}">{esc(t)}</a> <span class="post-date">{wp_date(d)}</span></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    most_widget = (f'<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">{NP_MOST}</h2><ul class="widgets-list-layout no-grav">{most_html}</ul></section>'
                   if k % 2 == 0 else '')
    comments = ''
    comment_texts = []
    if k % 2 == 1:
        cdays = [later(kind, pub, hours=5 + 17 * i, minutes=21) for i in range(len(NP_COMMENTS))]
        items = ''.join(f'<li id="comment-{pid * 10 + i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(n)}</b></div><div class="comment-metadata"><a href="{url}#comment-{pid * 10 + i}"><time datetime="{iso_local(d)}">{wp_date(d)} في {wp_time(d)}</time></a></div></footer><div class="comment-content"><p>{esc(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{pid * 10 + i}">{NP_REPLY}</a></div></article></li>'
                        for i, ((n, c), d) in enumerate(zip(NP_COMMENTS, cdays)))
        comments = f'<div id="comments" class="comments-area"><h3 class="comments-title">{NP_COMMENTS_TITLE}</h3><ol class="comment-list">{items}</ol>'
        comment_texts = [c for _, c in NP_COMMENTS]
    else:
        comments = '<div id="comments" class="comments-area">'
    comments += (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{NP_FORM_TITLE}</h3><form action="{NP_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                 f'<p class="comment-notes">{NP_FORM_NOTE}</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{NP_FORM_BUTTON}"><input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"></p></form></div></div>')
    menu = ''.join(f'<li class="menu-item{" current-post-ancestor" if t == NP_CATEGORY else ""}"><a href="{NP_HOST}/category/c{i}/">{t}</a></li>' for i, t in enumerate(NP_MENU))
    secondary = ''.join(f'<li class="menu-item"><a href="{NP_HOST}/p{i}/">{t}</a></li>' for i, t in enumerate(NP_SECONDARY))
    foot = ''.join(f'<li class="menu-item"><a href="{NP_HOST}/f{i}/">{t}</a></li>' for i, t in enumerate(NP_FOOTER))
    page = f'''<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} - {NP_SITE}</title>
<meta name="description" content="{esc(lead_words(paras))}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{NP_SITE}">
<meta property="article:published_time" content="{iso_utc(pub)}">
<meta property="article:modified_time" content="{iso_utc(mod)}">
<meta name="author" content="{author}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(claim, ensure_ascii=False)}</script>
<link rel="https://api.w.org/" href="{NP_HOST}/wp-json/">
<link rel="alternate" type="application/json" href="{NP_HOST}/wp-json/wp/v2/posts/{pid}">
<link rel="shortlink" href="{NP_HOST}/?p={pid}">
<link rel="stylesheet" id="newspack-style-css" href="{NP_HOST}/wp-content/themes/newspack-theme/style-rtl.css?ver=2.1.0" media="all">
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive singular has-sidebar h-nsub h-sub show-site-tagline h-dh h-cl cat-fact-check has-featured-image single-featured-image-default">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">{NP_SKIP}</a>
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary">{secondary}</ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="{NP_HOST}/" class="custom-logo-link" rel="home"><img width="160" height="48" src="{NP_HOST}/wp-content/uploads/logo.png" class="custom-logo" alt="{NP_SITE}"></a><div class="site-identity"><p class="site-title"><a href="{NP_HOST}/" rel="home">{NP_SITE}</a></p><p class="site-description">{NP_TAGLINE}</p></div></div>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul><li class="menu-item donate"><a href="{NP_HOST}/donate/">{NP_DONATE}</a></li></ul></nav></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">{menu}</ul></nav></div></div></div>
</header>
<div id="content" class="site-content">
<section id="primary" class="content-area">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">{NP_POSTED_IN}</span> <a href="{NP_HOST}/category/fact-check/" rel="category tag">{NP_CATEGORY}</a></span>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="{NP_HOST}/wp-content/uploads/avatar{k}-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80"></span> <span class="byline"><span>{NP_BY}</span> <span class="author vcard"><a class="url fn n" href="{NP_HOST}/author/a{k}/">{author}</a></span></span> <span class="posted-on"><time class="entry-date published" datetime="{iso_local(pub)}">{wp_date(pub)}</time>{upd_html}</span></div></div>
</header>
<figure class="post-thumbnail"><img width="1200" height="675" src="{NP_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{slug}-1200x675.jpg" class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt=""></figure>
<main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-fact-check">
<div class="entry-content">
{''.join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><h3 class="sd-title">{NP_SHARE}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon no-text" href="{url}?share=facebook" target="_blank" title="Facebook"><span></span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon no-text" href="{url}?share=x" target="_blank" title="X"><span></span></a></li><li class="share-end"></li></ul></div></div></div>
</div>
<footer class="entry-footer"></footer>
</article>
<div class="wp-block-newspack-blocks-homepage-articles related-checks"><h2 class="article-section-title"><span>{NP_RELATED}</span></h2><div class="wpnbha show-image image-aligntop ts-3 is-3 is-landscape">{rel_html}</div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="{NP_HOST}/?p={pid - 1}" rel="prev"><span class="meta-nav">{NP_PREV}</span> <span class="post-title">{esc(prev_next[0])}</span></a></div><div class="nav-next"><a href="{NP_HOST}/?p={pid + 1}" rel="next"><span class="meta-nav">{NP_NEXT}</span> <span class="post-title">{esc(prev_next[1])}</span></a></div></div></nav>
{comments}
</main>
<aside id="secondary" class="widget-area">
{most_widget}
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">{NP_RECENT}</h2><ul>{recent_html}</ul></section>
<section class="widget widget_block"><div class="newspack-newsletters-subscribe"><p>{NP_NEWSLETTER}</p><form><input type="email" name="npe" placeholder="you@example.com"><input type="submit" value="{NP_NEWSLETTER_BUTTON}"></form></div></section>
</aside>
</section>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-branding"><div class="wrapper"><a href="{NP_HOST}/" class="custom-logo-link" rel="home"><img width="160" height="48" src="{NP_HOST}/wp-content/uploads/logo-footer.png" class="custom-logo" alt="{NP_SITE}"></a></div></div>
<div class="footer-bottom"><div class="wrapper"><nav class="footer-menu"><ul>{foot}</ul></nav><div class="site-info"><span class="copyright">© {mod.year} {NP_COPY}</span> <a class="imprint" href="https://newspack.example/">{NP_POWERED}</a></div></div></div>
</footer>
</div>
<div class="newspack-popup-container newspack-popup newspack-lightbox newspack-lightbox-placement-bottom" role="dialog" data-popup-status="publish"><div class="newspack-popup__content-wrapper"><p>{NP_POPUP}</p><form><input type="email" placeholder="you@example.com"><button type="submit">{NP_NEWSLETTER_BUTTON}</button></form><button class="newspack-lightbox__close" type="button">{NP_POPUP_BUTTON}</button></div></div>
<script src="{NP_HOST}/wp-content/plugins/newspack-popups/dist/view.js?ver=2.9.1" id="newspack-popups-view-js"></script>
</body>
</html>
'''
    without = [NP_SKIP, NP_TAGLINE, NP_SECONDARY[3], NP_DONATE, NP_POSTED_IN, f'{NP_BY} {author}', wp_date(pub), NP_DONATE_BOX,
               NP_SHARE, NP_RELATED, NP_PREV, NP_NEXT, NP_FORM_TITLE, NP_FORM_NOTE, NP_RECENT, NP_NEWSLETTER, NP_POPUP,
               NP_FOOTER[2], f'© {mod.year} {NP_COPY}', NP_POWERED] + comment_texts + recent + prev_next + rel[:2] + \
        ([NP_MOST] + most[:2] if most_widget else []) + ([NP_COMMENTS_TITLE] if comment_texts else []) + \
        ([f'{NP_UPDATED} {wp_date(mod)}'] if k == 0 else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    related = rel + (most if most_widget else [])
    return page, title, read_also, related, without, upd_of(upd_day)


# --- umbraco: a Beirut health magazine on Umbraco 12 (Block Grid) ------------------------------------------------------
UM_SITE = 'مجلة ميزان الصحة'
UM_SHORT = 'ميزان الصحة'
UM_HOST = 'https://www.mizan-health.lb.example'
UM_NAV = ['الرئيسية', 'أمراض وعلاجات', 'تغذية', 'أبحاث طبية', 'صحة المرأة', 'اسأل الطبيب', 'العدد المطبوع']
UM_SECTIONS = ['أبحاث طبية', 'أبحاث طبية', 'أمراض وعلاجات', 'صحة المرأة']
UM_SEARCH = 'ابحث عن عَرَض أو دواء'
UM_WRITTEN = 'كتبت:'
UM_WRITERS = ['رنا حداد', 'د. جاد مكرزل', 'ميرا عيسى', 'ندى الحلبي']
UM_REVIEWED = 'راجع المعلومات طبياً:'
UM_REVIEWERS = ['د. سمير خوري، اختصاصي الأمراض الجرثومية', 'د. ليلى شمعون، اختصاصية الجهاز الهضمي',
                'د. كريم نصر، اختصاصي أمراض الكلى', 'د. هبة زين، اختصاصية الطب النسائي']
UM_PUBLISHED = 'نُشر في'
UM_UPDATED = 'آخر مراجعة وتحديث:'
UM_CAPTION = 'الصورة للتوضيح فقط'
UM_ALSO = 'طالع على ميزان:'
UM_DISCLAIMER = 'المعلومات الواردة هنا للتثقيف الصحي، ولا تغني عن استشارة طبيبك المعالج'
UM_TAGS = 'وسوم المقال'
UM_TAG_WORDS = ['الجهاز الهضمي', 'الأمراض المزمنة', 'أبحاث جديدة', 'الوقاية']
UM_SHARE = 'أرسل المقال لمن يهمه الأمر'
UM_RELATED = 'مقالات ترتبط بهذا الموضوع'
UM_MOST = 'الأكثر تصفحاً في المجلة'
UM_ISSUE = 'في العدد {n} من المجلة المطبوعة'
UM_ISSUE_PAGE = 'صفحة'
UM_TIP = 'نصيحة اليوم'
UM_TIP_TEXT = 'اشرب كوب ماء قبل كل وجبة، فالعطش كثيراً ما يُفهم خطأً على أنه جوع'
UM_ASK = 'لديك سؤال صحي؟ أرسله لأطباء المجلة وننشر الجواب دون ذكر اسمك'
UM_ASK_BUTTON = 'أرسل سؤالك'
UM_NEWSLETTER = 'رسالة ميزان الصحية تصلك مرتين في الشهر'
UM_NEWSLETTER_BUTTON = 'أريدها'
UM_FOOTER = ['من نحن', 'هيئة التحرير الطبية', 'اشترك بالمجلة المطبوعة', 'شروط الاستخدام', 'راسلونا']
UM_COPY = 'ميزان الصحة، بيروت. جميع المواد الطبية تراجعها لجنة من الأطباء'
UM_COOKIE = 'نحفظ تفضيلاتك في متصفحك كي لا نسألك عنها في كل زيارة'
UM_COOKIE_BUTTONS = ['موافق', 'إعدادات الخصوصية']


def lb_date(t):
    """.NET "d MMMM yyyy" in the ar-LB culture (Levantine month names)."""
    return ar_date(t, LEVANT_MONTHS)


def um_udi(n):
    return f'umb://element/{(n * 0x9E3779B97F4A7C15) % (1 << 128):032x}'


def um_cache(t):
    """The image URL's cache buster: the media item's update time in .NET ticks, in hexadecimal."""
    ticks = (epoch(t) + 62135596800) * 10 ** 7
    return f'{ticks:x}'


def um_block(alias, n, inner, span=12):
    return (f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" data-content-element-type-key="{um_udi(n)[-36:]}" '
            f'data-element-udi="{um_udi(n + 1)}" data-col-span="{span}" data-row-span="1" style=" --umb-block-grid--item-column-span: {span}; --umb-block-grid--item-row-span: 1; ">{inner}</div>')


def render_umbraco(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, issue = others[:4], others[4:8], others[8:11]
    kind = 'umbraco'
    pub = at(extra)
    section = UM_SECTIONS[k]
    writer, reviewer = UM_WRITERS[k], UM_REVIEWERS[k]
    # Umbraco's CreateDate (the draft) and UpdateDate (the last save); the magazine's template writes them as
    # article:published_time and article:modified_time in the server's local time.
    created = earlier(kind, pub, hours=3 + 2 * k, minutes=15)
    mod, upd_day, upd_line = later(kind, pub, minutes=9 + k), None, ''
    if k == 0:
        mod = later(kind, pub, days=3, hours=2, minutes=20)
        upd_line = f'{UM_UPDATED} {lb_date(mod)}'
    elif k == 2:
        mod = later(kind, pub, days=1, hours=7, minutes=45)
    if k in (0, 2):
        upd_day = mod.date()
    if k == 0:
        shown = f'{UM_PUBLISHED} {lb_date(pub)}'
    elif k == 1:
        shown = f'{UM_PUBLISHED} {DAYS[pub.weekday()]} {lb_date(pub)}'
    elif k == 2:
        shown = f'{UM_PUBLISHED} {dmy(pub)}'
    else:
        shown = f'{UM_PUBLISHED} {lb_date(pub)} - {hm(pub)}'
    issue_no = 96 + (pub.year - 2018) * 12 + pub.month
    issue_month = later(kind, pub, days=31)
    path = f'/ar/articles/{slug}/'
    url = UM_HOST + path
    base = 3100 + 53 * k
    blocks = [um_block('articleHeaderBlock', base, f'<figure class="article-hero"><img src="/media/{base:x}a/{slug}.jpg?rmode=crop&amp;width=1200&amp;height=675&amp;v={um_cache(created)}" alt="" width="1200" height="675"><figcaption>{UM_CAPTION}</figcaption></figure>')]
    rte = []
    for i, p in enumerate(paras):
        rte.append(f'<p>{esc(p)}</p>')
        if i == 1 and k % 2 == 1:
            blocks.append(um_block('richTextBlock', base + 10 + i, f'<div class="rte">{"".join(rte)}</div>'))
            rte = []
            blocks.append(um_block('readAlsoBlock', base + 20, f'<div class="read-also-block"><span class="read-also-block__label">{UM_ALSO}</span> <a href="/ar/articles/also-{base}/">{esc(extra["also"])}</a></div>'))
    blocks.append(um_block('richTextBlock', base + 30, f'<div class="rte">{"".join(rte)}</div>'))
    blocks.append(um_block('disclaimerBlock', base + 40, f'<p class="disclaimer">{UM_DISCLAIMER}</p>'))
    grid = f'<div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container">{"".join(blocks)}</div></div>'
    tags = outside(UM_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = ''.join(f'<li><a href="/ar/tags/{i + 3 * k}/">{esc(t)}</a></li>' for i, t in enumerate(tags))
    rel_days = [earlier(kind, pub, days=12 + 15 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="col-md-6 col-lg-3"><div class="card article-card"><img class="card-img-top" src="/media/r{k}{i}/thumb.jpg?width=400&amp;height=300&amp;v={um_cache(d)}" alt=""><div class="card-body"><span class="card-category">{UM_SECTIONS[(i + k) % 4]}</span><h3 class="card-title"><a href="/ar/articles/r-{base}-{i}/">{esc(t)}</a></h3><span class="card-date">{dmy(d)}</span></div></div></div>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><span class="num">{i + 1}</span> <a href="/ar/articles/m-{base}-{i}/">{esc(t)}</a></li>' for i, t in enumerate(most))
    issue_html = ''.join(f'<li><a href="/ar/issue/{issue_no}/{i}/">{esc(t)}</a> <span class="issue-page">{UM_ISSUE_PAGE} {12 + 9 * i}</span></li>' for i, t in enumerate(issue))
    most_box = f'<section class="sidebar-box most-read"><h2>{UM_MOST}</h2><ol>{most_html}</ol></section>' if k % 2 == 1 else ''
    nav = ''.join(f'<li class="nav-item"><a class="nav-link{" active" if t == section else ""}" href="/ar/n{i}/">{t}</a></li>' for i, t in enumerate(UM_NAV))
    foot = ''.join(f'<li><a href="/ar/f{i}/">{t}</a></li>' for i, t in enumerate(UM_FOOTER))
    upd_html = f'<span class="article-meta__updated">{upd_line}</span>' if upd_line else ''
    token = f'CfDJ8{k}Nq2wRzV7xLmA0pK9sT4uH3gB'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {UM_SITE}</title>
<meta name="description" content="{esc(lead_words(paras))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{UM_SHORT}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{UM_HOST}/media/{base:x}a/{slug}.jpg?width=1200&amp;height=630">
<meta property="article:published_time" content="{iso_local(created)}">
<meta property="article:modified_time" content="{iso_local(mod)}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="/css/site.css?v=3.4.1">
<link rel="stylesheet" href="/App_Plugins/UmbracoForms/Assets/themes/default/style.min.css">
</head>
<body class="article-page">
<header class="site-header">
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/ar/"><img src="/media/logo/mizan.svg" alt="{UM_SITE}" width="170" height="44"></a>
<ul class="navbar-nav">{nav}</ul>
<form class="d-flex" action="/ar/search/"><input class="form-control" type="search" name="q" placeholder="{UM_SEARCH}"></form></div></nav>
</header>
<main class="container">
<div class="row">
<article class="col-lg-8 article">
<a class="article-section" href="/ar/n2/">{section}</a>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="article-meta__author">{UM_WRITTEN} {writer}</span> · <span class="article-meta__date">{shown}</span> {upd_html}
<div class="article-meta__reviewer">{UM_REVIEWED} {reviewer}</div></div>
{grid}
<div class="article-tags"><h2 class="visually-hidden">{UM_TAGS}</h2><ul>{tag_html}</ul></div>
<div class="article-share"><span>{UM_SHARE}</span> <a href="https://wa.example/?text={url}">WhatsApp</a> <a href="https://www.facebook.example/sharer.php?u={url}">Facebook</a></div>
</article>
<aside class="col-lg-4 sidebar">
{most_box}
<section class="sidebar-box print-issue"><h2>{UM_ISSUE.format(n=issue_no)}</h2><p class="issue-month">{LEVANT_MONTHS[issue_month.month - 1]} {issue_month.year}</p><ul>{issue_html}</ul></section>
<section class="sidebar-box tip"><h2>{UM_TIP}</h2><p>{UM_TIP_TEXT}</p></section>
<section class="sidebar-box ask"><p>{UM_ASK}</p><a class="btn" href="/ar/ask/">{UM_ASK_BUTTON}</a></section>
</aside>
</div>
<section class="related-articles"><h2>{UM_RELATED}</h2><div class="row">{rel_html}</div></section>
<div class="umbraco-forms-form newsletter umbraco-forms-default"><form action="{path}" enctype="multipart/form-data" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}"><div class="umbraco-forms-page"><fieldset class="umbraco-forms-fieldset"><div class="umbraco-forms-field email shortanswer mandatory"><label class="umbraco-forms-label">{UM_NEWSLETTER}</label><div class="umbraco-forms-field-wrapper"><input type="email" name="email" class="text"></div></div></fieldset><div class="umbraco-forms-navigation row-fluid"><input type="submit" class="btn primary" value="{UM_NEWSLETTER_BUTTON}"></div></div><input name="ufprt" type="hidden" value="CfDJ8{k}ufprtHv2"></form></div>
</main>
<footer class="site-footer"><div class="container"><ul class="footer-links">{foot}</ul><p>© {issue_month.year} {UM_COPY}</p></div></footer>
<div class="cookie-consent" role="dialog"><p>{UM_COOKIE}</p><button type="button">{UM_COOKIE_BUTTONS[0]}</button> <a href="/ar/f3/">{UM_COOKIE_BUTTONS[1]}</a></div>
<script src="/App_Plugins/UmbracoForms/Assets/promote-umbraco-forms.js" defer></script>
<script src="/scripts/site.js?v=3.4.1" defer></script>
</body>
</html>
'''
    without = [UM_NAV[5], f'{UM_WRITTEN} {writer}', shown, f'{UM_REVIEWED} {reviewer}', UM_CAPTION, UM_DISCLAIMER,
               UM_SHARE, UM_RELATED, UM_ISSUE.format(n=issue_no), UM_TIP, UM_TIP_TEXT, UM_ASK, UM_NEWSLETTER, UM_FOOTER[1],
               f'© {issue_month.year} {UM_COPY}', UM_COOKIE] + issue + rel[:2] + ([UM_MOST] + most[:2] if most_box else []) + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    related = rel + (most if most_box else [])
    return page, title, read_also, related, without, upd_of(upd_day)


# --- craft: a Tunisian technology magazine on Craft CMS 4 (SEOmatic, Blitz) -------------------------------------------
CR_SITE = 'رقمنة'
CR_SITE_FR = 'Raqmana'
CR_HOST = 'https://www.raqmana.tn.example'
CR_TAGLINE = 'Le magazine tech tunisien · مجلة التكنولوجيا بالتونسي'
CR_NAV = ['الرئيسية', 'هواتف', 'تطبيقات', 'أجهزة ذكية', 'ستارتاب', 'بودكاست', 'Français']
CR_SECTIONS = ['أجهزة ذكية', 'أجهزة ذكية', 'أجهزة ذكية', 'تطبيقات']
CR_BY = 'بقلم'
CR_WRITERS = ['أمين الطرابلسي', 'Sarra Ben Ammar', 'ياسين الشابي', 'إيناس الغربي']
CR_UPDATED = 'تمّ التحيين يوم'
CR_AT = 'على الساعة'
CR_SINCE = 'منذ {n} أيام'
CR_CAPTION = 'الصورة من الشركة المصنّعة'
CR_ALSO = 'إقرأ زادة:'
CR_SHARE = 'Partager · شارك'
CR_RELATED = 'مقالات على علاقة بالموضوع'
CR_PREV, CR_NEXT = 'المقال اللي قبلو', 'المقال الموالي'
CR_LATEST = 'Derniers articles · آخر ما كتبنا'
CR_TRENDS = 'Tendances'
CR_TREND_TAGS = ['#الذكاء_الاصطناعي', '#ستارتاب_تونس', '#5G', '#أندرويد']
CR_PODCAST = 'بودكاست رقمنة: كل إثنين ضيف جديد من عالم التكنولوجيا'
CR_PODCAST_BUTTON = 'Écouter'
CR_COMMENTS_HEAD = 'تعليقات القرّاء'
CR_COMMENTS = [('Mehdi', 'السوم متاعها في تونس باش يكون غالي برشا كالعادة'), ('نور الهدى', 'جربتها عند صاحبتي، الفكرة باهية أما البطارية ضعيفة')]
CR_COMMENT_FORM = ['الاسم', 'اكتب تعليقك بالعربي ولا بالفرنسي', 'Publier']
CR_NEWSLETTER = 'Newsletter رقمنة: أهم أخبار التكنولوجيا في تونس كل جمعة'
CR_NEWSLETTER_BUTTON = "S'inscrire"
CR_FOOTER = ['Qui sommes-nous', 'فريق التحرير', 'Publicité', 'Contact']
CR_COPY = 'Raqmana Média SARL, Tunis'
CR_COOKIE = 'Raqmana utilise des cookies de mesure d\'audience. يمكنك رفضها دون أن يتأثر تصفحك للمجلة.'
CR_COOKIE_BUTTONS = ["J'accepte", 'Je refuse']


def tn_date(t):
    """The long date of Craft's formatter in the ar-TN locale ("12 ماي 2021")."""
    return ar_date(t, TN_MONTHS)


def php_datetime(t):
    """A PHP DateTime as json_encode writes it (Craft stores dates in UTC)."""
    return {'date': t.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S.000000'), 'timezone_type': 3, 'timezone': 'UTC'}


def render_craft(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:8]
    prev_next = extra['more'][:2]
    kind = 'craft'
    pub = at(extra)
    section = CR_SECTIONS[k]
    writer = CR_WRITERS[k]
    eid = 2240 + 77 * k
    created = earlier(kind, pub, days=1, hours=4, minutes=18)  # the entry's creation (SEOmatic's dateCreated): a draft
    mod, upd_day, upd_line = later(kind, pub, minutes=5 + 2 * k), None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=2, minutes=40)
        upd_line = f'{CR_UPDATED} {tn_date(mod)} {CR_AT} {hm(mod)}'
    elif k == 3:
        mod = later(kind, pub, days=2, hours=8, minutes=5)
    if k in (1, 3):
        upd_day = mod.date()
    cached = later(kind, pub, days=3, hours=5, minutes=29)
    if k == 0:
        shown = tn_date(pub)
    elif k == 1:
        shown = f'{DAYS[pub.weekday()]} {tn_date(pub)} {CR_AT} {hm(pub)}'
    elif k == 2:  # Twig's time_diff, rendered when Blitz cached the page
        shown = CR_SINCE.format(n=(cached.date() - pub.date()).days)
    else:
        shown = dmy(pub)
    path = f'/ar/{pub.year}/{slug}'
    url = CR_HOST + path
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="block block--text prose"><p>{esc(p)}</p></div>')
        if i == 0:
            blocks.append(f'<figure class="block block--image"><img src="{CR_HOST}/uploads/_1200x675_crop_center-center_82_line/{slug}-{k}.jpg" alt="" width="1200" height="675" loading="lazy"><figcaption>{CR_CAPTION}</figcaption></figure>')
        if i == 1 and k % 2 == 0:
            blocks.append(f'<aside class="block block--readmore"><p class="block--readmore__kicker">{CR_ALSO}</p><a class="block--readmore__link" href="/ar/{pub.year}/also-{eid}">{esc(extra["also"])}</a></aside>')
    ld = {'@context': 'http://schema.org', '@graph': [
        {'@type': 'NewsArticle', 'author': {'@id': f'{CR_HOST}/#identity'}, 'copyrightHolder': {'@id': f'{CR_HOST}/#identity'},
         'copyrightYear': str(pub.year), 'creator': {'@id': '#creator'}, 'dateCreated': iso_local(created), 'dateModified': iso_local(mod),
         'datePublished': iso_local(pub), 'description': lead_words(paras, 20), 'headline': title, 'inLanguage': 'ar-tn',
         'mainEntityOfPage': url, 'name': title, 'publisher': {'@id': '#creator'}, 'url': url},
        {'@id': f'{CR_HOST}/#identity', '@type': 'NewsMediaOrganization', 'name': CR_SITE_FR, 'url': f'{CR_HOST}/'},
        {'@type': 'BreadcrumbList', 'description': 'Breadcrumbs list', 'itemListElement': [
            {'@type': 'ListItem', 'item': f'{CR_HOST}/ar', 'name': CR_NAV[0], 'position': 1},
            {'@type': 'ListItem', 'item': url, 'name': title, 'position': 2}], 'name': 'Breadcrumbs'}]}
    rel_days = [earlier(kind, pub, days=8 + 10 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="card"><a class="card__image" href="/ar/{d.year}/rel-{eid}-{i}" tabindex="-1"><img src="{CR_HOST}/uploads/_400x225_crop_center-center_none/rel{k}{i}.jpg" alt=""></a><h3 class="card__title"><a href="/ar/{d.year}/rel-{eid}-{i}">{esc(t)}</a></h3><p class="card__meta">{tn_date(d)}</p></li>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_days = [later(kind, pub, days=1 + 2 * i, hours=i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="/ar/{d.year}/n-{eid}-{i}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    trends = ''.join(f'<a class="tag" href="/ar/tags/{i}">{t}</a> ' for i, t in enumerate(CR_TREND_TAGS))
    comments, comment_texts = '', []
    if k % 2 == 0:
        cdays = [later(kind, pub, hours=4 + 20 * i, minutes=33) for i in range(len(CR_COMMENTS))]
        items = ''.join(f'<li class="cc-i" data-id="{eid * 10 + i}"><div class="cc-i-header"><strong class="cc-i-author">{esc(n)}</strong> <time class="cc-i-meta" datetime="{iso_local(d)}">{dmy(d)} {hm(d)}</time></div><div class="cc-i-body"><p>{esc(c)}</p></div></li>'
                        for i, ((n, c), d) in enumerate(zip(CR_COMMENTS, cdays)))
        comments = f'<h2 class="comments__title">{CR_COMMENTS_HEAD} ({len(CR_COMMENTS)})</h2><ul class="cc-w">{items}</ul>'
        comment_texts = [c for _, c in CR_COMMENTS]
    props = {'entryId': eid, 'siteId': 1, 'postDate': php_datetime(pub), 'dateUpdated': php_datetime(mod), 'commentsEnabled': True}
    nav = ''.join(f'<li><a class="nav__link{" is-active" if t == section else ""}" href="/ar/c{i}"{" lang=" + chr(34) + "fr" + chr(34) if t == "Français" else ""}>{t}</a></li>' for i, t in enumerate(CR_NAV))
    foot = ''.join(f'<li><a href="/ar/p{i}">{t}</a></li>' for i, t in enumerate(CR_FOOTER))
    upd_html = f'<p class="entry-meta__updated">{upd_line}</p>' if upd_line else ''
    csrf = f'k{k}Hq2Xw9bLmZr4T0pVs7Nc1Ua8Yd3Fe6'
    page = f'''<!DOCTYPE html>
<html lang="ar-TN" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/css/app.5e2b9c1d.css">
<title>{esc(title)} | {CR_SITE}</title>
<meta name="generator" content="SEOmatic">
<meta name="description" content="{esc(lead_words(paras))}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta name="robots" content="all">
<meta content="ar_TN" property="og:locale">
<meta content="fr_FR" property="og:locale:alternate">
<meta content="{CR_SITE_FR}" property="og:site_name">
<meta content="article" property="og:type">
<meta content="{url}" property="og:url">
<meta content="{esc(title)}" property="og:title">
<meta content="{CR_HOST}/uploads/_1200x630_crop_center-center_82_none/{slug}-{k}.jpg" property="og:image">
<meta name="twitter:card" content="summary_large_image">
<link href="{url}" rel="canonical">
<link href="{CR_HOST}/fr/{pub.year}/{slug}" rel="alternate" hreflang="fr">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page--entry section--articles">
<header class="site-header">
<div class="site-header__bar"><a class="site-header__logo" href="/ar"><img src="/dist/img/raqmana.svg" alt="{CR_SITE_FR}" width="140" height="40"></a><p class="site-header__tagline">{CR_TAGLINE}</p></div>
<nav class="nav" aria-label="Main"><ul>{nav}</ul></nav>
</header>
<main id="main" class="container">
<article class="entry">
<header class="entry-header">
<a class="entry-header__section" href="/ar/c3">{section}</a>
<h1 class="entry-header__title">{esc(title)}</h1>
<div class="entry-meta"><span class="entry-meta__author">{CR_BY} <a href="/ar/auteurs/{k}">{writer}</a></span> <time class="entry-meta__date" datetime="{iso_local(pub)}">{shown}</time>{upd_html}</div>
</header>
<div class="entry-body">
{''.join(blocks)}
</div>
<div class="entry-share"><span>{CR_SHARE}</span> <a href="https://www.facebook.example/sharer.php?u={url}">Facebook</a> <a href="https://www.linkedin.example/shareArticle?url={url}">LinkedIn</a></div>
<nav class="entry-pagination"><a class="prev" href="/ar/{pub.year}/p-{eid - 1}"><span>{CR_PREV}</span> {esc(prev_next[0])}</a> <a class="next" href="/ar/{pub.year}/p-{eid + 1}"><span>{CR_NEXT}</span> {esc(prev_next[1])}</a></nav>
</article>
<section class="related"><h2 class="related__title">{CR_RELATED}</h2><ul class="cards">{rel_html}</ul></section>
<section class="comments" id="comments-app" data-entry="{esc(json.dumps(props))}">{comments}
<form class="cc-f" method="post" accept-charset="UTF-8"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="{csrf}"><input type="hidden" name="action" value="comments/comments/save"><input type="text" name="fields[name]" placeholder="{CR_COMMENT_FORM[0]}"><textarea name="fields[comment]" placeholder="{CR_COMMENT_FORM[1]}"></textarea><button type="submit">{CR_COMMENT_FORM[2]}</button></form></section>
<aside class="sidebar">
<section class="sidebar__block"><h2>{CR_LATEST}</h2><ul>{latest_html}</ul></section>
<section class="sidebar__block"><h2>{CR_TRENDS}</h2><div class="tags">{trends}</div></section>
<section class="sidebar__block podcast"><p>{CR_PODCAST}</p><a class="btn" href="/ar/podcast">{CR_PODCAST_BUTTON}</a></section>
</aside>
</main>
<footer class="site-footer"><form class="newsletter" method="post"><input type="hidden" name="CRAFT_CSRF_TOKEN" value="{csrf}"><label for="nl-email">{CR_NEWSLETTER}</label> <input id="nl-email" type="email" name="email"> <button type="submit">{CR_NEWSLETTER_BUTTON}</button></form>
<ul class="site-footer__links">{foot}</ul><p class="site-footer__copy">© {cached.year} {CR_COPY}</p></footer>
<div class="cookie-banner" role="dialog"><p>{esc(CR_COOKIE)}</p><button type="button">{CR_COOKIE_BUTTONS[0]}</button> <button type="button">{CR_COOKIE_BUTTONS[1]}</button></div>
<script src="/dist/js/app.8a3f0c2e.js" type="module"></script>
</body>
</html>
<!-- Cached by Blitz on {iso_local(cached)} -->
'''
    without = [CR_TAGLINE, f'{CR_BY} {writer}', shown, CR_CAPTION, CR_SHARE, CR_PREV, CR_NEXT, CR_RELATED, CR_LATEST, CR_TRENDS,
               CR_PODCAST, CR_NEWSLETTER, CR_FOOTER[1], f'© {cached.year} {CR_COPY}', CR_COOKIE] + comment_texts + latest + \
        prev_next + rel[:2] + ([f'{CR_COMMENTS_HEAD} ({len(CR_COMMENTS)})'] if comment_texts else []) + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- mastodon: a Jordanian fact-checking platform's long post on a glitch-soc (Mastodon 3.5) server --------------------
MS_INSTANCE = 'sahat.social.example'
MS_HOST = f'https://{MS_INSTANCE}'
MS_SITE = 'ساحات'
MS_ACCOUNT = 'bayyina'
MS_NAME = 'منصة بيّنة للتحقق'
MS_NAV = ['دليل الحسابات', 'عن هذا الخادم', 'التطبيقات']
MS_LOGIN, MS_SIGNUP = 'ادخل إلى حسابك', 'افتح حساباً جديداً'
MS_FOLLOW = 'تابِع'
MS_ALSO = 'طالعوا أيضاً تحققنا:'
MS_RELATED = 'تحققات سابقة لنا تتناول الموضوع:'
MS_TAGS = ['تحقق', 'تضليل', 'زلزال_تركيا']
MS_EDITED = 'حُرِّر المنشور في'
MS_VISIBILITY = 'عام'
MS_REPLIES = [('رامي ع.', 'rami', 'كنت سأعيد نشره في مجموعة الحي، شكراً لأنكم سبقتموني بالتوضيح'),
              ('مرصد التضليل', 'marsad@rasd.example', 'رصدنا قبل أيام ادعاءً يشبهه:'),
              ('Hadeel', 'hadeel', 'هل تضيفون رابط المقطع الأصلي في المرة القادمة؟ يسهّل علينا المشاركة')]
MS_HERO = 'ساحات خادم ماستودون عربي للصحافيين والباحثين والمهتمين بالشأن العام، تديره جمعية غير ربحية'
MS_TRENDING = 'وسوم يتداولها الناس الآن'
MS_FOOTER_HEADS = ['مصادر', 'للمطورين', 'اعرف المزيد', 'المزيد']
MS_FOOTER_LINKS = ['شروط الخدمة', 'سياسة الخصوصية', 'التوثيق', 'واجهة البرمجة', 'الشيفرة المصدرية']
MS_VERSION = 'v3.5.3+glitch'


def ms_time(t):
    """Rails' l() of a UTC time with the instance's Arabic format ("10 فبراير 2023، 12:22")."""
    u = t.astimezone(UTC)
    return f'{u.day:02d} {GULF_MONTHS[u.month - 1]} {u.year}، {hm(u)}'


def ms_id(t, seq):
    """A Mastodon snowflake id: the creation time in milliseconds shifted 16 bits, and a sequence."""
    return epoch(t) * 1000 * 65536 + seq


def ms_author(name, acct, url):
    return (f'<a class="status__display-name u-url" href="{url}" rel="noopener noreferrer" target="_blank"><div class="status__avatar"><div><img alt="" class="u-photo account__avatar" src="{MS_HOST}/system/accounts/avatars/{sum(map(ord, acct)) % 1000:03d}/original/a.png" width="48" height="48"></div></div>'
            f'<span class="display-name"><bdi><strong class="display-name__html p-name emojify">{esc(name)}</strong></bdi> <span class="display-name__account">@{acct}</span></span></a>')


def render_mastodon(art, others, extra, day, slug, k):
    name, title, paras = art
    rel = others[:3]
    kind = 'mastodon'
    pub = at(extra)
    sid = ms_id(pub, 4093 + 311 * k)
    url = f'{MS_HOST}/@{MS_ACCOUNT}/{sid}'
    edited, upd_day = None, None
    if k == 1:
        edited = later(kind, pub, days=1, hours=1, minutes=10)
    elif k == 3:
        edited = later(kind, pub, days=2, hours=-3, minutes=25)
    if edited:
        upd_day = edited.date()
    content = [f'<h1>{esc(title)}</h1>']
    for i, p in enumerate(paras):
        content.append(f'<p>{esc(p)}</p>')
        if i == 0 and k % 2 == 1:
            content.append(f'<p><strong>{MS_ALSO}</strong> <a href="https://bayyina.jo.example/fact-check/also-{k}" rel="nofollow noopener noreferrer" target="_blank">{esc(extra["also"])}</a></p>')
    rel_html = ''.join(f'<li><a href="https://bayyina.jo.example/fact-check/r{k}{i}" rel="nofollow noopener noreferrer" target="_blank">{esc(t)}</a></li>' for i, t in enumerate(rel))
    content.append(f'<p><strong>{MS_RELATED}</strong></p><ul>{rel_html}</ul>')
    tags = outside(MS_TAGS[:2] + ([MS_TAGS[2]] if 'زلزال' in ' '.join(paras) else []), paras)
    content.append('<p>' + ' '.join(f'<a href="{MS_HOST}/tags/{t}" class="mention hashtag" rel="tag">#<span>{t}</span></a>' for t in tags) + '</p>')
    counts = (3 + 2 * k, 17 + 5 * k, 29 + 7 * k)
    edited_html = ''
    if edited:
        edited_html = (f'<br>{MS_EDITED} <time class="formatted" datetime="{iso_z(edited)}" title="{ms_time(edited)}">{ms_time(edited)}</time>')
    detailed = (f'<div class="detailed-status detailed-status--flex detailed-status-public"><div class="p-author h-card">{ms_author(MS_NAME, MS_ACCOUNT, f"{MS_HOST}/@{MS_ACCOUNT}").replace("status__display-name u-url", "detailed-status__display-name u-url")}</div>'
                f'<a class="button logo-button" href="{MS_HOST}/interact/{sid}?type=follow">{MS_FOLLOW}</a>'
                f'<div class="status__content emojify"><div class="e-content" lang="ar" style="display: block; direction: rtl">{"".join(content)}</div></div>'
                f'<div class="detailed-status__meta"><data class="dt-published" value="{iso_z(pub)}"></data>' + (f'<data class="dt-updated" value="{iso_z(edited)}"></data>' if edited else '') +
                f'<a class="detailed-status__datetime u-url u-uid" href="{url}" rel="noopener noreferrer" target="_blank"><time class="formatted" datetime="{iso_z(pub)}" title="{ms_time(pub)}">{ms_time(pub)}</time></a>{edited_html} · '
                f'<span class="detailed-status__visibility-icon"><i class="fa fa-globe" title="{MS_VISIBILITY}"></i></span> · '
                f'<span class="detailed-status__link"><i class="fa fa-reply"></i><span class="detailed-status__reblogs">{counts[0]}</span> </span> · '
                f'<span class="detailed-status__link"><i class="fa fa-retweet"></i><span class="detailed-status__reblogs">{counts[1]}</span> </span> · '
                f'<span class="detailed-status__link"><i class="fa fa-star"></i><span class="detailed-status__favorites">{counts[2]}</span> </span></div></div>')
    replies = []
    reply_texts = []
    for i, (rname, racct, text) in enumerate(MS_REPLIES[:3 if k % 2 == 1 else 2]):
        when = later(kind, pub, hours=2 + 9 * i, minutes=14)
        rid = ms_id(when, 77 + i)
        acct = racct if '@' in racct else racct
        home = f'https://{racct.split("@")[1]}/@{racct.split("@")[0]}' if '@' in racct else f'{MS_HOST}/@{racct}'
        body = f'<p><span class="h-card"><a href="{MS_HOST}/@{MS_ACCOUNT}" class="u-url mention">@<span>{MS_ACCOUNT}</span></a></span> {esc(text)}'
        if '@' in racct:
            body += f' <a href="https://rasd.example/checks/{k}" rel="nofollow noopener noreferrer" target="_blank">{esc(extra["also2"])}</a>'
        body += '</p>'
        reply_texts.append(text)
        replies.append(f'<div class="entry h-cite u-comment entry-successor"><div class="status status-public" data-id="{rid}"><div class="status__info">'
                       f'<a class="status__relative-time u-url u-uid" href="{home}/{rid}" rel="noopener noreferrer" target="_blank"><span class="status__visibility-icon"><i class="fa fa-globe" title="{MS_VISIBILITY}"></i></span><time class="time-ago" datetime="{iso_z(when)}" title="{ms_time(when)}">{ms_time(when)}</time></a>'
                       f'<data class="dt-published" value="{iso_z(when)}"></data><div class="p-author h-card">{ms_author(rname, acct, home)}</div></div>'
                       f'<div class="status__content emojify"><div class="e-content" lang="ar" style="display: block; direction: rtl">{body}</div></div>'
                       f'<div class="status__action-bar"><div class="status__action-bar__counter"><a class="status__action-bar-button icon-button modal-button" href="{MS_HOST}/interact/{rid}?type=reply"><i class="fa fa-reply fa-fw"></i></a><div class="status__action-bar__counter__label">0</div></div></div></div></div>')
    trend_props = [{'name': t, 'url': f'{MS_HOST}/tags/{t}', 'history': [{'day': str(epoch(pub.replace(hour=0, minute=0)) - 86400 * d), 'accounts': str(40 - 9 * d), 'uses': str(71 - 13 * d)} for d in range(3)]}
                   for t in ('زلزال', 'غزة', 'تحقق')]
    trends = ''.join(f'<div data-component="Hashtag" data-props="{esc(json.dumps({"hashtag": p}, ensure_ascii=False))}"></div>' for p in trend_props)
    nav = '\n'.join(f'<a class="nav-link optional" href="{MS_HOST}/{["explore", "about/more", "apps"][i]}">{t}</a>' for i, t in enumerate(MS_NAV))
    quote = '# ' + title
    quote = quote[:49] + '…' if len(quote) > 50 else quote
    page_title = f'{MS_NAME}: &quot;{esc(quote)}&quot; - {MS_SITE}'
    state = {'meta': {'streaming_api_base_url': f'wss://{MS_INSTANCE}', 'access_token': None, 'locale': 'ar', 'domain': MS_INSTANCE,
                      'title': MS_SITE, 'admin': None, 'search_enabled': True, 'repository': 'glitch-soc/mastodon', 'source_url': 'https://github.com/glitch-soc/mastodon',
                      'version': MS_VERSION[1:], 'mascot': None, 'profile_directory': True, 'trends': True},
             'compose': {'text': ''}, 'accounts': {}, 'media_attachments': {'accept_content_types': []}, 'settings': {}, 'max_toot_chars': 10000,
             'poll_limits': {'max_options': 4, 'max_option_chars': 50, 'min_expiration': 300, 'max_expiration': 2629746}}
    foot_links = [f'<a href="{MS_HOST}/{h}">{t}</a>' for h, t in zip(['terms', 'privacy-policy', 'docs', 'api', 'source'], MS_FOOTER_LINKS)]
    page = f'''<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/favicon.ico" rel="icon" type="image/x-icon">
<link href="/apple-touch-icon.png" rel="apple-touch-icon" sizes="180x180">
<link href="/manifest" rel="manifest">
<meta content="#282c37" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>{page_title}</title>
<link rel="stylesheet" media="all" href="/packs/css/flavours/glitch/common-6a2f0b1c.css">
<link rel="stylesheet" media="all" href="/packs/css/skins/glitch/default/common-1d4e7a90.css">
<script id="initial-state" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>
<script src="/packs/js/flavours/glitch/public-3e8b2c71.chunk.js" crossorigin="anonymous"></script>
<link href="{MS_HOST}/api/oembed?format=json&amp;url={url}" rel="alternate" type="application/json+oembed">
<link href="{MS_HOST}/users/{MS_ACCOUNT}/statuses/{sid}" rel="alternate" type="application/activity+json">
<meta content="{MS_SITE}" property="og:site_name">
<meta content="article" property="og:type">
<meta content="{MS_NAME} (@{MS_ACCOUNT}@{MS_INSTANCE})" property="og:title">
<meta content="{url}" property="og:url">
<meta content="{esc(title + ' ' + lead_words(paras, 20))}" name="description">
<meta content="{esc(title + ' ' + lead_words(paras, 20))}" property="og:description">
<meta content="{MS_HOST}/system/accounts/avatars/bay/original/logo.png" property="og:image">
<meta content="summary" property="twitter:card">
</head>
<body class="app-body theme-default no-reduce-motion system-font">
<div class="public-layout">
<div class="container">
<nav class="header">
<div class="nav-left"><a class="brand" href="{MS_HOST}/"><svg viewBox="0 0 713.35878 175.8678" class="logo logo--wordmark"><use xlink:href="#logo-symbol-wordmark"></use></svg></a>\n{nav}</div>
<div class="nav-center"></div>
<div class="nav-right"><a class="webapp-btn nav-link nav-button" href="{MS_HOST}/auth/sign_in">{MS_LOGIN}</a>\n<a class="webapp-btn nav-link nav-button" href="{MS_HOST}/auth/sign_up">{MS_SIGNUP}</a></div>
</nav>
</div>
<div class="container">
<div class="grid">
<div class="column-0">
<div class="activity-stream h-entry">
<div class="entry h-entry entry-center">{detailed}</div>
{''.join(replies)}
</div>
</div>
<div class="column-1">
<div class="hero-widget"><div class="hero-widget__img"><img alt="{MS_SITE}" src="{MS_HOST}/system/site_uploads/files/000/000/001/original/hero.png"></div><div class="hero-widget__text"><p>{MS_HERO}</p></div></div>
<div class="endorsements-widget trends-widget"><h4 class="emojify">{MS_TRENDING}</h4>{trends}</div>
</div>
</div>
</div>
<div class="container">
<div class="footer">
<div class="grid">
<div class="column-0"><h4>{MS_FOOTER_HEADS[0]}</h4><ul><li>{foot_links[0]}</li><li>{foot_links[1]}</li></ul></div>
<div class="column-1"><h4>{MS_FOOTER_HEADS[1]}</h4><ul><li>{foot_links[2]}</li><li>{foot_links[3]}</li></ul></div>
<div class="column-2"><h4><a href="{MS_HOST}/about/more">{MS_FOOTER_HEADS[2]}</a></h4></div>
<div class="column-3"><h4>{MS_INSTANCE}</h4><ul><li>{MS_VERSION}</li></ul></div>
<div class="column-4"><h4>{MS_FOOTER_HEADS[3]}</h4><ul><li>{foot_links[4]}</li></ul></div>
</div>
<div class="legal-xs"><a href="https://github.com/glitch-soc/mastodon">{MS_VERSION}</a> · {foot_links[1]}</div>
</div>
</div>
</div>
</body>
</html>
'''
    without = [MS_NAV[1], MS_LOGIN, MS_SIGNUP, ms_time(pub), MS_HERO, MS_TRENDING, MS_FOOTER_LINKS[0], MS_FOOTER_LINKS[4],
               extra['also2'], MS_RELATED] + reply_texts + ([f'{MS_EDITED} {ms_time(edited)}'] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {'wagtail': render_wagtail, 'sitecore': render_sitecore, 'aem': render_aem, 'newspack': render_newspack,
          'umbraco': render_umbraco, 'craft': render_craft, 'mastodon': render_mastodon}
render = renderer(RENDER, 'templates_set19.py', 19)

# --- the corpus and the driver ----------------------------------------------------------------------------
# The Ar-APT and Fatabyyano files that a label of tests/ (segmenter or HTML) or ../shared/eval/dev named, or that a
# segmenter blind draw (tests/segmenter/blind*-draw.txt) listed, when the set was written: frozen, so that later labels
# do not shift the set's articles.
LABEL_NAMED = frozenset((
    'Bus-5.txt', 'Bus-12.txt', 'Bus-13.txt', 'Bus-23.txt', 'Bus-27.txt', 'Bus-45.txt', 'Bus-47.txt', 'Bus-49.txt',
    'Fin-1.txt', 'Fin-13.txt', 'Fin-15.txt', 'Fin-18.txt', 'Fin-25.txt', 'Fin-31.txt', 'Fin-41.txt', 'Med-5.txt',
    'Med-6.txt', 'Med-13.txt', 'Med-24.txt', 'Med-27.txt', 'Med-28.txt', 'Med-35.txt', 'Pol-3.txt', 'Pol-7.txt',
    'Pol-11.txt', 'Pol-16.txt', 'Pol-31.txt', 'Pol-36.txt', 'Pol-41.txt', 'Pol-47.txt', 'Sci-10.txt', 'Sci-11.txt',
    'Sci-12.txt', 'Sci-20.txt', 'Sci-21.txt', 'Sci-22.txt', 'Sci-46.txt', 'Sci-50.txt', 'Spo-4.txt', 'Spo-9.txt',
    'Spo-10.txt', 'Spo-17.txt', 'Spo-21.txt', 'Spo-35.txt', 'Spo-42.txt', 'Tech-9.txt', 'Tech-20.txt', 'Tech-21.txt',
    'Tech-23.txt', 'Tech-31.txt', 'Tech-37.txt', 'Tech-43.txt', 'Tech-45.txt', 'Tour-1.txt', 'Tour-3.txt', 'Tour-8.txt',
    'Tour-29.txt', 'Tour-35.txt', 'Tour-45.txt', 'Tour-48.txt',
    'nahla_fatabyyano_00012.txt', 'nahla_fatabyyano_00162.txt', 'nahla_fatabyyano_00190.txt',
    'nahla_fatabyyano_00253.txt', 'nahla_fatabyyano_00276.txt', 'nahla_fatabyyano_00306.txt',
    'nahla_fatabyyano_00308.txt', 'nahla_fatabyyano_00344.txt', 'nahla_fatabyyano_00356.txt',
    'nahla_fatabyyano_00368.txt', 'nahla_fatabyyano_00384.txt'))
# Ar-APT files whose first line is not a headline though it looks like one (read by hand): a basmala, a company
# chairman's message, a paper's name and a reporter's byline.
NOT_HEADLINES = frozenset(('Bus-19.txt', 'Bus-21.txt', 'Bus-26.txt', 'Pol-23.txt'))
# An Ar-APT file that is one paragraph and then a list of thesis titles, not an article (read by hand).
NOT_ARTICLES = frozenset(('Fin-34.txt',))
# Ar-APT files whose lead lost its first word or words in the corpus ("نت شركة إنتل ...", "مت إدارة ...", read by hand).
CUT_LEADS = frozenset(('Tech-2.txt', 'Tech-3.txt', 'Tech-11.txt', 'Tech-13.txt', 'Tech-26.txt', 'Tech-33.txt',
                       'Tech-34.txt', 'Tech-41.txt'))
# Lines holding one of these are a read-also or a teaser of the scrape itself: such a file is left out.
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك')
# A line that ends with punctuation closes a unit (a Fatabyyano line that ends without any was cut inside a sentence).
UNIT_END = re.compile(r'[.!؟:،,؛…"”»)\]]$')
# A line that announces a quoted claim ("... وفق الوصف الآتي – دون تصرف -:"): the fact-check's text stops before it.
ANNOUNCE = re.compile(r':[\s\-–—]*$')
# A unit that closes a sentence (for the test that a file's long lines were not cut at a fixed width).
SENTENCE_CLOSE = re.compile(r'[.!؟:»"”)\]]$')
# "06 فبراير 2023" in a fact-check's text: the page is dated after the latest such date.
MENTIONED = re.compile(r'(\d{1,2}) (' + '|'.join(GULF_MONTHS) + r') (20\d\d)')


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def apt_key(path):
    base = os.path.basename(path)
    cat, num = base[:-4].split('-')
    return cat, int(num)


def headline_line(line):
    """An Ar-APT file's first line is its headline when it has 3 to 14 words and does not end with a stop, a colon or a
    comma."""
    return 3 <= len(line.split()) <= 14 and not re.search(r'[.:،,؛]$', line) and not any(m in line for m in MARKERS)


def apt_records(corpus):
    """Every Ar-APT file (CORPUS/ar-apt-human/CAT-N.txt) in (category, number) order, the named ones left out, as dicts:
    name, category, title (the first line, or '' when it is not a headline), lines (the others), wrapped (most of its
    long lines end without a sentence's stop: text cut at a fixed width)."""
    out = []
    for f in sorted(glob.glob(os.path.join(corpus, APT_FOLDER, '*-*.txt')), key=apt_key):
        base = os.path.basename(f)
        if base in LABEL_NAMED:
            continue
        with open(f, encoding='utf-8-sig') as fh:
            raw = fh.read().replace('\r\n', '\n')
        lines = [' '.join(line.split()) for line in raw.split('\n') if line.strip()]
        first = lines[0] if lines else ''
        title = first if len(lines) > 1 and headline_line(first) and base not in NOT_HEADLINES else ''
        long_lines = [line for line in lines[1:] if len(line.split()) >= 12]
        wrapped = sum(1 for line in long_lines if not SENTENCE_CLOSE.search(line)) * 2 > len(long_lines)
        out.append({'name': f'{APT_FOLDER}/{base}', 'base': base, 'category': apt_key(f)[0], 'title': title,
                    'lines': lines[1:] if title else lines, 'wrapped': wrapped, 'dup': False})
    seen = set()
    for r in out:
        r['dup'] = bool(r['title']) and r['title'] in seen
        seen.add(r['title'])
    return out


def fat_records(corpus):
    """Every Fatabyyano file (CORPUS/nahla-scraper/split/nahla_fatabyyano_*.txt) in name order, the named ones left out,
    as dicts: name, base, category ('fatabyyano'), title (the first line), lines (the others), dup."""
    out, seen = [], set()
    for f in sorted(glob.glob(os.path.join(corpus, FAT_FOLDER, 'nahla_fatabyyano_*.txt'))):
        base = os.path.basename(f)
        if base in LABEL_NAMED:
            continue
        with open(f, encoding='utf-8') as fh:
            lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
        title = lines[0] if lines else ''
        out.append({'name': f'{FAT_FOLDER}/{base}', 'base': base, 'category': 'fatabyyano', 'title': title,
                    'lines': lines[1:], 'wrapped': False, 'dup': title in seen})
        seen.add(title)
    return out


def fat_units(lines):
    """A fact-check's units: its lines, a line that ends without punctuation joined to the next, up to a quoted
    social post or a line that announces a quoted claim."""
    out, cur = [], ''
    for line in lines:
        if SOCIAL.search(line) or ANNOUNCE.search(line):
            return out
        cur = f'{cur} {line}'.strip()
        if UNIT_END.search(line):
            out.append(cur)
            cur = ''
    if cur:
        out.append(cur)
    return out


def paragraphs(rec):
    """The record's paragraphs (see the docstring)."""
    if rec['category'] == 'fatabyyano':
        return joined_paragraphs(fat_units(rec['lines']))
    long_lines = [line for line in rec['lines'] if len(line.split()) >= 12]
    if len(long_lines) >= 3:
        units = long_lines
    else:
        units = [s for line in rec['lines'] for s in sentences(line)]
    return joined_paragraphs(units)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if not rec['title'] or rec['dup'] or rec['wrapped'] or rec['base'] in CUT_LEADS | NOT_ARTICLES or not usable_title(rec['title']):
        return None
    if any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    paras = paragraphs(rec)
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def pick_articles(recs, kinds, per_kind):
    """For each kind in KINDS order, `per_kind` (index, article) pairs: the first articles not yet taken of its source,
    the Ar-APT kinds' taken round robin over their categories (APT_CATEGORIES)."""
    taken, out = set(), {}
    for kind in kinds:
        src = recs[SOURCE[kind]]
        cats = APT_CATEGORIES.get(kind, ('fatabyyano',))
        queues = {c: [i for i, r in enumerate(src) if r['category'] == c] for c in cats}
        chosen = []
        n = 0
        while len(chosen) < per_kind:
            if not any(queues.values()):
                raise SystemExit(f'templates_set19: {len(chosen)} articles for {kind}, {per_kind} needed')
            q = queues[cats[n % len(cats)]]
            n += 1
            while q:
                i = q.pop(0)
                art = article_of(src[i])
                if art and art[0] not in taken:
                    taken.add(art[0])
                    chosen.append((i, art))
                    break
        out[kind] = chosen
    return out


def following(recs, at_, title, n):
    """The titles of the n records after recs[at_] (wrapping around) whose title is a usable headline, without
    `title` (each title once)."""
    out = []
    for j in range(1, len(recs)):
        r = recs[(at_ + j) % len(recs)]
        t = r['title']
        if t and not r['wrapped'] and usable_title(t) and t != title and t not in out:
            out.append(t)
            if len(out) == n:
                break
    return out


def mentioned(texts):
    """The latest "06 فبراير 2023" date the texts name, or None."""
    days = [datetime.date(int(y), GULF_MONTHS.index(m) + 1, int(d)) for text in texts for d, m, y in MENTIONED.findall(text)]
    return max(days) if days else None


def floor_date(recs, at_):
    """A fact-check's floor: the latest date its own text names, else that of the nearest file (in name order, the
    earlier one first at equal distance) whose text names one."""
    for j in range(len(recs)):
        for i in ((at_ - j, at_ + j) if j else (at_,)):
            if 0 <= i < len(recs):
                day = mentioned([recs[i]['title']] + recs[i]['lines'])
                if day:
                    return day
    return None


def page_time(n, kind, k, floor):
    """Page n's local publication time (see the docstring): an Ar-APT page a day of 2018-2024, a fact-check 1 to 4 days
    after its floor (floor_date()); a time of day from 07:00 to 22:59 (to 20:59 for mastodon), drawn from a generator
    seeded by n; the pages of AFTER_MIDNIGHT keep the day and take their clock time."""
    rng = random.Random(f'templates_set19 page {n}')
    if SOURCE[kind] == 'fatabyyano' and floor:
        day = floor + datetime.timedelta(days=1 + rng.randrange(4))
    else:
        day = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2557))
    hour, minute = rng.randrange(7, 21 if kind == 'mastodon' else 23), rng.randrange(60)
    hour, minute = AFTER_MIDNIGHT.get((kind, k), (hour, minute))
    return zone(kind, datetime.datetime.combine(day, datetime.time(hour, minute)))


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set19', KINDS, RENDER, 'ar-apt-human and nahla-scraper/split', argv)
    kinds = args.kinds
    recs = {'apt': apt_records(args.corpus), 'fatabyyano': fat_records(args.corpus)}
    # Articles are chosen over the whole set (kinds in KINDS order), so that --kinds picks the same ones.
    chosen = pick_articles(recs, KINDS, args.per_kind)
    rng = random.Random(20261219)
    bad = 0
    written = 0
    for n, kind in enumerate(kd for kd in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[kind][k]
        src = recs[SOURCE[kind]]
        heads = following(src, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in kinds:
            continue
        floor = floor_date(src, at_) if SOURCE[kind] == 'fatabyyano' else None
        local = page_time(n, kind, k, floor)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'category': src[at_]['category']}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set19')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
