#!/usr/bin/env python3
"""Sealed HTML template set 15 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's rules
are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py or templates_set5..14.py, and every chrome sentence is new wording (no chrome constant of the
earlier sets is imported; the wording was checked automatically against the earlier sets' files: no run of three
Arabic words or more of a string of this file, docstrings aside, appears in their string constants, docstrings
included). The articles are CNN Arabic's stories (the antcorpus multi-source folder), each dated by its own record,
so the pages' dates run through 2018; every kind has its own time zone (the record's time made local; Beirut's
+02:00 or summer +03:00 for the Lebanese site, UTC for the forum). The kinds vary where the dates come from (a
portal whose web-content template prints them in four formats and nothing else, 1C-Bitrix's DD.MM.YYYY lines and
Open Graph times, Angular's DatePipe in Arabic-Indic digits beside a TransferState blob in UTC and a JSON-LD
dateModified, a <time datetime> in UTC with milliseconds under Levantine month names, Laravel's UTC microsecond
times in an Inertia data-page attribute beside relative visible times, an e-paper issue line with
PublicationIssue microdata, a forum's DiscussionForumPosting microdata in UTC; and dates that are not the
article's: a page's render time in BX.message, a visitors counter's start date, later wires and feed times, an
e-paper's upload the evening before, "on this day" stories of earlier years, readers' replies, later suggested
topics) and how the related list is shaped (Liferay's Related Assets portlet in either column, a Bitrix news.list
with thumbnails, Angular card components, a list server-rendered inside an Astro island, Tailwind cards, an
e-paper's sidebar with earlier issues, a Discourse topic-list table), and each carries lists that look related but
are not (latest wires, a news feed, a video block, a ticker, trending with share counts, sponsored links, just-in
stories, "on this day", previous and next news, most commented, the other stories of the same printed page,
suggested topics).

  liferay    an Emirati state news agency's portal on Liferay 7 (+04:00): the Liferay.ThemeDisplay script, a skip
             link, the language and search portlets, the navigation, portlet-boundary wrappers (decorated or
             barebone), the breadcrumb portlet ending in "تفاصيل الخبر"; the article is a web content
             (journal-content-article with data-analytics-asset-title) whose template prints the desk line,
             h1.news-title and the date, only visibly (no meta, no JSON-LD): "نُشر بتاريخ: 28/05/2018" (page 0),
             the weekday, month name and clock (page 1), "27 مايو 2018" (page 2), "2018/03/13 - 11:16 م" (page
             3); odd pages add "عُدّل الخبر في" (the updated date: 3 h 48 later on page 1, the next morning on
             page 3); tools, a caption, an inline "اقرأ أيضاً:" paragraph after the second on even pages
             (read-also); the ratings portlet; the Related Assets portlet "أنباء ذات علاقة" with earlier dates
             (related; under the article on even pages, in the right column on odd ones), "الأكثر تصفحاً هذا
             الشهر" (related, a most-read box), "آخر ما بثته الوكالة" with dates and times after the article's
             (latest wires: not related, not its date), a visitors counter "since 1 January 2016", the footer
  bitrix     the Arabic service of a Russian news agency on 1C-Bitrix (Moscow, +03:00): the BX.message scripts whose
             SERVER_TIME is the page's render time 47 days later (not the article's date), setJSList and the
             bitrix cache's CSS URLs, language links, slogan, the horizontal multilevel menu, bx-breadcrumb
             microdata, h1#pagetitle, news-detail with span.news-date-time in Bitrix's formats ("04.08.2018 21:03",
             "13 أغسطس 2018 - 17:06", "21.03.2018", "01.06.2018 20:25"); even pages: article:published_time and
             article:modified_time, equal; odd pages: no meta date and a "تاريخ التعديل: DD.MM.YYYY HH:MM" line
             (the updated date: the next morning on page 1, 1 h 45 later on page 3); DETAIL_TEXT paragraphs with an
             inline "اقرأ أيضا:" paragraph after the third on even pages (read-also), a photo credit, the "إعداد:"
             property, tags, a share line; "مواد ذات صلة" news.list with thumbnails (related), "الأكثر قراءة
             اليوم" (related, a most-read box), "شريط الأنباء" with clock times after the article's and a video
             block (not related), a Telegram line, a Metrika counter with its noscript pixel, the footer with "18+"
  angular    an Egyptian portal rendered by Angular Universal (+02:00): app-root with ng-version, _nghost/_ngcontent
             attributes, <!----> anchors, the ng-transition style, a "لحظة بلحظة" ticker (not related), section
             link, h1, "كتب:" author; even pages: the DatePipe's long date in Arabic-Indic digits ("الأربعاء، ١٤
             مارس ٢٠١٨ - ٩:٠٦ م"); odd pages: "17/8/2018، 9:19 م" and an "آخر تحديث:" line (the updated date: the
             next day at 00:47 on page 1, the next day on page 3); a NewsArticle JSON-LD with +02:00 on pages 1 to 3
             (page 2's dateModified is 4 h 10 later: an update declared there only); page 2 is published at 01:05
             Cairo time, the day before in UTC, as TransferState's publishDate says (the label keeps the local
             date); the body in div.block-text components with an app-read-also card after the second paragraph on
             even pages (read-also); tags, share links; "تقارير ذات صلة" cards (related), "ترند الكنانة" with share
             counts (trending: not related), "روابط إعلانية" (sponsored: not related), an app line; the
             <script id="serverApp-state"> TransferState (&q; &l; &g; escapes) with the paragraphs, UTC times,
             related and trending
  astro      a Lebanese independent outlet built with Astro over a headless CMS (Beirut time): data-astro-cid-*
             attributes on every element, <astro-island> elements (theme toggle, share bar, related list) with
             their HTML-escaped serialized props ([0, value]) and server-rendered markup, Astro's load and idle
             scripts, the generator meta; kicker, h1, a byline whose <time datetime> is UTC with milliseconds and
             whose text uses the Levantine month names ("2 حزيران 2018"), reading time; page 2 is published at 00:40
             Beirut time, the day before in UTC (the label keeps Beirut's date); even pages: NewsArticle JSON-LD in
             UTC (page 0's dateModified 2 h 05 later: the updated date, declared there only); odd pages: a visible
             "تحديث:" <time> (the next morning on page 1, 4 h 11 later on page 3) and an "إقرأ أيضاً" aside after
             the first paragraph (read-also); "قصص متصلة بالموضوع" inside an island (related), "وصل للتو" (latest:
             not related), "في مثل هذا اليوم" dated one or two years earlier (not related, not its date), a
             donation box, the newsletter line, the footer
  inertia    a Saudi online paper built with Laravel, Inertia and server-rendered Vue (+03:00): the csrf-token meta,
             <title inertia> and <meta inertia> tags, Ziggy's routes script, Vite's build assets, and
             <div id="app" data-page="..."> holding PHP's json_encode() of the page (non-ASCII as \\uXXXX, slashes
             escaped, then HTML-escaped) with the article's body and published_at/updated_at in UTC with
             microseconds; Vue's <!--[--> fragment comments and Tailwind utility classes only (no semantic class
             name but the typography plugin's div.prose); page 0 is published at 00:13 local, the day before in
             UTC (the label keeps the local date), and shows the weekday, month and 12-hour clock; page 1 a relative
             "منذ 3 ساعات" and "عُدّل منذ ساعة", with article:published_time and article:modified_time (odd pages;
             the updated date: 2 h later, just after midnight); page 2 "28/03/2018 - 08:43 م"; page 3 "الاثنين 10
             سبتمبر 2018" and an "آخر تعديل:" line the next morning (the updated date); an inline "اقرأ كذلك" box
             after the second paragraph on even pages (read-also); save and listen buttons, the previous and next
             news with their titles (not related), "موضوعات متصلة" cards (related), "الأكثر مشاهدة خلال 48 ساعة"
             numbered (related, a most-read box), "نقاشات ساخنة" with comment counts (most commented: not related)
  epaper     a Qatari daily's e-paper clip (+03:00): the viewer's toolbar with the issue line "العدد N — weekday
             date" (the issue's date: the article's) and PublicationIssue microdata (a bare datePublished), a
             "رُفعت هذه النسخة:" upload line the evening before (not the article's date), page tools, the issue's page
             strip, h1.clip-title, the page and section line and a clipping note; then the printed page as pdf2htmlEX
             writes it (generator meta, its base CSS, @font-face rules, div.pf and div.pc, the page's background
             image, every printed line an absolutely positioned div.t with position classes and spacing spans
             between some words, div.pi): the running head (section, the date, in Arabic-Indic digits on odd
             pages, the page number), the printed headline in lines of four words, a byline, the article's
             paragraphs in lines of nine words (no <p>), another story's brief in the next column (its headline and
             opening: not the article), the paper's address; no read-also, no update; "قراءات ذات صلة من أعداد
             سابقة" with earlier issues' numbers and dates (related), "الأكثر قراءة بين المشتركين" (related, a
             most-read box), "في الصفحة نفسها" (the printed page's other stories: not related), a subscription line
  discourse  a news topic on a Discourse community forum, as its crawler view (UTC): body.crawler, the logo header,
             #main-outlet, an h1 holding the topic's link, category badges in BreadcrumbList microdata, tags, the
             DiscussionForumPosting microdata with datePublished in UTC and the first post's time in the server's
             zone ("1 أكتوبر 2018 3:18م"), its dateModified meta (equal on even pages; on odd pages 1 h 37 later on
             page 1 and 1 day 4 h later on page 3: the updated date, declared there only), article:published_time;
             the member's post is the article, ending with "اقرأ أيضاً بالساحة:" and a link on even pages (read-also)
             or a source line on odd pages (not the article); likes; three replies by other members, hours to days
             later (not the article, not its date); "نقاشات ذات صلة" topic-list table with replies, views and
             activity months (related), "مواضيع مقترحة" (suggested new topics of later months: not related), the
             crawler's navigation and powered-by line

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's time zone),
updated (the local date, where the page shows or declares an update of the article: 14 of the 28 pages),
body_with = the opening of each paragraph, body_without = visible chrome texts and other stories' headlines,
read_also, related (headed related and most-read lists only). A lead's CNN dateline ("دبي، الإمارات العربية المتحدة
(CNN) --") is metadata, not body, as the development set labels it (../shared/eval/dev/ant-CN-*.json): the
opening starts after it (the set's first score, taken with the dateline inside the opening, is in
docs/benchmarks.md).

Articles: not make_templates.articles() (SaudiNewsNet), ant-jawharafm (set 12), France24 and SkyNews (set 13) nor
Alarabia and BBC (set 14), but the TREC records of CORPUS/ant-multisource/CNN/*/*.txt (one <DOC> a file). Every file
that a label in tests/segmenter/labels/*.json named in its "file" value when the set was written is left out
(matched by file name; SEGMENTER_NAMED, frozen, so that later labels do not shift the set). A record is an article
when its <TITLE> has 3 to 20 words, its <TIME> parses (an RFC 2822 time, "+0000"), its <TEXT> has at least 3 lines
of 12 words or more and neither the title nor any line of the text holds "اقرأ", "إقرأ", "للمزيد" or "قد يهمك"
(CNN's own inline read-also). CNN's records go on after the story with the teasers of other stories, so the
article's paragraphs are only the first of those lines that belong to it, as many as ARTICLE_LINES says (read by
hand for the records the set takes or passes over, up to 8; 0 leaves a record out: a story of fewer than three
such lines before the teasers, or a list whose short numbered headings would be lost), and the first 4 for a
record it does not list. The five folders are taken in sorted path order (economy, internationalNews, middleEast,
sport, technology), each folder's files in sorted order; page n (counted over the whole set, kinds in the order
above) takes the next article of folder n mod 5, or of the next folder that still has one. The page's dates come
from the record's <TIME> made local in the kind's time zone: the label's published date is that local date, and
the page's times are the record's local time except angular-2 (01:05) and astro-2 (00:40), for their UTC traps.
Other stories' headlines (related, latest and the like) are the titles of the records that follow the page's
article in sorted path order over all the files, wrapping around (any record whose title has 3 to 20 words and no
such marker, the left-out files and the article's own title excepted): the first 11 shuffled, then the rest in
order; the e-paper's brief is the first line of its record.

Usage: templates_set15.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check(), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed
in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's innerText once while writing them (every labelled text is in it, the
e-paper's line-by-line text and the islands' server-rendered markup included).
"""
import datetime
import hashlib
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
from templates_set12 import (  # noqa: E402
    set_arguments, at, gulf_date, hm, indic, iso_local, iso_ms_z, iso_z, moved, opening_words,
    pick_articles as shared_pick_articles, trec_records, write_page,
)

KINDS = ('liferay', 'bitrix', 'angular', 'astro', 'inertia', 'epaper', 'discourse')
# Hours east of UTC; None: Beirut's zone (+02:00, or +03:00 in summer).
TZ_HOURS = {'liferay': 4, 'bitrix': 3, 'angular': 2, 'astro': None, 'inertia': 3, 'epaper': 3, 'discourse': 0}
CORPUS_FOLDER = 'ant-multisource'
SOURCES = ('CNN',)
# "قد يهمك" is the CNN records' own inline read-also line: a record holding one is left out as well.
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك')
# The record's folder as each site's section name.
CAT_AR = {'economy': 'اقتصاد', 'internationalNews': 'العالم', 'middleEast': 'الشرق الأوسط', 'sport': 'رياضة',
          'technology': 'تكنولوجيا'}


def levant_date(day):
    return f'{day.day} {LEVANT_MONTHS[day.month - 1]} {day.year}'


def clock12(t, pad=True, digits=str):
    h = t.hour % 12 or 12
    hh = f'{h:02d}' if pad else str(h)
    return f'{digits(hh)}:{digits(f"{t.minute:02d}")} {"م" if t.hour >= 12 else "ص"}'


def laravel_z(t):
    """Laravel's default JSON form of a date: UTC with microseconds."""
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000000Z')


def beirut(utc):
    """A UTC time in Beirut's zone: +02:00, or +03:00 from the last Sunday of March 00:00 to the last Sunday of
    October 00:00 local time."""
    def last_sunday(month):
        d = datetime.date(utc.year, month, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d
    start = datetime.datetime.combine(last_sunday(3), datetime.time(0), datetime.timezone.utc) - datetime.timedelta(hours=2)
    end = datetime.datetime.combine(last_sunday(10), datetime.time(0), datetime.timezone.utc) - datetime.timedelta(hours=3)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=3 if start <= utc < end else 2)))


def local_time(kind, utc):
    if TZ_HOURS[kind] is None:
        return beirut(utc)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=TZ_HOURS[kind])))


def outside(items, paras):
    """The short chrome items (tags, sections) whose text is not inside the article's paragraphs."""
    article = ' ' + ' | '.join(fold(p) for p in paras) + ' '
    return [t for t in items if ' ' + fold(t) + ' ' not in article]


def upd_of(day):
    return {'updated': day.isoformat() if day else None}


# --- liferay: a state news agency's portal on Liferay 7 ----------------------------------------------------
LF_SITE = 'وكالة الرمال للأنباء'
LF_HOST = 'https://www.ramal-news.example'
LF_SKIP = 'القفز إلى نص الصفحة'
LF_LANGS = ['English', 'Français']
LF_SEARCH = 'ابحث في أرشيف الوكالة'
LF_MENU = ['الرئيسية', 'الإمارات', 'الخليج', 'عربي', 'دولي', 'اقتصاد', 'رياضة', 'صور وفيديو', 'عن الوكالة']
LF_DETAILS = 'تفاصيل الخبر'
LF_DESKS = ['أبوظبي - الرمال', 'دبي - الرمال', 'الشارقة - الرمال', 'العين - الرمال']
LF_PUBLISHED = 'نُشر بتاريخ:'
LF_MODIFIED = 'عُدّل الخبر في'
LF_TOOLS = ['طباعة', 'إرسال بالبريد', 'نسخة نصية']
LF_CAPTION = 'لقطة وزعتها الوكالة على مشتركيها مع الخبر'
LF_ALSO = 'اقرأ أيضاً:'
LF_RATE = 'ما تقييمك لهذا الخبر؟'
LF_VOTES = 'صوتاً'
LF_RELATED = 'أنباء ذات علاقة'
LF_MOST = 'الأكثر تصفحاً هذا الشهر'
LF_LATEST = 'آخر ما بثته الوكالة'
LF_VISITORS = 'عدد زوار البوابة منذ 1 يناير 2016:'
LF_FOOTER = 'المواد المنشورة على البوابة ملك لوكالة الرمال، ويجوز الاقتباس منها بشرط الإشارة إليها'
LF_LINKS = ['سياسة الخصوصية', 'شروط الاستخدام', 'خريطة البوابة', 'تواصل مع الوكالة']
LF_POWERED = 'تعمل البوابة بمنصة Liferay'


def lf_portlet(pid, inner, title=None, cls=''):
    """A portlet as Liferay 7 writes it: the boundary div, the section, the optional header and the body."""
    head = (f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{title}</h2></div></div>') if title else ''
    deco = 'portlet-decorate' if title else 'portlet-barebone'
    return (f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-static-end {deco} {cls}" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span>\n<section class="portlet" id="portlet_{pid}">{head}\n'
            f'<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">\n{inner}\n'
            f'</div></div></div>\n</section></div>')


def lf_dmy(t):
    return f'{t.day:02d}/{t.month:02d}/{t.year}'


def render_liferay(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    pub = at(extra)
    aid = 1204557 + 3301 * k
    desk = LF_DESKS[k % 4]
    section = CAT_AR.get(extra['cat'], 'دولي')
    upd_day, mod_line = None, ''
    if k == 0:
        shown = lf_dmy(day)
    elif k == 1:
        shown = f'{DAYS[day.weekday()]}، {gulf_date(day)} {hm(pub)}'
        upd = pub + datetime.timedelta(hours=3, minutes=48)
        upd_day = upd.date()
        mod_line = f'{LF_MODIFIED} {DAYS[upd_day.weekday()]}، {gulf_date(upd_day)} {hm(upd)}'
    elif k == 2:
        shown = gulf_date(day)
    else:
        shown = f'{day.year}/{day.month:02d}/{day.day:02d} - {clock12(pub)}'
        upd = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(9, 40), pub.tzinfo)
        upd_day = upd.date()
        mod_line = f'{LF_MODIFIED} {upd_day.year}/{upd_day.month:02d}/{upd_day.day:02d} - {clock12(upd)}'
    pub_line = f'{LF_PUBLISHED} {shown}'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<p><strong>{LF_ALSO}</strong> <a href="/ar/w/{aid - 417}">{esc(extra["also"])}</a></p>')
    tools = ' | '.join(f'<a href="javascript:void(0);" class="news-tool">{t}</a>' for t in LF_TOOLS)
    article = f'''<div class="journal-content-article " data-analytics-asset-id="{aid}" data-analytics-asset-title="{esc(title)}" data-analytics-asset-type="web-content">
<div class="ramal-news">
<p class="news-desk">{desk}</p>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-dates"><span class="news-date">{pub_line}</span>{f'{chr(10)}<span class="news-modified">{mod_line}</span>' if mod_line else ''}</div>
<div class="news-tools">{tools}</div>
<figure class="news-image"><img alt="" src="/documents/20143/{aid}/{slug}.jpg/{aid:x}?t=1519{k}04" /><figcaption>{LF_CAPTION}</figcaption></figure>
<div class="news-body">
{chr(10).join(body)}
</div>
</div>
</div>'''
    votes = 14 + 9 * k
    stars = ''.join(f'<a class="rating-element" href="javascript:void(0);" title="{i}"><span class="icon-star-empty"></span></a>' for i in range(1, 6))
    rating = (f'<div class="taglib-ratings stars"><p class="rating-label">{LF_RATE}</p>\n<div class="liferay-rating-vote">{stars}</div>\n'
              f'<span class="rating-count">({votes} {LF_VOTES})</span></div>')

    def asset_list(items, base, dates=None):
        rows = []
        for i, t in enumerate(items):
            d = f'\n<span class="asset-date">{dates[i]}</span>' if dates else ''
            rows.append(f'<li class="list-group-item"><a class="asset-title" href="/ar/w/{base - 11 * i}">{esc(t)}</a>{d}</li>')
        return '<ul class="list-group asset-links">\n' + '\n'.join(rows) + '\n</ul>'
    rel_dates = [lf_dmy(day - datetime.timedelta(days=3 + 5 * i)) for i in range(len(rel))]
    # The agency's latest wires are dated after the article (later dispatches: not its date).
    latest_times = [pub + datetime.timedelta(hours=5 + 7 * i, minutes=13 * i) for i in range(len(latest))]
    latest_dates = [f'{lf_dmy(t)} {hm(t)}' for t in latest_times]
    related = lf_portlet('com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet', asset_list(rel, aid - 90, rel_dates), LF_RELATED)
    most_p = lf_portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_mostViewed',
                        '<ol class="most-viewed">\n' + '\n'.join(f'<li><a href="/ar/w/{aid - 3000 - i}">{esc(t)}</a></li>' for i, t in enumerate(most)) + '\n</ol>',
                        LF_MOST)
    latest_p = lf_portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_latestWires',
                          asset_list(latest, aid + 300, latest_dates), LF_LATEST)
    visitors = f'{LF_VISITORS} {4512330 + 7919 * k:,}'
    counter = lf_portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_counter',
                         f'<div class="journal-content-article"><p class="visitors">{visitors}</p></div>')
    menu = ''.join(f'<li class="lfr-nav-item{" selected active" if i == 4 else ""}" role="presentation"><a href="{LF_HOST}/ar/web/guest/{i}" role="menuitem"><span>{t}</span></a></li>\n'
                   for i, t in enumerate(LF_MENU))
    langs = ' '.join(f'<a class="language-entry-long-text" href="/{code}/web/guest/news" lang="{code}">{t}</a>' for code, t in zip(('en', 'fr'), LF_LANGS))
    links = ' | '.join(f'<a href="/ar/web/guest/p{i}">{t}</a>' for i, t in enumerate(LF_LINKS))
    journal = lf_portlet(f'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{slug.replace("-", "")}x{k}', article)
    crumbs = (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/ar/web/guest">{LF_MENU[0]}</a></li>'
              f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="/ar/web/guest/s{k}">{section}</a></li>'
              f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{LF_DETAILS}</span></li></ol>')
    under = related if not odd else ''
    side = related if odd else ''
    page = f'''<!DOCTYPE html>

<html class="rtl" dir="rtl" lang="ar-SA">

<head>
	<title>{esc(title)} - {LF_DETAILS} - {LF_SITE}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(opening_words(paras[0], 24))}" lang="ar-SA" name="description" />
<link href="{LF_HOST}/o/ramal-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{LF_HOST}/o/ramal-theme/css/clay.css?browserId=other&amp;themeId=ramaltheme_WAR_ramaltheme&amp;languageId=ar_SA&amp;b=7010&amp;t=1517468400000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=ar_SA&amp;b=7010&amp;t=1517468400000:/o/frontend-js-web/everything.jsp" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
	var Liferay = Liferay || {{}};
	Liferay.ThemeDisplay = {{
		getLayoutId: function() {{ return "{42 + k}"; }},
		getLanguageId: function() {{ return "ar_SA"; }},
		getPathThemeImages: function() {{ return "{LF_HOST}/o/ramal-theme/images"; }},
		getScopeGroupId: function() {{ return "20143"; }},
		getSessionId: function() {{ return ""; }},
		isSignedIn: function() {{ return false; }}
	}};
	var themeDisplay = Liferay.ThemeDisplay;
	Liferay.authToken = 'pQ3xZ7Lm';
	Liferay.currentURL = '\\x2far\\x2fweb\\x2fguest\\x2fnews\\x2f-\\x2fasset_publisher\\x2f{slug}';
// ]]>
</script>
</head>

<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-block lfr-skip-to-content"><a href="#main-content" class="sr-only sr-only-focusable">{LF_SKIP}</a></div>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="language-portlet">{langs}</div>
<form action="/ar/web/guest/search" class="search-portlet" method="get"><input name="q" placeholder="{LF_SEARCH}" type="text" /></form></div>
<div id="heading"><a class="logo default-logo" href="{LF_HOST}/ar" title="{LF_SITE}"><img alt="{LF_SITE}" height="64" src="/image/layout_set_logo?img_id=20517" width="220" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات الموقع" role="menubar">
{menu}</ul></nav>
</header>
<section id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{lf_portlet('com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet', crumbs)}
{journal}
{lf_portlet('com_liferay_ratings_web_portlet_RatingsPortlet', rating)}
{under}
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
{most_p}
{latest_p}
{counter}
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<p class="footer-links">{links}</p>
<p class="copyright">{LF_FOOTER}</p>
<p class="powered-by">{LF_POWERED}</p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
	Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet');
	Liferay.on('allPortletsReady', function() {{ Liferay.Util.focusFormField(); }});
// ]]>
</script>
</body>

</html>'''
    without = [LF_SKIP, LF_MENU[7], LF_MENU[8], LF_DETAILS, desk, pub_line, LF_CAPTION, LF_RATE, f'({votes} {LF_VOTES})', LF_LATEST,
               visitors, LF_FOOTER, LF_POWERED] + LF_TOOLS[1:] + LF_LINKS[2:] + latest + latest_dates + rel_dates[:1] + rel[:2] + most[:2] + \
        ([mod_line] if mod_line else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- bitrix: the Arabic service of a Russian news agency on 1C-Bitrix ---------------------------------------
BX_SITE = 'وكالة الفولغا للأنباء'
BX_HOST = 'https://ar.volga-news.example'
BX_SLOGAN = 'الخدمة العربية لوكالة الفولغا: روسيا والعالم بلغة الضاد'
BX_LANGS = ['Русский', 'English', 'Türkçe']
BX_MENU = ['الرئيسية', 'روسيا', 'الشرق الأوسط', 'العالم', 'اقتصاد', 'رياضة', 'علوم وتقنية', 'مقابلات', 'صور']
BX_UPDATED = 'تاريخ التعديل:'
BX_PREPARED = 'إعداد'
BX_AUTHORS = ['سيرغي أنطونوف', 'ليلى حداد', 'مكتب موسكو', 'أندريه فولكوف']
BX_PHOTO = 'الصورة'
BX_PHOTO_SOURCES = ['الفولغا / ديمتري سميرنوف', 'الفولغا / أرشيف', 'خدمة الصور في الوكالة', 'الفولغا / أليكسي بافلوف']
BX_ALSO = 'اقرأ أيضا:'
BX_SHARE = 'انشر في:'
BX_SHARE_LINKS = ['VK', 'Telegram', 'فيسبوك', 'تويتر']
BX_TAGS = 'الكلمات الدلالية:'
BX_TAG_WORDS = {'economy': ['الأسواق', 'النفط', 'العقوبات'], 'internationalNews': ['الولايات المتحدة', 'أوروبا', 'أمن'],
                'middleEast': ['سوريا', 'الخليج', 'الدبلوماسية الروسية'], 'sport': ['كرة القدم', 'مونديال 2018', 'دوري الأبطال'],
                'technology': ['الإنترنت', 'تطبيقات', 'ريادة أعمال']}
BX_RELATED = 'مواد ذات صلة'
BX_MOST = 'الأكثر قراءة اليوم'
BX_FEED = 'شريط الأنباء'
BX_VIDEO = 'فيديو الفولغا'
BX_VIDEOS = ['جولة مصوّرة بين أجنحة معرض الكتاب الدولي في موسكو', 'لقطات من تدريبات فرق الإنقاذ على الجليد في سيبيريا']
BX_TELEGRAM = 'قناة الفولغا على تيليغرام تنقل إليكم العاجل قبل أي مكان آخر'
BX_FOOTER = '© 2018 وكالة الفولغا للأنباء. يلزم عند استخدام موادنا وضع رابط نشط إلى مصدرها'
BX_FOOTER_LINKS = ['عن الوكالة', 'الإعلان لدينا', 'راسل التحرير', 'سياسة البيانات الشخصية']


def bx_date(t):
    return f'{t.day:02d}.{t.month:02d}.{t.year}'


def render_bitrix(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, feed = others[:3], others[3:7], others[7:11]
    odd = k % 2 == 1
    pub = at(extra)
    eid = 88410 + 577 * k
    author = BX_AUTHORS[k % 4]
    photo = BX_PHOTO_SOURCES[k % 4]
    upd_day, upd_line, og = None, '', ''
    if k == 0:
        shown = f'{bx_date(day)} {hm(pub)}'
    elif k == 1:
        shown = f'{gulf_date(day)} - {hm(pub)}'
        upd = pub + datetime.timedelta(hours=16, minutes=35)
    elif k == 2:
        shown = bx_date(day)
    else:
        shown = f'{bx_date(day)} {hm(pub)}'
        upd = pub + datetime.timedelta(hours=1, minutes=45)
    if odd:
        upd_day = upd.date()
        upd_line = f'{BX_UPDATED} {bx_date(upd)} {hm(upd)}'
    else:
        og = (f'<meta property="article:published_time" content="{iso_local(pub)}" />\n'
              f'<meta property="article:modified_time" content="{iso_local(pub)}" />\n')
    # The page's render time in BX.message (SERVER_TIME): weeks after the article, not its date.
    server_time = int((pub + datetime.timedelta(days=47, hours=5)).timestamp())
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 2 and not odd:
            body.append(f'<p><b>{BX_ALSO}</b> <a href="/news/{eid - 233}/">{esc(extra["also"])}</a></p>')
    tags = outside(BX_TAG_WORDS.get(extra['cat'], BX_TAG_WORDS['internationalNews']), paras)
    tag_html = ', '.join(f'<a href="/search/?tags={i}">{t}</a>' for i, t in enumerate(tags))
    share = ' '.join(f'<a class="share-{i}" href="#" rel="nofollow">{t}</a>' for i, t in enumerate(BX_SHARE_LINKS))
    menu = ''.join(f'<li><a href="/{i}/" class="{"root-item-selected" if i == 3 else "root-item"}">{t}</a></li>\n'
                   for i, t in enumerate(BX_MENU))
    langs = ' | '.join(f'<a href="https://{c}.volga-news.example/">{t}</a>' for c, t in zip(('ru', 'en', 'tr'), BX_LANGS))
    feed_times = [pub + datetime.timedelta(minutes=25 + 40 * i) for i in range(len(feed))]
    feed_html = ''.join(f'<div class="news-item" id="bx_3218110508_{eid + 5 + i}"><span class="news-date-time">{hm(t)}</span>\n'
                        f'<a href="/news/{eid + 5 + i}/">{esc(h)}</a></div>\n' for i, (h, t) in enumerate(zip(feed, feed_times)))
    rel_html = ''.join(f'<div class="news-item"><a href="/news/{eid - 60 - i}/"><img class="preview_picture" src="/upload/resize_cache/iblock/{i}a{k}/120_80_2/r{i}.jpg" alt="" /></a>\n'
                       f'<a href="/news/{eid - 60 - i}/"><b>{esc(h)}</b></a></div>\n' for i, h in enumerate(rel))
    most_html = ''.join(f'<li><a href="/news/{eid - 900 - i}/">{esc(h)}</a></li>\n' for i, h in enumerate(most))
    videos = ''.join(f'<div class="video-item"><a href="/video/{310 + i}/">{v}</a></div>\n' for i, v in enumerate(BX_VIDEOS))
    flinks = ''.join(f'<li><a href="/about/{i}/">{t}</a></li>' for i, t in enumerate(BX_FOOTER_LINKS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="keywords" content="{', '.join(tags)}" />
<meta name="description" content="{esc(opening_words(paras[0], 22))}" />
<script type="text/javascript" data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="/bitrix/cache/css/s2/volga/page_5c9f0e1d2b3a4c5d/page_5c9f0e1d2b3a4c5d_v1.css?15194013411873" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s2/volga/template_1a2b3c4d5e6f7a8b/template_1a2b3c4d5e6f7a8b_v1.css?151940134128771" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Loading...','JS_CORE_NO_DATA':'- No data -','JS_CORE_WINDOW_CLOSE':'Close','JS_CORE_WINDOW_SAVE':'Save'}});</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ar','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s2','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{server_time}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'7c1e5b2f9d0a4e3c8b6a1f2d3e4c5b6a'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1519401341248810"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/session.js','/bitrix/templates/volga/js/main.js']);</script>
<script type="text/javascript">BX.setCSSList(['/bitrix/templates/volga/components/bitrix/news/main/bitrix/news.detail/.default/style.css','/bitrix/templates/volga/template_styles.css']);</script>
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{BX_HOST}/news/{eid}/" />
<meta property="og:image" content="{BX_HOST}/upload/iblock/{eid % 1000:03x}/{slug}.jpg" />
{og}</head>
<body>
<div id="panel"></div>
<header class="header">
<div class="header-top"><div class="langs">{langs}</div><div class="slogan">{BX_SLOGAN}</div></div>
<div class="header-logo"><a href="/"><img src="/bitrix/templates/volga/images/logo-ar.svg" alt="{BX_SITE}" /></a></div>
<ul id="horizontal-multilevel-menu">
{menu}</ul>
<div class="menu-clear-left"></div>
</header>
<div class="page">
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="{BX_MENU[0]}" itemprop="item"><span itemprop="name">{BX_MENU[0]}</span></a><meta itemprop="position" content="1" /></div>
<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-left"></i><a href="/3/" title="{BX_MENU[3]}" itemprop="item"><span itemprop="name">{BX_MENU[3]}</span></a><meta itemprop="position" content="2" /></div>
<div style="clear:both"></div></div>
<div class="workarea">
<h1 id="pagetitle">{esc(title)}</h1>
<div class="news-detail">
<span class="news-date-time">{shown}</span>{f'{chr(10)}<span class="news-date-change">{upd_line}</span>' if odd else ''}
<img class="detail_picture" border="0" src="/upload/iblock/{eid % 1000:03x}/{slug}.jpg" width="800" height="450" alt="{esc(title)}" title="{esc(title)}" />
<div class="news-detail-photo">{BX_PHOTO}: {photo}</div>
<div class="news-detail-text">{''.join(body)}</div>
<div style="clear:both"></div>
<br />
<div class="news-detail-property">{BX_PREPARED}:&nbsp;{author}</div>
<div class="news-detail-tags">{BX_TAGS} {tag_html}</div>
<div class="news-detail-share"><span>{BX_SHARE}</span> {share}</div>
</div>
<div class="news-list related-list"><h3>{BX_RELATED}</h3>
{rel_html}</div>
</div>
<div class="sidebar">
<div class="news-list most-read"><h3>{BX_MOST}</h3><ol>
{most_html}</ol></div>
<div class="news-list news-feed"><h3>{BX_FEED}</h3>
{feed_html}</div>
<div class="video-block"><h3>{BX_VIDEO}</h3>
{videos}</div>
<div class="telegram-box"><p>{BX_TELEGRAM}</p></div>
</div>
</div>
<footer class="footer"><ul class="footer-menu">{flinks}</ul>
<p class="copyright">{BX_FOOTER}</p><span class="age">18+</span></footer>
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.metrika.example/metrika/tag.js", "ym");ym(48201771, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});</script>
<noscript><div><img src="https://mc.metrika.example/watch/48201771" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
</body>
</html>'''
    without = [BX_SLOGAN, BX_MENU[6], shown, f'{BX_PHOTO}: {photo}', f'{BX_PREPARED}: {author}', BX_SHARE, BX_FEED, BX_VIDEO,
               BX_TELEGRAM, BX_FOOTER] + BX_VIDEOS + BX_FOOTER_LINKS[1:] + feed + rel[:2] + most[:2] + tags + ([upd_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- angular: an Egyptian portal rendered by Angular Universal ----------------------------------------------
NG_SITE = 'بوابة الكنانة'
NG_HOST = 'https://www.kenana-gate.example'
NG_MENU = ['الرئيسية', 'أخبار مصر', 'عربي ودولي', 'اقتصاد وبورصة', 'رياضة', 'فن ومشاهير', 'تكنولوجيا', 'فيديو']
NG_TICKER = 'لحظة بلحظة'
NG_BY = 'كتب:'
NG_AUTHORS = ['محمود عبد الرازق', 'سارة منصور', 'أحمد فتحي', 'ياسمين الشريف']
NG_UPDATED = 'آخر تحديث:'
NG_CAPTION = 'صورة أرشيفية، بوابة الكنانة'
NG_ALSO = 'اقرأ أيضًا'
NG_SHARE = 'شارك الخبر عبر'
NG_SHARE_LINKS = ['فيسبوك', 'واتساب', 'تويتر', 'تيليجرام']
NG_TAGS = 'كلمات مفتاحية'
NG_TAG_WORDS = {'economy': ['البورصة', 'الدولار', 'أسعار'], 'internationalNews': ['أمريكا', 'ترامب', 'حوادث'],
                'middleEast': ['الخليج', 'إيران', 'سوريا'], 'sport': ['الكرة العالمية', 'كرة القدم', 'بطولات'],
                'technology': ['تطبيقات', 'الهواتف الذكية', 'سوشيال ميديا']}
NG_RELATED = 'تقارير ذات صلة'
NG_TREND = 'ترند الكنانة'
NG_SHARES = 'مشاركة'
NG_ADS = 'روابط إعلانية'
NG_AD_ITEMS = ['كورسات لغة إنجليزية أونلاين بشهادة معتمدة وبأسعار تناسب الطلبة',
               'شقق بالتقسيط في العاصمة الإدارية الجديدة بمقدم عشرة في المائة فقط']
NG_APP = 'نزّل تطبيق الكنانة على موبايلك وخلّي الأخبار العاجلة توصلك أول بأول'
NG_FOOTER = 'بوابة الكنانة © 2018 — لا يُنقل شيء من موادها بغير إذن مكتوب من إدارة التحرير'


def ng_state(value):
    """Angular Universal's TransferState script body: JSON with & " ' < > written as &a; &q; &s; &l; &g;."""
    s = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    for a, b in (('&', '&a;'), ('"', '&q;'), ("'", '&s;'), ('<', '&l;'), ('>', '&g;')):
        s = s.replace(a, b)
    return s


def ng_long(t):
    """Angular's DatePipe in ar-EG, 'EEEE، d MMMM y - h:mm a': Arabic-Indic digits."""
    return f'{DAYS[t.weekday()]}، {indic(t.day)} {GULF_MONTHS[t.month - 1]} {indic(t.year)} - {clock12(t, pad=False, digits=indic)}'


def ng_short(t):
    return f'{t.day}/{t.month}/{t.year}، {clock12(t, pad=False)}'


def render_angular(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trend, ticker = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 01:05 in Cairo: the day before in UTC (TransferState's publishDate)
        pub = moved(pub, 1, 5)
    nid = 3318870 + 4409 * k
    author = NG_AUTHORS[k % 4]
    section = CAT_AR.get(extra['cat'], 'عربي ودولي')
    c = '_ngcontent-sc55=""'
    upd, upd_day, upd_line, ld_html = None, None, '', ''
    if odd:
        shown = ng_short(pub)
        upd = pub + (datetime.timedelta(hours=3, minutes=28) if k == 1 else datetime.timedelta(days=1, hours=2, minutes=6))
        upd_line = f'{NG_UPDATED} {ng_short(upd)}'
    else:
        shown = ng_long(pub)
        if k == 2:  # an update declared in the JSON-LD only
            upd = pub + datetime.timedelta(hours=4, minutes=10)
    if upd:
        upd_day = upd.date()
    if k != 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': f'{NG_HOST}/news/{nid}',
              'headline': title, 'datePublished': iso_local(pub), 'dateModified': iso_local(upd or pub),
              'author': {'@type': 'Person', 'name': author},
              'publisher': {'@type': 'Organization', 'name': NG_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{NG_HOST}/assets/logo.png'}}}
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div {c} class="block-text"><p>{esc(p)}</p></div><!---->')
        if i == 1 and not odd:
            blocks.append(f'<app-read-also {c} _nghost-sc61=""><div _ngcontent-sc61="" class="read-also"><span _ngcontent-sc61="" class="read-also__label">{NG_ALSO}</span> '
                          f'<a _ngcontent-sc61="" class="read-also__link" href="/news/{nid - 77}">{esc(extra["also"])}</a></div></app-read-also><!---->')
    tags = outside(NG_TAG_WORDS.get(extra['cat'], NG_TAG_WORDS['internationalNews']), paras)
    tag_html = ''.join(f' <a {c} class="tag" href="/tags/{i}">{t}</a><!---->' for i, t in enumerate(tags))
    share = ''.join(f' <a {c} class="share__btn" href="#">{t}</a><!---->' for t in NG_SHARE_LINKS)
    cards = ''.join(f'<app-news-card _ngcontent-sc55="" _nghost-sc63=""><div _ngcontent-sc63="" class="card"><a _ngcontent-sc63="" href="/news/{nid - 500 - 13 * i}" class="card__img">'
                    f'<img _ngcontent-sc63="" src="https://img.kenana-gate.example/{nid - 500 - 13 * i}.webp" alt="" loading="lazy"></a>'
                    f'<h3 _ngcontent-sc63="" class="card__title"><a _ngcontent-sc63="" href="/news/{nid - 500 - 13 * i}">{esc(t)}</a></h3></div></app-news-card><!---->'
                    for i, t in enumerate(rel))
    shares = [indic(9800 - 1740 * i) for i in range(len(trend))]
    trend_html = ''.join(f'<li _ngcontent-sc57=""><a _ngcontent-sc57="" href="/news/{nid + 40 + i}">{esc(t)}</a> '
                         f'<span _ngcontent-sc57="" class="shares">{n} {NG_SHARES}</span></li><!---->' for i, (t, n) in enumerate(zip(trend, shares)))
    ticker_html = ''.join(f'<li _ngcontent-sc42=""><a _ngcontent-sc42="" href="/news/{nid + 90 + i}">{esc(t)}</a></li><!---->' for i, t in enumerate(ticker))
    ads = ''.join(f'<p _ngcontent-sc58="" class="ad"><a _ngcontent-sc58="" class="ad-link" href="https://ads.kenana-gate.example/c/{k}{i}" rel="sponsored">{t}</a></p><!---->'
                  for i, t in enumerate(NG_AD_ITEMS))
    nav = ''.join(f'<li _ngcontent-sc41=""><a _ngcontent-sc41="" routerlinkactive="active" href="/section/{i}">{t}</a></li><!---->'
                  for i, t in enumerate(NG_MENU))
    state = {f'G.https://api.kenana-gate.example/v2/news/{nid}?': {
        'body': {'id': nid, 'title': title, 'section': section, 'author': author, 'publishDate': iso_z(pub),
                 'lastUpdate': iso_z(upd or pub), 'paragraphs': [f'<p>{p}</p>' for p in paras],
                 'related': [{'id': nid - 500 - 13 * i, 'title': t} for i, t in enumerate(rel)]},
        'headers': {}, 'status': 200, 'statusText': 'OK', 'url': f'https://api.kenana-gate.example/v2/news/{nid}', 'responseType': 'json'},
        'G.https://api.kenana-gate.example/v2/trending?': {'body': [{'id': nid + 40 + i, 'title': t} for i, t in enumerate(trend)],
                                                             'headers': {}, 'status': 200, 'statusText': 'OK', 'responseType': 'json'}}
    dates = f' <span {c} class="meta__date">{shown}</span><!---->'
    if odd:
        dates += f' <span {c} class="meta__updated">{upd_line}</span><!---->'
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head>
  <meta charset="utf-8">
  <title>{esc(title)} | {NG_SITE}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.8c1f2e3d4a5b6c7d.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.8c1f2e3d4a5b6c7d.css"></noscript><style ng-transition="serverApp">.article[_ngcontent-sc55]{{max-width:760px;margin:0 auto}}.read-also[_ngcontent-sc61]{{border-right:4px solid #b8860b;padding:.5rem 1rem}}</style><meta name="description" content="{esc(opening_words(paras[0], 22))}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><meta property="og:url" content="{NG_HOST}/news/{nid}">{ld_html}</head>
<body>
  <app-root _nghost-sc40="" ng-version="13.3.11"><app-header _ngcontent-sc40="" _nghost-sc41=""><header _ngcontent-sc41="" class="header"><a _ngcontent-sc41="" routerlink="/" class="logo" href="/"><img _ngcontent-sc41="" src="assets/logo.svg" alt="{NG_SITE}"></a><nav _ngcontent-sc41=""><ul _ngcontent-sc41="">{nav}</ul></nav></header></app-header><app-ticker _ngcontent-sc40="" _nghost-sc42=""><div _ngcontent-sc42="" class="ticker"><span _ngcontent-sc42="" class="ticker__label">{NG_TICKER}</span><ul _ngcontent-sc42="">{ticker_html}</ul></div></app-ticker><router-outlet _ngcontent-sc40=""></router-outlet><app-news-details _nghost-sc55=""><main {c} class="page"><article {c} class="article"><a {c} class="article__section" href="/section/{k}">{section}</a><h1 {c} class="article__title">{esc(title)}</h1><div {c} class="meta"><span {c} class="meta__author">{NG_BY} {author}</span><!---->{dates}</div><figure {c} class="article__figure"><img {c} src="https://img.kenana-gate.example/{nid}.webp" alt="{esc(title)}"><figcaption {c}>{NG_CAPTION}</figcaption></figure><div {c} class="article__body">{''.join(blocks)}</div><div {c} class="tags"><span {c}>{NG_TAGS}</span>{tag_html}</div><div {c} class="share"><span {c}>{NG_SHARE}</span>{share}</div></article><section {c} class="related"><h2 {c}>{NG_RELATED}</h2><div {c} class="related__grid">{cards}</div></section></main><aside {c} class="side"><app-trending {c} _nghost-sc57=""><section _ngcontent-sc57="" class="trending"><h2 _ngcontent-sc57="">{NG_TREND}</h2><ol _ngcontent-sc57="">{trend_html}</ol></section></app-trending><app-sponsored {c} _nghost-sc58=""><section _ngcontent-sc58="" class="sponsored"><h2 _ngcontent-sc58="">{NG_ADS}</h2>{ads}</section></app-sponsored></aside></app-news-details><!----><app-footer _ngcontent-sc40="" _nghost-sc44=""><footer _ngcontent-sc44="" class="footer"><p _ngcontent-sc44="" class="footer__app">{NG_APP}</p><p _ngcontent-sc44="" class="footer__copy">{NG_FOOTER}</p></footer></app-footer></app-root>
<script src="runtime.1f2e3d4c5b6a7980.js" type="module"></script><script src="polyfills.0a1b2c3d4e5f6a7b.js" type="module"></script><script src="main.9f8e7d6c5b4a3210.js" type="module"></script>

<script id="serverApp-state" type="application/json">{ng_state(state)}</script></body></html>'''
    without = [NG_TICKER, NG_MENU[5], f'{NG_BY} {author}', shown, NG_CAPTION, NG_TAGS, NG_SHARE, NG_TREND, NG_ADS, NG_APP, NG_FOOTER] + \
        NG_AD_ITEMS + ticker + trend + rel[:2] + ([upd_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- astro: a Lebanese outlet built with Astro over a headless CMS ------------------------------------------
AS_SITE = 'شرفة'
AS_HOST = 'https://shurfa.example'
AS_TAGLINE = 'صحافة لبنانية مستقلة يموّلها قرّاؤها'
AS_MENU = ['قصص', 'تحقيقات', 'بيئة', 'اقتصاد', 'ثقافة', 'من نحن']
AS_THEME = 'الوضع الليلي'
AS_BY = 'بقلم'
AS_AUTHORS = ['كارين أبي نادر', 'رامي الحلبي', 'نور صعب', 'جاد خوري']
AS_MINUTES = 'دقائق قراءة'
AS_UPDATED = 'تحديث:'
AS_CAPTION = 'الصورة: أرشيف شرفة'
AS_ALSO = 'إقرأ أيضاً'
AS_SHARE = 'انشر القصة'
AS_SHORT = 'رابط مختصر'
AS_RELATED = 'قصص متصلة بالموضوع'
AS_LATEST = 'وصل للتو'
AS_ONTHISDAY = 'في مثل هذا اليوم'
AS_SUPPORT = 'شرفة لا تقبل تمويلاً من أحزاب أو مصارف، واشتراكك الشهري يبقي قصصنا مجانية للجميع'
AS_SUPPORT_BTN = 'ادعم شرفة'
AS_LETTER = 'نشرة الأحد: خلاصة ما نشرناه خلال أسبوع تصل إلى بريدك'
AS_FOOTER = 'شرفة © 2018 — نشر قصصنا متاح لغير الأغراض التجارية شرط ذكر الكاتب ورابط القصة'
AS_CID = 'data-astro-cid-7ksqj2ua'


def astro_props(value):
    """Astro's serialized island props: every value as [type, value] (0 plain, 1 array), HTML-escaped."""
    def ser(v):
        if isinstance(v, list):
            return [1, [ser(x) for x in v]]
        if isinstance(v, dict):
            return [0, {key: ser(x) for key, x in v.items()}]
        return [0, v]
    return esc(json.dumps({key: ser(v) for key, v in value.items()}, ensure_ascii=False, separators=(',', ':')))


def island(uid, name, client, props, inner):
    return (f'<astro-island uid="{uid}" prefix="r{len(uid)}" component-url="/_astro/{name}.{hashlib.md5(name.encode()).hexdigest()[:8]}.js" '
            f'component-export="default" renderer-url="/_astro/client.4b3a2c1d.js" props="{astro_props(props)}" ssr="" client="{client}" '
            f'opts="{esc(json.dumps({"name": name, "value": True}, separators=(",", ":")))}" await-children="">{inner}</astro-island>')


def render_astro(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, past = others[:3], others[3:7], others[7:10]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 00:40 in Beirut: the day before in UTC (the <time> and the JSON-LD are in UTC)
        pub = moved(pub, 0, 40)
    author = AS_AUTHORS[k % 4]
    words = sum(len(p.split()) for p in paras)
    minutes = max(3, round(words / 160))
    cid = AS_CID
    upd, upd_day, upd_html, ld_html = None, None, '', ''
    if k == 0:
        shown = levant_date(day)
        upd = pub + datetime.timedelta(hours=2, minutes=5)
    elif k == 1:
        shown = f'{levant_date(day)}، {hm(pub)}'
        upd = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(10, 15), pub.tzinfo)
    elif k == 2:
        shown = levant_date(day)
    else:
        shown = levant_date(day)
        upd = pub + datetime.timedelta(hours=4, minutes=11)
    if upd:
        upd_day = upd.date()
    if odd:
        upd_text = f'{AS_UPDATED} {levant_date(upd_day)}، {hm(upd)}'
        upd_html = f'\n<span class="updated" {cid}>{AS_UPDATED} <time datetime="{iso_ms_z(upd)}" {cid}>{levant_date(upd_day)}، {hm(upd)}</time></span>'
    if not odd:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso_ms_z(pub),
              'dateModified': iso_ms_z(upd or pub), 'author': [{'@type': 'Person', 'name': author}],
              'publisher': {'@type': 'NewsMediaOrganization', 'name': AS_SITE, 'url': AS_HOST}, 'inLanguage': 'ar-LB'}
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p {cid}>{esc(p)}</p>')
        if i == 0 and odd:
            body.append(f'<aside class="pt-readalso" {cid}><span {cid}>{AS_ALSO}</span>\n<a href="/stories/{slug}-also" {cid}>{esc(extra["also"])}</a></aside>')
    rel_items = [{'title': t, 'slug': f'story-{k}{i}'} for i, t in enumerate(rel)]
    rel_html = '<ul class="rel-list">' + ''.join(f'<li><a href="/stories/{it["slug"]}">{esc(it["title"])}</a></li>' for it in rel_items) + '</ul>'
    latest_html = ''.join(f'<li {cid}><a href="/stories/new-{k}{i}" {cid}>{esc(t)}</a></li>' for i, t in enumerate(latest))
    past_days = [day.replace(year=day.year - 1 - i % 2) for i in range(len(past))]
    past_html = ''.join(f'<li {cid}><span class="year" {cid}>{levant_date(d)}</span>\n<a href="/stories/old-{k}{i}" {cid}>{esc(t)}</a></li>'
                        for i, (t, d) in enumerate(zip(past, past_days)))
    nav = '\n'.join(f'<a href="/{i}" {cid}>{t}</a>' for i, t in enumerate(AS_MENU))
    share = island(f'Zq{k}x4n', 'ShareBar', 'visible', {'url': f'{AS_HOST}/stories/{slug}', 'title': title},
                   f'<div class="share"><span>{AS_SHARE}</span> <button type="button">واتساب</button> <button type="button">{AS_SHORT}</button></div>')
    related = island(f'Rl{k}7pc', 'RelatedList', 'idle', {'items': rel_items}, rel_html)
    theme = island(f'Th{k}2mw', 'ThemeToggle', 'load', {}, f'<button type="button" class="theme-toggle">{AS_THEME}</button>')
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" {cid}><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Astro v3.6.4"><title>{esc(title)} — {AS_SITE}</title><meta name="description" content="{esc(opening_words(paras[0], 24))}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><link rel="canonical" href="{AS_HOST}/stories/{slug}/">{ld_html}<link rel="stylesheet" href="/_astro/_slug_.3b9c1f2e.css"><style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style><script>(()=>{{var e=async t=>{{await(await t())()}};(self.Astro||(self.Astro={{}})).load=e;window.dispatchEvent(new Event("astro:load"));}})();</script><script>(()=>{{var i=(n,t)=>{{let e=async()=>{{await(await n())()}};"requestIdleCallback"in window?window.requestIdleCallback(e):setTimeout(e,t.timeout||200)}};(self.Astro||(self.Astro={{}})).idle=i;window.dispatchEvent(new Event("astro:idle"));}})();</script></head>
<body {cid}><header class="site-header" {cid}><a class="logo" href="/" {cid}>{AS_SITE}</a><p class="tagline" {cid}>{AS_TAGLINE}</p><nav {cid}>{nav}</nav>{theme}</header>
<main {cid}><article class="story" {cid}><a class="kicker" href="/{extra['cat']}" {cid}>{CAT_AR.get(extra['cat'], 'قصص')}</a>
<h1 {cid}>{esc(title)}</h1>
<div class="byline" {cid}><span {cid}>{AS_BY} {author}</span> · <time datetime="{iso_ms_z(pub)}" {cid}>{shown}</time> · <span {cid}>{minutes} {AS_MINUTES}</span>{upd_html}</div>
<figure {cid}><img src="/_image?href=%2F_astro%2F{slug}.jpg&amp;w=1200&amp;f=webp" alt="" width="1200" height="675" loading="eager" decoding="async" {cid}><figcaption {cid}>{AS_CAPTION}</figcaption></figure>
<div class="prose" {cid}>{''.join(body)}</div>
{share}
</article>
<aside class="related" {cid}><h2 {cid}>{AS_RELATED}</h2>{related}</aside>
<section class="latest" {cid}><h2 {cid}>{AS_LATEST}</h2><ul {cid}>{latest_html}</ul></section>
<section class="on-this-day" {cid}><h2 {cid}>{AS_ONTHISDAY}</h2><ul {cid}>{past_html}</ul></section>
<section class="support" {cid}><p {cid}>{AS_SUPPORT}</p><a class="btn" href="/support" {cid}>{AS_SUPPORT_BTN}</a></section>
</main>
<footer {cid}><p {cid}>{AS_LETTER}</p><p {cid}>{AS_FOOTER}</p></footer>
<script type="module" src="/_astro/hoisted.6d5c4b3a.js"></script></body></html>'''
    without = [AS_TAGLINE, AS_THEME, f'{AS_BY} {author}', shown, f'{minutes} {AS_MINUTES}', AS_CAPTION, AS_SHARE, AS_LATEST, AS_ONTHISDAY,
               AS_SUPPORT, AS_SUPPORT_BTN, AS_LETTER, AS_FOOTER] + latest + past + [levant_date(d) for d in past_days] + rel[:2] + \
        ([upd_text] if odd else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- inertia: a Saudi e-paper built with Laravel, Inertia and Vue (server-side rendered) -------------------
IN_SITE = 'الواحة'
IN_FULL = 'صحيفة الواحة الإلكترونية'
IN_HOST = 'https://alwaha-daily.example'
IN_MENU = ['الرئيسية', 'محليات', 'الخليج والعالم', 'مال وأعمال', 'ملاعب', 'تقنية', 'رأي']
IN_LOGIN = 'دخول المشتركين'
IN_BY = 'كتبه'
IN_AUTHORS = ['فيصل العتيبي', 'منيرة القحطاني', 'فريق التحرير', 'عبدالرحمن الزهراني']
IN_AGO = 'منذ 3 ساعات'
IN_EDITED_AGO = 'عُدّل منذ ساعة'
IN_EDITED = 'آخر تعديل:'
IN_ALSO = 'اقرأ كذلك'
IN_SAVE = 'أضف إلى المحفوظات'
IN_LISTEN = 'استمع للخبر'
IN_PREV, IN_NEXT = 'الخبر السابق', 'الخبر التالي'
IN_RELATED = 'موضوعات متصلة'
IN_MOST = 'الأكثر مشاهدة خلال 48 ساعة'
IN_HOT = 'نقاشات ساخنة'
IN_COMMENTS = 'تعليقاً'
IN_FOOTER = 'الواحة صحيفة إلكترونية سعودية مرخّصة، تصدر من الأحساء منذ 2009'
IN_FOOTER_LINKS = ['من نحن', 'أعلن معنا', 'سياسة الخصوصية', 'اتصل بنا']


def php_json(value):
    """PHP's json_encode() with its default flags: non-ASCII as \\uXXXX, slashes escaped."""
    return json.dumps(value, separators=(',', ':')).replace('/', '\\/')


def render_inertia(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, hot = others[:4], others[4:8], others[8:11]
    prev_next = extra['more'][:2]
    odd = k % 2 == 1
    pub = at(extra)
    aid = 51730 + 263 * k
    author = IN_AUTHORS[k % 4]
    section = CAT_AR.get(extra['cat'], 'محليات')
    upd, upd_day, lines, head_meta = None, None, [], ''
    if k == 0:
        lines.append(f'{DAYS[day.weekday()]} {gulf_date(day)} - {clock12(pub)}')
    elif k == 1:
        upd = pub + datetime.timedelta(hours=2)
        lines += [IN_AGO, IN_EDITED_AGO]
    elif k == 2:
        lines.append(f'{day.day:02d}/{day.month:02d}/{day.year} - {clock12(pub)}')
    else:
        upd = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(9, 15), pub.tzinfo)
        lines += [f'{DAYS[day.weekday()]} {gulf_date(day)}',
                  f'{IN_EDITED} {DAYS[upd.weekday()]} {gulf_date(upd.date())} - {clock12(upd)}']
    if upd:
        upd_day = upd.date()
    if odd:
        head_meta = (f'<meta inertia property="article:published_time" content="{iso_local(pub)}">\n'
                     f'<meta inertia property="article:modified_time" content="{iso_local(upd)}">\n')
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<div class="my-6 rounded border-r-4 border-emerald-600 bg-emerald-50 p-4"><span class="font-bold text-emerald-800">{IN_ALSO}</span>\n'
                        f'<a class="block text-lg hover:underline" href="/articles/{aid - 120}">{esc(extra["also"])}</a></div>')
    props = {'component': 'Articles/Show', 'props': {
        'errors': {}, 'auth': {'user': None}, 'flash': {'message': None},
        'article': {'id': aid, 'title': title, 'slug': slug, 'excerpt': opening_words(paras[0], 20), 'body': ''.join(f'<p>{p}</p>' for p in paras),
                    'category': {'id': 3 + k, 'name': section}, 'author': {'name': author},
                    'published_at': laravel_z(pub), 'updated_at': laravel_z(upd or pub), 'views_count': 1830 + 517 * k},
        'related': [{'id': aid - 40 - i, 'title': t} for i, t in enumerate(rel)],
        'mostViewed': [{'id': aid - 700 - i, 'title': t} for i, t in enumerate(most)],
        'prev': {'id': aid - 1, 'title': prev_next[0]}, 'next': {'id': aid + 1, 'title': prev_next[1]}},
        'url': f'/articles/{slug}', 'version': '4f1c2a9e7d3b5c60'}
    nav = '\n'.join(f'<a class="px-3 py-2 text-sm font-medium hover:text-emerald-700" href="/c/{i}">{t}</a>' for i, t in enumerate(IN_MENU))
    dates = '\n'.join(f'<span class="text-sm text-gray-500">{x}</span>' for x in lines)
    rel_html = ''.join(f'<a class="group block" href="/articles/{aid - 40 - i}"><img class="aspect-video w-full rounded object-cover" src="/storage/articles/{aid - 40 - i}.webp" alt="">'
                       f'</a><!--[--><h3 class="mt-2 font-semibold leading-snug"><a class="group-hover:text-emerald-700" href="/articles/{aid - 40 - i}">{esc(t)}</a></h3><!--]-->'
                       for i, t in enumerate(rel))
    most_html = ''.join(f'<li class="flex gap-3 py-2"><span class="text-2xl font-black text-emerald-600">{i + 1}</span>\n'
                        f'<a class="hover:underline" href="/articles/{aid - 700 - i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    hot_html = ''.join(f'<li class="py-2"><a class="hover:underline" href="/articles/{aid - 300 - i}">{esc(t)}</a>\n'
                       f'<span class="block text-xs text-gray-500">{57 - 14 * i} {IN_COMMENTS}</span></li>' for i, t in enumerate(hot))
    flinks = '\n'.join(f'<a class="hover:underline" href="/p/{i}">{t}</a>' for i, t in enumerate(IN_FOOTER_LINKS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="Qm3vY8pLz1Xk0aR5tW2nB7cD4fG9hJ6sE1uI3oP0">
        <title inertia>{esc(title)} - {IN_SITE}</title>
<meta inertia name="description" content="{esc(opening_words(paras[0], 22))}">
<meta inertia property="og:title" content="{esc(title)}">
<meta inertia property="og:type" content="article">
{head_meta}        <script type="text/javascript">const Ziggy={{"url":"https:\\/\\/alwaha-daily.example","port":null,"defaults":{{}},"routes":{{"home":{{"uri":"\\/","methods":["GET","HEAD"]}},"articles.show":{{"uri":"articles\\/{{article}}","methods":["GET","HEAD"],"parameters":["article"],"bindings":{{"article":"slug"}}}},"categories.show":{{"uri":"c\\/{{category}}","methods":["GET","HEAD"],"parameters":["category"]}}}}}};!function(t,r){{"object"==typeof exports&&"undefined"!=typeof module?module.exports=r():"function"==typeof define&&define.amd?define(r):(t||self).route=r()}}(this,function(){{}});</script>
        <link rel="preload" as="style" href="{IN_HOST}/build/assets/app-4f1c2a9e.css" /><link rel="modulepreload" href="{IN_HOST}/build/assets/app-1b2c3d4e.js" /><link rel="stylesheet" href="{IN_HOST}/build/assets/app-4f1c2a9e.css" /><script type="module" src="{IN_HOST}/build/assets/app-1b2c3d4e.js"></script>
    </head>
    <body class="font-sans antialiased bg-gray-50 text-gray-900">
        <div id="app" data-page="{esc(php_json(props))}"><!--[--><div class="min-h-screen"><header class="border-b bg-white"><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3"><a class="text-2xl font-black text-emerald-700" href="/">{IN_FULL}</a><nav class="hidden gap-1 md:flex">{nav}</nav><a class="rounded bg-emerald-700 px-3 py-1 text-sm text-white" href="/login">{IN_LOGIN}</a></div></header>
<main class="mx-auto grid max-w-7xl gap-8 px-4 py-8 lg:grid-cols-3"><article class="lg:col-span-2"><a class="text-sm font-bold text-emerald-700" href="/c/{k}">{section}</a>
<h1 class="mt-2 text-3xl font-extrabold leading-tight">{esc(title)}</h1>
<div class="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1"><span class="text-sm font-semibold">{IN_BY} {author}</span>
{dates}</div>
<div class="mt-3 flex gap-2"><button class="rounded border px-2 py-1 text-xs" type="button">{IN_SAVE}</button>
<button class="rounded border px-2 py-1 text-xs" type="button">{IN_LISTEN}</button></div>
<img class="mt-6 w-full rounded-lg" src="/storage/articles/{aid}.webp" alt="">
<div class="prose prose-lg mt-6 max-w-none">{''.join(body)}</div>
<nav class="mt-10 grid grid-cols-2 gap-4 border-t pt-6"><a class="block" href="/articles/{aid - 1}"><span class="block text-xs text-gray-500">{IN_PREV}</span>
<span class="font-semibold">{esc(prev_next[0])}</span></a>
<a class="block text-left" href="/articles/{aid + 1}"><span class="block text-xs text-gray-500">{IN_NEXT}</span>
<span class="font-semibold">{esc(prev_next[1])}</span></a></nav>
<section class="mt-10"><h2 class="mb-4 text-xl font-bold">{IN_RELATED}</h2><div class="grid gap-6 sm:grid-cols-2"><!--[-->{rel_html}<!--]--></div></section></article>
<aside class="space-y-8"><section class="rounded-lg bg-white p-4 shadow"><h2 class="mb-2 text-lg font-bold">{IN_MOST}</h2><ol><!--[-->{most_html}<!--]--></ol></section>
<section class="rounded-lg bg-white p-4 shadow"><h2 class="mb-2 text-lg font-bold">{IN_HOT}</h2><ul><!--[-->{hot_html}<!--]--></ul></section></aside></main>
<footer class="border-t bg-white"><div class="mx-auto max-w-7xl px-4 py-6 text-sm text-gray-600"><div class="flex gap-4">{flinks}</div>
<p class="mt-2">{IN_FOOTER}</p></div></footer></div><!--]--></div>
    </body>
</html>'''
    without = [IN_FULL, IN_LOGIN, IN_MENU[2], f'{IN_BY} {author}', IN_SAVE, IN_LISTEN, IN_PREV, IN_NEXT, IN_HOT, IN_FOOTER] + \
        lines + prev_next + hot + rel[:2] + most[:2]
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- epaper: a Qatari daily's e-paper clip, the printed page exported by pdf2htmlEX ----------------------------
EP_SITE = 'اللؤلؤة'
EP_HOST = 'https://epaper.allulua.example'
EP_EDITION = 'النسخة الرقمية'
EP_ISSUE = 'العدد'
EP_UPLOADED = 'رُفعت هذه النسخة:'
EP_TOOLS = ['الصفحة السابقة', 'الصفحة التالية', 'تنزيل الصفحة PDF', 'تكبير', 'أرشيف الأعداد']
EP_SECTIONS = {'economy': (7, 'اقتصاد'), 'internationalNews': (11, 'عربي ودولي'), 'middleEast': (13, 'شؤون عربية'),
               'sport': (17, 'رياضة'), 'technology': (19, 'تقنية')}
EP_STRIP = [(1, 'الأولى'), (3, 'محليات'), (7, 'اقتصاد'), (11, 'عربي ودولي'), (13, 'شؤون عربية'), (17, 'رياضة'),
            (19, 'تقنية'), (24, 'الأخيرة')]
EP_PAGE = 'الصفحة'
EP_CLIP_NOTE = 'اقتُطعت المادة آلياً من صفحة العدد المطبوع'
EP_BYLINE = 'الدوحة - «اللؤلؤة» ووكالات'
EP_RELATED = 'قراءات ذات صلة من أعداد سابقة'
EP_MOST = 'الأكثر قراءة بين المشتركين'
EP_SAMEPAGE = 'في الصفحة نفسها'
EP_SUBSCRIBE = 'اشتراك العدد الرقمي بثلاثين ريالاً شهرياً، ويصلك كل عدد قبل طرحه في منافذ البيع'
EP_FOOTER = '© مؤسسة اللؤلؤة للإعلام، الدوحة، قطر'
EP_PRINT_URL = 'www.allulua.example'
# pdf2htmlEX's base CSS (abridged), with the page container kept inside the viewer's column.
EP_BASE_CSS = ('#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}'
               '#page-container{position:relative;margin:0;padding:0;border:0;overflow:auto;background-color:#9e9e9e}'
               '.pf{position:relative;background-color:white;overflow:hidden;margin:13px auto;border:0}'
               '.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;'
               'transform-origin:0% 0%}.bi{position:absolute;border:0;margin:0;user-select:none}'
               '.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%}'
               '._{display:inline-block;color:transparent;z-index:-1}.pi{display:none}')


def ep_lines(text, n):
    words = text.split()
    return [' '.join(words[i:i + n]) for i in range(0, len(words), n)]


def render_epaper(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, same = others[:3], others[3:7], others[7:10]
    odd = k % 2 == 1
    pub = at(extra)
    page_no, section = EP_SECTIONS.get(extra['cat'], (11, 'عربي ودولي'))
    issue_no = 10480 + (day - datetime.date(2018, 1, 1)).days
    issue_line = f'{EP_ISSUE} {issue_no} — {DAYS[day.weekday()]} {gulf_date(day)}'
    # E-papers are uploaded the evening before their issue date: not the article's date.
    uploaded = datetime.datetime.combine(day - datetime.timedelta(days=1), datetime.time(23, 20 + 7 * k), pub.tzinfo)
    up_line = f'{EP_UPLOADED} {DAYS[uploaded.weekday()]} {gulf_date(uploaded.date())} - {hm(uploaded)}'
    if odd:
        printed_date = f'{DAYS[day.weekday()]} {indic(day.day)} {GULF_MONTHS[day.month - 1]} {indic(day.year)}'
        printed_no = indic(page_no)
    else:
        printed_date = f'{DAYS[day.weekday()]} {gulf_date(day)}'
        printed_no = str(page_no)
    brief_title = same[0]
    lead_words = extra['lead'].get(brief_title, '').split()
    brief_text = ' '.join(lead_words if len(lead_words) <= 40 else lead_words[:30] + ['…'])
    # The printed page, line by line: (x class, height class, font class, size class, text).
    rows = [('x1', 'h1', 'ff1', 'fs1', section), ('x2', 'h1', 'ff1', 'fs1', printed_date), ('x3', 'h1', 'ff1', 'fs1', printed_no)]
    same_y = {0: 1, 1: 1, 2: 1}
    for line in ep_lines(title, 4):
        rows.append(('x4', 'h3', 'ff2', 'fs3', line))
    rows.append(('x4', 'h2', 'ff3', 'fs2', EP_BYLINE))
    for p in paras:
        for j, line in enumerate(ep_lines(p, 9)):
            rows.append(('x5' if j == 0 else 'x4', 'h2', 'ff3', 'fs2', line))
    brief_at = len(rows)
    for line in ep_lines(brief_title, 5):
        rows.append(('x6', 'h4', 'ff2', 'fs4', line))
    for line in ep_lines(brief_text, 7):
        rows.append(('x6', 'h2', 'ff3', 'fs2', line))
    rows.append(('x7', 'h1', 'ff1', 'fs1', EP_PRINT_URL))
    # Tops from the page's top edge; pdf2htmlEX writes each line's bottom edge (page height minus top).
    tops, top, divs = [], 40.0, []
    for i, (x, h, ff, fs, text) in enumerate(rows):
        if i not in same_y:
            top += 130.0 if i == 3 else 44.0 if fs == 'fs3' else 30.0 if fs == 'fs4' else 21.5
            if i == brief_at:
                top = 170.0
            tops.append(top)
        words = esc(text).split(' ')
        if len(words) > 4:  # pdf2htmlEX's spacing spans between some words
            words[2] = words[2] + f'<span class="_ _{i % 3}"> </span>' + words[3]
            del words[3]
        yi = same_y[i] if i in same_y else len(tops) + 1
        divs.append(f'<div class="t m0 {x} {h} y{yi} {ff} {fs} fc0 sc0 ls0 ws{i % 2}">{" ".join(words)}</div>')
    tops[-1] = max(tops[:-1]) + 45.0  # the page's foot line
    height = max(1263, int(tops[-1]) + 40)
    y_css = f'.y1{{bottom:{height - 40:.6f}px;}}' + ''.join(f'.y{i + 2}{{bottom:{height - v:.6f}px;}}' for i, v in enumerate(tops))
    pdf_css = (EP_BASE_CSS +
               '@font-face{font-family:ff1;src:url("f1.woff")format("woff");}.ff1{font-family:ff1;line-height:1.1;font-style:normal;font-weight:normal;visibility:visible;}'
               '@font-face{font-family:ff2;src:url("f2.woff")format("woff");}.ff2{font-family:ff2;line-height:1.25;font-style:normal;font-weight:bold;visibility:visible;}'
               '@font-face{font-family:ff3;src:url("f3.woff")format("woff");}.ff3{font-family:ff3;line-height:1.2;font-style:normal;font-weight:normal;visibility:visible;}'
               '.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}.fc0{color:rgb(0,0,0);}.sc0{text-shadow:none;}.ls0{letter-spacing:0px;}'
               '.ws0{word-spacing:0px;}.ws1{word-spacing:1.2px;}._0{width:3.1px;}._1{width:4.4px;}._2{width:2.6px;}'
               '.fs1{font-size:40px;}.fs2{font-size:44px;}.fs3{font-size:108px;}.fs4{font-size:72px;}'
               '.h1{height:30px;}.h2{height:33px;}.h3{height:80px;}.h4{height:54px;}.w0{width:893px;}.w1{width:893px;}'
               f'.h0{{height:{height}px;}}'
               '.x0{left:0px;}.x1{left:760px;}.x2{left:380px;}.x3{left:40px;}.x4{left:300px;}.x5{left:300px;}.x6{left:40px;}.x7{left:380px;}'
               '.y0{bottom:0px;}' + y_css)
    current = ' class="current"'
    strip = ''.join(f'<li><a href="/{day.isoformat()}/p{n}"{current if n == page_no else ""}>{n} {s}</a></li>' for n, s in EP_STRIP)
    tools = '\n'.join(f'<a class="ep-tool" href="#">{t}</a>' for t in EP_TOOLS)
    rel_issues = [(issue_no - 9 - 17 * i, day - datetime.timedelta(days=9 + 17 * i)) for i in range(len(rel))]
    rel_html = ''.join(f'<li><a href="/clip/{n}-{i}">{esc(t)}</a>\n<span class="ep-date">{EP_ISSUE} {n} - {gulf_date(d)}</span></li>'
                       for i, (t, (n, d)) in enumerate(zip(rel, rel_issues)))
    most_html = ''.join(f'<li><a href="/clip/{issue_no}-m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    same_html = ''.join(f'<li><a href="/clip/{issue_no}-{page_no}-{i}">{esc(t)}</a></li>' for i, t in enumerate(same))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<title>{esc(title)} - {EP_EDITION} - {EP_SITE}</title>
<link rel="canonical" href="{EP_HOST}/{day.isoformat()}/clip/{issue_no}-{page_no}-{slug}"/>
<link rel="stylesheet" href="/viewer/css/epaper.3.2.css"/>
<style type="text/css">{pdf_css}</style>
<script src="/viewer/js/pdf2htmlEX.min.js"></script>
<script>try{{pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});}}catch(e){{}}</script>
</head>
<body>
<div class="ep-toolbar">
<a class="ep-logo" href="/">{EP_SITE}</a> <span class="ep-edition">{EP_EDITION}</span>
<div class="ep-issue" itemscope itemtype="https://schema.org/PublicationIssue"><meta itemprop="issueNumber" content="{issue_no}"/><meta itemprop="datePublished" content="{day.isoformat()}"/><span itemprop="name">{issue_line}</span></div>
<p class="ep-uploaded">{up_line}</p>
<div class="ep-tools">{tools}</div>
</div>
<nav class="ep-pages"><ul>{strip}</ul></nav>
<main class="ep-main">
<div class="ep-clip-head">
<h1 class="clip-title">{esc(title)}</h1>
<p class="clip-meta">{EP_PAGE} {page_no} · {section}</p>
<p class="clip-note">{EP_CLIP_NOTE}</p>
</div>
<div id="sidebar"><div id="outline"></div></div>
<div id="page-container">
<div id="pf{page_no:x}" class="pf w0 h0" data-page-no="{page_no:x}"><div class="pc pc{page_no:x} w0 h0"><img class="bi x0 y0 w1 h0" alt="" src="/issues/{issue_no}/bg{page_no:x}.png"/>{''.join(divs)}</div><div class="pi" data-data='{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}'></div></div>
</div>
<div class="loading-indicator"><img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="/></div>
</main>
<aside class="ep-side">
<section class="ep-box"><h2>{EP_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="ep-box"><h2>{EP_MOST}</h2><ol>{most_html}</ol></section>
<section class="ep-box"><h2>{EP_SAMEPAGE}</h2><ul>{same_html}</ul></section>
</aside>
<footer class="ep-footer"><p>{EP_SUBSCRIBE}</p><p>{EP_FOOTER}</p></footer>
</body>
</html>'''
    without = [EP_EDITION, issue_line, up_line, EP_CLIP_NOTE, f'{EP_PAGE} {page_no}', printed_date, EP_BYLINE, ' '.join(lead_words[:16]), EP_SAMEPAGE,
               EP_SUBSCRIBE, EP_FOOTER] + EP_TOOLS + same + rel[:2] + most[:2] + \
        [f'{EP_ISSUE} {n} - {gulf_date(d)}' for n, d in rel_issues[:1]]
    return page, title, [], rel + most, without, upd_of(None)


# --- discourse: a news topic on a Discourse community, as its crawler view -----------------------------------
DC_SITE = 'ساحة النقاش'
DC_HOST = 'https://saha-community.example'
DC_PARENT = 'أخبار ومستجدات'
DC_CATS = {'economy': 'مال وأعمال', 'internationalNews': 'حول العالم', 'middleEast': 'شؤون عربية', 'sport': 'ملاعب',
           'technology': 'تقنية'}
DC_TAGS = {'economy': ['أسواق', 'نفط'], 'internationalNews': ['أمريكا', 'أمن'], 'middleEast': ['الخليج', 'سياسة'],
           'sport': ['كرة-القدم', 'دوريات'], 'technology': ['تقنية', 'شركات']}
DC_POSTERS = [('adel.news', 'عادل الكردي'), ('hala_m', 'هالة مراد'), ('y.shammari', 'يوسف الشمري'), ('rawan.k', 'روان قاسم')]
DC_REPLIES = [('mo3taz', 'الموضوع مهم، لكن أتمنى أن نسمع رأي المختصين قبل الحكم على ما جرى'),
              ('sara.k', 'ممتن لك على نقل الخبر، هل يوجد رابط للبيان الرسمي نفسه؟'),
              ('abu_khaled', 'أتابع القصة منذ الصباح وتفاصيلها ما زالت تتغير من ساعة إلى أخرى')]
DC_LIKES = 'إعجاباً'
DC_ALSO = 'اقرأ أيضاً بالساحة:'
DC_SOURCE = 'المصدر: CNN بالعربية، مع تصرف بسيط في العنوان'
DC_RELATED = 'نقاشات ذات صلة'
DC_SUGGESTED = 'مواضيع مقترحة'
DC_COLS = ['الموضوع', 'الردود', 'المشاهدات', 'النشاط']
DC_NAV = ['الرئيسية', 'التصنيفات', 'إرشادات المجتمع', 'شروط الخدمة', 'سياسة الخصوصية']
DC_POWERED = 'تعمل ساحة النقاش ببرنامج Discourse، وتظهر الصفحة على أفضل وجه عند تفعيل JavaScript'


def dc_time(t):
    """The crawler view's post time: the Rails long format in the server's zone (UTC)."""
    return f'{gulf_date(t.date())} {t.hour % 12 or 12}:{t.minute:02d}{"م" if t.hour >= 12 else "ص"}'


def dc_month(d):
    return f'{GULF_MONTHS[d.month - 1]} {d.year}'


def render_discourse(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, suggested = others[:4], others[4:9]
    odd = k % 2 == 1
    pub = at(extra)
    tid = 20417 + 389 * k
    user, name = DC_POSTERS[k % 4]
    cat = DC_CATS.get(extra['cat'], 'حول العالم')
    url = f'{DC_HOST}/t/{slug}/{tid}'
    mod = pub
    upd_day = None
    if odd:  # the first post edited after it was posted: its microdata dateModified
        mod = pub + (datetime.timedelta(hours=1, minutes=37) if k == 1 else datetime.timedelta(days=1, hours=4))
        upd_day = mod.date()
    post = [f'<p>{esc(p)}</p>' for p in paras]
    if odd:
        post.append(f'<p><em>{DC_SOURCE}</em></p>')
    else:
        post.append(f'<p><strong>{DC_ALSO}</strong> <a href="/t/also-{k}/{tid - 57}">{esc(extra["also"])}</a></p>')
    likes = 7 + 5 * k
    reply_times = [pub + datetime.timedelta(hours=2, minutes=11), pub + datetime.timedelta(days=1, hours=3),
                   pub + datetime.timedelta(days=2, hours=6, minutes=40)]
    replies = ''.join(
        f'''<div id='post_{n + 2}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
<div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='{DC_HOST}/u/{u}'><span itemprop='name'>{u}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='{iso_z(t)}' class='post-time'>{dc_time(t)}</time>
<meta itemprop='dateModified' content='{iso_z(t)}'>
<span itemprop='position'>{n + 2}</span></span>
</div>
<div class='post' itemprop='text'><p>{text}</p></div>
</div>
''' for n, ((u, text), t) in enumerate(zip(DC_REPLIES, reply_times)))
    tags = DC_TAGS.get(extra['cat'], DC_TAGS['internationalNews'])
    tag_html = '\n          '.join(f"<a href='{DC_HOST}/tag/{t}' class='discourse-tag' rel='tag'>{t}</a>" for t in tags)
    tag_words = outside([t.replace('-', ' ') for t in tags], paras)

    def rows(items, base, months, counts):
        out = []
        for i, (t, m, (r, v)) in enumerate(zip(items, months, counts)):
            out.append(f'''<tr class="topic-list-item">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='{i + 1}'>
<span class="link-top-line"><a itemprop='url' href='{DC_HOST}/t/t{base + i}/{base + i}' class='title raw-link raw-topic-link'>{esc(t)}</a></span>
<div class="link-bottom-line"><a href='{DC_HOST}/c/news/{5 + i % 3}' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name'>{DC_PARENT}</span></span></a></div></td>
<td class="replies"><span class='posts' title='المشاركات'>{r}</span></td>
<td class="views"><span class='views' title='المشاهدات'>{v}</span></td>
<td>{m}</td>
</tr>''')
        return '\n'.join(out)
    rel_months = [dc_month(day - datetime.timedelta(days=20 + 25 * i)) for i in range(len(rel))]
    sug_months = [dc_month(day + datetime.timedelta(days=3 + 4 * i)) for i in range(len(suggested))]
    head_row = (f'<thead><tr><th>{DC_COLS[0]}</th><th></th><th class="replies">{DC_COLS[1]}</th><th class="views">{DC_COLS[2]}</th>'
                f'<th>{DC_COLS[3]}</th></tr></thead>')

    def topic_table(items, base, months, counts, ident, heading):
        return (f'''<div id="{ident}" class="more-topics__list" role="complementary" aria-labelledby="{ident}-title">
<h3 id="{ident}-title" class="more-topics__list-title">{heading}</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'>{head_row}
<tbody>
{rows(items, base, months, counts)}
</tbody></table></div></div>''')
    related = topic_table(rel, tid - 700, rel_months, [(4 + i, 180 + 61 * i) for i in range(len(rel))], 'related-topics', DC_RELATED)
    sugg = topic_table(suggested, tid + 30, sug_months, [(1 + i % 3, 40 + 17 * i) for i in range(len(suggested))], 'suggested-topics', DC_SUGGESTED)
    nav = ''.join(f"<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='{DC_HOST}/{['', 'categories', 'guidelines', 'tos', 'privacy'][i]}' itemprop=\"url\">{t} </a></span></li>"
                  for i, t in enumerate(DC_NAV))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8">
    <title>{esc(title)} - {DC_PARENT} / {cat} - {DC_SITE}</title>
    <meta name="description" content="{esc(opening_words(paras[0], 28))}">
    <meta name="generator" content="Discourse 3.1.3 - https://github.com/discourse/discourse version 3.1.3">
<link rel="icon" type="image/png" href="{DC_HOST}/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{url}" />
<link rel="search" type="application/opensearchdescription+xml" href="{DC_HOST}/opensearch.xml" title="{DC_SITE} Search">
    <link href="/stylesheets/color_definitions_base__3_1a2b3c4d.css?__ws=saha-community.example" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="/stylesheets/desktop_4f1c2a9e.css?__ws=saha-community.example" media="all" rel="stylesheet" data-target="desktop"  />
    <link href="/stylesheets/discourse-local-dates_4f1c2a9e.css?__ws=saha-community.example" media="all" rel="stylesheet" data-target="discourse-local-dates"  />
    <meta property="og:site_name" content="{DC_SITE}" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta property="og:url" content="{url}" />
<meta name="twitter:url" content="{url}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(opening_words(paras[0], 28))}" />
<meta property="article:published_time" content="{iso_local(pub)}" />
<meta property="article:section" content="{DC_PARENT}" />
<meta property="article:section:color" content="0E76BD" />
<meta name="twitter:label1" value="وقت القراءة" />
<meta name="twitter:data1" value="{max(1, round(sum(len(p.split()) for p in paras) / 200))} mins 🕑" />
<meta name="twitter:label2" value="الإعجابات" />
<meta name="twitter:data2" value="{likes} ❤" />
    <link rel="alternate nofollow" type="application/rss+xml" title="موجز RSS لـ {esc(title)}" href="{url}.rss" />
  </head>
  <body class="crawler ">
    <header>
  <a href="{DC_HOST}/">
    <img src="{DC_HOST}/uploads/default/original/1X/logo-saha.png" alt="{DC_SITE}" id="site-logo" style="max-width: 150px;">
  </a>
</header>

    <div id="main-outlet" class="wrap" role="main">
      <div id="topic-title">
    <h1>
      <a href="{url}">{esc(title)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="{DC_HOST}/c/news/5" class="badge-wrapper bullet" itemprop="item">
              <span class='badge-category-bg' style='background-color: #0E76BD'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name' itemprop='name'>{DC_PARENT}</span>
              </span>
            </a>
            <meta itemprop="position" content="1" />
          </span>
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="{DC_HOST}/c/news/{extra['cat'].lower()}/{9 + k}" class="badge-wrapper bullet" itemprop="item">
              <span class='badge-category-bg' style='background-color: #BF1E2E'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name' itemprop='name'>{cat}</span>
              </span>
            </a>
            <meta itemprop="position" content="2" />
          </span>
      </div>

      <div class="topic-category">
        <div class='discourse-tags list-tags'>
          {tag_html}
        </div>
      </div>
  </div>

  <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
    <meta itemprop='headline' content='{esc(title)}'>
    <link itemprop='url' href='{url}'>
    <meta itemprop='datePublished' content='{iso_z(pub)}'>
      <meta itemprop='articleSection' content='{DC_PARENT}'>
    <meta itemprop='keywords' content='{', '.join(tags)}'>
    <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
      <meta itemprop='name' content='{DC_SITE}'>
        <div itemprop='logo' itemscope itemtype="http://schema.org/ImageObject">
          <meta itemprop='url' content='{DC_HOST}/uploads/default/original/1X/logo-saha.png'>
        </div>
    </div>

          <div id='post_1'  class='topic-body crawler-post'>
            <div class='crawler-post-meta'>
              <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <a itemprop="url" href='{DC_HOST}/u/{user}'><span itemprop='name'>{user}</span></a>
                ({name})
              </span>

              <link itemprop="mainEntityOfPage" href="{url}">

              <span class="crawler-post-infos">
                  <time  datetime='{iso_z(pub)}' class='post-time'>
                    {dc_time(pub)}
                  </time>
                  <meta itemprop='dateModified' content='{iso_z(mod)}'>
              <span itemprop='position'>1</span>
              </span>
            </div>
            <div class='post' itemprop='text'>
              {''.join(post)}
            </div>

            <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
              <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
              <meta itemprop="userInteractionCount" content="{likes}" />
              <span class='post-likes'>{likes} {DC_LIKES}</span>
            </div>
          </div>
{replies}
  </div>

{related}

{sugg}

    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>
{nav}
        </ul>
      </nav>
      <p class='powered-by-link'>{DC_POWERED}</p>
    </footer>
  </body>
</html>'''
    without = [DC_PARENT, user, f'({name})', dc_time(pub), f'{likes} {DC_LIKES}', DC_SUGGESTED, DC_POWERED] + \
        [t for _, t in DC_REPLIES] + [dc_time(t) for t in reply_times] + DC_NAV[2:] + suggested + sug_months[:1] + rel[:2] + tag_words + \
        ([DC_SOURCE] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {'liferay': render_liferay, 'bitrix': render_bitrix, 'angular': render_angular, 'astro': render_astro,
          'inertia': render_inertia, 'epaper': render_epaper, 'discourse': render_discourse}


render = renderer(RENDER, 'templates_set15.py', 15)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The CNN files that a segmenter label named when the set was written, frozen so that later labels do not shift
# the set's articles.
SEGMENTER_NAMED = frozenset((
    'CN-economy-291-20180910.txt', 'CN-internationalNews-194-20180329.txt', 'CN-internationalNews-515-20180816.txt',
    'CN-internationalNews-710-20181015.txt', 'CN-middleEast-153-20180303.txt', 'CN-middleEast-162-20180304.txt',
    'CN-middleEast-163-20180304.txt', 'CN-sport-280-20180508.txt', 'CN-sport-388-20180904.txt'))

# How many of a record's lines of 12 words or more are the article's own paragraphs (8: eight or more), read by
# hand: the CNN records go on after the story with the teasers of other stories, which are no part of it. 0: not
# an article (its own text has fewer than three such lines, or it is a list whose short headings would be lost).
# A record that is not listed keeps its first 4 such lines.
ARTICLE_LINES = {
    'CN-economy-130-20180528.txt': 5, 'CN-economy-179-20180813.txt': 8, 'CN-economy-189-20180815.txt': 0,
    'CN-economy-216-20180817.txt': 8, 'CN-economy-221-20180818.txt': 5, 'CN-economy-233-20180902.txt': 7,
    'CN-economy-264-20180907.txt': 0, 'CN-economy-280-20180908.txt': 8, 'CN-economy-301-20180910.txt': 6,
    'CN-economy-322-20180912.txt': 8, 'CN-economy-330-20181001.txt': 7, 'CN-economy-38-20180228.txt': 8,
    'CN-internationalNews-155-20180320.txt': 4, 'CN-internationalNews-161-20180321.txt': 6,
    'CN-internationalNews-206-20180402.txt': 6, 'CN-internationalNews-275-20180423.txt': 4,
    'CN-internationalNews-284-20180426.txt': 4, 'CN-internationalNews-329-20180509.txt': 4,
    'CN-middleEast-1031-20180527.txt': 3, 'CN-middleEast-1068-20180601.txt': 6, 'CN-middleEast-1073-20180602.txt': 3,
    'CN-middleEast-1181-20180811.txt': 6, 'CN-middleEast-12-20180217.txt': 4, 'CN-middleEast-123-20180228.txt': 6,
    'CN-sport-100-20180313.txt': 7, 'CN-sport-104-20180314.txt': 6, 'CN-sport-109-20180317.txt': 6,
    'CN-sport-156-20180327.txt': 0, 'CN-sport-167-20180328.txt': 5, 'CN-sport-169-20180331.txt': 5,
    'CN-technology-121-20180812.txt': 0, 'CN-technology-126-20180804.txt': 5}


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def records(corpus):
    """Every record of CORPUS/ant-multisource/CNN/*/*.txt in sorted path order, the files that a segmenter label
    names left out (templates_set12.trec_records)."""
    return trec_records(corpus, CORPUS_FOLDER, SOURCES, SEGMENTER_NAMED)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    lines = rec['lines']
    if not rec['when'] or not usable_title(rec['title']) or any(m in l for l in lines for m in MARKERS):
        return None
    paras = [l for l in lines if len(l.split()) >= 12]
    own = ARTICLE_LINES.get(os.path.basename(rec['name']), 4)
    if len(paras) < 3 or own < 3:
        return None
    return rec['name'], rec['title'], paras[:min(own, 8)]


def following(recs, at_, title, n):
    """The titles (with their records' first lines) of the n records after recs[at_] (wrapping around) that are
    usable headlines, without `title` (each title once)."""
    out, lead = [], {}
    for j in range(1, len(recs)):
        r = recs[(at_ + j) % len(recs)]
        t = r['title']
        if usable_title(t) and t != title and t not in lead:
            out.append(t)
            lead[t] = r['lines'][0] if r['lines'] else ''
            if len(out) == n:
                break
    return out, lead


def pick_articles(recs, need):
    """`need` (index, article) pairs, round robin over the set's folders (templates_set12.pick_articles)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set15', CORPUS_FOLDER)


CNN_DATELINE = re.compile(r'^[^()]{0,80}\(CNN\)\s*[-\u2013\u2014]*\s*')


def without_dateline(opening):
    """A paragraph's opening without a lead's CNN dateline ("دبي، الإمارات العربية المتحدة (CNN) -- قال ...")."""
    m = CNN_DATELINE.match(opening)
    return opening[m.end():] if m and opening[m.end():] else opening


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set15', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261216)
    bad = 0
    written = 0
    for n, kind in enumerate(k for k in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[n]
        heads, lead = following(recs, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in kinds:
            continue
        rec = recs[at_]
        local = local_time(kind, rec['when'])
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'lead': lead,
                 'cat': os.path.basename(rec['folder'])}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        label['body_with'] = [without_dateline(s) for s in label['body_with']]
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set15')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
